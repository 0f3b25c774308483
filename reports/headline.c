/* headline.c -- the headline figures in words */

#include "headline.h"

#include "doc.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const sp_headline_words words[] = {
  { "savings.saving", "NHS cost saving", "the NHS cost saving",
    SP_FIG_MONEY, 0 },
  { "savings.adjusted.saving", "NHS cost saving against the comparison "
    "group", "the NHS cost saving against the comparison group",
    SP_FIG_MONEY, 0 },
  { "savings.saving_rate", "Saving rate", "the saving rate", SP_FIG_PERCENT,
    0 },
  { "savings.per_participant", "Saving per participant",
    "the saving per participant", SP_FIG_MONEY, 0 },
  { "social_value.total", "Social value", "the social value", SP_FIG_MONEY,
    0 },
  /* Totals over different people (the cohort's saving and value, the
     programme's costs): not like for like (issue 8).  */
  { "social_profit.net", "Social profit (net of totals over different "
    "people)", "the social profit of totals over different people",
    SP_FIG_MONEY, 0 },
  { "social_profit.net_per_person", "Net social profit per person",
    "the net social profit per person", SP_FIG_MONEY, 0 },
  { "social_profit.sroi_ratio", "Social return on investment",
    "the social return on investment", SP_FIG_RATIO, 0 },
  { "register.referrals", "People referred", "the number of people "
    "referred", SP_FIG_COUNT, 1 },
  { "register.phbs", "Live personal health budgets", "the number of live "
    "personal health budgets", SP_FIG_COUNT, 1 },
  { "local_economy.lm3", "Local multiplier (LM3)", "the local multiplier",
    SP_FIG_RATIO_PLAIN, 0 },
  { "local_economy.effect", "Local economic effect",
    "the local economic effect", SP_FIG_MONEY, 0 },
  { "rollout.progress.observed_phbs", "Budgets approved (dated)",
    "the number of budgets approved with a date", SP_FIG_COUNT, 1 },
};

const sp_headline_words *
sp_headline_find (const char *path)
{
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strcmp (words[i].path, path) == 0)
      return &words[i];
  /* One per thread: the statement may be drawn beside the charts.  */
  static _Thread_local sp_headline_words other;
  other.path = other.name = other.phrase = path;
  other.kind = SP_FIG_AUTO;
  other.counted = 0;
  return &other;
}

const sp_headline_words *
sp_headline_find_doc (const cJSON *doc, const char *path,
                      sp_headline_named *buf)
{
  const sp_headline_words *w = sp_headline_find (path);
  buf->w = *w;
  const char *title = sp_doc_str (doc, "savings.title", NULL);
  if (strcmp (path, "savings.saving") == 0 && title && title[0])
    {
      snprintf (buf->name, sizeof buf->name, "%s", title);
      /* "the forecast NHS cost saving": lower case unless the title
         starts with an abbreviation ("NHS cost saving ...").  */
      snprintf (buf->phrase, sizeof buf->phrase, "the %s", title);
      if (isupper ((unsigned char) title[0])
          && !isupper ((unsigned char) title[1]))
        buf->phrase[4] = (char) tolower ((unsigned char) title[0]);
      buf->w.name = buf->name;
      buf->w.phrase = buf->phrase;
    }
  else if (w->name == w->path)
    {
      /* Not listed: its path in words, not a field name.  */
      size_t i = 0;
      for (; path[i] && i + 1 < sizeof buf->name; i++)
        buf->name[i] = path[i] == '_' || path[i] == '.' ? ' ' : path[i];
      buf->name[i] = '\0';
      snprintf (buf->phrase, sizeof buf->phrase, "the %s", buf->name);
      buf->w.name = buf->name;
      buf->w.phrase = buf->phrase;
    }
  return &buf->w;
}

char *
sp_date_words (const char *iso, char *buf, size_t size)
{
  static const char *const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
  };
  int y, m, d, used = 0;
  size_t n = strlen (iso);
  if (n == 10 && sscanf (iso, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3
      && used == 10 && m >= 1 && m <= 12)
    snprintf (buf, size, "%d %s %d", d, months[m - 1], y);
  else if (n == 7 && sscanf (iso, "%4d-%2d%n", &y, &m, &used) == 2
           && used == 7 && m >= 1 && m <= 12)
    snprintf (buf, size, "%s %d", months[m - 1], y);
  else
    snprintf (buf, size, "%s", iso);
  return buf;
}

char *
sp_headline_range (const cJSON *obj, sp_fig_kind kind, char *buf,
                   size_t size)
{
  char lo[96], hi[96];
  const cJSON *l = cJSON_GetObjectItemCaseSensitive (obj, "lower");
  const cJSON *u = cJSON_GetObjectItemCaseSensitive (obj, "upper");
  if (cJSON_IsNumber (l) && cJSON_IsNumber (u))
    snprintf (buf, size, "%s to %s", sp_fig_format (l, kind, lo, sizeof lo),
              sp_fig_format (u, kind, hi, sizeof hi));
  else if (size)
    buf[0] = '\0';
  return buf;
}

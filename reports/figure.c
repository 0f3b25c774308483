/* figure.c -- one figure of the results document as people read it */

#include "figure.h"

#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "words.h"

char *
sp_fig_number (double x, sp_fig_kind kind, char *buf, size_t size)
{
  switch (kind)
    {
    case SP_FIG_MONEY:
      return sp_fmt_money (x, buf, size);
    case SP_FIG_PERCENT:
      return sp_fmt_percent (x, 1, buf, size);
    case SP_FIG_RATIO:
      {
        /* "£4.12 per £1", the way SROI ratios are quoted.  */
        char n[64];
        snprintf (buf, size, "£%s per £1", sp_fmt_number (x, 2, n, sizeof n));
        return buf;
      }
    case SP_FIG_COUNT:
      return sp_fmt_number (x, 0, buf, size);
    case SP_FIG_RATIO_PLAIN:
      return sp_fmt_number (x, 2, buf, size);
    case SP_FIG_PARAM:
      return sp_chart_param_tick (x, buf, size);
    case SP_FIG_AUTO:
      return sp_fmt_number (x, x == (double) (long long) x ? 0 : 1, buf,
                            size);
    case SP_FIG_TEXT:
    case SP_FIG_LABEL:
      if (size)
        buf[0] = '\0';
      return buf;
    case SP_FIG_NUMBER:
    default:
      return sp_fmt_number (x, 1, buf, size);
    }
}

char *
sp_fig_format (const cJSON *v, sp_fig_kind kind, char *buf, size_t size)
{
  if (sp_disclosure_hidden (v))
    {
      snprintf (buf, size, "%s", SP_DISCLOSURE_MARK);
      return buf;
    }
  if (kind == SP_FIG_TEXT || kind == SP_FIG_LABEL)
    {
      snprintf (buf, size, "%s", cJSON_IsString (v) ? v->valuestring : "");
      return buf;
    }
  if (!cJSON_IsNumber (v))
    {
      snprintf (buf, size, "n/a");
      return buf;
    }
  return sp_fig_number (v->valuedouble, kind, buf, size);
}

char *
sp_fig_share (const cJSON *num, const cJSON *den, int decimals, char *buf,
              size_t size)
{
  if (sp_disclosure_hidden (num) || sp_disclosure_hidden (den))
    snprintf (buf, size, "%s", SP_DISCLOSURE_MARK);
  else if (!cJSON_IsNumber (num) || !cJSON_IsNumber (den)
           || den->valuedouble <= 0)
    snprintf (buf, size, "n/a");
  else
    sp_fmt_percent (num->valuedouble / den->valuedouble, decimals, buf,
                    size);
  return buf;
}

const char *
sp_fig_label (const cJSON *obj, const char *key)
{
  const char *label = sp_doc_str (obj, "label", "");
  return label[0] ? label : sp_doc_str (obj, key, "");
}

char *
sp_fig_at (const cJSON *obj, const char *path, sp_fig_kind kind, char *buf,
           size_t size)
{
  return sp_fig_format (sp_doc_get (obj, path), kind, buf, size);
}

int
sp_fig_interval_simulated (const cJSON *iv)
{
  const char *kind = sp_doc_str (iv, "kind", NULL);
  if (kind)
    return strcmp (kind, "simulation") == 0;
  return cJSON_GetObjectItemCaseSensitive (iv, "simulations") != NULL;
}

char *
sp_fig_interval_name (const cJSON *iv, char *buf, size_t size)
{
  char level[32];
  sp_fmt_percent (sp_doc_num (iv, "level", 0.95), 0, level, sizeof level);
  snprintf (buf, size, "%s %s", level,
            sp_fig_interval_simulated (iv)
              ? "uncertainty interval (simulation)" : "CI");
  return buf;
}

const char *
sp_basis_words (const char *basis)
{
  if (strcmp (basis, "forecast") == 0)
    return "forecast";
  if (strcmp (basis, "observed") == 0)
    return "recorded activity";
  return "reported use";
}

char *
sp_fig_sources (const cJSON *rows, char *buf, size_t size)
{
  static const struct
  {
    const char *key;
    const char *words;
  } sources[] = {
    { "recall", "recalled" },
    { "record", "recorded" },
    { "plan", "planned" },
    { "unspecified", "of unstated source" },
  };
  size_t n = sizeof sources / sizeof sources[0], used = 0;
  const char *words[sizeof sources / sizeof sources[0]];
  for (size_t i = 0; i < n; i++)
    if (sp_doc_num (rows, sources[i].key, 0) > 0)
      words[used++] = sources[i].words;
  return sp_words_list (words, used, "no rows", buf, size);
}

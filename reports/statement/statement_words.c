/* statement_words.c -- plain words for the statement (issue 11 §2):
   no field name or code on a page a board reads.  A formula or a place
   in the document is written with its quantities named in words
   ("saving rate = saving ÷ baseline cost"), a rollout parameter with
   its label and its value in its unit, a rollout figure by its name.  */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "xalloc.h"

char *
sp_stmt_words (const char *text)
{
  size_t n = strlen (text);
  /* "×" and "÷" take two bytes where " x " and " / " take one.  */
  char *out = sp_xmalloc (2 * n + 1);
  size_t o = 0;
  for (size_t i = 0; i < n; i++)
    {
      char c = text[i];
      char prev = i ? text[i - 1] : ' ';
      char next = text[i + 1];
      if (c == '_')
        out[o++] = ' ';
      else if (c == '.' && isalpha ((unsigned char) prev)
               && isalpha ((unsigned char) next))
        out[o++] = ' ';
      else if ((c == 'x' || c == '/') && prev == ' ' && next == ' ')
        {
          const char *sym = c == 'x' ? "\u00d7" : "\u00f7";
          memcpy (out + o, sym, strlen (sym));
          o += strlen (sym);
        }
      else
        out[o++] = c;
    }
  out[o] = '\0';
  return out;
}

const char *
sp_stmt_section_name (const char *key)
{
  static const char *const names[][2] = {
    { "savings", "NHS cost savings" },
    { "social_value", "Social value" },
    { "register", "The PHB register" },
    { "investment", "Investment" },
    { "local_economy", "Local economic effect" },
    { "social_profit", "Social profit" },
    { "rollout", "Rollout" },
    { "comparison", "Comparison group" },
    { "intervals", "Intervals" },
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (key, names[i][0]) == 0)
      return names[i][1];
  return NULL;
}

char *
sp_stmt_param_value (const cJSON *param, const char *member, char *buf,
                     size_t size)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (param, member);
  const char *unit = sp_doc_str (param, "unit", "number");
  sp_fig_kind kind = strcmp (unit, "pounds") == 0     ? SP_FIG_MONEY
                     : strcmp (unit, "fraction") == 0 ? SP_FIG_PERCENT
                                                      : SP_FIG_PARAM;
  return sp_fig_format (v, kind, buf, size);
}

const char *
sp_stmt_param_label (const cJSON *param, char *buf, size_t size)
{
  const char *label = sp_doc_str (param, "label", NULL);
  if (label)
    return label;
  char *w = sp_stmt_words (sp_doc_str (param, "parameter", ""));
  snprintf (buf, size, "%s", w);
  free (w);
  return buf;
}

const char *
sp_stmt_rollout_figure_name (const char *figure, sp_fig_kind *kind)
{
  static const struct
  {
    const char *key, *name;
    sp_fig_kind kind;
  } names[] = {
    { "target_phbs", "Target PHBs", SP_FIG_COUNT },
    { "assessments", "Assessments needed", SP_FIG_COUNT },
    { "annual_budget", "Annual budget", SP_FIG_MONEY },
    { "budget_per_phb", "Budget per PHB", SP_FIG_MONEY },
    { "pas_required", "Personal assistants", SP_FIG_COUNT },
    { "pas_at_highest_rate", "Personal assistants at the highest rate",
      SP_FIG_COUNT },
    { "gross_saving", "Gross saving", SP_FIG_MONEY },
    { "net_saving", "Net saving", SP_FIG_MONEY },
    { "steady_state_net_saving", "Steady-state net saving", SP_FIG_MONEY },
    { "npv", "Net present value", SP_FIG_MONEY },
    { "investment.total", "Investment", SP_FIG_MONEY },
    { "investment.advocacy", "Advocacy", SP_FIG_MONEY },
    { "investment.reviews", "Reviews", SP_FIG_MONEY },
    { "investment.marketplace", "Marketplace", SP_FIG_MONEY },
    { "payback_year", "Payback year", SP_FIG_COUNT },
    { "months_to_target", "Months to target", SP_FIG_COUNT },
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (figure, names[i].key) == 0)
      {
        *kind = names[i].kind;
        return names[i].name;
      }
  *kind = SP_FIG_AUTO;
  return NULL;
}

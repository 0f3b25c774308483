/* statement_influence.c -- how much of a figure rests on a few people

   From the document's influence section (intervals_doc.h): for each
   figure, the share carried by the 1, 2 and 5 most influential
   participants.  In a published statement the shares are rounded to 10%
   and nothing lets a reader turn them into one person's amount
   (results/disclosure.h: no estimate beside them, no leave-one-out
   range).  An internal edition (--internal) shows the exact shares, the
   leave-one-out range and the participants' identifiers.  */

#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

static const struct
{
  const char *key;
  const char *name;
} figures[] = {
  { "savings.saving", "NHS cost saving" },
  { "social_value.total", "Social value" },
};

/* The table of figure KEY's influence entry INF.  */
static void
one_figure (sp_page *p, const char *name, const cJSON *inf, int exact)
{
  char line[512], n[32];
  snprintf (line, sizeof line, "%s, resting on %s participants:", name,
            sp_fig_at (inf, "participants", SP_FIG_COUNT, n, sizeof n));
  sp_page_heading (p, line, 2, 70);
  sp_stmt_figures f = { .n = 0 };
  char names[8][96];
  size_t k = 0;
  const cJSON *top;
  cJSON_ArrayForEach (top, cJSON_GetObjectItemCaseSensitive (inf, "top"))
  {
    const cJSON *share = cJSON_GetObjectItemCaseSensitive (top, "share");
    if (k >= 8 || !cJSON_IsNumber (share))
      continue;
    double q = sp_doc_num (top, "participants", 0);
    if (q == 1)
      snprintf (names[k], sizeof names[k],
                "Share carried by the most influential participant");
    else
      snprintf (names[k], sizeof names[k],
                "Share carried by the %.0f most influential", q);
    char v[64], pc[32];
    snprintf (v, sizeof v, "%s%s", exact ? "" : "about ",
              sp_fmt_percent (share->valuedouble, exact ? 1 : 0, pc,
                              sizeof pc));
    sp_stmt_figures_text (&f, names[k], v);
    k++;
  }
  const cJSON *loo = cJSON_GetObjectItemCaseSensitive (inf, "leave_one_out");
  if (loo)
    {
      char lo[64], hi[64], range[160];
      snprintf (range, sizeof range, "%s to %s",
                sp_fig_at (loo, "min", SP_FIG_MONEY, lo, sizeof lo),
                sp_fig_at (loo, "max", SP_FIG_MONEY, hi, sizeof hi));
      sp_stmt_figures_text (&f, "With any one participant left out", range);
    }
  sp_stmt_figures_table (p, &f, "How concentrated", "Share");
}

/* With --internal only: the five most influential participants.  */
static void
identified (sp_page *p, const cJSON *inf)
{
  const cJSON *ids = cJSON_GetObjectItemCaseSensitive (inf, "ids");
  const cJSON *vals = cJSON_GetObjectItemCaseSensitive (inf, "influence");
  if (cJSON_GetArraySize (ids) == 0)
    return;
  sp_stmt_figures f = { .n = 0 };
  for (int i = 0; i < 5 && i < cJSON_GetArraySize (ids); i++)
    {
      const cJSON *id = cJSON_GetArrayItem (ids, i);
      char v[64];
      if (cJSON_IsString (id))
        sp_stmt_figures_text (&f, id->valuestring,
                              sp_fig_format (cJSON_GetArrayItem (vals, i),
                                             SP_FIG_MONEY, v, sizeof v));
    }
  sp_page_note (p, "Internal edition (--internal): the participants below "
                   "are identified. Do not publish this statement.");
  sp_stmt_figures_table (p, &f, "Most influential participants",
                         "Influence");
}

void
sp_stmt_influence (sp_page *p, const cJSON *doc)
{
  const cJSON *sec = cJSON_GetObjectItemCaseSensitive (doc, "influence");
  if (!cJSON_IsObject (sec) || !sec->child)
    return;
  sp_page_heading (p, "How much rests on a few people", 1,
                   40 + sp_table_keep (5));
  int exact = sp_disclosure_internal (doc);
  sp_page_para (p, exact
                     ? "Each participant's influence is how much the figure "
                       "falls when that participant is left out (for a "
                       "total, their own contribution). When a few people "
                       "carry most of a figure, it says more about them "
                       "than about the programme, and a larger cohort could "
                       "give a very different result."
                     : "Each participant's influence is how much the figure "
                       "falls when that participant is left out (for a "
                       "total, their own contribution). When a few people "
                       "carry most of a figure, it says more about them "
                       "than about the programme, and a larger cohort could "
                       "give a very different result. Shares are rounded to "
                       "the nearest 10% so that no one person's amount can "
                       "be read from them.");
  for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++)
    {
      const cJSON *inf = cJSON_GetObjectItemCaseSensitive (sec,
                                                           figures[i].key);
      if (!cJSON_IsObject (inf))
        continue;
      /* The saving is named by its basis (savings.title).  */
      const char *name = strcmp (figures[i].key, "savings.saving") == 0
                           ? sp_doc_str (doc, "savings.title",
                                         figures[i].name)
                           : figures[i].name;
      one_figure (p, name, inf, exact);
      identified (p, inf);
    }
}

/* statement_methods.c -- the social value's method sensitivity: the
   total by each way of measuring change, side by side, with one
   sentence on what each assumes (issue 9)

   Reads social_value.by_method; the headline figure stays the
   evaluation's chosen method, which the table marks.  Plain words
   only: no field names of the results document.  */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "statement_parts.h"
#include "statement_table.h"

/* The ways of measuring change in the order shown, their names in
   words and what each assumes (including how it treats the scale's
   numbering), one sentence each.  */
static const struct
{
  const char *method;
  const char *name;
  const char *assumes;
} methods[] = {
  { "relative", "Relative change in the mean score, as the pilot report",
    "Divides the rise in the average score by the average at the start, "
    "so the figure depends on where the scale's numbering starts: the "
    "same answers numbered 0 to 9 instead of 1 to 10 give a different "
    "total, and where lower scores are better the rise is measured from "
    "the worst end of the scale." },
  { "range", "Change in the mean score as a share of the scale",
    "Assumes every step of the scale is worth the same and that moving "
    "from its bottom to its top is the whole outcome; numbering the scale "
    "from 0 instead of 1 does not change it." },
  { "share", "Share of people who improved by at least the smallest "
             "change that matters",
    "Counts each person whose score improved by at least the domain's "
    "minimal important difference as having had the outcome and everyone "
    "else as not, as the SROI guide counts people; numbering the scale "
    "from 0 instead of 1 does not change it." },
};

void
sp_stmt_value_methods (sp_page *p, const cJSON *doc)
{
  const cJSON *by = sp_doc_get (doc, "social_value.by_method");
  if (!cJSON_IsObject (by))
    return;
  const char *chosen = sp_doc_str (doc, "social_value.method", "");
  size_t n = sizeof methods / sizeof methods[0];
  sp_page_heading (p, "How the social value depends on the way change is "
                      "measured", 2, 40 + sp_table_keep (n));
  sp_page_para (p, "The same scores and the same values per person give "
                   "a different total depending on how a change in "
                   "scores is turned into a number of people helped. "
                   "The headline uses the way marked below; the others "
                   "are shown so that the choice can be judged.");
  static const sp_table_col cols[] = {
    { "Way of measuring change", 0.30, SP_ALIGN_START },
    { "What it assumes", 0.50, SP_ALIGN_START },
    { "Total social value", 0.20, SP_ALIGN_END },
  };
  sp_table t;
  sp_table_begin (&t, p, cols, 3, n);
  for (size_t i = 0; i < n; i++)
    {
      char path[64], name[192], total[96];
      snprintf (path, sizeof path, "social_value.by_method.%s.total",
                methods[i].method);
      snprintf (name, sizeof name, "%s%s", methods[i].name,
                strcmp (chosen, methods[i].method) == 0
                  ? " (used in the headline)" : "");
      const char *cells[] = {
        name, methods[i].assumes,
        sp_fig_at (doc, path, SP_FIG_MONEY, total, sizeof total),
      };
      sp_table_row (&t, cells, 0);
    }
  sp_table_end (&t);
}

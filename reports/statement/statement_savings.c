/* statement_savings.c -- NHS cost savings in the statement: the
   Appendix 2a-style table, categories, the service-cost chart and the
   bootstrap distribution of the saving */

#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

static void
lines_table (sp_page *p, const cJSON *sec)
{
  static const sp_table_col cols[] = {
    { "Service", 0.25, SP_ALIGN_START },
    { "Unit cost", 0.13, SP_ALIGN_END },
    { "Before", 0.09, SP_ALIGN_END },
    { "Cost before", 0.14, SP_ALIGN_END },
    { "After", 0.08, SP_ALIGN_END },
    { "Cost after", 0.14, SP_ALIGN_END },
    { "Saving", 0.17, SP_ALIGN_END },
  };
  sp_table t;
  sp_table_begin (&t, p, cols, 7,
                  (size_t) cJSON_GetArraySize (sp_doc_get (sec, "lines")) + 1);
  char a[64], b[64], c[64], d[64], e[64], f[64];
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sec, "lines"))
  {
    /* Quantities: whole numbers without decimals, others with one.  */
    const char *cells[] = {
      sp_fig_label (line, "service"),
      sp_fig_at (line, "unit_cost", SP_FIG_MONEY, a, sizeof a),
      sp_fig_at (line, "before_quantity", SP_FIG_AUTO, b, sizeof b),
      sp_fig_at (line, "before_cost", SP_FIG_MONEY, c, sizeof c),
      sp_fig_at (line, "after_quantity", SP_FIG_AUTO, d, sizeof d),
      sp_fig_at (line, "after_cost", SP_FIG_MONEY, e, sizeof e),
      sp_fig_at (line, "saving", SP_FIG_MONEY, f, sizeof f),
    };
    sp_table_row (&t, cells, 0);
  }
  const char *total[] = {
    "Total", NULL, NULL,
    sp_fig_at (sec, "baseline_cost", SP_FIG_MONEY, c, sizeof c), NULL,
    sp_fig_at (sec, "after_cost", SP_FIG_MONEY, e, sizeof e),
    sp_fig_at (sec, "saving", SP_FIG_MONEY, f, sizeof f),
  };
  sp_table_row (&t, total, 1);
  sp_table_end (&t);
}

static void
categories_table (sp_page *p, const cJSON *doc, const cJSON *sec)
{
  const cJSON *cats = cJSON_GetObjectItemCaseSensitive (sec, "categories");
  if (cJSON_GetArraySize (cats) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Category", 0.14, SP_ALIGN_START },
    { "Cost before", 0.16, SP_ALIGN_END },
    { "Cost after", 0.16, SP_ALIGN_END },
    { "Reduction in cost (with its CI when computed)", 0.38, SP_ALIGN_END },
    { "Reduction in use", 0.16, SP_ALIGN_END },
  };
  sp_page_heading (p, "By category", 2,
                   sp_table_keep ((size_t) cJSON_GetArraySize (cats)));
  sp_table t;
  sp_table_begin (&t, p, cols, 5, (size_t) cJSON_GetArraySize (cats));
  char a[64], b[64], c[192], d[192], key[128];
  const cJSON *cat;
  cJSON_ArrayForEach (cat, cats)
  {
    snprintf (key, sizeof key, "savings.categories.%s.cost_reduction",
              sp_doc_str (cat, "category", ""));
    const char *cells[] = {
      sp_doc_str (cat, "category", ""),
      sp_fig_at (cat, "before_cost", SP_FIG_MONEY, a, sizeof a),
      sp_fig_at (cat, "after_cost", SP_FIG_MONEY, b, sizeof b),
      sp_stmt_with_interval (sp_doc_get (cat, "cost_reduction"), doc, key,
                             SP_FIG_PERCENT, c, sizeof c),
      sp_fig_at (cat, "use_reduction", SP_FIG_PERCENT, d, sizeof d),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
  sp_page_note (p, "Reduction in use adds quantities of different units "
                   "(attendances, days, appointments) together, as the "
                   "pilot report does; reduction in cost is the sounder "
                   "measure.");
}

void
sp_stmt_savings (sp_page *p, const cJSON *doc)
{
  const cJSON *sec = sp_doc_get (doc, "savings");
  if (!sec)
    return;
  /* The heading, the sentence and the whole Appendix 2a table together
     (allowing for labels that wrap onto a second line).  */
  size_t n_lines = (size_t) cJSON_GetArraySize (sp_doc_get (sec, "lines"));
  const char *title = sp_doc_str (sec, "title", "NHS cost saving");
  sp_page_heading (p, title, 1,
                   50 + sp_table_height (n_lines + 1 + n_lines / 2));
  char line[1024], n[32], x[32], s[192], r[192], before[96], after[96];
  int compared = sp_stmt_comparison_present (doc);
  char ex[96] = "";
  const cJSON *excluded = sp_doc_get (sec, "excluded_participants");
  if (sp_disclosure_hidden (excluded)
      || (cJSON_IsNumber (excluded) && excluded->valuedouble > 0))
    snprintf (ex, sizeof ex, " %s participant(s) without both periods are "
                             "excluded.",
              sp_fig_format (excluded, SP_FIG_COUNT, x, sizeof x));
  const char *basis = sp_doc_str (sec, "basis", "reported");
  /* "Observed" only when every row is a record (savings.basis).  */
  const char *cohort
    = strcmp (basis, "observed") == 0
        ? "observed in both periods"
        : "with figures for both periods (not all of them recorded)";
  const char *kind
    = strcmp (basis, "forecast") == 0
        ? " The use after the plan is, at least in part, what the plans "
          "expected, so the saving is a forecast, not a measured saving."
      : strcmp (basis, "reported") == 0
        ? " Some of the use was reported by the participants or is of "
          "unstated source, not taken from records."
        : " All of the use comes from records of the activity.";
  snprintf (line, sizeof line,
            "Use of NHS services by the %s participants %s ('%s': %s; "
            "'%s': %s), annualised and priced with the unit costs listed "
            "under Assumptions and sources.%s The %s is %s, %s of the "
            "baseline cost.%s%s",
            sp_fig_at (sec, "participants", SP_FIG_COUNT, n, sizeof n),
            cohort, sp_doc_str (sec, "periods.before.period", "before"),
            sp_fig_sources (sp_doc_get (sec, "periods.before.source_rows"),
                            before, sizeof before),
            sp_doc_str (sec, "periods.after.period", "after"),
            sp_fig_sources (sp_doc_get (sec, "periods.after.source_rows"),
                            after, sizeof after),
            kind, compared ? "before/after saving" : "saving",
            sp_stmt_figure (doc, "savings.saving", SP_FIG_MONEY, s, sizeof s),
            sp_fig_at (sec, "saving_rate", SP_FIG_PERCENT, r, sizeof r), ex,
            compared ? " It is not adjusted for the fall that would have "
                       "happened anyway: see Savings against a comparison "
                       "group."
                     : "");
  sp_page_para (p, line);
  lines_table (p, sec);
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive (sec, "scaled");
  if (sc)
    {
      snprintf (line, sizeof line,
                "If replicated across %s people (saving x %s / "
                "participants): %s.",
                sp_fig_at (sc, "n", SP_FIG_COUNT, n, sizeof n),
                sp_fig_at (sc, "n", SP_FIG_COUNT, x, sizeof x),
                sp_stmt_figure (doc, "savings.scaled.saving", SP_FIG_MONEY, s,
                                sizeof s));
      sp_page_para (p, line);
    }
  categories_table (p, doc, sec);
  sp_stmt_chart (p, doc, &sp_chart_service_costs);
  sp_stmt_chart (p, doc, &sp_chart_saving_bootstrap);
}

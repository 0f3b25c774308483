/* statement_comparison.c -- savings against a comparison group in the
   statement (issue 14): the headline rows that replace the before/after
   saving, and the section "Savings against a comparison group" (what a
   comparison group shows, the two groups' mean costs, the three
   estimates side by side, the chart).  Plain words: no field names.  */

#include <math.h>
#include <stdio.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

int
sp_stmt_comparison_present (const cJSON *doc)
{
  return sp_doc_get (doc, "savings.adjusted") != NULL;
}

size_t
sp_stmt_comparison_headline (const cJSON *doc, sp_stmt_figures *f,
                             sp_stmt_comparison_labels *labels)
{
  if (!sp_stmt_comparison_present (doc))
    return 0;
  /* The saving's title names its basis (forecast, reported, recorded).  */
  const char *title = sp_doc_str (doc, "savings.title", "NHS cost saving");
  char n[32];
  snprintf (labels->saving, sizeof labels->saving,
            "%s against a comparison group (%s participants, a year, "
            "adjusted for baseline cost)",
            title, sp_fmt_number (sp_doc_num (doc, "savings.participants",
                                              0), 0, n, sizeof n));
  snprintf (labels->before_after, sizeof labels->before_after,
            "%s before and after, not adjusted (it includes the fall that "
            "would have happened anyway)", title);
  const sp_stmt_row rows[] = {
    { "savings.adjusted.saving", labels->saving, SP_FIG_MONEY },
    { "savings.adjusted.saving_rate", "Saving against a comparison group, "
      "as a share of the baseline cost", SP_FIG_PERCENT },
    { "savings.adjusted.per_participant", "Saving per participant against "
      "a comparison group", SP_FIG_MONEY },
    { "savings.saving", labels->before_after, SP_FIG_MONEY },
  };
  size_t before = f->n;
  sp_stmt_figures_rows (f, doc, rows, sizeof rows / sizeof rows[0]);
  return f->n - before;
}

/* The two groups' mean costs, side by side.  */
static void
means_table (sp_page *p, const cJSON *c, const cJSON *doc)
{
  static const sp_table_col cols[] = {
    { "Mean annual cost per participant", 0.40, SP_ALIGN_START },
    { "Programme", 0.30, SP_ALIGN_END },
    { "Comparison group", 0.30, SP_ALIGN_END },
  };
  char n1[32], n0[32], a[64], b[64];
  sp_table t;
  sp_table_begin (&t, p, cols, 3, 4);
  const char *people[] = {
    "People compared",
    sp_fig_at (doc, "savings.participants", SP_FIG_COUNT, n1, sizeof n1),
    sp_fig_at (c, "participants", SP_FIG_COUNT, n0, sizeof n0),
  };
  sp_table_row (&t, people, 0);
  const char *rows[3][3] = {
    { "Before", "programme_mean_baseline_cost", "mean_baseline_cost" },
    { "After", "programme_mean_after_cost", "mean_after_cost" },
    { "Fall", "programme_mean_change", "mean_change" },
  };
  for (int r = 0; r < 3; r++)
    {
      const char *cells[] = {
        rows[r][0], sp_fig_at (c, rows[r][1], SP_FIG_MONEY, a, sizeof a),
        sp_fig_at (c, rows[r][2], SP_FIG_MONEY, b, sizeof b),
      };
      sp_table_row (&t, cells, r == 2);
    }
  sp_table_end (&t);
}

/* "The programme's participants cost £3,346 a year more than the
   comparison group's at the start (17.5% more)."  */
static void
baseline_sentence (const cJSON *c, char *buf, size_t size)
{
  const cJSON *d = cJSON_GetObjectItemCaseSensitive (c, "baseline_difference");
  const cJSON *r = cJSON_GetObjectItemCaseSensitive (
    c, "baseline_difference_rate");
  buf[0] = '\0';
  if (!cJSON_IsNumber (d))
    return;
  char m[64], pc[32] = "";
  double v = d->valuedouble;
  if (cJSON_IsNumber (r))
    sp_fmt_percent (fabs (r->valuedouble), 1, pc, sizeof pc);
  snprintf (buf, size,
            "At the start the programme's participants cost on average %s a "
            "year %s than the comparison group%s%s%s. ",
            sp_fmt_money (fabs (v), m, sizeof m), v < 0 ? "less" : "more",
            pc[0] ? " (" : "", pc, pc[0] ? ")" : "");
}

void
sp_stmt_comparison (sp_page *p, const cJSON *doc)
{
  const cJSON *c = sp_doc_get (doc, "savings.comparison");
  if (!c || !sp_stmt_comparison_present (doc))
    return;
  sp_page_heading (p, "Savings against a comparison group", 1,
                   120 + sp_table_height (4));
  char line[1024], diff[256], n[32];
  baseline_sentence (c, diff, sizeof diff);
  const cJSON *excluded = sp_doc_get (c, "excluded_participants");
  char excl[128] = "";
  if (sp_disclosure_hidden (excluded)
      || sp_doc_num (c, "excluded_participants", 0) > 0)
    snprintf (excl, sizeof excl,
              " (%s more were seen in only one period and are left out)",
              sp_fig_format (excluded, SP_FIG_COUNT, n, sizeof n));
  snprintf (line, sizeof line,
            "People are offered a personal health budget when their need is "
            "high, and the use of services of people at such a time often "
            "falls the next year by itself. A comparison group, people "
            "like the participants but not on the programme, with their use "
            "recorded over the same periods and priced the same way, shows "
            "how far costs fall without it. The comparison group here has "
            "%s people%s. %s",
            sp_fig_at (c, "participants", SP_FIG_COUNT, n, sizeof n), excl,
            diff);
  sp_page_para (p, line);
  means_table (p, c, doc);

  sp_page_heading (p, "Three ways to count the saving", 2,
                   sp_table_keep (6));
  static const sp_stmt_row rows[] = {
    { "savings.adjusted.saving", "Against the comparison group, adjusted "
      "for baseline cost (the headline)", SP_FIG_MONEY },
    { "savings.adjusted.per_participant", "  per participant",
      SP_FIG_MONEY },
    { "savings.difference_in_differences.saving", "Against the comparison "
      "group, not adjusted (difference in differences)", SP_FIG_MONEY },
    { "savings.difference_in_differences.per_participant",
      "  per participant", SP_FIG_MONEY },
    { "savings.saving", "Before and after, with no comparison",
      SP_FIG_MONEY },
    { "savings.per_participant", "  per participant", SP_FIG_MONEY },
  };
  sp_stmt_figures f = { .n = 0 };
  sp_stmt_figures_rows (&f, doc, rows, sizeof rows / sizeof rows[0]);
  sp_stmt_figures_table (p, &f, "Saving (a year, all participants)",
                         "Value");
  char beta[64] = "a share";
  const cJSON *b = sp_doc_get (doc, "savings.adjusted.baseline_coefficient");
  if (cJSON_IsNumber (b))
    snprintf (beta, sizeof beta, "about %s pence",
              sp_fmt_number (b->valuedouble * 100.0, 0, n, sizeof n));
  snprintf (line, sizeof line,
            "Before and after counts every pound of the fall as the "
            "programme's. Difference in differences takes away the fall the "
            "comparison group had, but people who start higher fall further "
            "by themselves, so when the groups start at different levels it "
            "still credits the programme with part of that. The adjusted "
            "figure compares people who started at the same cost: in these "
            "data each pound of cost at the start carries %s into the "
            "next period, and what remains between the groups is the saving. "
            "It is the figure to use when the groups differ at the start; "
            "none of the three can allow for differences between the groups "
            "that the data do not show.",
            beta);
  sp_page_para (p, line);
  const char *note = sp_doc_str (doc, "savings.adjusted.note", NULL);
  if (note)
    {
      snprintf (line, sizeof line, "The adjusted saving is %s.", note);
      sp_page_note (p, line);
    }
  sp_stmt_chart (p, doc, &sp_chart_comparison);
}

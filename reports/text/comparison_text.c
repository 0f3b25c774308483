/* comparison_text.c -- savings against a comparison group for people
   (issue 14) */

#include "comparison_text.h"

#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"
#include "interval_text.h"

int
sp_comparison_text_present (const cJSON *doc)
{
  return sp_doc_get (doc, "savings.adjusted") != NULL;
}

/* "LABEL: VALUE (95% CI ...)" for the figure at PATH, then a newline.  */
static void
figure_line (const cJSON *doc, const char *label, const char *path,
             sp_fig_kind kind, FILE *out)
{
  char v[64];
  fprintf (out, "%s: %s", label,
           sp_fig_at (doc, path, kind, v, sizeof v));
  sp_print_interval (doc, path, kind, out);
  fputc ('\n', out);
}

void
sp_render_comparison_headline_text (const cJSON *doc, FILE *out)
{
  if (!sp_comparison_text_present (doc))
    return;
  char v[64];
  fprintf (out, "\n%s against a comparison group (adjusted for each "
                "person's baseline cost): %s",
           sp_doc_str (doc, "savings.title", "NHS cost saving"),
           sp_fig_at (doc, "savings.adjusted.saving", SP_FIG_MONEY, v,
                      sizeof v));
  sp_print_interval (doc, "savings.adjusted.saving", SP_FIG_MONEY, out);
  if (cJSON_IsNumber (sp_doc_get (doc, "savings.adjusted.saving_rate")))
    {
      fprintf (out, ", %s of the baseline cost",
               sp_fig_at (doc, "savings.adjusted.saving_rate",
                          SP_FIG_PERCENT, v, sizeof v));
      sp_print_interval (doc, "savings.adjusted.saving_rate",
                         SP_FIG_PERCENT, out);
    }
  fputc ('\n', out);
  figure_line (doc, "Saving per participant against a comparison group",
               "savings.adjusted.per_participant", SP_FIG_MONEY, out);
  const char *note = sp_doc_str (doc, "savings.adjusted.note", NULL);
  if (note)
    fprintf (out, "(The adjusted saving is %s.)\n", note);
  fputs ("The before/after figures below are not adjusted: they count "
         "the fall in costs that would have happened anyway.\n", out);
}

void
sp_render_comparison_text (const cJSON *doc, FILE *out)
{
  const cJSON *c = sp_doc_get (doc, "savings.comparison");
  if (!c || !sp_comparison_text_present (doc))
    return;
  char a[64], b[64], d[64];
  fprintf (out, "\nComparison group: %s participants",
           sp_fig_at (c, "participants", SP_FIG_COUNT, a, sizeof a));
  const cJSON *excluded = sp_doc_get (c, "excluded_participants");
  if (sp_disclosure_hidden (excluded)
      || sp_doc_num (c, "excluded_participants", 0) > 0)
    fprintf (out, "; %s excluded without both periods",
             sp_fig_format (excluded, SP_FIG_COUNT, a, sizeof a));
  fputs ("\n", out);
  static const size_t wd[3] = { 36, 14, 14 };
  static const char *const head[3] = { "Per participant, a year",
                                       "Programme", "Comparison" };
  sp_fmt_row (out, head, wd, 3);
  const char *rows[2][3] = {
    { "Mean cost before", "programme_mean_baseline_cost",
      "mean_baseline_cost" },
    { "Mean cost after", "programme_mean_after_cost", "mean_after_cost" },
  };
  for (int r = 0; r < 2; r++)
    {
      const char *cells[3] = {
        rows[r][0], sp_fig_at (c, rows[r][1], SP_FIG_MONEY, a, sizeof a),
        sp_fig_at (c, rows[r][2], SP_FIG_MONEY, b, sizeof b)
      };
      sp_fmt_row (out, cells, wd, 3);
    }
  const char *fall[3] = {
    "Fall in mean cost",
    sp_fig_at (c, "programme_mean_change", SP_FIG_MONEY, a, sizeof a),
    sp_fig_at (c, "mean_change", SP_FIG_MONEY, b, sizeof b)
  };
  sp_fmt_row (out, fall, wd, 3);

  const cJSON *diff = cJSON_GetObjectItemCaseSensitive (c,
                                                        "baseline_difference");
  if (cJSON_IsNumber (diff))
    {
      fprintf (out, "At baseline the programme's participants cost %s a "
                    "year %s than the comparison group's",
               sp_fmt_money (diff->valuedouble < 0 ? -diff->valuedouble
                                                   : diff->valuedouble,
                             a, sizeof a),
               diff->valuedouble < 0 ? "less" : "more");
      const cJSON *rate = cJSON_GetObjectItemCaseSensitive (
        c, "baseline_difference_rate");
      if (cJSON_IsNumber (rate))
        fprintf (out, " (%s of the comparison group's mean)",
                 sp_fmt_percent (rate->valuedouble < 0 ? -rate->valuedouble
                                                       : rate->valuedouble,
                                 1, d, sizeof d));
      fputs (".\n", out);
    }
  figure_line (doc, "Difference in differences (unadjusted)",
               "savings.difference_in_differences.saving", SP_FIG_MONEY,
               out);
  figure_line (doc, "  per participant",
               "savings.difference_in_differences.per_participant",
               SP_FIG_MONEY, out);
  figure_line (doc, "Adjusted for baseline cost (ANCOVA)",
               "savings.adjusted.saving", SP_FIG_MONEY, out);
  figure_line (doc, "  per participant", "savings.adjusted.per_participant",
               SP_FIG_MONEY, out);
  const cJSON *beta = sp_doc_get (doc,
                                  "savings.adjusted.baseline_coefficient");
  if (cJSON_IsNumber (beta))
    fprintf (out, "  each £1 of baseline cost carries £%s into the after "
                  "period (baseline coefficient)\n",
             sp_fig_number (beta->valuedouble, SP_FIG_RATIO_PLAIN, a,
                            sizeof a));
}

/* savings_text.c -- the savings table for people */

#include <string.h>

#include "comparison_text.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"
#include "interval_text.h"
#include "price_years.h"
#include "render.h"
#include "render_quarterly.h"

/* Column widths of the service table.  */
static const size_t widths[7] = { 40, 10, 10, 12, 10, 12, 12 };

static void
print_lines (const cJSON *sec, FILE *out)
{
  char a[64], b[64], c[64], d[64], e[64], f[64];
  static const char *const head[7] = { "Service", "Unit cost", "Before",
                                       "Cost before", "After", "Cost after",
                                       "Saving" };
  sp_fmt_row (out, head, widths, 7);
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sec, "lines"))
  {
    /* Whole numbers print without decimals; annualised ones with one.  */
    const char *cells[7] = {
      sp_fig_label (line, "service"),
      sp_fig_at (line, "unit_cost", SP_FIG_MONEY, a, sizeof a),
      sp_fig_at (line, "before_quantity", SP_FIG_AUTO, b, sizeof b),
      sp_fig_at (line, "before_cost", SP_FIG_MONEY, c, sizeof c),
      sp_fig_at (line, "after_quantity", SP_FIG_AUTO, d, sizeof d),
      sp_fig_at (line, "after_cost", SP_FIG_MONEY, e, sizeof e),
      sp_fig_at (line, "saving", SP_FIG_MONEY, f, sizeof f)
    };
    sp_fmt_row (out, cells, widths, 7);
  }
  const char *total[7] = {
    "Total", "", "",
    sp_fig_at (sec, "baseline_cost", SP_FIG_MONEY, c, sizeof c), "",
    sp_fig_at (sec, "after_cost", SP_FIG_MONEY, e, sizeof e),
    sp_fig_at (sec, "saving", SP_FIG_MONEY, f, sizeof f)
  };
  sp_fmt_row (out, total, widths, 7);
}

static void
print_categories (const cJSON *sec, FILE *out)
{
  char a[64], b[64], c[64], d[64];
  fputc ('\n', out);
  static const char *const head[5] = { "Category", "Cost before",
                                       "Cost after", "Cost reduction",
                                       "Use reduction" };
  static const size_t wd[5] = { 12, 14, 14, 14, 14 };
  sp_fmt_row (out, head, wd, 5);
  const cJSON *cat;
  cJSON_ArrayForEach (cat,
                      cJSON_GetObjectItemCaseSensitive (sec, "categories"))
  {
    const char *cells[5] = {
      sp_doc_str (cat, "category", ""),
      sp_fig_at (cat, "before_cost", SP_FIG_MONEY, a, sizeof a),
      sp_fig_at (cat, "after_cost", SP_FIG_MONEY, b, sizeof b),
      sp_fig_at (cat, "cost_reduction", SP_FIG_PERCENT, c, sizeof c),
      sp_fig_at (cat, "use_reduction", SP_FIG_PERCENT, d, sizeof d)
    };
    sp_fmt_row (out, cells, wd, 5);
  }
}

void
sp_render_savings_text (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "savings");
  if (!sec)
    return;
  char a[64], b[64], before[96], after[96];
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  const char *title = sp_doc_str (sec, "title", "NHS cost saving");
  fprintf (out, "%s%s%s\n", title, programme ? ": " : "",
           programme ? programme : "");
  fprintf (out, "Participants compared: %s (period '%s', %s, against "
                "'%s', %s)",
           sp_fig_at (sec, "participants", SP_FIG_COUNT, a, sizeof a),
           sp_doc_str (sec, "periods.before.period", ""),
           sp_fig_sources (sp_doc_get (sec, "periods.before.source_rows"),
                           before, sizeof before),
           sp_doc_str (sec, "periods.after.period", ""),
           sp_fig_sources (sp_doc_get (sec, "periods.after.source_rows"),
                           after, sizeof after));
  const cJSON *excluded = sp_doc_get (sec, "excluded_participants");
  if (sp_disclosure_hidden (excluded)
      || (cJSON_IsNumber (excluded) && excluded->valuedouble > 0))
    fprintf (out, "; %s excluded without both periods",
             sp_fig_format (excluded, SP_FIG_COUNT, a, sizeof a));
  char prices[512];
  const char *year = sp_doc_str (doc, "evaluation.price_year", NULL);
  fprintf (out, "\nPrices: %s%s%s%s\n", year ? year : "",
           year ? " (" : "",
           sp_price_years_text (doc, sp_doc_get (sec, "lines"),
                                "unit costs", prices, sizeof prices),
           year ? ")" : "");
  sp_render_period_text (doc, out);
  fputc ('\n', out);
  print_lines (sec, out);

  /* With a comparison group its saving is the headline, and the
     figures below are the unadjusted before/after ones.  */
  int compared = sp_comparison_text_present (doc);
  sp_render_comparison_headline_text (doc, out);
  /* The saving is named by its basis (savings.title); with a comparison
     group it is the unadjusted before/after one.  */
  fprintf (out, "\n%s%s: %s", title,
           compared ? ", before/after (not adjusted)" : "",
           sp_fig_at (sec, "saving", SP_FIG_MONEY, a, sizeof a));
  sp_print_interval (doc, "savings.saving", SP_FIG_MONEY, out);
  const cJSON *rate = sp_doc_get (sec, "saving_rate");
  if (cJSON_IsNumber (rate) || sp_disclosure_hidden (rate))
    {
      fprintf (out, ", %s of the baseline cost",
               sp_fig_format (rate, SP_FIG_PERCENT, b, sizeof b));
      sp_print_interval (doc, "savings.saving_rate", SP_FIG_PERCENT, out);
    }
  fputc ('\n', out);
  const cJSON *pp = sp_doc_get (sec, "per_participant");
  if (cJSON_IsNumber (pp) || sp_disclosure_hidden (pp))
    {
      fprintf (out, "%s per participant: %s",
               compared ? "Before/after saving" : "Saving",
               sp_fig_format (pp, SP_FIG_MONEY, a, sizeof a));
      sp_print_interval (doc, "savings.per_participant", SP_FIG_MONEY, out);
      fputc ('\n', out);
    }
  const cJSON *sc = sp_doc_get (sec, "scaled");
  if (sc)
    {
      fprintf (out, "%s if replicated across %s people: %s",
               compared ? "Before/after saving" : "Saving",
               sp_fig_at (sc, "n", SP_FIG_COUNT, a, sizeof a),
               sp_fig_at (sc, "saving", SP_FIG_MONEY, b, sizeof b));
      sp_print_interval (doc, "savings.scaled.saving", SP_FIG_MONEY, out);
      fputc ('\n', out);
    }
  sp_render_influence_text (doc, "savings.saving", "saving", SP_FIG_MONEY,
                            out);
  sp_render_reliability_text (doc, "savings.saving", "saving", out);
  sp_render_reliability_text (doc, "savings.saving_rate", "saving rate",
                              out);
  print_categories (sec, out);
  sp_render_savings_trend_text (sec, out);
  sp_render_comparison_text (doc, out);
  sp_render_interval_notes (doc, out);
  sp_render_disclosure_note (doc, out);
}

/* savings_text.c -- the savings table for people */

#include <string.h>

#include "doc.h"
#include "format.h"
#include "render.h"

static const char *
label_of (const cJSON *line)
{
  const char *label = sp_doc_str (line, "label", "");
  return label[0] ? label : sp_doc_str (line, "service", "");
}

static void
qty (double v, char *buf, size_t size)
{
  /* Whole numbers print without decimals; annualised ones with one.  */
  sp_fmt_number (v, v == (double) (long long) v ? 0 : 1, buf, size);
}

static void
print_lines (const cJSON *sec, FILE *out)
{
  char a[64], b[64], c[64], d[64], e[64], f[64];
  fprintf (out, "%-40s %10s %10s %12s %10s %12s %12s\n", "Service",
           "Unit cost", "Before", "Cost before", "After", "Cost after",
           "Saving");
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sec, "lines"))
  {
    qty (sp_doc_num (line, "before_quantity", 0), b, sizeof b);
    qty (sp_doc_num (line, "after_quantity", 0), d, sizeof d);
    fprintf (out, "%-40.40s %10s %10s %12s %10s %12s %12s\n",
             label_of (line),
             sp_fmt_money (sp_doc_num (line, "unit_cost", 0), a, sizeof a), b,
             sp_fmt_money (sp_doc_num (line, "before_cost", 0), c, sizeof c),
             d, sp_fmt_money (sp_doc_num (line, "after_cost", 0), e, sizeof e),
             sp_fmt_money (sp_doc_num (line, "saving", 0), f, sizeof f));
  }
  fprintf (out, "%-40s %10s %10s %12s %10s %12s %12s\n", "Total", "", "",
           sp_fmt_money (sp_doc_num (sec, "baseline_cost", 0), c, sizeof c),
           "", sp_fmt_money (sp_doc_num (sec, "after_cost", 0), e, sizeof e),
           sp_fmt_money (sp_doc_num (sec, "saving", 0), f, sizeof f));
}

static void
print_categories (const cJSON *sec, FILE *out)
{
  char a[64], b[64], c[64], d[64];
  fprintf (out, "\n%-12s %14s %14s %14s %14s\n", "Category", "Cost before",
           "Cost after", "Cost reduction", "Use reduction");
  const cJSON *cat;
  cJSON_ArrayForEach (cat,
                      cJSON_GetObjectItemCaseSensitive (sec, "categories"))
  {
    const cJSON *cr = cJSON_GetObjectItemCaseSensitive (cat, "cost_reduction");
    const cJSON *ur = cJSON_GetObjectItemCaseSensitive (cat, "use_reduction");
    fprintf (out, "%-12s %14s %14s %14s %14s\n",
             sp_doc_str (cat, "category", ""),
             sp_fmt_money (sp_doc_num (cat, "before_cost", 0), a, sizeof a),
             sp_fmt_money (sp_doc_num (cat, "after_cost", 0), b, sizeof b),
             cJSON_IsNumber (cr) ? sp_fmt_percent (cr->valuedouble, 1, c,
                                                   sizeof c)
                                 : "n/a",
             cJSON_IsNumber (ur) ? sp_fmt_percent (ur->valuedouble, 1, d,
                                                   sizeof d)
                                 : "n/a");
  }
}

void
sp_render_savings_text (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "savings");
  if (!sec)
    return;
  char a[64], b[64];
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  fprintf (out, "NHS cost savings%s%s\n", programme ? ": " : "",
           programme ? programme : "");
  fprintf (out, "Participants compared: %.0f (period '%s' against '%s')",
           sp_doc_num (sec, "participants", 0),
           sp_doc_str (sec, "periods.before", ""),
           sp_doc_str (sec, "periods.after", ""));
  double excluded = sp_doc_num (sec, "excluded_participants", 0);
  if (excluded > 0)
    fprintf (out, "; %.0f excluded without both periods", excluded);
  fputs ("\n\n", out);
  print_lines (sec, out);

  const cJSON *rate = sp_doc_get (sec, "saving_rate");
  fprintf (out, "\nSaving: %s", sp_fmt_money (sp_doc_num (sec, "saving", 0),
                                              a, sizeof a));
  if (cJSON_IsNumber (rate))
    fprintf (out, " (%s of the baseline cost)",
             sp_fmt_percent (rate->valuedouble, 1, b, sizeof b));
  fputc ('\n', out);
  const cJSON *pp = sp_doc_get (sec, "per_participant");
  if (cJSON_IsNumber (pp))
    fprintf (out, "Saving per participant: %s\n",
             sp_fmt_money (pp->valuedouble, a, sizeof a));
  const cJSON *sc = sp_doc_get (sec, "scaled");
  if (sc)
    fprintf (out, "Saving if replicated across %s people: %s\n",
             sp_fmt_number (sp_doc_num (sc, "n", 0), 0, a, sizeof a),
             sp_fmt_money (sp_doc_num (sc, "saving", 0), b, sizeof b));
  print_categories (sec, out);
}

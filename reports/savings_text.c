/* savings_text.c -- the savings table for people */

#include <string.h>

#include "doc.h"
#include "format.h"
#include "interval_text.h"
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

/* Column widths of the service table.  */
static const size_t widths[7] = { 40, 10, 10, 12, 10, 12, 12 };

static void
row (FILE *out, const char *const cells[7])
{
  for (size_t i = 0; i < 7; i++)
    sp_fmt_cell (out, cells[i], widths[i], i > 0, i == 6);
  fputc ('\n', out);
}

static void
print_lines (const cJSON *sec, FILE *out)
{
  char a[64], b[64], c[64], d[64], e[64], f[64];
  static const char *const head[7] = { "Service", "Unit cost", "Before",
                                       "Cost before", "After", "Cost after",
                                       "Saving" };
  row (out, head);
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sec, "lines"))
  {
    qty (sp_doc_num (line, "before_quantity", 0), b, sizeof b);
    qty (sp_doc_num (line, "after_quantity", 0), d, sizeof d);
    const char *cells[7] = {
      label_of (line),
      sp_fmt_money (sp_doc_num (line, "unit_cost", 0), a, sizeof a), b,
      sp_fmt_money (sp_doc_num (line, "before_cost", 0), c, sizeof c), d,
      sp_fmt_money (sp_doc_num (line, "after_cost", 0), e, sizeof e),
      sp_fmt_money (sp_doc_num (line, "saving", 0), f, sizeof f)
    };
    row (out, cells);
  }
  const char *total[7] = {
    "Total", "", "",
    sp_fmt_money (sp_doc_num (sec, "baseline_cost", 0), c, sizeof c), "",
    sp_fmt_money (sp_doc_num (sec, "after_cost", 0), e, sizeof e),
    sp_fmt_money (sp_doc_num (sec, "saving", 0), f, sizeof f)
  };
  row (out, total);
}

/* A fraction at PATH of OBJ as a percentage, or "n/a" when null.  */
static const char *
percent_or_na (const cJSON *obj, const char *path, char *buf, size_t size)
{
  const cJSON *v = sp_doc_get (obj, path);
  return cJSON_IsNumber (v) ? sp_fmt_percent (v->valuedouble, 1, buf, size)
                            : "n/a";
}

static void
print_categories (const cJSON *sec, FILE *out)
{
  char a[64], b[64], c[64], d[64];
  fputc ('\n', out);
  static const char *const head[5] = { "Category", "Cost before",
                                       "Cost after", "Cost reduction",
                                       "Use reduction" };
  for (size_t i = 0; i < 5; i++)
    sp_fmt_cell (out, head[i], i ? 14 : 12, i > 0, i == 4);
  fputc ('\n', out);
  const cJSON *cat;
  cJSON_ArrayForEach (cat,
                      cJSON_GetObjectItemCaseSensitive (sec, "categories"))
  {
    const char *cells[5] = {
      sp_doc_str (cat, "category", ""),
      sp_fmt_money (sp_doc_num (cat, "before_cost", 0), a, sizeof a),
      sp_fmt_money (sp_doc_num (cat, "after_cost", 0), b, sizeof b),
      percent_or_na (cat, "cost_reduction", c, sizeof c),
      percent_or_na (cat, "use_reduction", d, sizeof d)
    };
    for (size_t i = 0; i < 5; i++)
      sp_fmt_cell (out, cells[i], i ? 14 : 12, i > 0, i == 4);
    fputc ('\n', out);
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
  sp_print_interval (doc, "savings.saving", SP_IV_MONEY, out);
  if (cJSON_IsNumber (rate))
    {
      fprintf (out, ", %s of the baseline cost",
               sp_fmt_percent (rate->valuedouble, 1, b, sizeof b));
      sp_print_interval (doc, "savings.saving_rate", SP_IV_PERCENT, out);
    }
  fputc ('\n', out);
  const cJSON *pp = sp_doc_get (sec, "per_participant");
  if (cJSON_IsNumber (pp))
    {
      fprintf (out, "Saving per participant: %s",
               sp_fmt_money (pp->valuedouble, a, sizeof a));
      sp_print_interval (doc, "savings.per_participant", SP_IV_MONEY, out);
      fputc ('\n', out);
    }
  const cJSON *sc = sp_doc_get (sec, "scaled");
  if (sc)
    {
      fprintf (out, "Saving if replicated across %s people: %s",
               sp_fmt_number (sp_doc_num (sc, "n", 0), 0, a, sizeof a),
               sp_fmt_money (sp_doc_num (sc, "saving", 0), b, sizeof b));
      sp_print_interval (doc, "savings.scaled.saving", SP_IV_MONEY, out);
      fputc ('\n', out);
    }
  sp_render_influence_text (doc, "savings.saving", "saving", SP_IV_MONEY,
                            out);
  print_categories (sec, out);
  sp_render_interval_notes (doc, out);
}

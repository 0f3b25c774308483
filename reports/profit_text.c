/* profit_text.c -- register, investment, local economy and social profit
   for people */

#include <string.h>

#include "doc.h"
#include "format.h"
#include "interval_text.h"
#include "render_profit.h"

typedef enum { MONEY, PERCENT, COUNT, DECIMAL, RATIO } kind;

/* The figure NAME of OBJ as text of KIND into BUF; "n/a" when null or
   absent.  */
static const char *
fig (const cJSON *obj, const char *name, kind k, char *buf, size_t size)
{
  const cJSON *v = sp_doc_get (obj, name);
  if (!cJSON_IsNumber (v))
    return "n/a";
  double x = v->valuedouble;
  switch (k)
    {
    case MONEY: return sp_fmt_money (x, buf, size);
    case PERCENT: return sp_fmt_percent (x, 1, buf, size);
    case COUNT: return sp_fmt_number (x, 0, buf, size);
    case DECIMAL: return sp_fmt_number (x, 2, buf, size);
    case RATIO:
      {
        char n[64];
        /* "£4.12 per £1", the way SROI ratios are quoted.  */
        sp_fmt_number (x, 2, n, sizeof n);
        snprintf (buf, size, "£%s per £1", n);
        return buf;
      }
    }
  return "n/a";
}

/* "  LABEL ....... VALUE  NOTE" with LABEL padded to 32 characters and
   VALUE right-aligned in 14.  NOTE may be NULL.  */
static void
line (FILE *out, const char *label, const char *value, const char *note)
{
  fputs ("  ", out);
  sp_fmt_cell (out, label, 32, 0, 0);
  sp_fmt_cell (out, value, 14, 1, note == NULL);
  if (note)
    fprintf (out, " %s", note);
  fputc ('\n', out);
}

/* As line, with the figure NAME of OBJ.  */
static void
figure (FILE *out, const cJSON *obj, const char *label, const char *name,
        kind k, const char *note)
{
  char buf[96];
  line (out, label, fig (obj, name, k, buf, sizeof buf), note);
}

/* One column of a table of array elements: its heading, width, the
   member it shows and how.  The first column is the element's name.  */
typedef struct
{
  const char *head;
  size_t width;
  const char *member;
  kind k;
} column;

#define MAX_COLUMNS 5

/* A table of the elements of ARR under the N COLS: the first column
   shows the string member (UNNAMED when null), the others figures.  */
static void
table (FILE *out, const cJSON *arr, const column *cols, size_t n,
       const char *unnamed)
{
  fputs ("\n  ", out);
  for (size_t i = 0; i < n; i++)
    sp_fmt_cell (out, cols[i].head, cols[i].width, i > 0, i == n - 1);
  fputc ('\n', out);
  const cJSON *e;
  cJSON_ArrayForEach (e, arr)
  {
    char buf[MAX_COLUMNS][96];
    fputs ("  ", out);
    for (size_t i = 0; i < n; i++)
      sp_fmt_cell (out, i == 0 ? sp_doc_str (e, cols[0].member, unnamed)
                              : fig (e, cols[i].member, cols[i].k, buf[i],
                                     sizeof buf[i]),
                   cols[i].width, i > 0, i == n - 1);
    fputc ('\n', out);
  }
}

static void
print_segments (const cJSON *sec, FILE *out)
{
  static const column cols[] = {
    { "Segment", 20, "segment", COUNT }, { "People", 8, "people", COUNT },
    { "PHBs", 8, "phbs", COUNT },
    { "Mean budget", 14, "budget_mean", MONEY },
    { "PAs per PHB", 12, "pas_per_phb", DECIMAL },
  };
  const cJSON *segs = sp_doc_get (sec, "segments");
  if (cJSON_GetArraySize (segs) > 0)
    table (out, segs, cols, sizeof cols / sizeof cols[0], "(not given)");
}

static void
print_register (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "register");
  if (!sec)
    return;
  char note[160], a[64];
  fputs ("PHB register\n", out);
  figure (out, sec, "Enquiries", "enquiries", COUNT, NULL);
  figure (out, sec, "Referrals", "referrals", COUNT, "(all but enquiries)");
  figure (out, sec, "  awaiting assessment", "referred", COUNT, NULL);
  figure (out, sec, "  ineligible", "ineligible", COUNT, NULL);
  figure (out, sec, "  plans in process", "in_process", COUNT, NULL);
  figure (out, sec, "  plans approved", "approved", COUNT, NULL);
  figure (out, sec, "  lost", "lost", COUNT, NULL);
  figure (out, sec, "Conversion rate", "conversion_rate", PERCENT,
          "((approved + in process) / referrals)");
  snprintf (note, sizeof note, "(over %s live plans with a budget)",
            fig (sec, "budgets", COUNT, a, sizeof a));
  figure (out, sec, "Mean budget a year", "budget_mean", MONEY, note);
  figure (out, sec, "Smallest budget", "budget_min", MONEY, NULL);
  figure (out, sec, "Largest budget", "budget_max", MONEY, NULL);
  figure (out, sec, "PAs per PHB", "pas_per_phb", DECIMAL, NULL);
  figure (out, sec, "Integrated budgets", "integrated", COUNT,
          "(health and social care)");
  print_segments (sec, out);
}

static void
print_investment (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "investment");
  if (!sec)
    return;
  const cJSON *p = sp_doc_get (sec, "params");
  char note[200], a[64], b[64], c[64], d[64];
  fputs ("\nInvestment\n", out);
  snprintf (note, sizeof note, "(%s assessed x %s + %s VAT)",
            fig (sec, "assessed", COUNT, a, sizeof a),
            fig (p, "advocacy_cost", MONEY, b, sizeof b),
            fig (p, "vat_rate", PERCENT, c, sizeof c));
  figure (out, sec, "Care planning and advocacy", "advocacy", MONEY, note);
  snprintf (note, sizeof note, "(%s PHBs x %s a year x %s + %s VAT)",
            fig (sec, "phbs", COUNT, a, sizeof a),
            fig (p, "reviews_per_year", COUNT, b, sizeof b),
            fig (p, "review_cost", MONEY, c, sizeof c),
            fig (p, "vat_rate", PERCENT, d, sizeof d));
  figure (out, sec, "Reviews", "reviews", MONEY, note);
  int on_tx = strcmp (sp_doc_str (sec, "marketplace_basis", ""),
                      "transactions") == 0;
  snprintf (note, sizeof note, "(%s of %s %s)",
            fig (p, "marketplace_fee", PERCENT, a, sizeof a),
            fig (sec, "marketplace_base", MONEY, b, sizeof b),
            on_tx ? "transacted" : "of live budgets a year: no transactions "
                                   "file");
  figure (out, sec, "Marketplace transactions", "marketplace", MONEY, note);
  figure (out, sec, "Total investment", "total", MONEY, NULL);
}

static void
print_categories (const cJSON *sec, FILE *out)
{
  static const column cols[] = {
    { "Category", 20, "category", COUNT }, { "Spend", 14, "amount", MONEY },
    { "Share", 8, "share", PERCENT }, { "Local", 14, "local", MONEY },
    { "Payments", 12, "transactions", COUNT },
  };
  table (out, sp_doc_get (sec, "by_category"), cols,
         sizeof cols / sizeof cols[0], "");
}

static void
print_local_economy (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "local_economy");
  if (!sec)
    return;
  char note[200], a[64], b[64];
  fputs ("\nLocal economy (LM3, New Economics Foundation)\n", out);
  snprintf (note, sizeof note, "(%s payments)",
            fig (sec, "transactions", COUNT, a, sizeof a));
  figure (out, sec, "R1 all spend", "r1", MONEY, note);
  snprintf (note, sizeof note, "(%s of R1)",
            fig (sec, "local_share", PERCENT, a, sizeof a));
  figure (out, sec, "R2 with local suppliers", "r2", MONEY, note);
  snprintf (note, sizeof note, "(R2 x %s re-spent locally, assumed)",
            fig (sec, "respend", PERCENT, a, sizeof a));
  figure (out, sec, "R3 re-spent locally", "r3", MONEY, note);
  figure (out, sec, "LM3", "lm3", DECIMAL, "((R1 + R2 + R3) / R1)");
  figure (out, sec, "Local economic effect", "effect", MONEY, "(R2 + R3)");
  snprintf (note, sizeof note, "(%s of R1)",
            fig (sec, "fee_rate", PERCENT, a, sizeof a));
  figure (out, sec, "Marketplace fee transacted", "fee_transacted", MONEY,
          note);
  if (sp_doc_num (sec, "unmatched_transactions", 0) > 0)
    fprintf (out, "  %s payments (%s) name %.0f %s not in the register;"
             " they are included above.\n",
             fig (sec, "unmatched_transactions", COUNT, a, sizeof a),
             fig (sec, "unmatched_amount", MONEY, b, sizeof b),
             sp_doc_num (sec, "unmatched_participants", 0),
             sp_doc_num (sec, "unmatched_participants", 0) == 1
               ? "person" : "people");
  print_categories (sec, out);
}

static void
print_social_profit (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "social_profit");
  if (!sec)
    return;
  const cJSON *r = sp_doc_get (sec, "returns_per_pound");
  char a[96], b[96], c[96];
  int local = cJSON_IsTrue (sp_doc_get (sec, "measured.local_economic_effect"));
  fputs ("\nSocial profit\n", out);
  line (out, "NHS cost savings", fig (sec, "nhs_savings", MONEY, a, sizeof a),
        fig (r, "nhs_savings", RATIO, b, sizeof b));
  line (out, "Social value", fig (sec, "social_value", MONEY, a, sizeof a),
        fig (r, "social_value", RATIO, b, sizeof b));
  snprintf (c, sizeof c, "%s", local ? fig (r, "local_economic_effect",
                                            RATIO, b, sizeof b)
                                     : "(not measured: no transactions)");
  line (out, "Local economic effect",
        fig (sec, "local_economic_effect", MONEY, a, sizeof a), c);
  figure (out, sec, "Benefits", "benefits", MONEY, NULL);
  figure (out, sec, "Investment", "investment", MONEY, NULL);
  figure (out, sec, "Social profit", "net", MONEY,
          "(benefits - investment)");
  line (out, "SROI ratio", fig (sec, "sroi_ratio", RATIO, a, sizeof a),
        "(benefits / investment)");
  fprintf (out, "  %s\n", sp_doc_str (sec, "formula", ""));
  sp_print_interval_line (doc, "social_profit.net", "  Social profit",
                          SP_IV_MONEY, out);
  sp_print_interval_line (doc, "social_profit.sroi_ratio", "  SROI ratio",
                          SP_IV_RATIO, out);
}

void
sp_render_profit_text (const cJSON *doc, FILE *out)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  fprintf (out, "Social profit%s%s\n\n", programme ? ": " : "",
           programme ? programme : "");
  print_register (doc, out);
  print_investment (doc, out);
  print_local_economy (doc, out);
  print_social_profit (doc, out);
  sp_render_interval_notes (doc, out);
}

/* profit_text.c -- register, investment, local economy and social profit
   for people */

#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "render_quarterly.h"
#include "figure.h"
#include "format.h"
#include "interval_text.h"
#include "render_profit.h"

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
        sp_fig_kind k, const char *note)
{
  char buf[96];
  line (out, label, sp_fig_at (obj, name, k, buf, sizeof buf), note);
}

/* One column of a table of array elements: its heading, width, the
   member it shows and how.  The first column is the element's name.  */
typedef struct
{
  const char *head;
  size_t width;
  const char *member;
  sp_fig_kind k;
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
      sp_fmt_cell (out,
                   i == 0 ? sp_doc_str (e, cols[0].member, unnamed)
                          : sp_fig_at (e, cols[i].member, cols[i].k, buf[i],
                                       sizeof buf[i]),
                   cols[i].width, i > 0, i == n - 1);
    fputc ('\n', out);
  }
}

static void
print_segments (const cJSON *sec, FILE *out)
{
  static const column cols[] = {
    { "Segment", 20, "segment", SP_FIG_COUNT },
    { "People", 8, "people", SP_FIG_COUNT },
    { "PHBs", 8, "phbs", SP_FIG_COUNT },
    { "Mean budget", 14, "budget_mean", SP_FIG_MONEY },
    { "PAs per PHB", 12, "pas_per_phb", SP_FIG_RATIO_PLAIN },
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
  figure (out, sec, "Enquiries", "enquiries", SP_FIG_COUNT, NULL);
  figure (out, sec, "Referrals", "referrals", SP_FIG_COUNT,
          "(all but enquiries)");
  figure (out, sec, "  awaiting assessment", "referred", SP_FIG_COUNT, NULL);
  figure (out, sec, "  ineligible", "ineligible", SP_FIG_COUNT, NULL);
  figure (out, sec, "  plans in process", "in_process", SP_FIG_COUNT, NULL);
  figure (out, sec, "  plans approved", "approved", SP_FIG_COUNT, NULL);
  figure (out, sec, "  lost", "lost", SP_FIG_COUNT, NULL);
  figure (out, sec, "Conversion rate", "conversion_rate", SP_FIG_PERCENT,
          "((approved + in process) / referrals)");
  snprintf (note, sizeof note, "(over %s live plans with a budget)",
            sp_fig_at (sec, "budgets", SP_FIG_COUNT, a, sizeof a));
  figure (out, sec, "Mean budget a year", "budget_mean", SP_FIG_MONEY, note);
  /* One person's budgets: only in an internal report.  */
  if (sp_doc_get (sec, "budget_min"))
    figure (out, sec, "Smallest budget", "budget_min", SP_FIG_MONEY, NULL);
  if (sp_doc_get (sec, "budget_max"))
    figure (out, sec, "Largest budget", "budget_max", SP_FIG_MONEY, NULL);
  figure (out, sec, "PAs per PHB", "pas_per_phb", SP_FIG_RATIO_PLAIN, NULL);
  figure (out, sec, "Integrated budgets", "integrated", SP_FIG_COUNT,
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
            sp_fig_at (sec, "assessed", SP_FIG_COUNT, a, sizeof a),
            sp_fig_at (p, "advocacy_cost", SP_FIG_MONEY, b, sizeof b),
            sp_fig_at (p, "vat_rate", SP_FIG_PERCENT, c, sizeof c));
  figure (out, sec, "Care planning and advocacy", "advocacy", SP_FIG_MONEY,
          note);
  snprintf (note, sizeof note, "(%s PHBs x %s a year x %s + %s VAT)",
            sp_fig_at (sec, "phbs", SP_FIG_COUNT, a, sizeof a),
            sp_fig_at (p, "reviews_per_year", SP_FIG_COUNT, b, sizeof b),
            sp_fig_at (p, "review_cost", SP_FIG_MONEY, c, sizeof c),
            sp_fig_at (p, "vat_rate", SP_FIG_PERCENT, d, sizeof d));
  figure (out, sec, "Reviews", "reviews", SP_FIG_MONEY, note);
  int on_tx = strcmp (sp_doc_str (sec, "marketplace_basis", ""),
                      "transactions") == 0;
  snprintf (note, sizeof note, "(%s of %s %s)",
            sp_fig_at (p, "marketplace_fee", SP_FIG_PERCENT, a, sizeof a),
            sp_fig_at (sec, "marketplace_base", SP_FIG_MONEY, b, sizeof b),
            on_tx ? "transacted" : "of live budgets a year: no transactions "
                                   "file");
  figure (out, sec, "Marketplace transactions", "marketplace", SP_FIG_MONEY,
          note);
  figure (out, sec, "Total investment", "total", SP_FIG_MONEY, NULL);
}

static void
print_categories (const cJSON *sec, FILE *out)
{
  static const column cols[] = {
    { "Category", 20, "category", SP_FIG_COUNT },
    { "Spend", 14, "amount", SP_FIG_MONEY },
    { "Share", 8, "share", SP_FIG_PERCENT },
    { "Local", 14, "local", SP_FIG_MONEY },
    { "Payments", 12, "transactions", SP_FIG_COUNT },
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
            sp_fig_at (sec, "transactions", SP_FIG_COUNT, a, sizeof a));
  figure (out, sec, "R1 all spend", "r1", SP_FIG_MONEY, note);
  snprintf (note, sizeof note, "(%s of R1)",
            sp_fig_at (sec, "local_share", SP_FIG_PERCENT, a, sizeof a));
  figure (out, sec, "R2 with local suppliers", "r2", SP_FIG_MONEY, note);
  snprintf (note, sizeof note, "(R2 x %s re-spent locally, assumed)",
            sp_fig_at (sec, "respend", SP_FIG_PERCENT, a, sizeof a));
  figure (out, sec, "R3 re-spent locally", "r3", SP_FIG_MONEY, note);
  figure (out, sec, "LM3", "lm3", SP_FIG_RATIO_PLAIN, "((R1 + R2 + R3) / R1)");
  figure (out, sec, "Local economic effect", "effect", SP_FIG_MONEY,
          "(R2 + R3)");
  snprintf (note, sizeof note, "(%s of R1)",
            sp_fig_at (sec, "fee_rate", SP_FIG_PERCENT, a, sizeof a));
  figure (out, sec, "Marketplace fee transacted", "fee_transacted",
          SP_FIG_MONEY, note);
  const cJSON *un = sp_doc_get (sec, "unmatched_participants");
  if (sp_disclosure_hidden (un) || (cJSON_IsNumber (un) && un->valuedouble > 0))
    {
      char c[64];
      fprintf (out, "  %s payments (%s) name %s %s not in the register;"
               " they are included above.\n",
               sp_fig_at (sec, "unmatched_transactions", SP_FIG_COUNT, a,
                          sizeof a),
               sp_fig_at (sec, "unmatched_amount", SP_FIG_MONEY, b, sizeof b),
               sp_fig_format (un, SP_FIG_COUNT, c, sizeof c),
               cJSON_IsNumber (un) && un->valuedouble == 1 ? "person"
                                                           : "people");
    }
  print_categories (sec, out);
}

/* "(22 participants, a year)" for the count at PATH of DOC.  */
static const char *
people (const cJSON *doc, const char *path, const char *who,
        const char *period, char *buf, size_t size)
{
  char n[32];
  snprintf (buf, size, "(%s %s, %s)",
            sp_fig_number (sp_doc_num (doc, path, 0), SP_FIG_COUNT, n,
                           sizeof n),
            who, period);
  return buf;
}

static void
print_social_profit (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "social_profit");
  if (!sec)
    return;
  const cJSON *pp = sp_doc_get (sec, "per_person");
  const cJSON *r = sp_doc_get (sec, "returns_per_pound");
  char a[96], b[384];
  int measured = cJSON_IsTrue (sp_doc_get (sec,
                                           "measured.local_economic_effect"));
  int counted = cJSON_IsTrue (sp_doc_get (sec,
                                          "counted.local_economic_effect"));
  int stated = cJSON_IsTrue (sp_doc_get (sec,
                                         "budget_additional_share_stated"));
  /* With a comparison group social profit counts the saving against it
     (issue 14).  */
  int compared = strcmp (sp_doc_str (sec, "nhs_savings_basis", ""),
                         "comparison_group") == 0;
  fputs ("\nSocial profit, like for like (per person)\n", out);
  char year[160];
  snprintf (year, sizeof year, "%s, %s",
            compared ? "a year, against a comparison group" : "a year",
            sp_basis_words (sp_doc_str (doc, "savings.basis", "reported")));
  figure (out, pp, "NHS cost saving per participant", "saving",
          SP_FIG_MONEY, people (doc, "savings.participants", "participants",
                                year, b, sizeof b));
  figure (out, pp, "Social value per participant", "social_value",
          SP_FIG_MONEY, people (doc, "social_value.participants",
                                "participants", "present value", b,
                                sizeof b));
  figure (out, pp, "Local economic effect per PHB", "local_effect",
          SP_FIG_MONEY,
          counted ? "(additional to the provision replaced)"
          : measured ? "(not counted: no counterfactual LM3)"
                     : "(not measured: no transactions)");
  figure (out, pp, "Benefits per person", "benefits", SP_FIG_MONEY, NULL);
  figure (out, pp, "Delivery cost per PHB", "delivery_cost", SP_FIG_MONEY,
          people (doc, "investment.phbs", "PHBs", "investment / PHBs", b,
                  sizeof b));
  figure (out, pp, "Mean budget a year", "budget", SP_FIG_MONEY, NULL);
  figure (out, sec, "Share of budget new money", "budget_additional_share",
          SP_FIG_PERCENT,
          stated ? "(stated in the evaluation)"
                 : "(not stated: budgets assumed to replace existing "
                   "spend)");
  figure (out, pp, "Costs per person", "costs", SP_FIG_MONEY,
          "(delivery cost + share x budget)");
  figure (out, sec, "SROI ratio", "sroi_ratio", SP_FIG_RATIO,
          "(benefits / costs, per person)");
  figure (out, sec, "SROI, budgets all new money",
          "sroi_ratio_budgets_additional", SP_FIG_RATIO,
          "(benefits / (delivery cost + budget))");
  figure (out, sec, "Net social profit per person", "net_per_person",
          SP_FIG_MONEY, "(benefits - costs, per person)");
  char c[96], d[96];
  fprintf (out, "  Returns per \u00a31 of costs: NHS savings %s, social "
                "value %s, local economic effect %s\n",
           sp_fig_at (r, "nhs_savings", SP_FIG_RATIO, a, sizeof a),
           sp_fig_at (r, "social_value", SP_FIG_RATIO, c, sizeof c),
           sp_fig_at (r, "local_economic_effect", SP_FIG_RATIO, d,
                      sizeof d));
  fprintf (out, "  %s\n", sp_doc_str (sec, "formula", ""));
  sp_print_interval_line (doc, "social_profit.sroi_ratio", "  SROI ratio",
                          SP_FIG_RATIO_PLAIN, out);
  sp_print_interval_line (doc, "social_profit.sroi_ratio_budgets_additional",
                          "  SROI, budgets all new money",
                          SP_FIG_RATIO_PLAIN, out);
  sp_print_interval_line (doc, "social_profit.net_per_person",
                          "  Net social profit per person", SP_FIG_MONEY,
                          out);
  sp_render_reliability_text (doc, "social_profit.sroi_ratio", "SROI ratio",
                              out);

  fputs ("\nTotals as measured, each over its own people (not like for "
         "like)\n", out);
  figure (out, sec, "NHS cost saving", "nhs_savings", SP_FIG_MONEY,
          people (doc, "savings.participants", "participants", year, b,
                  sizeof b));
  figure (out, sec, "Social value", "social_value", SP_FIG_MONEY,
          people (doc, "social_value.participants", "participants",
                  "present value", b, sizeof b));
  figure (out, sec, "Local economic effect counted", "local_economic_effect",
          SP_FIG_MONEY, NULL);
  figure (out, sec, "Delivery costs", "investment", SP_FIG_MONEY,
          people (doc, "investment.assessed", "assessed", "the programme",
                  b, sizeof b));
}

void
sp_render_profit_text (const cJSON *doc, FILE *out)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  fprintf (out, "Social profit%s%s\n", programme ? ": " : "",
           programme ? programme : "");
  sp_render_period_text (doc, out);
  fputc ('\n', out);
  print_register (doc, out);
  sp_render_register_monthly_text (doc, out);
  print_investment (doc, out);
  print_local_economy (doc, out);
  sp_render_spend_quarterly_text (doc, out);
  print_social_profit (doc, out);
  sp_render_interval_notes (doc, out);
  sp_render_disclosure_note (doc, out);
}

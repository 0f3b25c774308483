/* statement_profit.c -- the register funnel, the investment, the local
   economy and social profit in the statement */

#include <stdio.h>

#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

static void
register_part (sp_page *p, const cJSON *doc)
{
  if (!sp_doc_get (doc, "register"))
    return;
  static const sp_stmt_row rows[] = {
    { "register.enquiries", "Enquiries", SP_FIG_COUNT },
    { "register.referrals", "Referrals", SP_FIG_COUNT },
    { "register.approved", "Approved", SP_FIG_COUNT },
    { "register.in_process", "In process", SP_FIG_COUNT },
    { "register.lost", "Lost", SP_FIG_COUNT },
    { "register.ineligible", "Ineligible", SP_FIG_COUNT },
    { "register.conversion_rate", "Conversion rate", SP_FIG_PERCENT },
    { "register.budget_mean", "Mean annual budget", SP_FIG_MONEY },
    { "register.budget_min", "Smallest budget", SP_FIG_MONEY },
    { "register.budget_max", "Largest budget", SP_FIG_MONEY },
    { "register.budget_total", "All budgets", SP_FIG_MONEY },
    { "register.pas_per_phb", "Personal assistants per PHB", SP_FIG_NUMBER },
    { "register.integrated", "Integrated budgets", SP_FIG_COUNT },
  };
  sp_stmt_part (p, doc, "The PHB register",
                "Everyone who enquired, and how far they have gone: "
                "referrals are everyone beyond an enquiry; the conversion "
                "rate is the approved and in-process plans over the "
                "referrals. Budgets are over the live plans (see the "
                "register's formulas under Assumptions and sources).",
                rows, sizeof rows / sizeof rows[0], "Register", "Number");
}

static void
investment_part (sp_page *p, const cJSON *doc)
{
  const cJSON *inv = sp_doc_get (doc, "investment");
  if (!inv)
    return;
  static const sp_stmt_row rows[] = {
    { "investment.assessed", "People assessed", SP_FIG_COUNT },
    { "investment.phbs", "PHBs reviewed", SP_FIG_COUNT },
    { "investment.advocacy", "Care planning and advocacy", SP_FIG_MONEY },
    { "investment.reviews", "Reviews", SP_FIG_MONEY },
    { "investment.marketplace", "Marketplace", SP_FIG_MONEY },
    { "investment.total", "Total investment", SP_FIG_MONEY },
  };
  char line[640], a[64], b[64], v[32], m[32], r[32];
  snprintf (line, sizeof line,
            "Care planning and advocacy at %s + VAT for each person "
            "assessed, a review at %s + VAT for each PHB %s time(s) a year, "
            "and the marketplace fee of %s of the budget transacted; VAT at "
            "%s.",
            sp_fmt_money (sp_doc_num (inv, "params.advocacy_cost", 0), a,
                          sizeof a),
            sp_fmt_money (sp_doc_num (inv, "params.review_cost", 0), b,
                          sizeof b),
            sp_fmt_number (sp_doc_num (inv, "params.reviews_per_year", 0), 0,
                           r, sizeof r),
            sp_fmt_percent (sp_doc_num (inv, "params.marketplace_fee", 0), 1,
                            m, sizeof m),
            sp_fmt_percent (sp_doc_num (inv, "params.vat_rate", 0), 0, v,
                            sizeof v));
  sp_stmt_part (p, doc, "Investment", line, rows,
                sizeof rows / sizeof rows[0], "Item", "Cost");
}

static void
local_part (sp_page *p, const cJSON *doc)
{
  const cJSON *le = sp_doc_get (doc, "local_economy");
  if (!le)
    return;
  static const sp_stmt_row rows[] = {
    { "local_economy.r1", "R1: all spend", SP_FIG_MONEY },
    { "local_economy.r2", "R2: spend with local suppliers", SP_FIG_MONEY },
    { "local_economy.r3", "R3: re-spent locally", SP_FIG_MONEY },
    { "local_economy.respend", "Local re-spend share", SP_FIG_PERCENT },
    { "local_economy.lm3", "LM3", SP_FIG_RATIO_PLAIN },
    { "local_economy.effect", "Local economic effect", SP_FIG_MONEY },
    { "local_economy.fee_transacted", "Marketplace fee on the spend",
      SP_FIG_MONEY },
  };
  sp_stmt_part (p, doc, "Local economic effect",
                "Local Multiplier 3 (New Economics Foundation): R1 is all "
                "spend through the marketplace, R2 the spend with local "
                "suppliers, R3 what those suppliers re-spend locally (R2 x "
                "the local re-spend share). LM3 = (R1 + R2 + R3) / R1; the "
                "local economic effect is R2 + R3.",
                rows, sizeof rows / sizeof rows[0], "Figure", "Value");

  static const sp_stmt_column cols[] = {
    { "Spend by category", 0.34, SP_ALIGN_START, "category", SP_FIG_TEXT },
    { "Transactions", 0.16, SP_ALIGN_END, "transactions", SP_FIG_COUNT },
    { "Amount", 0.18, SP_ALIGN_END, "amount", SP_FIG_MONEY },
    { "Share", 0.14, SP_ALIGN_END, "share", SP_FIG_PERCENT },
    { "With local suppliers", 0.18, SP_ALIGN_END, "local", SP_FIG_MONEY },
  };
  sp_stmt_array_table (p, NULL,
                       cJSON_GetObjectItemCaseSensitive (le, "by_category"),
                       cols, sizeof cols / sizeof cols[0]);
}

static void
profit_part (sp_page *p, const cJSON *doc)
{
  const cJSON *sp = sp_doc_get (doc, "social_profit");
  if (!sp)
    return;
  static const sp_stmt_row rows[] = {
    { "social_profit.nhs_savings", "NHS savings", SP_FIG_MONEY },
    { "social_profit.social_value", "Social value", SP_FIG_MONEY },
    { "social_profit.local_economic_effect", "Local economic effect",
      SP_FIG_MONEY },
    { "social_profit.benefits", "Benefits", SP_FIG_MONEY },
    { "social_profit.investment", "Investment", SP_FIG_MONEY },
    { "social_profit.net", "Social profit (net)", SP_FIG_MONEY },
    { "social_profit.sroi_ratio", "Return on investment (all benefits)",
      SP_FIG_RATIO },
    { "social_profit.returns_per_pound.nhs_savings",
      "Return from NHS savings", SP_FIG_RATIO },
    { "social_profit.returns_per_pound.social_value",
      "Return from social value", SP_FIG_RATIO },
    { "social_profit.returns_per_pound.local_economic_effect",
      "Return from the local economic effect", SP_FIG_RATIO },
  };
  sp_stmt_part (p, doc, "Social profit",
                "Social profit combines the three methods of section 1.4 of "
                "the pilot report: cost-benefit analysis (NHS savings), "
                "social return on investment (social value) and the local "
                "economic effect of the money spent, less the investment "
                "that bought them.",
                rows, sizeof rows / sizeof rows[0], "Component", "Value");
  const cJSON *measured
    = sp_doc_get (doc, "social_profit.measured.local_economic_effect");
  if (cJSON_IsFalse (measured))
    sp_page_note (p, "No marketplace transactions were given, so the local "
                     "economic effect is entered as £0.");
  const char *formula = sp_doc_str (sp, "formula", NULL);
  if (formula)
    sp_page_note (p, formula);
}

void
sp_stmt_profit (sp_page *p, const cJSON *doc)
{
  register_part (p, doc);
  investment_part (p, doc);
  local_part (p, doc);
  profit_part (p, doc);
}

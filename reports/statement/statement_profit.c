/* statement_profit.c -- the register funnel, the investment, the local
   economy and social profit in the statement */

#include <stdio.h>
#include <string.h>

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
    { "local_economy.counterfactual_lm3",
      "LM3 of the provision the budgets replaced", SP_FIG_RATIO_PLAIN },
    { "local_economy.additional_effect",
      "Additional local economic effect: R1 x (LM3 - that LM3)",
      SP_FIG_MONEY },
  };
  int counted = cJSON_IsNumber (sp_doc_get (
    doc, "local_economy.counterfactual_lm3"));
  size_t n = sizeof rows / sizeof rows[0] - (counted ? 0 : 2);
  sp_stmt_part (p, doc, "Local economic effect",
                "Local Multiplier 3 (New Economics Foundation): R1 is all "
                "spend through the marketplace, R2 the spend with local "
                "suppliers, R3 what those suppliers re-spend locally (R2 x "
                "the local re-spend share). LM3 = (R1 + R2 + R3) / R1; the "
                "local economic effect is R2 + R3.",
                rows, n, "Figure", "Value");
  sp_page_note (p, counted
                     ? "Only the additional effect counts as a benefit: "
                       "what the budgets' spending keeps in the local "
                       "economy beyond what the provision they replaced "
                       "kept there."
                     : "This effect is not counted as a benefit: the "
                       "budgets largely replace spending that would have "
                       "happened anyway, and the evaluation does not give "
                       "the local multiplier of the provision they "
                       "replaced, against which only the additional effect "
                       "would count.");

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

/* "NAME (N WHO, PERIOD)" with the count at PATH of DOC, into BUF.  */
static const char *
covering (const cJSON *doc, const char *name, const char *path,
          const char *who, const char *period, char *buf, size_t size)
{
  char n[32];
  snprintf (buf, size, "%s (%s %s, %s)", name,
            sp_fmt_number (sp_doc_num (doc, path, 0), 0, n, sizeof n), who,
            period);
  return buf;
}

/* The sentence saying what the headline ratio assumes about the
   budgets: stated on the statement either way.  */
void
sp_stmt_budget_assumption (sp_page *p, const cJSON *doc)
{
  const cJSON *sp = sp_doc_get (doc, "social_profit");
  if (!sp)
    return;
  char line[768], share[32], other[64];
  sp_fig_at (sp, "sroi_ratio_budgets_additional", SP_FIG_RATIO, other,
             sizeof other);
  if (cJSON_IsTrue (sp_doc_get (sp, "budget_additional_share_stated")))
    snprintf (line, sizeof line,
              "The social return on investment counts %s of the mean "
              "budget as a cost: the evaluation states that this share of "
              "a budget is new money, the rest replacing spending on the "
              "care it replaces. With every pound of the budgets counted "
              "as new money it would be %s.",
              sp_fmt_percent (sp_doc_num (sp, "budget_additional_share", 0),
                              0, share, sizeof share),
              other);
  else
    snprintf (line, sizeof line,
              "The social return on investment assumes that the budgets "
              "wholly replace existing spending, so only the costs of "
              "delivering them count: the evaluation does not state what "
              "share of a budget is new money. With every pound of the "
              "budgets counted as new money it would be %s.",
              other);
  sp_page_note (p, line);
}

static void
profit_part (sp_page *p, const cJSON *doc)
{
  const cJSON *sp = sp_doc_get (doc, "social_profit");
  if (!sp)
    return;
  char saving[384], value[384], delivery[384], t_saving[384],
    t_value[384], t_delivery[384];
  const char *cohort_year = "a year on the plan against the year before";
  /* With a comparison group social profit counts the saving against it
     (issue 14).  */
  int compared = strcmp (sp_doc_str (sp, "nhs_savings_basis", ""),
                         "comparison_group") == 0;
  if (compared)
    cohort_year = "a year, against a comparison group";
  /* The saving says its basis (savings.basis, issue 8).  */
  char year_basis[160];
  snprintf (year_basis, sizeof year_basis, "%s; %s", cohort_year,
            sp_basis_words (sp_doc_str (doc, "savings.basis", "reported")));
  cohort_year = year_basis;
  const sp_stmt_row rows[] = {
    { "social_profit.per_person.saving",
      covering (doc, "NHS cost saving per participant",
                "savings.participants", "participants", cohort_year, saving,
                sizeof saving),
      SP_FIG_MONEY },
    { "social_profit.per_person.social_value",
      covering (doc, "Social value per participant",
                "social_value.participants", "participants",
                "present value", value, sizeof value),
      SP_FIG_MONEY },
    { "social_profit.per_person.local_effect",
      "Additional local economic effect per PHB", SP_FIG_MONEY },
    { "social_profit.per_person.benefits", "Benefits per person",
      SP_FIG_MONEY },
    { "social_profit.per_person.delivery_cost",
      covering (doc, "Cost of delivery per PHB", "investment.phbs", "PHBs",
                "assessments, a year of reviews and the marketplace fee",
                delivery, sizeof delivery),
      SP_FIG_MONEY },
    { "social_profit.per_person.budget", "Mean budget a year",
      SP_FIG_MONEY },
    { "social_profit.budget_additional_share",
      "Share of a budget that is new money", SP_FIG_PERCENT },
    { "social_profit.per_person.costs", "Costs per person", SP_FIG_MONEY },
    { "social_profit.sroi_ratio", "Social return on investment",
      SP_FIG_RATIO },
    { "social_profit.sroi_ratio_budgets_additional",
      "The same with the whole budget counted as new money", SP_FIG_RATIO },
    { "social_profit.net_per_person", "Net social profit per person",
      SP_FIG_MONEY },
    { "social_profit.returns_per_pound.nhs_savings",
      "Return from NHS savings", SP_FIG_RATIO },
    { "social_profit.returns_per_pound.social_value",
      "Return from social value", SP_FIG_RATIO },
    { "social_profit.returns_per_pound.local_economic_effect",
      "Return from the local economic effect", SP_FIG_RATIO },
  };
  sp_stmt_part (p, doc, "Social profit, like for like",
                "Social profit combines the three methods of section 1.4 of "
                "the pilot report: cost-benefit analysis (NHS savings), "
                "social return on investment (social value) and the local "
                "economic effect of the money spent. The benefits are "
                "measured on the participants, the costs on the whole "
                "programme, so they are compared per person: the benefits "
                "of an average participant against the cost of delivering "
                "one budget (advocacy for everyone assessed, including "
                "those who got no budget, reviews and the marketplace fee, "
                "spread over the budgets) plus the share of the budget "
                "itself that is new money. Money that would have been "
                "spent anyway is never counted as a benefit.",
                rows, sizeof rows / sizeof rows[0], "Per person", "Value");
  sp_stmt_budget_assumption (p, doc);
  const cJSON *measured
    = sp_doc_get (doc, "social_profit.measured.local_economic_effect");
  const cJSON *counted
    = sp_doc_get (doc, "social_profit.counted.local_economic_effect");
  if (cJSON_IsFalse (measured))
    sp_page_note (p, "No marketplace transactions were given, so there is "
                     "no local economic effect to count.");
  else if (cJSON_IsFalse (counted))
    sp_page_note (p, "The local economic effect counts £0: without the "
                     "local multiplier of the provision the budgets "
                     "replaced, none of it can be shown to be additional.");

  const sp_stmt_row totals[] = {
    { "social_profit.nhs_savings",
      covering (doc, "NHS cost saving", "savings.participants",
                "participants", cohort_year, t_saving, sizeof t_saving),
      SP_FIG_MONEY },
    { "social_profit.social_value",
      covering (doc, "Social value", "social_value.participants",
                "participants", "present value", t_value, sizeof t_value),
      SP_FIG_MONEY },
    { "social_profit.local_economic_effect",
      "Additional local economic effect counted", SP_FIG_MONEY },
    { "social_profit.investment",
      covering (doc, "Cost of delivery", "investment.assessed",
                "people assessed", "the programme", t_delivery,
                sizeof t_delivery),
      SP_FIG_MONEY },
  };
  sp_stmt_chart (p, doc, &sp_chart_profit_bridge);
  sp_page_heading (p, "Totals as measured, each over its own people", 2,
                   sp_table_keep (4));
  sp_page_para (p, "These totals cover different people and periods, so "
                   "they are not compared with each other here; the "
                   "figures per person above are.");
  sp_stmt_figures f = { .n = 0 };
  sp_stmt_figures_rows (&f, doc, totals, sizeof totals / sizeof totals[0]);
  sp_stmt_figures_table (p, &f, "Total", "Value");
}

void
sp_stmt_profit (sp_page *p, const cJSON *doc)
{
  register_part (p, doc);
  sp_stmt_chart (p, doc, &sp_chart_register_funnel);
  investment_part (p, doc);
  sp_stmt_chart (p, doc, &sp_chart_investment);
  local_part (p, doc);
  sp_stmt_chart (p, doc, &sp_chart_local_multiplier);
  profit_part (p, doc);
}

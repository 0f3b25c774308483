/* cmd_profit.c -- socialprofit profit: the register, the investment, the
   local economy and social profit */

#include <stdlib.h>

#include <math.h>

#include "commands.h"
#include "contrib.h"
#include "doc.h"
#include "profit_doc.h"
#include "quarterly_doc.h"
#include "register_doc.h"
#include "render_profit.h"
#include "social_profit.h"

/* The register month by month and, with a period_start, in the
   reporting period (issue 10).  */
static void
add_register_by_month (sp_context *ctx, cJSON *doc)
{
  const sp_evaluation *e = &ctx->eval;
  sp_register_monthly m;
  sp_register_monthly_compute (&ctx->reg, e->period_end_day, &m);
  sp_doc_add_register_monthly (doc, &m);
  sp_register_monthly_free (&m);
  if (!e->period_start)
    return;
  size_t referrals, new_phbs;
  sp_register_in_period (&ctx->reg, e->period_start_day, e->period_end_day,
                         &referrals, &new_phbs);
  sp_doc_add_register_in_period (doc, e->period_start, e->period_end,
                                 referrals, new_phbs);
}

/* The marketplace spend by calendar quarter and, with a period_start,
   in the reporting period (issue 10).  */
static void
add_spend_by_quarter (sp_context *ctx, cJSON *doc)
{
  const sp_evaluation *e = &ctx->eval;
  sp_spend_quarter *q;
  size_t n = sp_spend_by_quarter (&ctx->transactions, &q);
  sp_doc_add_spend_quarterly (doc, q, n);
  free (q);
  if (!e->period_start)
    return;
  sp_spend_quarter in;
  sp_spend_in_period (&ctx->transactions, e->period_start_day,
                      e->period_end_day, &in);
  sp_doc_add_spend_in_period (doc, e->period_start, e->period_end, &in);
}

int
sp_section_register (sp_context *ctx, cJSON *doc)
{
  if (sp_context_load_register (ctx) != 0
      || sp_context_load_transactions (ctx) != 0)
    return -1;
  const sp_register *reg = &ctx->reg;
  const sp_transactions *tx = ctx->have_transactions ? &ctx->transactions
                                                     : NULL;
  sp_doc_excluded_after_period (doc, "register", reg->after_period);
  if (tx)
    sp_doc_excluded_after_period (doc, "transactions", tx->after_period);
  sp_register_summary summary;
  sp_register_summarise (reg, &summary);
  sp_doc_add_register (doc, &summary);
  sp_register_summary_free (&summary);
  add_register_by_month (ctx, doc);

  /* Investment and LM3 through the participants' contributions, the
     same path a bootstrap resample takes.  */
  sp_contrib_params params = { ctx->eval.investment, tx != NULL,
                               ctx->eval.local_respend };
  sp_investment inv;
  sp_lm3 lm3;
  sp_contrib_compute (reg, tx, &params, &inv, &lm3);
  sp_doc_add_investment (doc, &inv);
  if (tx)
    {
      sp_local_economy le;
      sp_local_economy_compute (tx, lm3.r1, lm3.r2, lm3.respend,
                                ctx->eval.investment.marketplace_fee, &le);
      sp_local_economy_against (&le, ctx->eval.counterfactual_lm3);
      sp_doc_add_local_economy (doc, &le);
      sp_local_economy_free (&le);
      add_spend_by_quarter (ctx, doc);
    }
  return 0;
}

/* The number at PATH of DOC into *OUT; a missing one is a bug in the
   order of sections, reported as such.  */
static int
take (sp_context *ctx, const cJSON *doc, const char *path, double *out)
{
  const cJSON *v = sp_doc_get (doc, path);
  if (cJSON_IsNumber (v))
    {
      *out = v->valuedouble;
      return 0;
    }
  sp_diag_fail (&ctx->diag, SP_EXIT_SOFTWARE, NULL, 0, 0,
                "social profit needs %s, which no earlier section "
                "computed (a bug: please report it)", path);
  return -1;
}

int
sp_section_profit (sp_context *ctx, cJSON *doc)
{
  sp_social_profit_inputs in = { 0 };
  /* With a comparison group, the saving against it: the before/after
     saving counts a fall that would have happened anyway (issue 14).  */
  int compared = cJSON_IsNumber (sp_doc_get (doc, "savings.adjusted.saving"));
  int bad = take (ctx, doc, compared ? "savings.adjusted.saving"
                                     : "savings.saving",
                  &in.nhs_savings);
  bad |= take (ctx, doc, "savings.participants", &in.savings_participants);
  bad |= take (ctx, doc, "social_value.total", &in.social_value);
  bad |= take (ctx, doc, "social_value.participants",
               &in.value_participants);
  bad |= take (ctx, doc, "investment.total", &in.investment);
  bad |= take (ctx, doc, "investment.phbs", &in.phbs);
  if (bad)
    return -1;
  /* Null when no live plan gives a budget.  */
  in.budget_mean = sp_doc_num (doc, "register.budget_mean", NAN);
  /* The local effect counts only against a counterfactual LM3.  */
  int local = sp_doc_get (doc, "local_economy") != NULL;
  in.local_economic_effect
    = sp_doc_num (doc, "local_economy.additional_effect", 0.0);
  double share = ctx->eval.budget_additional_share;
  in.budget_additional_share = share >= 0.0 ? share : 0.0;
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  sp_profit_counted counted = { local, local && ctx->eval.counterfactual_lm3
                                                   >= 0.0,
                                share >= 0.0, compared };
  sp_doc_add_social_profit (doc, &p, &counted);
  return 0;
}

int
sp_cmd_profit (int argc, char **argv)
{
  static const sp_command_spec spec = {
    "profit", sp_render_profit_text, sp_render_profit_csv, 1
  };
  static const sp_section_fn sections[] = {
    sp_section_savings, sp_section_value, sp_section_register,
    sp_section_profit, sp_section_intervals
  };
  return sp_run_sections (&spec, sections, sizeof sections / sizeof *sections,
                          argc, argv);
}

/* cmd_limitations.c -- the limitations section: which limitations of
   the evidence apply to this run (analysis/limitations.h), decided from
   the loaded inputs and the sections already in the document, and the
   document's "limitations" array (results/limitations_doc.h)

   Each code is decided by one block below, reading what it needs: the
   document says which figures were computed, the context holds the
   data they came from.  A code that only a section can see is marked
   by that section in ctx->limits and kept here.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "doc.h"
#include "limitations_doc.h"
#include "profit_stat.h"
#include "savings_contrib.h"
#include "social_value.h"
#include "xalloc.h"

/* Whether the savings figure is concentrated on a few participants.  */
static int
savings_concentrated (const sp_context *ctx)
{
  const sp_usage *u = &ctx->usage;
  size_t n = u->n_participants;
  double *x = sp_xcalloc (n ? n * SP_SAVINGS_CONTRIB_WIDTH : 1, sizeof *x);
  sp_savings_contributions (u, &ctx->costs, x);
  double scale = 0.0;
  sp_boot_problem p = { .x = x, .n = n, .k = SP_SAVINGS_CONTRIB_WIDTH,
                        .statistic = sp_savings_statistic, .arg = &scale,
                        .m = SP_SAVINGS_N_FIGURES };
  int c = sp_limits_concentrated (&p, SP_SAVINGS_FIG_SAVING);
  free (x);
  return c;
}

/* Whether the social value is concentrated on a few participants.  */
static int
value_concentrated (const sp_context *ctx)
{
  const sp_outcomes *o = &ctx->outcomes;
  size_t n = o->n_participants, k = sp_social_value_width (&ctx->instrument);
  double *x = sp_xcalloc (n * k > 0 ? n * k : 1, sizeof *x);
  sp_social_value_contributions (o, &ctx->instrument, &ctx->value_settings,
                                 x);
  sp_value_stat v = { &ctx->instrument, &ctx->proxies,
                      &ctx->value_settings };
  sp_boot_problem p = { .x = x, .n = n, .k = k,
                        .statistic = sp_value_statistic, .arg = &v,
                        .m = sp_value_stat_figures (&ctx->proxies) };
  int c = sp_limits_concentrated (&p, 0);  /* social_value.total */
  free (x);
  return c;
}

/* Append to YEARS (growing *N) the member "price_year" of every element
   of the array at PATH of DOC whose member VALUED is a number (NULL:
   every element): the price years of what was added into a figure.  */
static const char **
price_years (const cJSON *doc, const char *path, const char *valued,
             const char **years, size_t *n)
{
  const cJSON *list = sp_doc_get (doc, path), *e;
  cJSON_ArrayForEach (e, list)
  {
    if (valued && !cJSON_IsNumber (sp_doc_get (e, valued)))
      continue;
    years = sp_xrealloc (years, (*n + 1) * sizeof *years);
    years[(*n)++] = sp_doc_str (e, "price_year", NULL);
  }
  return years;
}

/* mixed_price_years: within the saving, within the social value, and
   across the two where social profit adds them.  */
static void
mixed_price_years (sp_limits *l, const cJSON *doc)
{
  const char **years = NULL;
  size_t n = 0;
  years = price_years (doc, "savings.lines", NULL, years, &n);
  size_t n_costs = n;
  if (sp_limits_mixed_years (years, n_costs))
    sp_limits_mark (l, SP_LIMIT_MIXED_PRICE_YEARS, SP_LIMIT_ON_SAVINGS);
  years = price_years (doc, "social_value.outcomes", "present_value", years,
                       &n);
  if (sp_limits_mixed_years (years + n_costs, n - n_costs))
    sp_limits_mark (l, SP_LIMIT_MIXED_PRICE_YEARS, SP_LIMIT_ON_VALUE);
  if (sp_doc_get (doc, "social_profit") && sp_limits_mixed_years (years, n))
    sp_limits_mark (l, SP_LIMIT_MIXED_PRICE_YEARS, SP_LIMIT_ON_PROFIT);
  free (years);
}

/* Whether the member PATH of DOC's rollout (or of one of its scenarios'
   rollouts) satisfies TEST.  */
static int
any_rollout (const cJSON *doc, const char *path,
             int (*test) (const cJSON *))
{
  char full[128];
  snprintf (full, sizeof full, "rollout.%s", path);
  if (test (sp_doc_get (doc, full)))
    return 1;
  const cJSON *s;
  cJSON_ArrayForEach (s, cJSON_GetObjectItemCaseSensitive (doc, "scenarios"))
  if (test (sp_doc_get (s, full)))
    return 1;
  return 0;
}

static int
is_number (const cJSON *v)
{
  return cJSON_IsNumber (v);
}

static int
is_forecast (const cJSON *v)
{
  return cJSON_IsString (v) && strcmp (v->valuestring, "forecast") == 0;
}

/* Rows of source NAME used by the saving in either period, the
   comparison group's included (issue 14).  */
static double
source_rows (const cJSON *doc, const char *name)
{
  char path[128];
  double n = 0;
  for (int g = 0; g < 2; g++)
    for (int i = 0; i < 2; i++)
      {
        snprintf (path, sizeof path, "savings.%speriods.%s.source_rows.%s",
                  g ? "comparison." : "", i ? "after" : "before", name);
        n += sp_doc_num (doc, path, 0);
      }
  return n;
}

/* Whether DOC (or one of its scenarios) carries the rollout's saving
   from the pilot's cohort.  */
static int
has_cohort_saving (const cJSON *doc)
{
  return any_rollout (doc, "cohort_saving", is_number);
}

int
sp_section_limitations (sp_context *ctx, cJSON *doc)
{
  sp_limits *l = &ctx->limits;
  int savings = sp_doc_get (doc, "savings") != NULL;
  int value = sp_doc_get (doc, "social_value") != NULL;
  int profit = sp_doc_get (doc, "social_profit") != NULL;
  int cohort = has_cohort_saving (doc);
  /* The rollout's cohort saving against a comparison group (issue 14).  */
  int cohort_compared = cohort
                        && any_rollout (doc, "cohort.against_comparison_group",
                                        cJSON_IsTrue);

  /* What the saving rests on (savings.basis, source_rows).  */
  if ((savings && is_forecast (sp_doc_get (doc, "savings.basis")))
      || (cohort && any_rollout (doc, "cohort.basis", is_forecast)))
    sp_limits_mark (l, SP_LIMIT_FORECAST, SP_LIMIT_ON_SAVINGS);
  if (savings && source_rows (doc, "recall") > 0)
    sp_limits_mark (l, SP_LIMIT_RECALL, SP_LIMIT_ON_SAVINGS);

  /* A before/after change with nobody to compare against; the NHS cost
     saving measured against a comparison group has instead the
     limitation that the groups may differ unseen (issue 14).  */
  int compared = savings && sp_doc_get (doc, "savings.adjusted") != NULL;
  sp_limits_mark (l, SP_LIMIT_NO_COMPARISON_GROUP,
                  (savings && !compared ? SP_LIMIT_ON_SAVINGS : 0)
                  | (value ? SP_LIMIT_ON_VALUE : 0)
                  | (cohort && !cohort_compared ? SP_LIMIT_ON_ROLLOUT : 0));
  sp_limits_mark (l, SP_LIMIT_COMPARISON_DIFFERENCES,
                  (compared ? SP_LIMIT_ON_SAVINGS : 0)
                  | (cohort_compared ? SP_LIMIT_ON_ROLLOUT : 0));

  if (savings
      && sp_limits_small_cohort ((size_t) sp_doc_num (doc,
                                                      "savings.participants",
                                                      0)))
    sp_limits_mark (l, SP_LIMIT_SMALL_COHORT, SP_LIMIT_ON_SAVINGS);
  if (value
      && sp_limits_small_cohort ((size_t) sp_doc_num (
        doc, "social_value.participants", 0)))
    sp_limits_mark (l, SP_LIMIT_SMALL_COHORT, SP_LIMIT_ON_VALUE);

  if (savings && ctx->have_usage && savings_concentrated (ctx))
    sp_limits_mark (l, SP_LIMIT_CONCENTRATION, SP_LIMIT_ON_SAVINGS);
  if (value && ctx->have_outcomes && ctx->have_proxies
      && value_concentrated (ctx))
    sp_limits_mark (l, SP_LIMIT_CONCENTRATION, SP_LIMIT_ON_VALUE);

  if (value && ctx->have_proxies && sp_limits_no_adjustments (&ctx->proxies))
    sp_limits_mark (l, SP_LIMIT_NO_ADJUSTMENTS, SP_LIMIT_ON_VALUE);

  /* The social value's method and its follow-up (issue 9): they bear
     on social profit too, which adds the social value in.  */
  unsigned with_value = SP_LIMIT_ON_VALUE | (profit ? SP_LIMIT_ON_PROFIT
                                                    : 0);
  if (value
      && strcmp (sp_doc_str (doc, "social_value.method", ""), "relative")
           == 0)
    sp_limits_mark (l, SP_LIMIT_RELATIVE_SCALE_DEPENDENT, with_value);
  if (value && cJSON_IsTrue (sp_doc_get (doc, "social_value.attrition_flag")))
    sp_limits_mark (l, SP_LIMIT_ATTRITION, with_value);

  mixed_price_years (l, doc);

  if (sp_doc_num (doc, "local_economy.unmatched_transactions", 0) > 0)
    sp_limits_mark (l, SP_LIMIT_UNMATCHED_TRANSACTIONS, SP_LIMIT_ON_LOCAL);

  if (profit && ctx->eval.budget_additional_share < 0)
    sp_limits_mark (l, SP_LIMIT_BUDGETS_ASSUMED_REDIRECTED,
                    SP_LIMIT_ON_PROFIT);
  if (profit && ctx->eval.counterfactual_lm3 < 0)
    sp_limits_mark (l, SP_LIMIT_LOCAL_EFFECT_NOT_COUNTED,
                    SP_LIMIT_ON_PROFIT | SP_LIMIT_ON_LOCAL);

  if (cohort)
    sp_limits_mark (l, SP_LIMIT_COHORT_NOT_CASE_MIX, SP_LIMIT_ON_ROLLOUT);

  /* Disclosure control turned off bears on every figure shown.  */
  if (ctx->eval.disclosure_threshold <= 0)
    sp_limits_mark (l, SP_LIMIT_DISCLOSURE_OFF,
                    SP_LIMIT_ON_SAVINGS | SP_LIMIT_ON_VALUE
                      | SP_LIMIT_ON_PROFIT | SP_LIMIT_ON_LOCAL
                      | SP_LIMIT_ON_ROLLOUT);

  sp_doc_add_limitations (doc, l);
  return 0;
}

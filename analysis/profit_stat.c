/* profit_stat.c -- the social value and the social profit as bootstrap
   statistics */

#include "profit_stat.h"

#include <math.h>
#include <string.h>

#include "bootstrap.h"

#include "savings_contrib.h"
#include "social_profit.h"

size_t
sp_value_stat_figures (const sp_value_proxies *proxies)
{
  return 1 + proxies->n;
}

void
sp_value_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_value_stat *v = arg;
  size_t n = v->proxies->n;
  sp_outcome_value values[n ? n : 1];
  theta[0] = sp_social_value_from_sums (sums, v->inst, v->proxies,
                                        v->settings, NULL, values, NULL);
  for (size_t o = 0; o < n; o++)
    theta[1 + o] = values[o].defined ? values[o].present_value : NAN;
}

/* The profit figures from the sums of the usage and register parts and
   the social value total VALUE (the only way the outcome part enters).  */
static void
profit_from_parts (const double *sums, double value, const sp_profit_stat *pa,
                   double *theta)
{
  double saving[SP_SAVINGS_N_FIGURES], zero = 0.0;
  sp_savings_statistic (sums + pa->usage_col, saving, &zero);
  double reg[SP_CONTRIB_N_FIGURES];
  sp_contrib_statistic (sums + pa->register_col, reg, &pa->contrib);
  double local = 0.0;
  if (pa->local && pa->counterfactual_lm3 >= 0.0)
    {
      sp_lm3 l = { 0 };
      l.r1 = reg[SP_CONTRIB_FIG_R1];
      l.r2 = reg[SP_CONTRIB_FIG_R2];
      l.r3 = reg[SP_CONTRIB_FIG_R3];
      local = sp_lm3_additional (&l, pa->counterfactual_lm3);
    }
  double nhs = saving[SP_SAVINGS_FIG_SAVING];
  if (pa->comparison)
    {
      double c[SP_COMPARISON_N_FIGURES];
      sp_comparison_statistic (sums, c, pa->comparison);
      nhs = c[SP_COMPARISON_FIG_ADJUSTED_SAVING];
    }
  sp_social_profit_inputs in = {
    .nhs_savings = nhs,
    .social_value = value,
    .local_economic_effect = local,
    .investment = reg[SP_CONTRIB_FIG_INVESTMENT],
    .savings_participants = sums[pa->usage_col + SP_SAVINGS_CONTRIB_COHORT],
    .value_participants = pa->value_participants,
    .phbs = reg[SP_CONTRIB_FIG_PHBS],
    .budget_mean = reg[SP_CONTRIB_FIG_BUDGET_MEAN],
    .budget_additional_share = pa->budget_additional_share,
  };
  sp_social_profit sp;
  sp_social_profit_compute (&in, &sp);
  theta[0] = sp.net;
  theta[1] = sp.sroi_ratio;
  theta[2] = sp.net_per_person;
  theta[3] = sp.sroi_ratio_budgets_additional;
}

/* The social value total of the outcome part's sums.  */
static double
value_total (const double *sums, const sp_profit_stat *pa)
{
  return sp_social_value_from_sums (sums + pa->outcomes_col, pa->value.inst,
                                    pa->value.proxies, pa->value.settings,
                                    NULL, NULL, NULL);
}

void
sp_profit_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_profit_stat *pa = arg;
  profit_from_parts (sums, value_total (sums, pa), pa, theta);
}

/* A central-difference step for a sum S of a column whose absolute
   values add up to SCALE, exactly representable around S (as
   sp_boot_numeric_gradient chooses it); 0 for a column of zeros.  */
static double
step (double s, double scale)
{
  if (!(scale > 0.0))
    return 0.0;
  volatile double plus = s + ldexp (fabs (s) > scale ? fabs (s) : scale,
                                    -17);
  return plus - s;
}

/* The value gradient's rows: TOTAL (width) and, unless NULL, OUTCOMES
   (proxies->n x width).  S is WIDTH doubles of working space.  */
static void
value_gradient (const double *sums, const sp_value_stat *v,
                const double *scale, double *total, double *outcomes,
                double *s)
{
  size_t nd = v->inst->n, width = nd * SP_SV_PER_DOMAIN, n = v->proxies->n;
  sp_outcome_value at[n ? n : 1], up[n ? n : 1], down[n ? n : 1];
  double h[nd ? nd : 1];
  sp_social_value_from_sums (sums, v->inst, v->proxies, v->settings, NULL,
                             at, NULL);
  memset (total, 0, width * sizeof *total);
  if (outcomes)
    memset (outcomes, 0, n * width * sizeof *outcomes);
  memcpy (s, sums, width * sizeof *s);
  for (size_t c = 0; c < SP_SV_PER_DOMAIN; c++)
    {
      /* Column c of every domain at once: an outcome reads only its own
         domain's columns.  */
      for (size_t d = 0; d < nd; d++)
        {
          size_t col = d * SP_SV_PER_DOMAIN + c;
          h[d] = step (sums[col], scale[col]);
          s[col] = sums[col] + h[d];
        }
      sp_social_value_from_sums (s, v->inst, v->proxies, v->settings, NULL,
                                 up, NULL);
      for (size_t d = 0; d < nd; d++)
        s[d * SP_SV_PER_DOMAIN + c] = sums[d * SP_SV_PER_DOMAIN + c] - h[d];
      sp_social_value_from_sums (s, v->inst, v->proxies, v->settings, NULL,
                                 down, NULL);
      for (size_t d = 0; d < nd; d++)
        s[d * SP_SV_PER_DOMAIN + c] = sums[d * SP_SV_PER_DOMAIN + c];
      for (size_t i = 0; i < n; i++)
        {
          size_t d = v->proxies->items[i].domain;
          size_t col = d * SP_SV_PER_DOMAIN + c;
          double g;
          if (!at[i].defined || !up[i].defined || !down[i].defined)
            g = NAN;
          else
            g = h[d] > 0.0 ? (up[i].present_value - down[i].present_value)
                             / (2.0 * h[d])
                           : 0.0;
          if (outcomes)
            outcomes[i * width + col] = g;
          /* The total adds the outcomes defined at SUMS.  */
          if (at[i].defined)
            total[col] += g;
        }
    }
}

void
sp_value_gradient (const double *sums, const double *theta,
                   const double *scale, double *grad, double *work,
                   const void *arg)
{
  (void) theta;
  const sp_value_stat *v = arg;
  size_t width = sp_social_value_width (v->inst);
  value_gradient (sums, v, scale, grad, grad + width, work);
}

void
sp_profit_gradient (const double *sums, const double *theta,
                    const double *scale, double *grad, double *work,
                    const void *arg)
{
  (void) theta;
  const sp_profit_stat *pa = arg;
  size_t width = pa->width, m = SP_PROFIT_STAT_FIGURES;
  memset (grad, 0, m * width * sizeof *grad);
  double value = value_total (sums, pa), up[SP_PROFIT_STAT_FIGURES],
         down[SP_PROFIT_STAT_FIGURES];

  /* The outcome part enters only through the total: d theta / d value
     times the total's gradient.  */
  size_t vw = sp_social_value_width (pa->value.inst);
  double d_val[vw ? vw : 1];
  value_gradient (sums + pa->outcomes_col, &pa->value,
                  scale + pa->outcomes_col, d_val, NULL, work);
  double h = step (value, fabs (value) > 0.0 ? fabs (value) : 1.0);
  profit_from_parts (sums, value + h, pa, up);
  profit_from_parts (sums, value - h, pa, down);
  for (size_t f = 0; f < m; f++)
    {
      double d = (up[f] - down[f]) / (2.0 * h);
      for (size_t c = 0; c < vw; c++)
        grad[f * width + pa->outcomes_col + c] = d * d_val[c];
    }

  /* The usage and register columns, the value held: central
     differences of the cheap rest.  */
  double *s = work;
  memcpy (s, sums, width * sizeof *s);
  const sp_comparison_boot *cb = pa->comparison;
  size_t first[4] = { pa->usage_col, pa->register_col, cb ? cb->col[0] : 0,
                      cb ? cb->col[1] : 0 };
  size_t count[4] = { SP_SAVINGS_CONTRIB_WIDTH, SP_N_CONTRIB,
                      SP_COMPARISON_CONTRIB_WIDTH,
                      SP_COMPARISON_CONTRIB_WIDTH };
  for (int part = 0; part < (cb ? 4 : 2); part++)
    for (size_t c = first[part]; c < first[part] + count[part]; c++)
      {
        double hc = step (sums[c], scale[c]);
        if (hc == 0.0)
          continue;
        s[c] = sums[c] + hc;
        profit_from_parts (s, value, pa, up);
        s[c] = sums[c] - hc;
        profit_from_parts (s, value, pa, down);
        s[c] = sums[c];
        for (size_t f = 0; f < m; f++)
          grad[f * width + c] = (up[f] - down[f]) / (2.0 * hc);
      }
}

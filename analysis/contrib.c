/* contrib.c -- participants' contributions to the investment and the
   local economy */

#include "contrib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "xalloc.h"

void
sp_contrib_rows (const sp_register *reg, const sp_transactions *tx,
                 double *rows)
{
  memset (rows, 0, reg->n * SP_N_CONTRIB * sizeof *rows);
  for (size_t i = 0; i < reg->n; i++)
    {
      const sp_register_person *p = &reg->people[i];
      double *row = rows + i * SP_N_CONTRIB;
      row[SP_CONTRIB_REFERRAL] = sp_status_is_referral (p->status);
      row[SP_CONTRIB_PHB] = sp_status_is_phb (p->status);
      if (sp_status_is_phb (p->status) && p->has_budget)
        {
          row[SP_CONTRIB_BUDGET] = p->budget_annual;
          row[SP_CONTRIB_BUDGETED] = 1;
        }
    }
  if (!tx)
    return;
  for (size_t t = 0; t < tx->n; t++)
    {
      if (tx->person[t] == SP_NO_PERSON || tx->person[t] >= reg->n)
        continue;
      double *row = rows + tx->person[t] * SP_N_CONTRIB;
      row[SP_CONTRIB_R1] += tx->amount[t];
      if (tx->local[t])
        row[SP_CONTRIB_R2] += tx->amount[t];
    }
}

void
sp_contrib_unmatched (const sp_transactions *tx, double *addend)
{
  memset (addend, 0, SP_N_CONTRIB * sizeof *addend);
  if (!tx)
    return;
  for (size_t t = 0; t < tx->n; t++)
    if (tx->person[t] == SP_NO_PERSON)
      {
        addend[SP_CONTRIB_R1] += tx->amount[t];
        if (tx->local[t])
          addend[SP_CONTRIB_R2] += tx->amount[t];
      }
}

void
sp_contrib_sum (const double *rows, size_t n_rows, const double *addend,
                double *sums)
{
  sp_boot_column_sums (rows, n_rows, SP_N_CONTRIB, sums);
  for (int k = 0; k < SP_N_CONTRIB; k++)
    sums[k] += addend[k];
}

void
sp_contrib_evaluate (const double *sums, const sp_contrib_params *params,
                     sp_investment *inv, sp_lm3 *lm3)
{
  sp_marketplace_basis basis = params->have_transactions
                                 ? SP_MARKETPLACE_ON_TRANSACTIONS
                                 : SP_MARKETPLACE_ON_BUDGETS;
  double base = params->have_transactions ? sums[SP_CONTRIB_R1]
                                          : sums[SP_CONTRIB_BUDGET];
  sp_investment_compute (sums[SP_CONTRIB_REFERRAL], sums[SP_CONTRIB_PHB],
                         basis, base, &params->investment, inv);
  sp_lm3_compute (sums[SP_CONTRIB_R1], sums[SP_CONTRIB_R2], params->respend,
                  lm3);
}

void
sp_contrib_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_contrib_problem *p = arg;
  double total[SP_N_CONTRIB];
  for (int k = 0; k < SP_N_CONTRIB; k++)
    total[k] = sums[k] + p->addend[k];
  sp_investment inv;
  sp_lm3 lm3;
  sp_contrib_evaluate (total, &p->params, &inv, &lm3);
  theta[SP_CONTRIB_FIG_INVESTMENT] = inv.total;
  theta[SP_CONTRIB_FIG_ADVOCACY] = inv.advocacy;
  theta[SP_CONTRIB_FIG_REVIEWS] = inv.reviews;
  theta[SP_CONTRIB_FIG_MARKETPLACE] = inv.marketplace;
  theta[SP_CONTRIB_FIG_R1] = lm3.r1;
  theta[SP_CONTRIB_FIG_R2] = lm3.r2;
  theta[SP_CONTRIB_FIG_R3] = lm3.r3;
  theta[SP_CONTRIB_FIG_LM3] = lm3.lm3_defined ? lm3.lm3 : NAN;
  theta[SP_CONTRIB_FIG_EFFECT] = lm3.effect;
  theta[SP_CONTRIB_FIG_PHBS] = total[SP_CONTRIB_PHB];
  theta[SP_CONTRIB_FIG_BUDGET_MEAN]
    = total[SP_CONTRIB_BUDGETED] > 0.0
        ? total[SP_CONTRIB_BUDGET] / total[SP_CONTRIB_BUDGETED]
        : NAN;
}

void
sp_contrib_compute (const sp_register *reg, const sp_transactions *tx,
                    const sp_contrib_params *params, sp_investment *inv,
                    sp_lm3 *lm3)
{
  double *rows = sp_xcalloc (reg->n ? reg->n * SP_N_CONTRIB : 1,
                             sizeof *rows);
  double addend[SP_N_CONTRIB], sums[SP_N_CONTRIB];
  sp_contrib_rows (reg, tx, rows);
  sp_contrib_unmatched (tx, addend);
  sp_contrib_sum (rows, reg->n, addend, sums);
  free (rows);
  sp_contrib_evaluate (sums, params, inv, lm3);
}

/* contrib.h -- each register participant's contribution to the
   investment and the local economy, for whole-programme figures and
   bootstrap resamples alike

   The investment and the local economic effect are functions of five
   sums over the people in the register.  Participant i contributes the
   row of SP_N_CONTRIB numbers

     [SP_CONTRIB_REFERRAL]  1 when i is a referral (status not enquiry)
     [SP_CONTRIB_PHB]       1 when i is a live plan (approved, in process)
     [SP_CONTRIB_BUDGET]    i's budget_annual when a live plan with a
                            budget, else 0
     [SP_CONTRIB_R1]        i's marketplace spend (all transactions)
     [SP_CONTRIB_R2]        i's spend with local suppliers
     [SP_CONTRIB_BUDGETED]  1 when a live plan with a budget (the
                            count behind register.budget_mean)

   Transactions whose participant is not in the register belong to no
   row: their spend is a fixed addend (R1 and R2 only, zeros elsewhere)
   that is added once to every sum, resampled or not.

   The figures then follow from the summed vector S:
     investment = sp_investment_compute (S[REFERRAL], S[PHB], basis,
                  basis == transactions ? S[R1] : S[BUDGET], params)
     LM3        = sp_lm3_compute (S[R1], S[R2], respend)
   which is what sp_contrib_evaluate does.  A bootstrap draws rows with
   replacement, sums them in draw order, adds the addend and calls
   sp_contrib_evaluate; sp_contrib_statistic does the last two steps in
   the shape bootstrap.h wants.  No I/O.  */

#ifndef SP_CONTRIB_H
#define SP_CONTRIB_H

#include <stddef.h>

#include "investment.h"
#include "local_economy.h"
#include "register.h"

enum
{
  SP_CONTRIB_REFERRAL = 0,
  SP_CONTRIB_PHB,
  SP_CONTRIB_BUDGET,
  SP_CONTRIB_R1,
  SP_CONTRIB_R2,
  SP_CONTRIB_BUDGETED,
  SP_N_CONTRIB
};

/* What turns the sums into figures.  */
typedef struct
{
  sp_investment_params investment;
  int have_transactions;   /* marketplace fee on R1 rather than budgets */
  double respend;          /* LM3 round-3 share */
} sp_contrib_params;

/* Fill ROWS (caller array of REG->n x SP_N_CONTRIB doubles, row-major in
   register order, so row i belongs to REG->people[i].id) with each
   participant's contribution.  TX may be NULL (no spend).  */
void sp_contrib_rows (const sp_register *reg, const sp_transactions *tx,
                      double *rows);

/* Fill ADDEND (SP_N_CONTRIB doubles) with the spend of the transactions
   whose participant is not in the register.  TX may be NULL (zeros).  */
void sp_contrib_unmatched (const sp_transactions *tx, double *addend);

/* SUMS (SP_N_CONTRIB doubles) = the N_ROWS rows of ROWS summed in order,
   plus ADDEND.  */
void sp_contrib_sum (const double *rows, size_t n_rows,
                     const double *addend, double *sums);

/* The investment and LM3 from SUMS under PARAMS, into caller-owned
   INV and LM3.  */
void sp_contrib_evaluate (const double *sums, const sp_contrib_params *params,
                          sp_investment *inv, sp_lm3 *lm3);

/* The investment and LM3 of REG and TX (TX may be NULL) under PARAMS,
   into caller-owned INV and LM3, by the same path a bootstrap resample
   takes: sp_contrib_rows, sp_contrib_unmatched, sp_contrib_sum, then
   sp_contrib_evaluate.  */
void sp_contrib_compute (const sp_register *reg, const sp_transactions *tx,
                         const sp_contrib_params *params, sp_investment *inv,
                         sp_lm3 *lm3);

/* The figures sp_contrib_statistic writes, in order.  */
enum
{
  SP_CONTRIB_FIG_INVESTMENT = 0,  /* investment.total */
  SP_CONTRIB_FIG_ADVOCACY,
  SP_CONTRIB_FIG_REVIEWS,
  SP_CONTRIB_FIG_MARKETPLACE,
  SP_CONTRIB_FIG_R1,
  SP_CONTRIB_FIG_R2,
  SP_CONTRIB_FIG_R3,
  SP_CONTRIB_FIG_LM3,             /* NaN when R1 = 0 */
  SP_CONTRIB_FIG_EFFECT,          /* local_economy.effect */
  SP_CONTRIB_FIG_PHBS,            /* live plans */
  SP_CONTRIB_FIG_BUDGET_MEAN,     /* register.budget_mean (NaN when no
                                     plan gives a budget) */
  SP_CONTRIB_N_FIGURES
};

/* The argument of sp_contrib_statistic.  */
typedef struct
{
  sp_contrib_params params;
  double addend[SP_N_CONTRIB];    /* from sp_contrib_unmatched */
} sp_contrib_problem;

/* A bootstrap statistic (the shape of bootstrap.h's sp_boot_statistic):
   SUMS, SP_N_CONTRIB summed rows without the addend, to the
   SP_CONTRIB_N_FIGURES figures at THETA.  ARG points to an
   sp_contrib_problem; its addend is added here.  An undefined LM3 is
   NaN, as bootstrap.h expects.  Thread-safe; allocates nothing.  */
void sp_contrib_statistic (const double *sums, double *theta,
                           const void *arg);

#endif /* SP_CONTRIB_H */

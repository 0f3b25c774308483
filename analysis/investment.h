/* investment.h -- what the programme costs (report section 1.9)

   Three items, each with VAT where the report says "plus VAT":

     advocacy    = assessed x advocacy_cost x (1 + vat_rate)
                   assessed = referrals: everyone referred is assessed,
                   planned for and advocated for (those awaiting
                   assessment are counted: the cost is committed)
     reviews     = phbs x reviews_per_year x review_cost x (1 + vat_rate)
                   phbs = approved + in process (one year of reviews)
     marketplace = marketplace_fee x base
                   base = R1, the spend transacted, when a transactions
                   file is given; otherwise the sum of budget_annual of
                   the live plans (the report's "5% of the budget
                   costs"); no VAT, the report quotes none
     total       = advocacy + reviews + marketplace

   The figures are computed from sums over participants (contrib.h), so
   that a bootstrap resample reuses exactly this code.  No I/O.  */

#ifndef SP_INVESTMENT_H
#define SP_INVESTMENT_H

/* Programme costs (report section 1.9), as the evaluation file's
   "investment" block gives them.  */
typedef struct
{
  double advocacy_cost;     /* per person assessed, before VAT */
  double review_cost;       /* per PHB per review, before VAT */
  double vat_rate;          /* fraction, e.g. 0.2 */
  double marketplace_fee;   /* fraction of budget transacted */
  double reviews_per_year;
} sp_investment_params;

typedef enum
{
  SP_MARKETPLACE_ON_BUDGETS = 0,      /* fee x sum of live budgets */
  SP_MARKETPLACE_ON_TRANSACTIONS = 1  /* fee x R1 */
} sp_marketplace_basis;

typedef struct
{
  sp_investment_params params;
  double assessed;          /* people assessed (referrals) */
  double phbs;              /* live plans */
  sp_marketplace_basis basis;
  double marketplace_base;  /* R1 or the sum of live budgets */
  double advocacy;
  double reviews;
  double marketplace;
  double total;
} sp_investment;

/* The investment from ASSESSED people, PHBS live plans and the
   marketplace BASE of kind BASIS, priced with PARAMS, into OUT
   (caller-owned).  */
void sp_investment_compute (double assessed, double phbs,
                            sp_marketplace_basis basis, double base,
                            const sp_investment_params *params,
                            sp_investment *out);

/* Name of BASIS for results: "transactions" or "budgets".  Static.  */
const char *sp_marketplace_basis_name (sp_marketplace_basis basis);

#endif /* SP_INVESTMENT_H */

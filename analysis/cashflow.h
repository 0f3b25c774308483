/* cashflow.h -- yearly cash flows of a rollout, their NPV and payback

   Year y (1 = the first twelve months of the trajectory, from the ramp's
   start month) takes the months 12(y-1) .. 12y-1 of a trajectory:

     assessments[y] = sum of the year's assessments
     phb_years[y]   = sum of the year's live_phbs / 12   (PHBs live for a
                      whole month count for a twelfth of a year)
     budget[y]      = phb_years[y] * budget_per_phb
     gross_saving   = savings_rate * budget[y]
     advocacy       = assessments[y] * advocacy_cost * (1 + vat_rate)
     reviews        = phb_years[y] * review_cost * (1 + vat_rate)
                      * reviews_per_year
     marketplace    = marketplace_fee * budget[y]
     net            = gross_saving - advocacy - reviews - marketplace
     discounted     = net / (1 + discount_rate)^(y - 1)
     cumulative     = sum of net up to year y (undiscounted)

   The first year is the present and is not discounted (the Green Book's
   year 0).  NPV is the sum of the discounted net flows over the horizon;
   the payback year is the first year whose cumulative net flow is 0 or
   more (simple payback, undiscounted), or undefined within the
   horizon.  */

#ifndef SP_CASHFLOW_H
#define SP_CASHFLOW_H

#include <stddef.h>

#include "trajectory.h"

typedef struct
{
  double budget_per_phb;   /* a year's budget of one PHB */
  double savings_rate;     /* fraction of the budget saved */
  double advocacy_unit;    /* per assessment, VAT (and any optimism
                              bias, rollout.h) included */
  double review_unit;      /* per PHB-year, VAT, reviews and any optimism
                              bias included */
  double marketplace_fee;  /* fraction of the budget (times 1 + any
                              optimism bias) */
  double discount_rate;
  int horizon_years;       /* 1 or more */
} sp_cashflow_params;

typedef struct
{
  int year;                /* 1 .. horizon */
  double assessments;
  double phb_years;
  double budget;
  double gross_saving;
  double advocacy;
  double reviews;
  double marketplace;
  double costs;            /* advocacy + reviews + marketplace */
  double net;
  double discount_factor;  /* 1 / (1 + r)^(year - 1) */
  double discounted;
  double cumulative;
} sp_cashflow_year;

typedef struct
{
  sp_cashflow_year *years; /* n_years (owned) */
  size_t n_years;
  double npv;
  int payback_defined;
  int payback_year;
} sp_cashflow;

/* The cash flows of trajectory T under P into OUT (caller's struct;
   OUT->years allocated here, released by sp_cashflow_free).  Months the
   trajectory does not hold count as no activity.  */
void sp_cashflow_compute (const sp_trajectory *t,
                          const sp_cashflow_params *p, sp_cashflow *out);

void sp_cashflow_free (sp_cashflow *c);

#endif /* SP_CASHFLOW_H */

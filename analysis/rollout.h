/* rollout.h -- a rollout scenario and its static figures (report 1.9)

   A scenario states what scaling a PHB programme up takes: a target
   number of PHBs, the conversion rate (share of assessed people who get
   a PHB), budget segments, unit costs, the policy savings rate, a
   referral ramp and a target date.  Its uncertain numbers are sp_params
   (distribution.h), held in one array so that a simulation or a
   one-way sensitivity run is just another vector of values V, indexed
   by the SP_RP_* positions below; segment K's mean budget is at
   sp_rollout_budget_index (K) and its PAs per PHB at sp_rollout_pas_index
   (K).

   Static figures, for values V (T target, c conversion, shares s_k,
   budgets b_k, PAs a_k):

     assessments      = T / c
     budget per PHB   = sum_k s_k b_k
     annual_budget    = T * sum_k s_k b_k
     pas_required     = T * sum_k s_k a_k        (by segment: T s_k a_k)
     advocacy         = assessments * advocacy_cost * (1 + vat_rate) * ob
     reviews          = T * review_cost * (1 + vat_rate) * reviews_per_year
                        * ob
     marketplace      = marketplace_fee * annual_budget * ob
                        (ob = 1 + optimism_bias, the Green Book's uplift
                        of every delivery cost; optimism_bias 0 unless
                        the scenario gives one)
     investment       = advocacy + reviews + marketplace
     gross_saving     = savings_rate * annual_budget
     net_saving       = gross_saving - investment  (first year at target)
     steady_state_net_saving = gross_saving - reviews - marketplace

   sp_rollout_project adds the trajectory to the target and the yearly
   cash flows with their NPV (trajectory.h, cashflow.h).  */

#ifndef SP_ROLLOUT_H
#define SP_ROLLOUT_H

#include <stddef.h>

#include "cashflow.h"
#include "distribution.h"
#include "trajectory.h"

/* Positions of the scenario-wide parameters in sp_scenario.params.  */
enum
{
  SP_RP_CONVERSION,
  SP_RP_ADVOCACY_COST,
  SP_RP_REVIEW_COST,
  SP_RP_VAT_RATE,
  SP_RP_REVIEWS_PER_YEAR,
  SP_RP_MARKETPLACE_FEE,
  SP_RP_SAVINGS_RATE,
  SP_RP_DISCOUNT_RATE,
  SP_RP_RAMP_START,
  SP_RP_RAMP_GROWTH,
  SP_RP_RAMP_CEILING,
  SP_RP_OPTIMISM_BIAS,
  SP_RP_N_GLOBAL
};

/* A figure the scenario file quotes from a published source, to be
   set beside the computed one.  */
typedef struct
{
  char *figure;      /* name of a rollout figure, e.g. "net_saving" */
  double value;
} sp_published;

typedef struct
{
  char *name;             /* scenario name (owned) */
  char *path;             /* file it was read from (owned, may be NULL) */
  double target_phbs;
  int conversion_from_register; /* "conversion_rate": "register" */
  size_t n_segments;
  char **segment_names;   /* n_segments (owned) */
  double *shares;         /* n_segments fractions summing to 1 (owned) */
  sp_param *params;       /* SP_RP_N_GLOBAL + 2 * n_segments (owned,
                             with their names) */
  size_t n_params;
  int horizon_years;      /* 1 to SP_ROLLOUT_MAX_YEARS */
  int start_month;        /* ramp start: year * 12 + month - 1 */
  int target_month;       /* target date, same scale */
  char *published_source; /* where the published figures come from */
  sp_published *published;
  size_t n_published;
} sp_scenario;

#define SP_ROLLOUT_MAX_YEARS 100

/* The trajectory is followed for at most this many months when the
   target is far away (or never reached).  */
#define SP_ROLLOUT_MAX_MONTHS 1200

/* Position of segment K's mean budget and PAs per PHB in params.  */
size_t sp_rollout_budget_index (size_t k);
size_t sp_rollout_pas_index (size_t k);

/* Fill V (n_params doubles, caller's) with the base-case values.  */
void sp_scenario_base_values (const sp_scenario *s, double *v);

/* Nonzero when NAME is a rollout figure that a scenario may quote as
   published ("assessments", "annual_budget", "pas_required",
   "gross_saving", "net_saving", "steady_state_net_saving",
   "investment.total", ...).  */
int sp_rollout_figure_known (const char *name);

/* Release what S owns.  */
void sp_scenario_free (sp_scenario *s);

typedef struct
{
  double share;
  double phbs;            /* T * share */
  double mean_budget;
  double budget;          /* phbs * mean_budget */
  double pas_per_phb;
  double pas;             /* phbs * pas_per_phb */
} sp_segment_figures;

typedef struct
{
  double target_phbs;
  double conversion_rate;
  double assessments;
  double budget_per_phb;
  double annual_budget;
  double pas_required;
  double pas_at_highest_rate; /* T * max_k a_k: every PHB at the highest
                                 PAs-per-PHB rate */
  double advocacy;
  double reviews;
  double marketplace;
  double investment;
  double gross_saving;
  double net_saving;
  double steady_state_net_saving;
  sp_segment_figures *segments; /* n_segments, or NULL (see below) */
} sp_rollout_figures;

/* The static figures of S for values V into OUT (caller's struct).
   When WANT_SEGMENTS is nonzero OUT->segments is allocated (released by
   sp_rollout_figures_free); otherwise it is NULL.  */
void sp_rollout_figures_compute (const sp_scenario *s, const double *v,
                                 int want_segments, sp_rollout_figures *out);

void sp_rollout_figures_free (sp_rollout_figures *f);

/* Everything a scenario projects to.  */
typedef struct
{
  sp_rollout_figures figures;
  sp_trajectory trajectory;
  sp_cashflow cashflow;
  int required_rate_defined;   /* target date after the ramp start */
  double required_referral_rate; /* constant referrals a month that reach
                                    the target by the target date */
  int target_met;              /* reached no later than the target date */
} sp_projection;

/* Project S for values V into OUT (caller's struct; arrays allocated
   here, released by sp_projection_free).  When DETAIL is zero only the
   scenario totals, the NPV and the payback are kept: no segments, and
   the trajectory covers just the horizon.  */
void sp_rollout_project (const sp_scenario *s, const double *v, int detail,
                         sp_projection *out);

void sp_projection_free (sp_projection *p);

#endif /* SP_ROLLOUT_H */

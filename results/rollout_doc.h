/* rollout_doc.h -- the rollout section of the results document

   A projected scenario becomes the object "rollout":

     name, scenario_file, conversion_source
     target_phbs, conversion_rate, assessments, budget_per_phb,
     annual_budget, pas_required, pas_at_highest_rate,
     pas_by_segment[]   { name, share, phbs, mean_budget, budget,
                          pas_per_phb, pas }
     investment         { advocacy, reviews, marketplace, total }
     optimism_bias      the uplift added to every delivery cost (0
                        unless the scenario gives one)
     gross_saving, net_saving, steady_state_net_saving
     discount_rate, horizon_years, npv, payback_year
     start_month, target_date, target_month, months_to_target,
     target_met, required_referral_rate
     trajectory[]       { month "YYYY-MM", referrals, assessments,
                          new_phbs, live_phbs } to the target month
     cash_flows[]       { year, assessments, phb_years, budget,
                          gross_saving, advocacy, reviews, marketplace,
                          net, discount_factor, discounted, cumulative }
     sensitivity[]      { parameter, low, high, net_low, net_high,
                          npv_low, npv_high }, largest swing first
     simulations, seed, probability_positive
     cohort_saving, cohort { participants, contributors, saving_per_participant,
                             basis, title, against_comparison_group,
                             comparison_participants (only when
                             against_comparison_group) }
                             (the savings basis and title of the
                             cohort's saving, savings_doc.h; with a
                             comparison group the saving per participant
                             is the adjusted one, savings.adjusted,
                             issue 14)
     parameters[]       the assumptions used, with their distributions
     published[]        { figure, published, computed, difference }
     formulas           how each figure is computed

   and the intervals object beside it gains "rollout.net_saving" and
   "rollout.npv", percentile intervals of the simulations { kind
   "simulation", estimate, lower, upper, level, method "percentile",
   simulations, seed } (uncertainty intervals from the assumed
   distributions, not confidence intervals); "rollout.net_saving" also
   has the distribution of the simulated net saving, histogram { edges,
   counts } in SP_DOC_HISTOGRAM_BINS equal bins from the smallest to the
   largest draw (ci.h: sp_ci_histogram; the counts add up to
   simulations), for the chart rollout-simulations; and
   "rollout.cohort_saving", the bootstrap interval of the cohort's saving
   per participant times the target, written by intervals_doc.h
   (estimate, lower, upper, level, method, resamples, seed ...).  */

#ifndef SP_ROLLOUT_DOC_H
#define SP_ROLLOUT_DOC_H

#include <cjson/cJSON.h>

#include "ci.h"
#include "reliability.h"
#include "psa.h"
#include "rollout.h"
#include "savings.h"

/* What the section is made from; the pointers are borrowed.  */
typedef struct
{
  const sp_scenario *scenario;
  const sp_projection *projection;  /* made with DETAIL */
  const sp_sensitivity *sensitivity;
  size_t n_sensitivity;
  const sp_psa_draws *draws;        /* NULL or n = 0: no simulations */
  double level;                     /* interval level, e.g. 0.95 */
  int have_cohort;                  /* evidence from an evaluation */
  size_t cohort_participants;
  size_t cohort_contributors;       /* of them, those using any service */
  int cohort_defined;               /* per-participant saving defined */
  double cohort_per_participant;
  sp_basis cohort_basis;            /* what the cohort's saving rests on */
  size_t cohort_rows_before[SP_N_SOURCES]; /* its rows by source */
  size_t cohort_rows_after[SP_N_SOURCES];
  int cohort_compared;              /* the saving per participant is the
                                       one against a comparison group
                                       (savings.adjusted.per_participant,
                                       issue 14) */
  size_t cohort_comparison_participants; /* with COHORT_COMPARED: the
                                            comparison group's */
  const sp_ci *cohort_interval;     /* NULL: none; already scaled to
                                       the target */
  const sp_reliability *cohort_reliability; /* the verdict on it
                                       (reliability.h); NULL: none */
  unsigned long cohort_seed;        /* the bootstrap's seed */
} sp_rollout_section;

/* Add the "rollout" object for IN to PARENT (the document, or one
   scenario of a comparison), and its intervals to PARENT's "intervals"
   object (added when absent).  PARENT stays the caller's.  */
void sp_doc_add_rollout (cJSON *parent, const sp_rollout_section *in);

/* "YYYY-MM" for MONTH (year * 12 + month - 1) into BUF (8 bytes or
   more).  */
char *sp_rollout_doc_month (int month, char *buf, size_t size);

#endif /* SP_ROLLOUT_DOC_H */

/* social_value.h -- social value of outcome change (the Appendix 2b table)

   A value proxy prices one outcome in pounds per person per year and
   ties it to a domain of the instrument.  For every outcome o with
   domain d (change as in outcomes.h) and settings r = discount rate:

     gross[o] = participants[d] x improvement[d] x value[o]
     net[o]   = gross[o] x (1 - deadweight)(1 - attribution)
                         x (1 - displacement)
     pv[o]    = sum_{k=0}^{duration-1} net[o] x (1 - drop_off)^k / (1 + r)^k
     total    = sum_o pv[o]

   by_method[m] is the same total with the improvement measured by each
   method m (relative, range, share) on the same paired participants:
   the method sensitivity the statement shows beside the headline, which
   uses the settings' method.

   A worsening (negative improvement) gives a negative value.  An outcome
   whose domain's improvement is undefined (nobody paired, or a relative
   change from a zero baseline) has no value and counts 0 in the total.

   Bootstrap interface (issue 4).  Everything above depends on the
   outcome data only through four sums per domain, so a resample is
   valued by summing participants' contributions:

   1. sp_social_value_contributions fills a participant-major matrix,
      one row per participant of sp_outcomes in its ids order (the order
      in which the outcome file first names each participant), with
      sp_social_value_width (inst) columns.  Domain d (instrument order)
      owns the columns d * SP_SV_PER_DOMAIN + k, for k:
        SP_SV_PAIRED    1 when scored at both waves, else 0
        SP_SV_BASELINE  turned baseline score when paired, else 0
        SP_SV_FOLLOWUP  turned follow-up score when paired, else 0
        SP_SV_ROSE      1 when paired and the turned score rose by at
                        least the domain's mid (sp_instrument_improved),
                        else 0
   2. Sum the rows of any multiset of participants (a resample) into one
      vector of the same layout.
   3. sp_social_value_from_sums turns that vector into per-outcome
      values and the total, writing only into caller buffers.  The normal
      computation (sp_social_value_compute) sums all rows once and calls
      the same function, so both paths are the same code.  */

#ifndef SP_SOCIAL_VALUE_H
#define SP_SOCIAL_VALUE_H

#include <stddef.h>

#include "outcomes.h"

/* Column offsets within a domain's block of a contribution row.  */
enum
{
  SP_SV_PAIRED = 0,
  SP_SV_BASELINE = 1,
  SP_SV_FOLLOWUP = 2,
  SP_SV_ROSE = 3,
  SP_SV_PER_DOMAIN = 4
};

/* One value proxy (a line of Appendix 2b).  */
typedef struct
{
  char *outcome;        /* key */
  char *label;          /* words for tables */
  size_t domain;        /* index into the instrument */
  double value;         /* pounds per person per year, >= 0 */
  char *price_year;
  char *source;
  double deadweight;    /* fractions in [0, 1] */
  double attribution;
  double displacement;
  double drop_off;
  int duration_years;   /* >= 1 */
  size_t line;          /* line in the proxy file, for messages */
  /* Uprating (analysis/prices.h), as for sp_unit_cost: price_year is
     the year of value (the evaluation's price_year once uprated); the
     file's value and year, and value / value_original (1 when not
     uprated).  A struct built without them reads as not uprated.  */
  size_t year_column;   /* of price_year in the proxy file */
  double value_original;
  char *price_year_original;  /* owned, may be NULL */
  double uprating_factor;
} sp_value_proxy;

typedef struct
{
  sp_value_proxy *items; /* n proxies, owned */
  size_t n;
  char *path;            /* file read (owned, may be NULL) */
  size_t *sum_order;     /* n indices in outcome-key order, the order the
                            total is summed in (owned; NULL = file
                            order); see sp_value_proxies_index */
} sp_value_proxies;

/* Set SET->sum_order to SET's indices sorted by outcome key, so that
   the total social value is summed in one order whatever the order of
   the proxy file's rows (floating-point addition is not associative).
   The table keeps file order.  */
void sp_value_proxies_index (sp_value_proxies *set);

/* What to compare and how.  */
typedef struct
{
  sp_improvement_method method;
  double discount_rate;  /* r, a fraction */
  int baseline_wave;
  int followup_wave;     /* a wave number (resolved, never "latest") */
  double min_followup_share; /* the share of baseline participants a
                            wave needs to be the default follow-up
                            (sp_outcomes_default_followup) */
  sp_followup_rule followup_rule; /* how followup_wave was chosen */
} sp_value_settings;

/* Attrition is flagged when the paired participants are fewer than this
   share of the baseline participants.  */
#define SP_ATTRITION_LIMIT 0.8

/* The value of one outcome.  When defined is 0 the improvement, gross,
   net and present value are undefined and 0 here.  */
typedef struct
{
  int defined;
  double participants;   /* paired participants in the domain */
  double improvement;
  double gross;
  double net;
  double present_value;
} sp_outcome_value;

/* The whole social value.  */
typedef struct
{
  sp_value_settings settings;
  size_t n_participants;          /* in the outcome file */
  size_t n_domains;               /* = instrument's */
  sp_domain_change *domains;      /* n_domains (owned) */
  size_t *baseline_scored;        /* n_domains: scored at the baseline
                                     wave, paired or not (owned) */
  double *baseline_scored_mean;   /* n_domains: their mean turned score,
                                     0 when none (owned) */
  size_t *scored;                 /* n_domains: scores at any wave
                                     (owned) */
  size_t n_outcomes;              /* = proxies' */
  sp_outcome_value *outcomes;     /* n_outcomes (owned) */
  size_t baseline_participants;   /* scored in some domain at the
                                     baseline wave */
  size_t paired_participants;     /* scored in some domain at both the
                                     baseline and the follow-up wave */
  int attrition;                  /* paired_participants <
                                     SP_ATTRITION_LIMIT x
                                     baseline_participants */
  sp_wave_count *waves;           /* n_waves, one per wave present in
                                     wave order (owned) */
  size_t n_waves;
  size_t n_undefined;             /* outcomes without a value */
  double total;                   /* with settings.method */
  double by_method[SP_N_IMPROVEMENT_METHODS]; /* the total by each
                                     method, indexed by
                                     sp_improvement_method */
} sp_social_value;

/* Number of columns of a contribution row: instrument domains x
   SP_SV_PER_DOMAIN.  */
size_t sp_social_value_width (const sp_instrument *inst);

/* Fill OUT (caller's, O->n_participants x sp_social_value_width (INST)
   doubles, participant-major) with each participant's contribution for
   the waves in S.  O's scores must refer to INST's domains.  */
void sp_social_value_contributions (const sp_outcomes *o,
                                    const sp_instrument *inst,
                                    const sp_value_settings *s,
                                    double *out);

/* From SUMS (one summed contribution row), value every proxy.  DOMAINS
   (INST->n, may be NULL) receives each domain's change; VALUES
   (PROXIES->n, may be NULL) each outcome's value; *N_UNDEFINED (may be
   NULL) how many outcomes have no value.  Returns the total present
   value.  Allocates nothing.  */
double sp_social_value_from_sums (const double *sums,
                                  const sp_instrument *inst,
                                  const sp_value_proxies *proxies,
                                  const sp_value_settings *s,
                                  sp_domain_change *domains,
                                  sp_outcome_value *values,
                                  size_t *n_undefined);

/* Present value of NET over DURATION years with DROP_OFF and discount
   rate R: sum_{k=0}^{DURATION-1} NET (1 - DROP_OFF)^k / (1 + R)^k.  */
double sp_social_value_present (double net, double drop_off, int duration,
                                double r);

/* Compute the social value of O (scored on INST) priced with PROXIES
   under S into OUT (caller-owned struct; its arrays are allocated here
   and released by sp_social_value_free).  */
void sp_social_value_compute (const sp_outcomes *o,
                              const sp_instrument *inst,
                              const sp_value_proxies *proxies,
                              const sp_value_settings *s,
                              sp_social_value *out);

/* Index of OUTCOME in SET, or -1.  */
long sp_value_proxies_find (const sp_value_proxies *set,
                            const char *outcome);

/* Release what SET owns (not SET itself).  */
void sp_value_proxies_free (sp_value_proxies *set);

/* Release what SV owns (not SV itself).  */
void sp_social_value_free (sp_social_value *sv);

#endif /* SP_SOCIAL_VALUE_H */

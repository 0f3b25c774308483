/* outcomes.h -- instruments, outcome scores and the change per domain

   An instrument (POET, an Outcomes Star, SWEMWBS ...) is a list of
   domains, each scored on a scale [min, max] where either a higher or a
   lower score is better.  Outcome data are scores per participant, wave
   and domain; wave 0 is the baseline and later waves follow every three
   months.  These are the plain types the input readers fill; no I/O
   happens here.

   Change in a domain compares the participants scored at both the
   baseline wave b and the follow-up wave f (the "paired" participants).
   Scores are first turned so that higher is better:

     score' = score                  when higher_is_better
     score' = min + max - score      otherwise

   With n paired participants, B = sum of their baseline score' and
   F = sum of their follow-up score', R = how many of them improved by
   at least the domain's minimal important difference mid (follow-up
   score' - baseline score' >= mid, in scale points; see
   sp_instrument_improved):

     baseline_mean = B / n,  followup_mean = F / n
     relative improvement = (F - B) / B   [= (mean_f - mean_b) / mean_b;
                                            undefined when B = 0]
     range improvement    = (F - B) / (n (max - min))
                                          [= (mean_f - mean_b) / (max - min)]
     share improvement    = R / n   [the SROI guide's "number of people
                                     who experienced the outcome", as a
                                     share of those paired]
     every figure is undefined when n = 0.

   How the methods behave (docs/methods/social-value.md says more):
   range and share are unchanged when a scale is recoded by a shift
   (1-10 as 0-9) or written the other way round (a reversed scale is
   turned first); relative is not -- it divides by the baseline mean,
   which depends on where the scale starts, so it is flagged as
   depending on the scale's coding.

   Everything is computed from the four sums n, B, F, R, so that a
   bootstrap resample (a multiset of participants) can recompute it by
   summing participants' contributions: see social_value.h.  */

#ifndef SP_OUTCOMES_H
#define SP_OUTCOMES_H

#include <stddef.h>

/* One domain of an instrument.  */
typedef struct
{
  char *domain;          /* key used in outcome and proxy files */
  char *label;           /* words for tables */
  double min;            /* scale, min < max */
  double max;
  int higher_is_better;  /* 0: the scale is turned round */
  char *source;          /* where the scale comes from ("" if none) */
  double mid;            /* minimal important difference in scale
                            points, 0 < mid <= max - min (the
                            instrument file's optional column, default
                            1); a value <= 0 (a struct built without it)
                            counts as 1 */
} sp_instrument_domain;

typedef struct
{
  sp_instrument_domain *items; /* n domains, owned */
  size_t n;
  char *path;                  /* file read (owned, may be NULL) */
} sp_instrument;

/* One score: participant (index into sp_outcomes.ids), wave, domain
   (index into the instrument) and the score as written.  */
typedef struct
{
  size_t participant;
  int wave;
  size_t domain;
  double score;
} sp_outcome_score;

/* The validated outcome data.  Participants are numbered in the order
   in which the outcome file first names them; that order is the
   participant order of social_value.h's contribution rows.  */
typedef struct
{
  size_t n_participants;
  char **ids;                /* n_participants identifiers (owned) */
  sp_outcome_score *scores;  /* n_scores, file order (owned) */
  size_t n_scores;
  int latest_wave;           /* highest wave present; -1 when empty */
  char *path;                /* file read (owned, may be NULL) */
  size_t after_period;       /* scores dated after the reporting
                                period's end, left out (issue 10) */
} sp_outcomes;

/* Who answered at one wave: the participants with at least one domain
   score at WAVE, and how many of them were also scored at the baseline
   wave (at least one domain there).  */
typedef struct
{
  int wave;
  size_t participants;
  size_t from_baseline;
} sp_wave_count;

/* How the follow-up wave was chosen.  */
typedef enum
{
  SP_FOLLOWUP_SET = 0,          /* given: "followup_wave", --followup-wave */
  SP_FOLLOWUP_MIN_SHARE = 1,    /* the latest wave answered by at least
                                   min_followup_share of the baseline
                                   participants */
  SP_FOLLOWUP_MOST_ANSWERED = 2 /* no later wave reached that share: the
                                   later wave answered by the most of them
                                   (the latest of equals) */
} sp_followup_rule;

/* How improvement in a domain is measured.  */
typedef enum
{
  SP_IMPROVEMENT_RELATIVE = 0,  /* (mean_f - mean_b) / mean_b */
  SP_IMPROVEMENT_RANGE = 1,     /* (mean_f - mean_b) / (max - min) */
  SP_IMPROVEMENT_SHARE = 2      /* share of paired participants improved
                                   by at least mid */
} sp_improvement_method;

#define SP_N_IMPROVEMENT_METHODS 3

/* The change in one domain between two waves.  participants is a count,
   held as a double because a bootstrap resample may count a participant
   more than once.  */
typedef struct
{
  double participants;       /* paired participants, n */
  int means_defined;         /* n > 0 */
  double baseline_mean;      /* 0 when undefined */
  double followup_mean;
  int improvement_defined;   /* n > 0, and B != 0 for relative */
  double improvement;        /* fraction; 0 when undefined */
} sp_domain_change;

/* Name of METHOD: "relative", "range" or "share".  Static string.  */
const char *sp_improvement_method_name (sp_improvement_method method);

/* Parse a method name (exact, lower case) into *OUT; 0 or -1.  */
int sp_improvement_method_parse (const char *text,
                                 sp_improvement_method *out);

/* Words for METHOD in tables and the statement: "relative change in
   the mean score, as the pilot report", "change in the mean score as a
   share of the scale's range", "share of people improved by at least
   the minimal important difference".  Static string.  */
const char *sp_improvement_method_label (sp_improvement_method method);

/* Whether METHOD's figure changes when the same answers are coded on a
   shifted or reversed scale (1 for relative only).  */
int sp_improvement_method_scale_dependent (sp_improvement_method method);

/* SCORE of domain DOM turned so that higher is better.  */
double sp_instrument_turn (const sp_instrument_domain *dom, double score);

/* DOM's minimal important difference: DOM->mid, or 1 when DOM->mid is
   not positive.  */
double sp_instrument_mid (const sp_instrument_domain *dom);

/* Whether a participant improved in DOM: turned follow-up FOLLOW minus
   turned baseline BASE is at least the minimal important difference,
   FOLLOW - BASE >= mid - 1e-9 (max - min).  The tolerance, a
   billionth of the scale's range, keeps a difference that is exactly
   mid on paper (0.3 - 0.2 on a decimal scale, or a turned score) from
   falling short of it by a rounding error.  */
int sp_instrument_improved (const sp_instrument_domain *dom, double base,
                            double follow);

/* Index of DOMAIN in INST, or -1.  */
long sp_instrument_find (const sp_instrument *inst, const char *domain);

/* True when some score in O is at wave WAVE.  */
int sp_outcomes_has_wave (const sp_outcomes *o, int wave);

/* One entry per wave present in O, in wave order, counting who answered
   at it (sp_wave_count), with BASELINE_WAVE as the baseline.  Returns
   the number of waves and stores in *OUT an array the caller frees
   (NULL when O has no scores).  */
size_t sp_outcomes_wave_counts (const sp_outcomes *o, int baseline_wave,
                                sp_wave_count **out);

/* The participants scored at BASELINE_WAVE, from the N COUNTS of
   sp_outcomes_wave_counts (0 when the wave is absent).  */
size_t sp_wave_counts_baseline (const sp_wave_count *counts, size_t n,
                                int baseline_wave);

/* The default follow-up wave after BASELINE_WAVE, from the N COUNTS of
   sp_outcomes_wave_counts: the latest wave w > BASELINE_WAVE whose
   from_baseline >= MIN_SHARE x (participants at the baseline), so that a
   last wave answered by a few does not silently become the comparison
   (SP_FOLLOWUP_MIN_SHARE).  When no later wave reaches the share, the
   later wave with the most from_baseline, the latest among equals
   (SP_FOLLOWUP_MOST_ANSWERED).  Stores the wave in *WAVE and returns the
   rule, or returns -1 with *WAVE = -1 when no wave comes after the
   baseline.  */
int sp_outcomes_default_followup (const sp_wave_count *counts, size_t n,
                                  int baseline_wave, double min_share,
                                  int *wave);

/* Name of RULE in the results document: "set", "min_followup_share" or
   "most_answered".  Static string.  */
const char *sp_followup_rule_name (sp_followup_rule rule);

/* The change in domain DOM from its four sums N (paired participants),
   B and F (sums of turned baseline and follow-up scores) and R (how many
   rose), measured by METHOD, into *OUT (caller's).  No allocation.  */
void sp_domain_change_from_sums (const sp_instrument_domain *dom, double n,
                                 double b, double f, double r,
                                 sp_improvement_method method,
                                 sp_domain_change *out);

/* Release what INST owns (not INST itself).  */
void sp_instrument_free (sp_instrument *inst);

/* Release what O owns (not O itself).  */
void sp_outcomes_free (sp_outcomes *o);

#endif /* SP_OUTCOMES_H */

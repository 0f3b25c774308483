/* limitations.h -- what the evidence behind the figures cannot show

   Every results document carries a top-level "limitations" array: one
   { code, text } for each limitation that applies to this run, in the
   order of sp_limit below (a stable order, whatever the inputs).  The
   DECISION whether a limitation applies is computed from the data by
   the predicates here (pure: no I/O, no text); the WORDS are the
   results layer's (results/limitations_doc.c); the renderers print the
   texts as they are (the statement's section "What these figures can
   and cannot show", right after the headline figures; the text output
   after its tables).

   A run collects its limitations in an sp_limits: for each code, the
   set of figures it bears on (SP_LIMIT_ON_* bits; 0 = does not apply).
   The figures name themselves in the text ("the NHS cost saving and
   the social value").  cmd/cmd_limitations.c decides every code once
   all sections have run (sp_section_limitations), from the loaded
   inputs and the document; a section may also mark a code itself while
   it computes (sp_limits_mark on ctx->limits), when the condition is
   only visible there.

   To add a limitation (one code, four small edits):
     1. add SP_LIMIT_<NAME> to sp_limit below, where it should sit in
        the list (codes are printed in this order);
     2. give its code and plain-English text in results/
        limitations_doc.c (a table indexed by sp_limit; the text may
        say {figures} where the names of the figures it bears on go);
     3. decide it: a predicate here when it needs computing, and one
        call of sp_limits_mark (or sp_limits_clear, for a code that
        another makes obsolete) in cmd/cmd_limitations.c or in the
        section where the condition is known;
     4. a test that it appears exactly when its condition holds
        (tests/test_limitations.c, tests/test_cli_limitations.c), and
        its row in the README's and docs/methods/limitations.md's list.
   Codes already planned by other issues: the disclosure-off code
   (issue 11).  Issue 14's comparison_group_differences replaces
   no_comparison_group for the NHS cost saving when a comparison group
   is given.  */

#ifndef SP_LIMITATIONS_H
#define SP_LIMITATIONS_H

#include <stddef.h>

#include "bootstrap.h"
#include "jackknife.h"
#include "social_value.h"

/* The limitations, in the order they are listed.  */
typedef enum
{
  SP_LIMIT_FORECAST = 0,           /* savings basis is forecast */
  SP_LIMIT_RECALL,                 /* a recall row is used */
  SP_LIMIT_NO_COMPARISON_GROUP,    /* a before/after change, no control */
  SP_LIMIT_COMPARISON_DIFFERENCES, /* against a comparison group that may
                                      differ in ways the data do not show
                                      (issue 14) */
  SP_LIMIT_SMALL_COHORT,           /* fewer than SP_LIMIT_SMALL people */
  SP_LIMIT_CONCENTRATION,          /* two people carry over half */
  SP_LIMIT_NO_ADJUSTMENTS,         /* no deadweight, attribution or
                                      displacement anywhere */
  SP_LIMIT_RELATIVE_SCALE_DEPENDENT, /* the social value uses the
                                      relative method, which depends on
                                      the scale's numbering */
  SP_LIMIT_ATTRITION,              /* fewer than SP_ATTRITION_LIMIT of
                                      the baseline paired at follow-up */
  SP_LIMIT_MIXED_PRICE_YEARS,      /* prices of several years added */
  SP_LIMIT_UNMATCHED_TRANSACTIONS, /* payments by people not in the
                                      register */
  SP_LIMIT_BUDGETS_ASSUMED_REDIRECTED, /* no budget_additional_share */
  SP_LIMIT_LOCAL_EFFECT_NOT_COUNTED,   /* no counterfactual_lm3 */
  SP_LIMIT_COHORT_NOT_CASE_MIX,    /* rollout's cohort_saving applies the
                                      pilot's cohort to the rollout */
  SP_LIMIT_DISCLOSURE_OFF,         /* disclosure threshold 0: small counts
                                      and figures of few people shown
                                      (issue 11, results/disclosure.h) */
  SP_N_LIMITS
} sp_limit;

/* The figures a limitation bears on (bits).  */
enum
{
  SP_LIMIT_ON_SAVINGS = 1u << 0,   /* the NHS cost saving */
  SP_LIMIT_ON_VALUE = 1u << 1,     /* the social value */
  SP_LIMIT_ON_PROFIT = 1u << 2,    /* social profit and its ratios */
  SP_LIMIT_ON_LOCAL = 1u << 3,     /* the local economic effect */
  SP_LIMIT_ON_ROLLOUT = 1u << 4    /* the rollout's projection */
};

/* The limitations of a run: ON[code] holds the SP_LIMIT_ON_* bits of
   the figures it bears on; 0 when it does not apply.  Zero-initialise
   (= { 0 }) for none.  */
typedef struct
{
  unsigned on[SP_N_LIMITS];
} sp_limits;

/* Mark CODE as applying to FIGURES (added to any already marked); a
   FIGURES of 0 marks nothing.  */
void sp_limits_mark (sp_limits *l, sp_limit code, unsigned figures);

/* CODE no longer applies (e.g. no_comparison_group once a comparison
   group is analysed).  */
void sp_limits_clear (sp_limits *l, sp_limit code);

/* The threshold of small_cohort: fewer participants than this.  */
#define SP_LIMIT_SMALL 30

/* Whether a cohort of N participants is small (N < SP_LIMIT_SMALL).  */
int sp_limits_small_cohort (size_t n);

/* The share of a figure above which concentration applies, and how
   many participants carry it.  */
#define SP_LIMIT_CONCENTRATED_SHARE 0.5
#define SP_LIMIT_CONCENTRATED_TOP 2

/* Whether figure J of problem P (bootstrap.h: one contribution row per
   participant) is concentrated: the figure is positive and its
   SP_LIMIT_CONCENTRATED_TOP most influential participants (influence =
   the figure less the figure without them; for a total, their own
   contribution; see jackknife.h) carry more than
   SP_LIMIT_CONCENTRATED_SHARE of it.  With no more participants than
   that, they carry all of it.  0 when the figure or a leave-one-out
   value is undefined.  Needs no bootstrap: n + 1 evaluations of the
   statistic, O(n k) work and O(n + k + m) memory.  P must be dense
   (P->x; blocks are not used).  */
int sp_limits_concentrated (const sp_boot_problem *p, size_t j);

/* The share of a figure carried by its SP_LIMIT_CONCENTRATED_TOP most
   influential participants, from its influence summary INF
   (jackknife.h), into *SHARE: their influences added over the estimate
   (all of it with no more participants than that).  Returns 1, or 0
   (*SHARE = 0) when the figure is not positive or a leave-one-out value
   is undefined.  sp_limits_concentrated is this share above
   SP_LIMIT_CONCENTRATED_SHARE.  */
int sp_limits_top_share (const sp_influence *inf, double *share);

/* Whether no outcome of PROXIES has an adjustment: every deadweight,
   attribution and displacement is 0.  0 when there are no outcomes.  */
int sp_limits_no_adjustments (const sp_value_proxies *proxies);

/* Whether the N price years YEARS (NULL or empty entries are ignored)
   name more than one year: prices of different years added together
   without uprating.  */
int sp_limits_mixed_years (const char *const *years, size_t n);

#endif /* SP_LIMITATIONS_H */

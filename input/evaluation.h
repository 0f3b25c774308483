/* evaluation.h -- the evaluation file: what to analyse and how

   An evaluation file is a JSON object naming the input files (paths are
   relative to the evaluation file's folder), the periods and waves to
   compare, and the analysis settings.  Command-line flags override any
   key, and can replace the file entirely.  All keys are optional here;
   each subcommand checks that what it needs is present.  An unknown key
   (a misspelt one) draws a warning naming it.

     {
       "programme": "...", "area": "...", "reporting_period": "...",
       "organisation": "...", "author": "...", "status": "draft",
       "period_start": "2019-01-01", "period_end": "2019-03-31",
       "usage": "usage.csv", "unit_costs": "../../proxies/....csv",
       "comparison_usage": "comparison-usage.csv",
       "before": "before", "after": "after", "scale_to": 48,
       "periods": ["baseline", "q1", "q2"],
       "outcomes": "poet.csv", "instrument": "...", "proxies": "...",
       "baseline_wave": 0, "followup_wave": 2, "min_followup_share": 0.5,
       "method": "relative", "price_year": "2024/25",
       "cost_index": "...", "value_index": "...",
       "discount_rate": 0.035,
       "register": "register.csv", "transactions": "transactions.csv",
       "local_respend": 0.4,
       "investment": { "advocacy_cost": 1295, "review_cost": 195,
                       "vat_rate": 0.2, "marketplace_fee": 0.05,
                       "reviews_per_year": 1,
                       "budget_additional_share": 0.1 },
       "local_economy": { "counterfactual_lm3": 1.6 },
       "notes": "Where the data came from ...",
       "bootstrap": { "resamples": 10000, "confidence": 0.95,
                      "method": "auto", "seed": 20190101, "threads": 0 },
       "scenarios": [ "../scenarios/east-lancs-890.json" ],
       "disclosure": { "threshold": 7 }
     }  */

#ifndef SP_EVALUATION_H
#define SP_EVALUATION_H

#include "diag.h"
#include "calendar.h"     /* SP_NO_END_DAY */
#include "investment.h"   /* sp_investment_params */

/* Bootstrap settings (issue 4).  resamples < 0 means "not set".  */
typedef struct
{
  long resamples;
  double confidence;
  char *method;             /* "auto", "percentile", "basic", "bca" or
                               "studentized" (owned) */
  unsigned long seed;
  int threads;              /* 0 = all cores */
} sp_bootstrap_params;

typedef struct
{
  char *path;               /* evaluation file, or NULL (owned) */
  char *programme;          /* labels (owned, may be NULL) */
  char *area;
  char *reporting_period;

  /* The reporting period (issue 10): ISO dates "YYYY-MM-DD" (owned, NULL
     when not given) and the same as days since 1970-01-01.  Rows dated
     after period_end are left out of the register, transactions and
     outcomes; nothing before period_start is (a quarterly report is
     cumulative).  */
  char *period_start;
  char *period_end;
  long period_start_day;    /* valid when period_start is set */
  long period_end_day;      /* SP_NO_END_DAY when period_end is not set */

  /* Files, already resolved against the evaluation file's folder.  */
  char *usage;
  char *comparison_usage;   /* usage of a comparison group (issue 14) */
  char *unit_costs;
  char *outcomes;
  char *instrument;
  char *proxies;
  char *register_file;
  char *transactions;

  char *before;             /* period names (owned) */
  char *after;
  char **periods;           /* "periods" (issue 10): the usage periods in
                               time order, the first the baseline, or
                               NULL; when given it replaces before/after
                               (which are set to its first and last)
                               (owned) */
  size_t n_periods;         /* 0, or 2 or more */
  double scale_to;          /* 0 = not asked */

  int baseline_wave;
  int followup_wave;        /* -1 = not set: the latest wave answered by
                               at least min_followup_share of the
                               baseline participants */
  double min_followup_share; /* in (0, 1], default 0.5 */

  /* One price year (issue 9, analysis/prices.h): when price_year is set
     ("2024/25"), every unit cost is uprated with cost_index and every
     value proxy with value_index before any figure is computed.  */
  char *price_year;         /* as written (owned), NULL = no uprating */
  int price_year_start;     /* its first calendar year (2024) */
  size_t price_year_line;   /* where "price_year" is in the evaluation */
  size_t price_year_column; /* file, for messages (0 when not there) */
  char *cost_index;         /* index files (owned), NULL = the shipped */
  char *value_index;        /* ones (see sp_evaluation_index) */
  char *method;             /* improvement method (owned) */
  double discount_rate;
  double local_respend;     /* share of local spend re-spent locally */
  double budget_additional_share; /* "investment" block: the share of a
                                     PHB's budget that is new money
                                     rather than spending moved from the
                                     care it replaces, 0 to 1; < 0 when
                                     not given (taken as 0, and said) */
  double counterfactual_lm3; /* LM3 of the provision the budgets
                                replaced ("local_economy" block); < 0
                                when not given */
  char *notes;              /* free text on where the data came from,
                               printed verbatim (owned, may be NULL) */

  /* Front matter of the statement (issue 11): who made the evaluation
     and who wrote it (owned, may be NULL), and whether it is a "draft"
     or "final" (owned; "draft" by default).  */
  char *organisation;
  char *author;
  char *status;

  sp_investment_params investment;
  sp_bootstrap_params bootstrap;

  char **scenarios;         /* rollout scenario files, resolved (owned) */
  size_t n_scenarios;

  int disclosure_threshold; /* counts 1..T suppressed; 0 = off (issue 11,
                               results/disclosure.h) */
} sp_evaluation;

/* Fill E with the defaults: before "before", after "after", baseline
   wave 0, follow-up by min_followup_share 0.5, method "relative",
   discount 0.035, local re-spend 0, investment 1295/195/0.2/0.05/1
   with no budget share stated, no counterfactual LM3, no notes,
   bootstrap unset with
   confidence 0.95, method "auto", seed 20190101, all cores; disclosure
   threshold 7.  */
void sp_evaluation_defaults (sp_evaluation *e);

/* Read the evaluation file at PATH over the values already in E.
   Problems go to D as FILE:LINE:COLUMN messages.  Returns 0 or -1.  */
int sp_evaluation_load (const char *path, sp_evaluation *e, sp_diag *d);

/* Replace E's periods by the N labels LABELS (copied; N = 0 clears
   them) and, when N > 0, before and after by the first and the last.  */
void sp_evaluation_set_periods (sp_evaluation *e, const char *const *labels,
                                size_t n);

/* Replace the string *SLOT with a copy of VALUE (NULL clears it).  */
void sp_evaluation_set (char **slot, const char *value);

/* Release what E owns.  */
void sp_evaluation_free (sp_evaluation *e);

/* The index file for unit costs (COSTS nonzero) or value proxies: E's
   cost_index or value_index when set (a path or a bundled name,
   resolved when read), else the bundled nhs-cost-inflation or
   gdp-deflator (input/datadir.h), or NULL when no data folder has it.
   Owned.  */
char *sp_evaluation_index (const sp_evaluation *e, int costs);

#endif /* SP_EVALUATION_H */

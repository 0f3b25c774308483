/* qdata.h -- a constructed programme for the quarterly tests, and a
   small CSV reader to compute the expected figures from its files

   qdata_write builds, from a seed, a programme the fixtures do not
   contain: a register with referral and approval dates (some plans
   without an approval date, some approved after the reporting period,
   some people referred after it), marketplace transactions over
   eighteen months, outcome scores at waves 0 to 4 with attrition and
   dates (on an instrument of its own, one scale turned round), usage
   over a baseline and four quarterly periods with 3-month windows, a
   rollout scenario with fixed numbers and an evaluation file naming
   them all.  The tests then read the CSV files back with qcsv_* and
   compute each figure independently of socialprofit.  */

#ifndef SP_TEST_QDATA_H
#define SP_TEST_QDATA_H

#include <stddef.h>

/* Settings of one constructed programme.  */
typedef struct
{
  unsigned seed;
  const char *period_start;   /* NULL: not in the evaluation */
  const char *period_end;     /* NULL: not in the evaluation */
  const char *programme;      /* "programme" key */
  const char *area;           /* "area" key */
  const char *reporting_period;
  const char *periods;        /* JSON list for "periods", or NULL for
                                 "before"/"after" q0/q4 */
} qdata_spec;

/* Write the programme of SPEC into DIR (which exists): register.csv,
   transactions.csv, outcomes.csv, instrument.csv, proxies.csv,
   usage.csv, costs.csv, scenario.json and evaluation.json.  Returns
   the evaluation file's path (owned).  */
char *qdata_write (const char *dir, const qdata_spec *spec);

/* The instrument's scale of DOMAIN: min, max, higher is better.  */
void qdata_scale (const char *domain, double *min, double *max, int *higher);

/* The scenario written by qdata_write.  */
#define QDATA_TARGET 40.0
#define QDATA_CONVERSION 0.8
#define QDATA_RAMP_START 1.0
#define QDATA_RAMP_GROWTH 0.1
#define QDATA_RAMP_CEILING 4.0
#define QDATA_START_MONTH "2019-02"

/* The participants of DIR/usage.csv observed (at least one row) both
   in BASELINE and in PERIOD: their number in *PARTICIPANTS and their
   annualised costs Σ quantity × 12 / months × unit cost (the unit costs
   of DIR/costs.csv) in the baseline and in the period, computed from
   the two files alone.  */
void qdata_cohort_costs (const char *dir, const char *baseline,
                         const char *period, size_t *participants,
                         double *baseline_cost, double *cost);

/* A CSV file read back: a header and rows of cells.  Cells hold no
   commas or quotes (qdata_write writes none).  */
typedef struct
{
  char **header;
  size_t n_cols;
  char ***rows;
  size_t n_rows;
} qcsv;

/* Read DIR/NAME; fails the test when it cannot.  */
void qcsv_read (const char *dir, const char *name, qcsv *t);

/* The cell of row R in column NAME ("" when the column is absent).  */
const char *qcsv_cell (const qcsv *t, size_t r, const char *name);

void qcsv_free (qcsv *t);

#endif /* SP_TEST_QDATA_H */

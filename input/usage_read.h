/* usage_read.h -- read and validate service usage into a panel and a
   cohort

   A usage CSV has one row per participant x period x service:
     participant_id, period, service, quantity   (required)
     months, source                              (optional)
   quantity is a number from 0 to 1e9 for the window; months (default
   12, at least 0.01) is the window's length and quantities are
   annualised by x 12 / months (the bounds keep every total finite);
   source is recall, record or plan (empty or absent: unspecified).  A
   participant is observed in a period when at least one row names it
   (a quantity of 0 counts).

   The file is read into a panel (analysis/usage.h) over a list of
   period labels; rows naming another period are validated, counted and
   named in one warning, but not kept.  The cohort of two of the
   panel's periods is then built with sp_usage_cohort_check.

   Rejected, each as FILE:LINE:COLUMN: a bad quantity or months, a
   service missing from the unit-cost set, a duplicated (participant,
   period, service) row, an unknown source, empty keys, and (for the
   cohort) no participant observed in both periods.  Participants
   observed in only one of the two periods are excluded from the cohort
   with one warning.  */

#ifndef SP_USAGE_READ_H
#define SP_USAGE_READ_H

#include "csvtable.h"
#include "diag.h"
#include "usage.h"

/* The period labels a panel is read for, in order: labels[0] is the
   baseline.  Today the list is the evaluation's before and after.  */
typedef struct
{
  const char *const *labels;  /* n labels (borrowed) */
  size_t n;                   /* at least 2 */
} sp_usage_periods;

/* How many excluded participants the warning names before "and N
   more".  */
#define SP_USAGE_NAMED_EXCLUDED 10

/* Read PATH, price-check it against COSTS (a loaded set), and fill the
   panel P (caller-owned struct, filled here; free with
   sp_usage_panel_free even on failure) over the labels of PERIODS.
   Returns 0, or -1 with every problem in the file (up to the cap)
   recorded in D.  */
int sp_usage_panel_read (const char *path, const sp_unit_costs *costs,
                         const sp_usage_periods *periods,
                         sp_usage_panel *p, sp_diag *d);

/* Build the cohort U of P's periods BEFORE and AFTER with
   sp_usage_cohort (U caller-owned, filled here; free with
   sp_usage_free in every case), and report on it in D: one warning
   about the participants excluded for being observed in only one of
   the two periods (their number and the first SP_USAGE_NAMED_EXCLUDED
   identifiers), and an error when no participant is observed in both:
   at the header's period column when a period has no row at all, else
   at the first row of period BEFORE (the message gives the first row of
   AFTER).  Returns 0, or -1 after that error.  */
int sp_usage_cohort_check (const sp_usage_panel *p, size_t before,
                           size_t after, sp_usage *u, sp_diag *d);

/* Read PATH into a panel over PERIODS (sp_usage_panel_read) and build
   the cohort U of its first and last period (sp_usage_cohort_check).
   U is caller-owned, filled here; free with sp_usage_free even on
   failure.  Returns 0 or -1.  */
int sp_usage_read (const char *path, const sp_unit_costs *costs,
                   const sp_usage_periods *periods, sp_usage *u,
                   sp_diag *d);

/* The columns of a usage file, required ones flagged, in the order a
   template lists them (socialprofit init); *N is set to their number.  */
const sp_csv_column *sp_usage_read_columns (size_t *n);

#endif /* SP_USAGE_READ_H */

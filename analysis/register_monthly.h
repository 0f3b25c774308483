/* register_monthly.h -- the PHB register month by month (issue 10)

   With the register's dates -- referral_date for everyone referred,
   approved_date for live plans (approved or in process) that give it --
   the register is counted per calendar month, from the month of the
   first referral to the last month M (the month of the reporting
   period's end when one is given, else the month of the last referral
   or approval):

     referrals[m]       = people referred (any status but enquiry) whose
                          referral_date is in month m
     new_phbs[m]        = live plans whose approved_date is in month m
     cumulative_phbs[m] = sum of new_phbs over the months up to m

   Live plans without an approved_date cannot be placed in a month: they
   are counted once, in undated_phbs.  A plan approved after the
   reporting period's end (referred within it) is counted in
   approved_after; months after M are not listed.

   The reporting period's own counts (the quarter a report is about):

     period referrals = referral_date from START to END (inclusive)
     period new PHBs  = approved_date from START to END

   Months are numbered as calendar.h's sp_calendar_month (year x 12 +
   month - 1).  No I/O here.  */

#ifndef SP_REGISTER_MONTHLY_H
#define SP_REGISTER_MONTHLY_H

#include <stddef.h>

#include "register.h"

typedef struct
{
  long month;               /* year x 12 + month - 1 */
  size_t referrals;
  size_t new_phbs;
  size_t cumulative_phbs;
} sp_register_month;

typedef struct
{
  sp_register_month *months; /* n_months consecutive months (owned) */
  size_t n_months;           /* 0 when nobody has a referral date */
  size_t undated_phbs;       /* live plans without an approved_date */
  size_t approved_after;     /* approved after the end day */
  size_t dated_phbs;         /* live plans with an approved_date in the
                                months listed (the last cumulative) */
} sp_register_monthly;

/* Count REG by month into OUT (caller's struct; OUT->months allocated
   here, released by sp_register_monthly_free).  END_DAY is the
   reporting period's last day (days since 1970-01-01), or SP_NO_END_DAY
   to end with the last date in the register.  */
void sp_register_monthly_compute (const sp_register *reg, long end_day,
                                  sp_register_monthly *out);

void sp_register_monthly_free (sp_register_monthly *m);

/* The referrals and new PHBs (approvals) of REG dated from START_DAY to
   END_DAY inclusive, into *REFERRALS and *NEW_PHBS.  */
void sp_register_in_period (const sp_register *reg, long start_day,
                            long end_day, size_t *referrals,
                            size_t *new_phbs);

#endif /* SP_REGISTER_MONTHLY_H */

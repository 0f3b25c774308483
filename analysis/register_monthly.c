/* register_monthly.c -- the PHB register month by month */

#include "register_monthly.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "xalloc.h"

/* A referral with its date (an enquiry is not a referral, even when it
   gives a date).  */
static int
referred (const sp_register_person *p)
{
  return p->referral_date && sp_status_is_referral (p->status);
}

void
sp_register_monthly_compute (const sp_register *reg, long end_day,
                             sp_register_monthly *out)
{
  memset (out, 0, sizeof *out);
  int any = 0;
  long first = 0, last = 0;   /* days */
  for (size_t i = 0; i < reg->n; i++)
    {
      const sp_register_person *p = &reg->people[i];
      if (sp_status_is_phb (p->status) && !p->has_approved)
        out->undated_phbs++;
      if (!referred (p))
        continue;
      if (!any || p->referral_day < first)
        first = p->referral_day;
      if (!any || p->referral_day > last)
        last = p->referral_day;
      if (p->has_approved && p->approved_day > last)
        last = p->approved_day;
      any = 1;
    }
  if (!any)
    return;
  if (end_day != SP_NO_END_DAY)
    last = end_day;
  long m0 = sp_calendar_month (first), m1 = sp_calendar_month (last);
  if (m1 < m0)
    m1 = m0;
  out->n_months = (size_t) (m1 - m0 + 1);
  out->months = sp_xcalloc (out->n_months, sizeof *out->months);
  for (size_t k = 0; k < out->n_months; k++)
    out->months[k].month = m0 + (long) k;
  for (size_t i = 0; i < reg->n; i++)
    {
      const sp_register_person *p = &reg->people[i];
      if (referred (p) && p->referral_day <= last)
        out->months[sp_calendar_month (p->referral_day) - m0].referrals++;
      if (!sp_status_is_phb (p->status) || !p->has_approved)
        continue;
      if (p->approved_day > last)
        out->approved_after++;
      else
        out->months[sp_calendar_month (p->approved_day) - m0].new_phbs++;
    }
  size_t cumulative = 0;
  for (size_t k = 0; k < out->n_months; k++)
    {
      cumulative += out->months[k].new_phbs;
      out->months[k].cumulative_phbs = cumulative;
    }
  out->dated_phbs = cumulative;
}

void
sp_register_monthly_free (sp_register_monthly *m)
{
  free (m->months);
  memset (m, 0, sizeof *m);
}

void
sp_register_in_period (const sp_register *reg, long start_day, long end_day,
                       size_t *referrals, size_t *new_phbs)
{
  *referrals = *new_phbs = 0;
  for (size_t i = 0; i < reg->n; i++)
    {
      const sp_register_person *p = &reg->people[i];
      if (referred (p) && p->referral_day >= start_day
          && p->referral_day <= end_day)
        (*referrals)++;
      if (sp_status_is_phb (p->status) && p->has_approved
          && p->approved_day >= start_day && p->approved_day <= end_day)
        (*new_phbs)++;
    }
}

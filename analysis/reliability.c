/* reliability.c -- how far a bootstrap interval can be trusted */

#include "reliability.h"

#include <string.h>

#include "jackknife.h"
#include "limitations.h"

void
sp_reliability_assess (const double *loo, const size_t *rows, size_t n_rows,
                       double estimate, sp_reliability *out)
{
  memset (out, 0, sizeof *out);
  out->participants = n_rows;
  out->smallest = n_rows;
  out->withheld = n_rows < SP_INTERVAL_MIN_PARTICIPANTS;
  out->small = sp_limits_small_cohort (n_rows);
  sp_influence inf;
  sp_jack_influence (loo, rows, n_rows, estimate, &inf);
  out->share_defined = sp_limits_top_share (&inf, &out->top_two_share);
  out->concentrated = out->share_defined
                      && out->top_two_share > SP_LIMIT_CONCENTRATED_SHARE;
  sp_influence_free (&inf);
  out->low = out->withheld || out->small || out->concentrated;
}

void
sp_reliability_limit_to (sp_reliability *r, size_t smallest)
{
  if (smallest >= r->smallest)
    return;
  r->smallest = smallest;
  r->withheld = r->withheld || smallest < SP_INTERVAL_MIN_PARTICIPANTS;
  r->small = r->small || sp_limits_small_cohort (smallest);
  r->low = r->withheld || r->small || r->concentrated;
}

void
sp_reliability_withhold (sp_ci *ci)
{
  ci->defined = 0;
  ci->lower = ci->upper = 0.0;
  ci->se_defined = 0;
  ci->standard_error = 0.0;
  ci->bias_defined = 0;
  ci->bias = 0.0;
  ci->bca_defined = 0;
  ci->studentized_defined = 0;
  ci->notes |= SP_CI_NOTE_TOO_FEW;
}

/* register.c -- the PHB register and its funnel */

#include "register.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gsl/gsl_statistics_double.h>  /* gsl_stats_minmax */

#include "xalloc.h"

static const char *const status_names[SP_N_STATUSES] = {
  "enquiry", "referred", "ineligible", "in_process", "approved", "lost"
};

const char *
sp_status_name (sp_status status)
{
  return status < SP_N_STATUSES ? status_names[status] : "?";
}

int
sp_status_parse (const char *text, sp_status *out)
{
  for (int s = 0; s < SP_N_STATUSES; s++)
    if (strcasecmp (text, status_names[s]) == 0)
      {
        *out = (sp_status) s;
        return 0;
      }
  return -1;
}

int
sp_status_is_phb (sp_status status)
{
  return status == SP_STATUS_APPROVED || status == SP_STATUS_IN_PROCESS;
}

int
sp_status_is_referral (sp_status status)
{
  return status != SP_STATUS_ENQUIRY;
}

/* The segment entry for SEGMENT in OUT, added when new.  */
static sp_register_segment *
segment_of (sp_register_summary *out, const char *segment)
{
  for (size_t i = 0; i < out->n_segments; i++)
    if (strcmp (out->segments[i].segment, segment) == 0)
      return &out->segments[i];
  sp_register_segment *s = &out->segments[out->n_segments++];
  s->segment = segment;
  return s;
}

/* Add person P to the segment table (sums only; means come later).  */
static void
count_segment (sp_register_summary *out, const sp_register_person *p)
{
  sp_register_segment *s = segment_of (out, p->segment);
  s->people++;
  if (!sp_status_is_phb (p->status))
    return;
  s->phbs++;
  if (p->has_budget)
    {
      s->budgets++;
      s->budget_mean += p->budget_annual;
    }
  if (p->has_pas)
    {
      s->with_pas++;
      s->pas_per_phb += p->pas;
    }
}

/* Segments by name, the unnamed ("") last.  */
static int
by_name (const void *a, const void *b)
{
  const char *x = ((const sp_register_segment *) a)->segment;
  const char *y = ((const sp_register_segment *) b)->segment;
  if (!x[0] != !y[0])
    return x[0] ? -1 : 1;
  return strcmp (x, y);
}

void
sp_register_summarise (const sp_register *reg, sp_register_summary *out)
{
  memset (out, 0, sizeof *out);
  out->segments = sp_xcalloc (reg->n ? reg->n : 1, sizeof *out->segments);
  double *budgets = sp_xcalloc (reg->n ? reg->n : 1, sizeof *budgets);

  for (size_t i = 0; i < reg->n; i++)
    {
      const sp_register_person *p = &reg->people[i];
      out->enquiries++;
      out->status[p->status]++;
      out->referrals += sp_status_is_referral (p->status);
      count_segment (out, p);
      if (!sp_status_is_phb (p->status))
        continue;
      out->phbs++;
      out->integrated += p->integrated != 0;
      if (p->has_budget)
        {
          budgets[out->budgets++] = p->budget_annual;
          out->budget_total += p->budget_annual;
        }
      if (p->has_pas)
        {
          out->with_pas++;
          out->pas_per_phb += p->pas;   /* the sum until divided below */
        }
    }

  out->conversion_defined = out->referrals > 0;
  out->conversion_rate = out->referrals
    ? (double) out->phbs / (double) out->referrals : 0.0;
  if (out->budgets)
    {
      out->budget_mean = out->budget_total / (double) out->budgets;
      gsl_stats_minmax (&out->budget_min, &out->budget_max, budgets, 1,
                        out->budgets);
    }
  if (out->with_pas)
    out->pas_per_phb /= (double) out->with_pas;

  for (size_t i = 0; i < out->n_segments; i++)
    {
      sp_register_segment *s = &out->segments[i];
      s->budget_mean = s->budgets ? s->budget_mean / (double) s->budgets : 0;
      s->pas_per_phb = s->with_pas ? s->pas_per_phb / (double) s->with_pas
                                   : 0;
    }
  qsort (out->segments, out->n_segments, sizeof *out->segments, by_name);
  free (budgets);
}

void
sp_register_summary_free (sp_register_summary *s)
{
  free (s->segments);
  memset (s, 0, sizeof *s);
}

void
sp_register_free (sp_register *reg)
{
  for (size_t i = 0; i < reg->n; i++)
    {
      free (reg->people[i].id);
      free (reg->people[i].segment);
      free (reg->people[i].referral_date);
    }
  free (reg->people);
  free (reg->path);
  memset (reg, 0, sizeof *reg);
}

static int
by_id (const void *a, const void *b)
{
  const sp_register_person *x = a, *y = b;
  return strcmp (x->id, y->id);
}

void
sp_register_sort (sp_register *reg)
{
  if (reg->n > 1)
    qsort (reg->people, reg->n, sizeof *reg->people, by_id);
}

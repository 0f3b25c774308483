/* outcomes.c -- instruments, outcome scores and the change per domain */

#include "outcomes.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static const char *const method_names[] = { "relative", "range", "share" };
static const char *const method_labels[] = {
  "relative change in the mean score, as the pilot report",
  "change in the mean score as a share of the scale's range",
  "share of people improved by at least the minimal important difference"
};

const char *
sp_improvement_method_name (sp_improvement_method method)
{
  return (unsigned) method < 3 ? method_names[method] : "relative";
}

int
sp_improvement_method_parse (const char *text, sp_improvement_method *out)
{
  for (int i = 0; i < 3; i++)
    if (text && strcmp (text, method_names[i]) == 0)
      {
        *out = (sp_improvement_method) i;
        return 0;
      }
  return -1;
}

const char *
sp_improvement_method_label (sp_improvement_method method)
{
  return method_labels[(unsigned) method < 3 ? method : 0];
}

int
sp_improvement_method_scale_dependent (sp_improvement_method method)
{
  return method == SP_IMPROVEMENT_RELATIVE;
}

double
sp_instrument_turn (const sp_instrument_domain *dom, double score)
{
  return dom->higher_is_better ? score : dom->min + dom->max - score;
}

double
sp_instrument_mid (const sp_instrument_domain *dom)
{
  return dom->mid > 0.0 ? dom->mid : 1.0;
}

int
sp_instrument_improved (const sp_instrument_domain *dom, double base,
                        double follow)
{
  return follow - base
         >= sp_instrument_mid (dom) - 1e-9 * (dom->max - dom->min);
}

long
sp_instrument_find (const sp_instrument *inst, const char *domain)
{
  for (size_t i = 0; i < inst->n; i++)
    if (strcmp (inst->items[i].domain, domain) == 0)
      return (long) i;
  return -1;
}

int
sp_outcomes_has_wave (const sp_outcomes *o, int wave)
{
  for (size_t i = 0; i < o->n_scores; i++)
    if (o->scores[i].wave == wave)
      return 1;
  return 0;
}

/* (wave, participant) pairs, sorted to count who answered at each wave
   without an array indexed by wave number (waves may be large).  */
typedef struct
{
  int wave;
  size_t participant;
} wave_pair;

static int
by_wave_participant (const void *a, const void *b)
{
  const wave_pair *x = a, *y = b;
  if (x->wave != y->wave)
    return x->wave < y->wave ? -1 : 1;
  return x->participant < y->participant ? -1
         : x->participant > y->participant;
}

size_t
sp_outcomes_wave_counts (const sp_outcomes *o, int baseline_wave,
                         sp_wave_count **out)
{
  *out = NULL;
  if (o->n_scores == 0)
    return 0;
  wave_pair *pairs = sp_xcalloc (o->n_scores, sizeof *pairs);
  unsigned char *at_base = sp_xcalloc (o->n_participants + 1, 1);
  for (size_t i = 0; i < o->n_scores; i++)
    {
      pairs[i].wave = o->scores[i].wave;
      pairs[i].participant = o->scores[i].participant;
      if (o->scores[i].wave == baseline_wave)
        at_base[o->scores[i].participant] = 1;
    }
  qsort (pairs, o->n_scores, sizeof *pairs, by_wave_participant);
  sp_wave_count *counts = sp_xcalloc (o->n_scores, sizeof *counts);
  size_t n = 0;
  for (size_t i = 0; i < o->n_scores; i++)
    {
      if (i == 0 || pairs[i].wave != pairs[i - 1].wave)
        counts[n++].wave = pairs[i].wave;
      else if (pairs[i].participant == pairs[i - 1].participant)
        continue;  /* another domain of the same person */
      counts[n - 1].participants++;
      counts[n - 1].from_baseline += at_base[pairs[i].participant];
    }
  free (pairs);
  free (at_base);
  *out = counts;
  return n;
}

size_t
sp_wave_counts_baseline (const sp_wave_count *counts, size_t n,
                         int baseline_wave)
{
  for (size_t i = 0; i < n; i++)
    if (counts[i].wave == baseline_wave)
      return counts[i].participants;
  return 0;
}

int
sp_outcomes_default_followup (const sp_wave_count *counts, size_t n,
                              int baseline_wave, double min_share,
                              int *wave)
{
  double need = min_share
                * (double) sp_wave_counts_baseline (counts, n, baseline_wave);
  size_t most = 0;
  *wave = -1;
  /* Waves are in order: the last one that qualifies wins.  */
  int found = -1;
  for (size_t i = 0; i < n; i++)
    {
      if (counts[i].wave <= baseline_wave)
        continue;
      /* The tolerance keeps 0.3 x 10 = 3.0000000000000004 from
         refusing 3 people.  */
      if ((double) counts[i].from_baseline + 1e-9 >= need)
        found = counts[i].wave;
      if (*wave < 0 || counts[i].from_baseline >= most)
        {
          most = counts[i].from_baseline;
          *wave = counts[i].wave;
        }
    }
  if (found >= 0)
    {
      *wave = found;
      return SP_FOLLOWUP_MIN_SHARE;
    }
  return *wave >= 0 ? SP_FOLLOWUP_MOST_ANSWERED : -1;
}

const char *
sp_followup_rule_name (sp_followup_rule rule)
{
  static const char *const names[] = { "set", "min_followup_share",
                                       "most_answered" };
  return (unsigned) rule < 3 ? names[rule] : names[0];
}

void
sp_domain_change_from_sums (const sp_instrument_domain *dom, double n,
                            double b, double f, double r,
                            sp_improvement_method method,
                            sp_domain_change *out)
{
  memset (out, 0, sizeof *out);
  out->participants = n;
  if (n <= 0.0)
    return;
  out->means_defined = 1;
  out->baseline_mean = b / n;
  out->followup_mean = f / n;
  switch (method)
    {
    case SP_IMPROVEMENT_RELATIVE:
      /* (F - B) / B rather than the quotient of the means: the same
         number, with one rounding instead of three.  */
      out->improvement_defined = b != 0.0;
      out->improvement = b != 0.0 ? (f - b) / b : 0.0;
      break;
    case SP_IMPROVEMENT_RANGE:
      out->improvement_defined = 1;
      out->improvement = (f - b) / (n * (dom->max - dom->min));
      break;
    case SP_IMPROVEMENT_SHARE:
      out->improvement_defined = 1;
      out->improvement = r / n;
      break;
    }
}

void
sp_instrument_free (sp_instrument *inst)
{
  for (size_t i = 0; i < inst->n; i++)
    {
      free (inst->items[i].domain);
      free (inst->items[i].label);
      free (inst->items[i].source);
    }
  free (inst->items);
  free (inst->path);
  memset (inst, 0, sizeof *inst);
}

void
sp_outcomes_free (sp_outcomes *o)
{
  for (size_t i = 0; i < o->n_participants; i++)
    free (o->ids[i]);
  free (o->ids);
  free (o->scores);
  free (o->path);
  memset (o, 0, sizeof *o);
  o->latest_wave = -1;
}

/* social_value.c -- social value of outcome change (the Appendix 2b
   table) */

#include "social_value.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "xalloc.h"

size_t
sp_social_value_width (const sp_instrument *inst)
{
  return inst->n * SP_SV_PER_DOMAIN;
}

void
sp_social_value_contributions (const sp_outcomes *o,
                               const sp_instrument *inst,
                               const sp_value_settings *s, double *out)
{
  size_t width = sp_social_value_width (inst);
  size_t cells = o->n_participants * inst->n;
  memset (out, 0, o->n_participants * width * sizeof *out);
  /* Bit 0: scored at the baseline wave, bit 1: at the follow-up wave.  */
  unsigned char *seen = sp_xcalloc (cells ? cells : 1, 1);
  double *base = sp_xcalloc (cells ? cells : 1, sizeof *base);
  double *follow = sp_xcalloc (cells ? cells : 1, sizeof *follow);
  for (size_t i = 0; i < o->n_scores; i++)
    {
      const sp_outcome_score *sc = &o->scores[i];
      size_t cell = sc->participant * inst->n + sc->domain;
      double turned = sp_instrument_turn (&inst->items[sc->domain],
                                          sc->score);
      if (sc->wave == s->baseline_wave)
        {
          seen[cell] |= 1;
          base[cell] = turned;
        }
      if (sc->wave == s->followup_wave)
        {
          seen[cell] |= 2;
          follow[cell] = turned;
        }
    }
  for (size_t p = 0; p < o->n_participants; p++)
    for (size_t d = 0; d < inst->n; d++)
      {
        size_t cell = p * inst->n + d;
        if (seen[cell] != 3)
          continue;
        double *c = out + p * width + d * SP_SV_PER_DOMAIN;
        c[SP_SV_PAIRED] = 1.0;
        c[SP_SV_BASELINE] = base[cell];
        c[SP_SV_FOLLOWUP] = follow[cell];
        c[SP_SV_ROSE] = sp_instrument_improved (&inst->items[d], base[cell],
                                                follow[cell]);
      }
  free (seen);
  free (base);
  free (follow);
}

double
sp_social_value_present (double net, double drop_off, int duration, double r)
{
  double pv = 0.0;
  for (int k = 0; k < duration; k++)
    pv += net * pow (1.0 - drop_off, k) / pow (1.0 + r, k);
  return pv;
}

double
sp_social_value_from_sums (const double *sums, const sp_instrument *inst,
                           const sp_value_proxies *proxies,
                           const sp_value_settings *s,
                           sp_domain_change *domains,
                           sp_outcome_value *values, size_t *n_undefined)
{
  if (domains)
    for (size_t d = 0; d < inst->n; d++)
      {
        const double *c = sums + d * SP_SV_PER_DOMAIN;
        sp_domain_change_from_sums (&inst->items[d], c[SP_SV_PAIRED],
                                    c[SP_SV_BASELINE], c[SP_SV_FOLLOWUP],
                                    c[SP_SV_ROSE], s->method, &domains[d]);
      }
  double total = 0.0;
  size_t undefined = 0;
  for (size_t k = 0; k < proxies->n; k++)
    {
      size_t i = proxies->sum_order ? proxies->sum_order[k] : k;
      const sp_value_proxy *px = &proxies->items[i];
      const double *c = sums + px->domain * SP_SV_PER_DOMAIN;
      sp_domain_change ch;
      sp_domain_change_from_sums (&inst->items[px->domain], c[SP_SV_PAIRED],
                                  c[SP_SV_BASELINE], c[SP_SV_FOLLOWUP],
                                  c[SP_SV_ROSE], s->method, &ch);
      sp_outcome_value v = { 0 };
      v.participants = ch.participants;
      if (ch.improvement_defined)
        {
          v.defined = 1;
          v.improvement = ch.improvement;
          v.gross = ch.participants * ch.improvement * px->value;
          v.net = v.gross * (1.0 - px->deadweight) * (1.0 - px->attribution)
                  * (1.0 - px->displacement);
          v.present_value = sp_social_value_present (v.net, px->drop_off,
                                                     px->duration_years,
                                                     s->discount_rate);
          total += v.present_value;
        }
      else
        undefined++;
      if (values)
        values[i] = v;
    }
  if (n_undefined)
    *n_undefined = undefined;
  return total;
}

/* Scores at the baseline wave (paired or not), and at any wave.  */
static void
describe_scores (const sp_outcomes *o, const sp_instrument *inst,
                 int baseline_wave, sp_social_value *out)
{
  for (size_t i = 0; i < o->n_scores; i++)
    {
      const sp_outcome_score *sc = &o->scores[i];
      out->scored[sc->domain]++;
      if (sc->wave != baseline_wave)
        continue;
      out->baseline_scored[sc->domain]++;
      out->baseline_scored_mean[sc->domain]
        += sp_instrument_turn (&inst->items[sc->domain], sc->score);
    }
  for (size_t d = 0; d < inst->n; d++)
    if (out->baseline_scored[d])
      out->baseline_scored_mean[d] /= (double) out->baseline_scored[d];
}

void
sp_social_value_compute (const sp_outcomes *o, const sp_instrument *inst,
                         const sp_value_proxies *proxies,
                         const sp_value_settings *s, sp_social_value *out)
{
  memset (out, 0, sizeof *out);
  out->settings = *s;
  out->n_participants = o->n_participants;
  out->n_domains = inst->n;
  out->n_outcomes = proxies->n;
  size_t nd = inst->n ? inst->n : 1;
  out->domains = sp_xcalloc (nd, sizeof *out->domains);
  out->baseline_scored = sp_xcalloc (nd, sizeof *out->baseline_scored);
  out->baseline_scored_mean = sp_xcalloc (nd,
                                          sizeof *out->baseline_scored_mean);
  out->scored = sp_xcalloc (nd, sizeof *out->scored);
  out->outcomes = sp_xcalloc (proxies->n ? proxies->n : 1,
                              sizeof *out->outcomes);

  size_t width = sp_social_value_width (inst);
  double *rows = sp_xcalloc (o->n_participants * width + 1, sizeof *rows);
  double *sums = sp_xcalloc (width + 1, sizeof *sums);
  sp_social_value_contributions (o, inst, s, rows);
  sp_boot_column_sums (rows, o->n_participants, width, sums);
  out->total = sp_social_value_from_sums (sums, inst, proxies, s,
                                          out->domains, out->outcomes,
                                          &out->n_undefined);
  for (int m = 0; m < SP_N_IMPROVEMENT_METHODS; m++)
    {
      sp_value_settings other = *s;
      other.method = (sp_improvement_method) m;
      out->by_method[m] = m == (int) s->method
                            ? out->total
                            : sp_social_value_from_sums (sums, inst, proxies,
                                                         &other, NULL, NULL,
                                                         NULL);
    }
  describe_scores (o, inst, s->baseline_wave, out);
  for (size_t p = 0; p < o->n_participants; p++)
    for (size_t d = 0; d < inst->n; d++)
      if (rows[p * width + d * SP_SV_PER_DOMAIN + SP_SV_PAIRED] > 0)
        {
          out->paired_participants++;
          break;
        }
  out->n_waves = sp_outcomes_wave_counts (o, s->baseline_wave, &out->waves);
  out->baseline_participants = sp_wave_counts_baseline (
    out->waves, out->n_waves, s->baseline_wave);
  out->attrition = (double) out->paired_participants + 1e-9
                   < SP_ATTRITION_LIMIT * (double) out->baseline_participants;
  free (rows);
  free (sums);
}

long
sp_value_proxies_find (const sp_value_proxies *set, const char *outcome)
{
  for (size_t i = 0; i < set->n; i++)
    if (strcmp (set->items[i].outcome, outcome) == 0)
      return (long) i;
  return -1;
}

void
sp_value_proxies_free (sp_value_proxies *set)
{
  for (size_t i = 0; i < set->n; i++)
    {
      free (set->items[i].outcome);
      free (set->items[i].label);
      free (set->items[i].price_year);
      free (set->items[i].source);
      free (set->items[i].price_year_original);
    }
  free (set->items);
  free (set->path);
  free (set->sum_order);
  memset (set, 0, sizeof *set);
}

/* qsort context is not portable: sort (key, index) pairs instead.  */
typedef struct
{
  const char *key;
  size_t index;
} keyed;

static int
by_key (const void *a, const void *b)
{
  const keyed *x = a, *y = b;
  int c = strcmp (x->key, y->key);
  return c ? c : (x->index < y->index ? -1 : x->index > y->index);
}

void
sp_value_proxies_index (sp_value_proxies *set)
{
  free (set->sum_order);
  set->sum_order = sp_xcalloc (set->n, sizeof *set->sum_order);
  keyed *k = sp_xcalloc (set->n, sizeof *k);
  for (size_t i = 0; i < set->n; i++)
    {
      k[i].key = set->items[i].outcome;
      k[i].index = i;
    }
  qsort (k, set->n, sizeof *k, by_key);
  for (size_t i = 0; i < set->n; i++)
    set->sum_order[i] = k[i].index;
  free (k);
}

void
sp_social_value_free (sp_social_value *sv)
{
  free (sv->domains);
  free (sv->baseline_scored);
  free (sv->baseline_scored_mean);
  free (sv->scored);
  free (sv->outcomes);
  free (sv->waves);
  memset (sv, 0, sizeof *sv);
}

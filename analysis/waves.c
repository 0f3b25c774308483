/* waves.c -- outcome scores wave by wave */

#include "waves.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* A turned score, for sorting into (wave, domain, value) order.  */
typedef struct
{
  int wave;
  size_t domain;
  size_t participant;
  double value;
} turned;

static int
by_wave_domain_value (const void *a, const void *b)
{
  const turned *x = a, *y = b;
  if (x->wave != y->wave)
    return x->wave < y->wave ? -1 : 1;
  if (x->domain != y->domain)
    return x->domain < y->domain ? -1 : 1;
  return (x->value > y->value) - (x->value < y->value);
}

void
sp_waves_compute (const sp_outcomes *o, const sp_instrument *inst,
                  sp_waves *out)
{
  memset (out, 0, sizeof *out);
  size_t n = o->n_scores;
  turned *t = sp_xcalloc (n ? n : 1, sizeof *t);
  int *used = sp_xcalloc (inst->n ? inst->n : 1, sizeof *used);
  for (size_t i = 0; i < n; i++)
    {
      const sp_outcome_score *sc = &o->scores[i];
      turned x = { sc->wave, sc->domain, sc->participant,
                   sp_instrument_turn (&inst->items[sc->domain],
                                       sc->score) };
      t[i] = x;
      used[sc->domain] = 1;
    }
  qsort (t, n, sizeof *t, by_wave_domain_value);

  /* Domains used, in instrument order, and each one's column.  */
  size_t *column = sp_xcalloc (inst->n ? inst->n : 1, sizeof *column);
  for (size_t d = 0; d < inst->n; d++)
    if (used[d])
      column[d] = out->n_domains++;
  for (size_t i = 0; i < n; i++)
    if (i == 0 || t[i].wave != t[i - 1].wave)
      out->n_waves++;
  out->waves = sp_xcalloc (out->n_waves ? out->n_waves : 1,
                           sizeof *out->waves);
  /* Whether each participant was counted at the current wave.  */
  int *seen = sp_xcalloc (o->n_participants ? o->n_participants : 1,
                          sizeof *seen);
  sp_wave *w = NULL;
  for (size_t i = 0; i < n; i++)
    {
      if (i == 0 || t[i].wave != t[i - 1].wave)
        {
          w = w ? w + 1 : out->waves;
          w->wave = t[i].wave;
          w->domains = sp_xcalloc (out->n_domains ? out->n_domains : 1,
                                   sizeof *w->domains);
          size_t k = 0;
          for (size_t d = 0; d < inst->n; d++)
            if (used[d])
              w->domains[k++].domain = d;
          memset (seen, 0, (o->n_participants ? o->n_participants : 1)
                             * sizeof *seen);
        }
      sp_wave_domain *wd = &w->domains[column[t[i].domain]];
      wd->participants++;
      wd->mean += t[i].value;   /* the sum until divided below */
      if (!seen[t[i].participant])
        {
          seen[t[i].participant] = 1;
          w->participants++;
        }
    }
  for (size_t k = 0; k < out->n_waves; k++)
    for (size_t d = 0; d < out->n_domains; d++)
      {
        sp_wave_domain *wd = &out->waves[k].domains[d];
        if (wd->participants)
          wd->mean /= (double) wd->participants;
      }
  free (seen);
  free (column);
  free (used);
  free (t);
}

void
sp_waves_free (sp_waves *w)
{
  for (size_t k = 0; k < w->n_waves; k++)
    free (w->waves[k].domains);
  free (w->waves);
  memset (w, 0, sizeof *w);
}

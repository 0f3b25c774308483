/* waves.h -- outcome scores wave by wave (issue 10)

   Where social_value.h compares two waves over the participants paired
   in both, a quarterly report also shows every wave on its own: for
   each wave w present in the outcome data and each domain d,

     participants[w, d] = how many participants have a score in d at w
     mean[w, d]         = (1 / participants[w, d])
                          x sum of their turned scores
                          (score' = score, or min + max - score on a
                           scale where lower is better; see outcomes.h)
                          undefined when participants[w, d] = 0
     participants[w]    = how many participants have any score at w

   The participants differ from wave to wave (people join late and drop
   out), so a change in a mean between waves mixes change in people with
   change in scores; the paired comparison of social_value.h does not.

   Sums are taken over the scores in ascending order of value, so that
   the same data give the same means whatever the order of the file's
   rows.  No I/O here.  */

#ifndef SP_WAVES_H
#define SP_WAVES_H

#include <stddef.h>

#include "outcomes.h"

/* One domain at one wave.  */
typedef struct
{
  size_t domain;          /* index into the instrument */
  size_t participants;    /* answered this domain at this wave */
  double mean;            /* mean turned score; 0 when participants = 0 */
} sp_wave_domain;

/* One wave.  */
typedef struct
{
  int wave;
  size_t participants;    /* with any score at this wave */
  sp_wave_domain *domains; /* n_domains of sp_waves, same order (owned) */
} sp_wave;

typedef struct
{
  sp_wave *waves;         /* n_waves in wave order (owned) */
  size_t n_waves;
  size_t n_domains;       /* domains with a score at any wave, in
                             instrument order */
} sp_waves;

/* The waves of O, scored on INST, into OUT (caller's struct; arrays
   allocated here, released by sp_waves_free).  */
void sp_waves_compute (const sp_outcomes *o, const sp_instrument *inst,
                       sp_waves *out);

void sp_waves_free (sp_waves *w);

#endif /* SP_WAVES_H */

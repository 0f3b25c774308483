/* bounded_draw.h -- unbiased random indices below n from a GSL generator

   The bootstrap draws hundreds of millions of participant indices, so a
   draw must be cheap and exactly uniform.  gsl_rng_uniform_int divides
   once per draw and uses one generator call per index.  Here Lemire's
   multiply-shift method is used instead (D. Lemire, "Fast random integer
   generation in an interval", ACM Transactions on Modeling and Computer
   Simulation 29(1), 2019), in its batched form (N. Brackett-Rozinsky and
   D. Lemire, "Batched ranged random integer generation", Software:
   Practice and Experience, 2024), which takes several indices from one
   64-bit word:

     for a uniform 64-bit word x and q indices below n, p = n^q <= 2^64:
       l_0 = x;  m_c = l_(c-1) * n  (a 128-bit product);
       index c = floor(m_c / 2^64);  l_c = m_c mod 2^64   (c = 1 .. q)
     and the word is rejected and redrawn when l_q < t = 2^64 mod p.

   Since x p = (i_1 n^(q-1) + ... + i_q) 2^64 + l_q, this is Lemire's
   method for one index below p, whose mixed-radix digits are the q
   indices; the rejection makes the combined index, hence each digit,
   exactly uniform and the digits independent.  t needs one division per
   bound and batch size, done once per stratum, never per draw; at most a
   fraction p / 2^64 of words is rejected (under 1% for n = 20,000, four
   indices a word).

   A 64-bit word is two consecutive outputs of a GSL generator whose
   outputs cover all 32 bits (gsl_rng_taus2: gsl_rng_min 0, gsl_rng_max
   2^32 - 1; the caller checks), the first output in the low half.

   Everything here is inline: these functions sit in the bootstrap's
   innermost loop.  They hold no state of their own.  */

#ifndef SP_BOUNDED_DRAW_H
#define SP_BOUNDED_DRAW_H

#include <stdint.h>

#include <gsl/gsl_rng.h>

/* Most indices taken from one word.  */
#define SP_DRAW_MAX_BATCH 16

__extension__ typedef unsigned __int128 sp_draw_u128;

/* A bound n, how many indices below it one word gives, and the
   rejection threshold for each batch size.  */
typedef struct
{
  uint64_t n;            /* draws are in [0, n), 1 <= n < 2^32 */
  unsigned q;            /* indices per word: largest q <= 16 with
                            n^q <= 2^64 (at least 2) */
  uint64_t threshold[SP_DRAW_MAX_BATCH + 1];  /* [c] = 2^64 mod n^c */
} sp_draw_bound;

/* Where words come from: the generator's get function and state, taken
   out of the gsl_rng once so the loop calls them directly.  */
typedef struct
{
  unsigned long (*get) (void *state);
  void *state;
} sp_draw_source;

/* Set up *B for draws below N (1 <= N < 2^32): q divisions.  */
static inline void
sp_draw_bound_init (sp_draw_bound *b, uint32_t n)
{
  const sp_draw_u128 two64 = (sp_draw_u128) 1 << 64;
  sp_draw_u128 p = 1;
  b->n = n;
  b->q = 0;
  b->threshold[0] = 0;
  while (b->q < SP_DRAW_MAX_BATCH && p * n <= two64)
    {
      p *= n;
      b->q++;
      b->threshold[b->q] = (uint64_t) (two64 % p);
    }
}

/* The source of words of generator R (which must span 32 bits).  */
static inline sp_draw_source
sp_draw_source_of (gsl_rng *r)
{
  sp_draw_source s = { r->type->get, r->state };
  return s;
}

/* One 64-bit word: two outputs, the first in the low half.  */
static inline uint64_t
sp_draw_word (const sp_draw_source *s)
{
  uint64_t lo = (uint32_t) s->get (s->state);
  uint64_t hi = (uint32_t) s->get (s->state);
  return lo | hi << 32;
}

/* COUNT (1 <= COUNT <= B->q) independent uniform indices below B->n into
   OUT, from one word (more only after a rejection).  */
static inline void
sp_draw_batch (const sp_draw_source *s, const sp_draw_bound *b,
               unsigned count, uint32_t *out)
{
  uint64_t t = b->threshold[count];
  for (;;)
    {
      uint64_t l = sp_draw_word (s);
      for (unsigned c = 0; c < count; c++)
        {
          sp_draw_u128 m = (sp_draw_u128) l * b->n;
          out[c] = (uint32_t) (m >> 64);
          l = (uint64_t) m;
        }
      if (__builtin_expect (l >= t, 1))
        return;
    }
}

#endif /* SP_BOUNDED_DRAW_H */

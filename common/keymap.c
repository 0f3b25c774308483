/* keymap.c -- a map from triples of indices to values */

#include "keymap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* A 64-bit mix of the three numbers (the finaliser of splitmix64 on a
   running combination).  */
static uint64_t
hash3 (size_t a, size_t b, size_t c)
{
  uint64_t h = (uint64_t) a * 0x9E3779B97F4A7C15ULL;
  h ^= (uint64_t) b + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2);
  h ^= (uint64_t) c + 0x85157AF5ULL + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBULL;
  h ^= h >> 31;
  return h;
}

void
sp_keymap_init (sp_keymap *m)
{
  memset (m, 0, sizeof *m);
}

void
sp_keymap_free (sp_keymap *m)
{
  free (m->slots);
  free (m->used);
  memset (m, 0, sizeof *m);
}

/* The slot holding (A, B, C), or the empty slot where it would go.  */
static size_t
slot_of (const sp_keymap *m, size_t a, size_t b, size_t c)
{
  size_t i = (size_t) (hash3 (a, b, c) & (m->cap - 1));
  while (m->used[i])
    {
      const size_t *s = m->slots + 4 * i;
      if (s[0] == a && s[1] == b && s[2] == c)
        break;
      i = (i + 1) & (m->cap - 1);
    }
  return i;
}

static void
grow (sp_keymap *m)
{
  sp_keymap bigger;
  bigger.cap = m->cap ? 2 * m->cap : 64;
  bigger.n = m->n;
  bigger.slots = sp_xcalloc (4 * bigger.cap, sizeof *bigger.slots);
  bigger.used = sp_xcalloc (bigger.cap, 1);
  for (size_t i = 0; i < m->cap; i++)
    if (m->used[i])
      {
        const size_t *s = m->slots + 4 * i;
        size_t j = slot_of (&bigger, s[0], s[1], s[2]);
        memcpy (bigger.slots + 4 * j, s, 4 * sizeof *s);
        bigger.used[j] = 1;
      }
  free (m->slots);
  free (m->used);
  *m = bigger;
}

int
sp_keymap_put (sp_keymap *m, size_t a, size_t b, size_t c, size_t value,
               size_t *old)
{
  if (2 * (m->n + 1) > m->cap)
    grow (m);
  size_t i = slot_of (m, a, b, c);
  size_t *s = m->slots + 4 * i;
  if (m->used[i])
    {
      if (old)
        *old = s[3];
      return 0;
    }
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = value;
  m->used[i] = 1;
  m->n++;
  return 1;
}

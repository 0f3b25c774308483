/* strmap.c -- a map from strings to indices */

#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* FNV-1a, 64 bit.  */
static uint64_t
hash (const char *s)
{
  uint64_t h = 14695981039346656037ULL;
  for (; *s; s++)
    {
      h ^= (unsigned char) *s;
      h *= 1099511628211ULL;
    }
  return h;
}

void
sp_strmap_init (sp_strmap *m)
{
  memset (m, 0, sizeof *m);
}

void
sp_strmap_free (sp_strmap *m)
{
  for (size_t i = 0; i < m->cap; i++)
    free (m->keys[i]);
  free (m->keys);
  free (m->values);
  memset (m, 0, sizeof *m);
}

static size_t
slot_of (const sp_strmap *m, const char *key)
{
  size_t i = (size_t) (hash (key) & (m->cap - 1));
  while (m->keys[i] && strcmp (m->keys[i], key) != 0)
    i = (i + 1) & (m->cap - 1);
  return i;
}

int
sp_strmap_get (const sp_strmap *m, const char *key, size_t *value)
{
  if (m->cap == 0)
    return 0;
  size_t i = slot_of (m, key);
  if (!m->keys[i])
    return 0;
  if (value)
    *value = m->values[i];
  return 1;
}

static void
grow (sp_strmap *m)
{
  sp_strmap bigger;
  bigger.cap = m->cap ? 2 * m->cap : 64;
  bigger.n = m->n;
  bigger.keys = sp_xcalloc (bigger.cap, sizeof *bigger.keys);
  bigger.values = sp_xcalloc (bigger.cap, sizeof *bigger.values);
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i])
      {
        size_t j = slot_of (&bigger, m->keys[i]);
        bigger.keys[j] = m->keys[i];
        bigger.values[j] = m->values[i];
      }
  free (m->keys);
  free (m->values);
  *m = bigger;
}

int
sp_strmap_put (sp_strmap *m, const char *key, size_t value, size_t *old)
{
  if (2 * (m->n + 1) > m->cap)
    grow (m);
  size_t i = slot_of (m, key);
  if (m->keys[i])
    {
      if (old)
        *old = m->values[i];
      return 0;
    }
  m->keys[i] = sp_xstrdup (key);
  m->values[i] = value;
  m->n++;
  return 1;
}

void
sp_names_init (sp_names *s)
{
  memset (s, 0, sizeof *s);
}

void
sp_names_free (sp_names *s)
{
  for (size_t i = 0; i < s->n; i++)
    free (s->names[i]);
  free (s->names);
  free (s->slots);
  memset (s, 0, sizeof *s);
}

/* The slot of KEY (hash H) in S's table, or the empty slot where it
   would go.  */
static size_t
names_slot (const sp_names *s, const char *key, uint32_t h)
{
  size_t i = (size_t) h & (s->nslots - 1);
  for (;; i = (i + 1) & (s->nslots - 1))
    {
      uint64_t e = s->slots[i];
      if (e == 0 || ((uint32_t) (e >> 32) == h
                     && strcmp (s->names[(uint32_t) e - 1], key) == 0))
        return i;
    }
}

long
sp_names_find (const sp_names *s, const char *key)
{
  if (!s->nslots)
    return -1;
  uint64_t e = s->slots[names_slot (s, key, (uint32_t) hash (key))];
  return e ? (long) ((uint32_t) e - 1) : -1;
}

size_t
sp_names_intern (sp_names *s, const char *key, int *added)
{
  if (added)
    *added = 0;
  uint32_t h = (uint32_t) hash (key);
  if (s->nslots)
    {
      size_t i = names_slot (s, key, h);
      if (s->slots[i])
        return (uint32_t) s->slots[i] - 1;
    }
  if (2 * (s->n + 1) > s->nslots)
    {
      /* twice the room; the entries move by their stored hash */
      size_t old = s->nslots;
      uint64_t *slots = s->slots;
      s->nslots = old ? 2 * old : 64;
      s->slots = sp_xcalloc (s->nslots, sizeof *s->slots);
      for (size_t k = 0; k < old; k++)
        if (slots[k])
          {
            size_t i = (size_t) (slots[k] >> 32) & (s->nslots - 1);
            while (s->slots[i])
              i = (i + 1) & (s->nslots - 1);
            s->slots[i] = slots[k];
          }
      free (slots);
    }
  if (s->n == s->cap)
    {
      s->cap = s->cap ? 2 * s->cap : 16;
      s->names = sp_xrealloc (s->names, s->cap * sizeof *s->names);
    }
  size_t k = s->n++;
  s->names[k] = sp_xstrdup (key);
  s->slots[names_slot (s, key, h)] = (uint64_t) h << 32 | (uint64_t) (k + 1);
  if (added)
    *added = 1;
  return k;
}

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

size_t
sp_strmap_intern (sp_strmap *m, const char *key, char **names, size_t *n)
{
  size_t value;
  if (sp_strmap_get (m, key, &value))
    return value;
  value = (*n)++;
  names[value] = sp_xstrdup (key);
  sp_strmap_put (m, key, value, NULL);
  return value;
}

/* strmap.h -- a map from strings to indices

   A small open-addressing hash table used to find participants, services
   and duplicate keys in O(1).  Keys are copied; values are size_t.  */

#ifndef SP_STRMAP_H
#define SP_STRMAP_H

#include <stddef.h>

typedef struct
{
  char **keys;     /* cap slots, NULL when empty (owned) */
  size_t *values;
  size_t cap;
  size_t n;
} sp_strmap;

/* Initialise M (caller-owned storage) empty.  */
void sp_strmap_init (sp_strmap *m);

/* Release what M owns.  */
void sp_strmap_free (sp_strmap *m);

/* Look KEY up: 1 and *VALUE set when present, 0 otherwise.  VALUE may
   be NULL.  */
int sp_strmap_get (const sp_strmap *m, const char *key, size_t *value);

/* Insert KEY -> VALUE unless KEY is present.  Returns 1 when inserted,
   0 when KEY was already there (its value is left unchanged and stored
   in *OLD when OLD is not NULL).  */
int sp_strmap_put (sp_strmap *m, const char *key, size_t value,
                   size_t *old);

/* The value of KEY in M, adding KEY when new as the next of a list of
   names: a copy of KEY becomes NAMES[*N] (the caller's array, which has
   room for it), its value is *N, and *N grows by one.  */
size_t sp_strmap_intern (sp_strmap *m, const char *key, char **names,
                         size_t *n);

#endif /* SP_STRMAP_H */

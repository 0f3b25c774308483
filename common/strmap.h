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

#endif /* SP_STRMAP_H */

/* keymap.h -- a map from triples of indices to values

   An open-addressing hash table keyed by three size_t numbers (e.g. the
   interned participant, period and service of a usage row), used to
   find repeated keys in O(1) without building a string for each row.
   Its memory grows with the number of distinct keys.  */

#ifndef SP_KEYMAP_H
#define SP_KEYMAP_H

#include <stddef.h>

typedef struct
{
  size_t *slots;   /* cap x 4: key a, b, c and value (owned) */
  unsigned char *used;  /* cap flags (owned) */
  size_t cap;
  size_t n;
} sp_keymap;

/* Initialise M (caller-owned storage) empty.  */
void sp_keymap_init (sp_keymap *m);

/* Release what M owns.  */
void sp_keymap_free (sp_keymap *m);

/* Insert (A, B, C) -> VALUE unless the key is present.  Returns 1 when
   inserted, 0 when the key was already there (its value is left
   unchanged and stored in *OLD when OLD is not NULL).  */
int sp_keymap_put (sp_keymap *m, size_t a, size_t b, size_t c,
                   size_t value, size_t *old);

#endif /* SP_KEYMAP_H */

/* strmap.h -- a map from strings to indices

   A small open-addressing hash table used to find participants, services
   and duplicate keys in O(1).  Keys are copied; values are size_t.  */

#ifndef SP_STRMAP_H
#define SP_STRMAP_H

#include <stddef.h>
#include <stdint.h>

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

/* Names numbered in first-seen order, each once: NAMES[i] is the name
   of number i.  The table of numbers borrows the names (one copy of
   each), so a list of 200,000 participants costs their text and a
   table of numbers.  */
typedef struct
{
  char **names;    /* n names, owned */
  size_t n, cap;
  uint64_t *slots; /* nslots entries: 0 empty, else the name's hash
                      (low 32 bits) << 32 | (number + 1), so that the
                      table grows and is probed without reading the
                      names */
  size_t nslots;
} sp_names;

/* Initialise S (caller-owned storage) empty.  */
void sp_names_init (sp_names *s);

/* The number of KEY in S, adding a copy of KEY as the next name when it
   is new (then *ADDED is 1, else 0; ADDED may be NULL).  */
size_t sp_names_intern (sp_names *s, const char *key, int *added);

/* The number of KEY in S, or -1 when S does not hold it.  */
long sp_names_find (const sp_names *s, const char *key);

/* Release what S owns, the names included.  To keep the names, take
   S->names and S->n and set S->names to NULL and S->n to 0 first.  */
void sp_names_free (sp_names *s);

#endif /* SP_STRMAP_H */

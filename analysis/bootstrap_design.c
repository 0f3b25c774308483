/* bootstrap_design.c -- participants across data sets, and their strata */

#include "bootstrap_design.h"

#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "xalloc.h"

typedef struct
{
  unsigned in;
  const char *id;
  size_t first;             /* order first met */
} row_key;

/* By pattern, then identifier (unique after merging).  */
static int
by_pattern (const void *pa, const void *pb)
{
  const row_key *a = pa, *b = pb;
  if (a->in != b->in)
    return a->in < b->in ? -1 : 1;
  return strcmp (a->id, b->id);
}

void
sp_boot_design_build (const sp_boot_part *parts, size_t n_parts,
                      sp_boot_design *out)
{
  memset (out, 0, sizeof *out);
  out->n_parts = n_parts;
  size_t total_rows = 0;
  for (size_t p = 0; p < n_parts; p++)
    {
      out->col[p] = out->k;
      out->k += parts[p].k;
      total_rows += parts[p].n;
    }

  /* Number the participants in the order first met.  */
  sp_strmap map;
  sp_strmap_init (&map);
  size_t cap = total_rows ? total_rows : 1;
  row_key *keys = sp_xcalloc (cap, sizeof *keys);
  size_t **where = sp_xcalloc (n_parts ? n_parts : 1, sizeof *where);
  size_t n = 0;
  for (size_t p = 0; p < n_parts; p++)
    {
      where[p] = sp_xcalloc (parts[p].n ? parts[p].n : 1, sizeof **where);
      for (size_t i = 0; i < parts[p].n; i++)
        {
          size_t u;
          if (sp_strmap_put (&map, parts[p].ids[i], n, &u))
            {
              u = n++;
              keys[u].first = u;
              keys[u].id = parts[p].ids[i];
            }
          keys[u].in |= 1u << p;
          where[p][i] = u;
        }
    }
  sp_strmap_free (&map);

  /* Order by pattern, then identifier; rank[u] is u's row.  */
  qsort (keys, n, sizeof *keys, by_pattern);
  size_t *rank = sp_xcalloc (n ? n : 1, sizeof *rank);
  out->n = n;
  out->ids = sp_xcalloc (n ? n : 1, sizeof *out->ids);
  out->in = sp_xcalloc (n ? n : 1, sizeof *out->in);
  out->strata = sp_xcalloc (n + 1, sizeof *out->strata);
  for (size_t r = 0; r < n; r++)
    {
      rank[keys[r].first] = r;
      out->ids[r] = keys[r].id;
      out->in[r] = keys[r].in;
      if (r == 0 || keys[r].in != keys[r - 1].in)
        out->strata[out->n_strata++] = r;
    }
  out->strata[out->n_strata] = n;

  out->x = sp_xcalloc (n * out->k > 0 ? n * out->k : 1, sizeof *out->x);
  for (size_t p = 0; p < n_parts; p++)
    {
      for (size_t i = 0; i < parts[p].n; i++)
        {
          double *row = out->x + rank[where[p][i]] * out->k + out->col[p];
          const double *src = parts[p].x + i * parts[p].k;
          for (size_t c = 0; c < parts[p].k; c++)
            row[c] += src[c];
        }
      free (where[p]);
    }
  free (where);
  free (rank);
  free (keys);
}

size_t
sp_boot_design_rows (const sp_boot_design *d, size_t part, size_t *rows)
{
  size_t count = 0;
  for (size_t r = 0; r < d->n; r++)
    if (d->in[r] & (1u << part))
      rows[count++] = r;
  return count;
}

void
sp_boot_design_free (sp_boot_design *d)
{
  free (d->x);
  free (d->ids);
  free (d->in);
  free (d->strata);
  memset (d, 0, sizeof *d);
}

void
sp_boot_groups_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_boot_groups *g = arg;
  for (size_t i = 0; i < g->n_groups; i++)
    {
      g->groups[i].statistic (sums + g->groups[i].col, theta,
                              g->groups[i].arg);
      theta += g->groups[i].m;
    }
}

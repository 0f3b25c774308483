/* bootstrap_design.c -- participants across data sets, and their strata */

#include "bootstrap_design.h"

#include <math.h>
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

/* A value whose sums are exact in any order: an integer of magnitude at
   most 2^20 (with fewer than 2^32 rows every partial sum is an integer
   below 2^53).  */
static int
small_integer (double v)
{
  return v == nearbyint (v) && fabs (v) <= 1048576.0;
}

/* The blocks of OUT (whose rows, strata and parts are set) from the
   parts' merged matrices PX (part p: its rows in row order).  */
static void
build_blocks (const sp_boot_part *parts, double *const *px,
              sp_boot_design *out)
{
  size_t n_parts = out->n_parts, k = out->k;
  /* Columns whose every value is a small integer may be fixed.  */
  char *exact = sp_xcalloc (k ? k : 1, 1);
  size_t count[SP_BOOT_MAX_PARTS] = { 0 };
  for (size_t r = 0; r < out->n; r++)
    for (size_t p = 0; p < n_parts; p++)
      if (out->in[r] & (1u << p))
        count[p]++;
  for (size_t p = 0; p < n_parts; p++)
    for (size_t c = 0; c < parts[p].k; c++)
      {
        int ok = 1;
        for (size_t i = 0; ok && i < count[p]; i++)
          ok = small_integer (px[p][i * parts[p].k + c]);
        exact[out->col[p] + c] = (char) ok;
      }

  /* Per stratum: which of its parts' columns are fixed.  */
  char *fixed = sp_xcalloc (k ? k : 1, 1);
  size_t cells = 0, n_spans = 0, n_fixed = 0;
  size_t *span_first = sp_xcalloc (out->n_strata + 1, sizeof *span_first);
  size_t *fixed_first = sp_xcalloc (out->n_strata + 1, sizeof *fixed_first);
  out->blocks = sp_xcalloc (out->n_strata ? out->n_strata : 1,
                            sizeof *out->blocks);
  /* Two passes: count, then fill.  */
  for (int pass = 0; pass < 2; pass++)
    {
      size_t at = 0, span_at = 0, fixed_at = 0;
      size_t row_of[SP_BOOT_MAX_PARTS] = { 0 };
      for (size_t h = 0; h < out->n_strata; h++)
        {
          size_t lo = out->strata[h], hi = out->strata[h + 1];
          unsigned in = out->in[lo];
          sp_boot_block *b = &out->blocks[h];
          /* Fixed columns: the same small integer in every row.  */
          memset (fixed, 0, k ? k : 1);
          for (size_t p = 0; p < n_parts; p++)
            {
              if (!(in & (1u << p)))
                continue;
              const double *m = px[p] + row_of[p] * parts[p].k;
              for (size_t c = 0; c < parts[p].k; c++)
                {
                  if (!exact[out->col[p] + c])
                    continue;
                  int same = 1;
                  for (size_t r = 1; same && r < hi - lo; r++)
                    same = m[r * parts[p].k + c] == m[c];
                  fixed[out->col[p] + c] = (char) same;
                }
            }
          if (pass == 0)
            {
              span_first[h] = n_spans;
              fixed_first[h] = n_fixed;
            }
          size_t width = 0;
          size_t n_sp = 0, n_fx = 0;
          int open = 0;
          for (size_t p = 0; p < n_parts; p++)
            {
              if (!(in & (1u << p)))
                {
                  open = 0;
                  continue;
                }
              for (size_t c = 0; c < parts[p].k; c++)
                {
                  size_t g = out->col[p] + c;
                  if (fixed[g])
                    {
                      if (pass == 1)
                        {
                          sp_boot_fixed *f = &out->fixed[fixed_at + n_fx];
                          f->col = g;
                          f->value = px[p][row_of[p] * parts[p].k + c];
                        }
                      n_fx++;
                      open = 0;
                      continue;
                    }
                  if (!open)
                    {
                      if (pass == 1)
                        {
                          out->spans[span_at + n_sp].col = g;
                          out->spans[span_at + n_sp].width = 0;
                        }
                      n_sp++;
                      open = 1;
                    }
                  if (pass == 1)
                    out->spans[span_at + n_sp - 1].width++;
                  width++;
                }
            }
          if (pass == 0)
            {
              n_spans += n_sp;
              n_fixed += n_fx;
              cells += (hi - lo) * width;
            }
          else
            {
              b->x = out->x + at;
              b->width = width;
              b->spans = out->spans + span_at;
              b->n_spans = n_sp;
              b->fixed = out->fixed + fixed_at;
              b->n_fixed = n_fx;
              /* The stored values, row by row, span by span.  */
              double *to = out->x + at;
              for (size_t r = 0; r < hi - lo; r++)
                for (size_t p = 0; p < n_parts; p++)
                  {
                    if (!(in & (1u << p)))
                      continue;
                    const double *src
                      = px[p] + (row_of[p] + r) * parts[p].k;
                    for (size_t c = 0; c < parts[p].k; c++)
                      if (!fixed[out->col[p] + c])
                        *to++ = src[c];
                  }
              at += (hi - lo) * width;
              span_at += n_sp;
              fixed_at += n_fx;
            }
          for (size_t p = 0; p < n_parts; p++)
            if (in & (1u << p))
              row_of[p] += hi - lo;
        }
      if (pass == 0)
        {
          out->x = sp_xcalloc (cells ? cells : 1, sizeof *out->x);
          out->spans = sp_xcalloc (n_spans ? n_spans : 1,
                                   sizeof *out->spans);
          out->fixed = sp_xcalloc (n_fixed ? n_fixed : 1,
                                   sizeof *out->fixed);
        }
    }
  free (span_first);
  free (fixed_first);
  free (fixed);
  free (exact);
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

  /* Each part's rows merged by participant: part p's matrix holds the
     design's rows that are in p, in row order.  */
  double *px[SP_BOOT_MAX_PARTS] = { 0 };
  size_t *pos = sp_xcalloc (n ? n : 1, sizeof *pos);
  for (size_t p = 0; p < n_parts; p++)
    {
      size_t count = 0;
      for (size_t r = 0; r < n; r++)
        if (out->in[r] & (1u << p))
          pos[r] = count++;
      px[p] = sp_xcalloc (count * parts[p].k > 0 ? count * parts[p].k : 1,
                          sizeof *px[p]);
      for (size_t i = 0; i < parts[p].n; i++)
        {
          double *row = px[p] + pos[rank[where[p][i]]] * parts[p].k;
          const double *src = parts[p].x + i * parts[p].k;
          for (size_t c = 0; c < parts[p].k; c++)
            row[c] += src[c];
        }
      free (where[p]);
    }
  free (pos);
  free (where);
  free (rank);
  free (keys);
  build_blocks (parts, px, out);
  for (size_t p = 0; p < n_parts; p++)
    free (px[p]);
}

sp_boot_problem
sp_boot_design_problem (const sp_boot_design *d, sp_boot_statistic statistic,
                        const void *arg, size_t m)
{
  sp_boot_problem p = { .n = d->n, .k = d->k, .strata = d->strata,
                        .n_strata = d->n_strata, .statistic = statistic,
                        .arg = arg, .m = m, .blocks = d->blocks };
  return p;
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
  free (d->blocks);
  free (d->spans);
  free (d->fixed);
  free (d->ids);
  free (d->in);
  free (d->strata);
  memset (d, 0, sizeof *d);
}

void
sp_boot_groups_gradient (const double *sums, const double *theta,
                         const double *scale, double *grad, double *work,
                         const void *arg)
{
  const sp_boot_groups *g = arg;
  for (size_t i = 0; i < g->n_groups; i++)
    {
      const sp_boot_group *gr = &g->groups[i];
      if (gr->gradient)
        gr->gradient (sums + gr->col, theta, scale + gr->col, grad, work,
                      gr->arg);
      else
        sp_boot_numeric_gradient (gr->statistic, gr->arg, gr->m,
                                  sums + gr->col, gr->width,
                                  scale + gr->col, grad, work);
      theta += gr->m;
      grad += gr->m * gr->width;
    }
}

void
sp_boot_groups_windows (const sp_boot_groups *g, sp_boot_span *windows)
{
  for (size_t i = 0; i < g->n_groups; i++)
    for (size_t j = 0; j < g->groups[i].m; j++)
      *windows++ = (sp_boot_span){ g->groups[i].col, g->groups[i].width };
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

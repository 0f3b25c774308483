/* context_comparison.c -- load a comparison group's usage into the
   context (issue 14)

   The comparison usage file is read by the programme's usage reader,
   with the same unit-cost set and period list, into a panel, and its
   cohort is built by the same function over the same two periods
   (observed in both, annualised, the others excluded and counted).  A person cannot be both on the programme and in the
   comparison group: an identifier found in both files is an error at
   its line in each.  */

#include "context.h"

#include <stdlib.h>

#include "csvtable.h"
#include "strmap.h"
#include "usage_read.h"
#include "xalloc.h"

/* What locate looks for and what it found.  */
typedef struct
{
  sp_strmap wanted;         /* identifier -> its index */
  int index;                /* column of participant_id */
  size_t *lines;
} finder;

static void
find_row (void *data, const sp_csv_row *row)
{
  finder *f = data;
  size_t i;
  if (sp_strmap_get (&f->wanted, sp_csv_cell (row, f->index), &i)
      && f->lines[i] == 0)
    f->lines[i] = row->line;
}

/* Where each of the N identifiers IDS first appears in the usage file
   PATH: LINES[i] the line of its first row (0 when not found), *COLUMN
   the column of participant_id.  Only for the message about shared
   identifiers, so the file is simply read again (streamed: memory does
   not grow with its rows); a file that cannot be (standard input)
   leaves the lines 0.  */
static void
locate (const char *path, char *const *ids, size_t n, size_t *lines,
        size_t *column)
{
  static const sp_csv_column cols[] = { { "participant_id", 1 } };
  finder f = { .index = -1, .lines = lines };
  sp_strmap_init (&f.wanted);
  for (size_t i = 0; i < n; i++)
    sp_strmap_put (&f.wanted, ids[i], i, NULL);
  sp_csv_spec spec = { .cols = cols, .n_cols = 1, .index = &f.index,
                       .row = find_row, .data = &f };
  sp_diag quiet;
  sp_diag_init (&quiet);
  sp_csv_stream (path, &spec, &quiet);
  *column = sp_csv_colno (f.index);
  sp_diag_free (&quiet);
  sp_strmap_free (&f.wanted);
}

/* Every identifier of the comparison group's panel C that is also in
   the programme's panel P (a participant seen in any of the periods),
   reported at its first line in the comparison file with its first line
   in the programme's.  Returns the number found.  */
static size_t
overlap (sp_context *ctx, const sp_usage_panel *p, const sp_usage_panel *c)
{
  sp_strmap prog;
  sp_strmap_init (&prog);
  for (size_t i = 0; i < p->n_participants; i++)
    sp_strmap_put (&prog, p->ids[i], i, NULL);
  char **shared = sp_xcalloc (c->n_participants ? c->n_participants : 1,
                              sizeof *shared);
  size_t n = 0;
  for (size_t i = 0; i < c->n_participants; i++)
    if (sp_strmap_get (&prog, c->ids[i], NULL))
      shared[n++] = c->ids[i];
  sp_strmap_free (&prog);
  if (n > 0)
    {
      const char *pfile = ctx->eval.usage, *cfile = ctx->eval.comparison_usage;
      size_t *pline = sp_xcalloc (n, sizeof *pline);
      size_t *cline = sp_xcalloc (n, sizeof *cline);
      size_t pcol, ccol;
      locate (pfile, shared, n, pline, &pcol);
      locate (cfile, shared, n, cline, &ccol);
      for (size_t i = 0; i < n; i++)
        sp_diag_error (&ctx->diag, cfile, cline[i], ccol,
                       "participant '%s' is also in the programme's usage "
                       "file %s (line %zu, column %zu): a comparison group "
                       "is people not on the programme; remove them from "
                       "one of the files, or give them different "
                       "identifiers if they are different people",
                       shared[i], pfile, pline[i], pcol);
      free (pline);
      free (cline);
    }
  free (shared);
  return n;
}

int
sp_context_load_comparison (sp_context *ctx)
{
  sp_evaluation *e = &ctx->eval;
  if (!e->comparison_usage || ctx->have_comparison)
    return 0;
  /* The comparison file is checked even when the programme's is bad (it
     needs only the unit costs), so every bad file is reported at once.  */
  int usage_ok = sp_context_load_usage (ctx) == 0;
  if (!ctx->have_costs)
    return -1;
  /* The same periods as the programme's panel, and the same two of them
     compared.  */
  const char *pair[] = { e->before, e->after };
  sp_usage_periods periods = { (const char *const *) e->periods,
                               e->n_periods };
  if (e->n_periods < 2)
    periods = (sp_usage_periods){ pair, 2 };
  if (ctx->panel.n_periods >= 2)
    {
      periods.labels = (const char *const *) ctx->panel.periods;
      periods.n = ctx->panel.n_periods;
    }
  size_t before = usage_ok ? ctx->usage.before_period : 0;
  size_t after = usage_ok ? ctx->usage.after_period : periods.n - 1;
  sp_usage_free (&ctx->comparison);  /* what a failed earlier read left */
  sp_usage_panel_free (&ctx->comparison_panel);
  if (sp_usage_panel_read (e->comparison_usage, &ctx->costs, &periods,
                           &ctx->comparison_panel, &ctx->diag) != 0
      || sp_usage_cohort_check (&ctx->comparison_panel, before, after,
                                &ctx->comparison, &ctx->diag) != 0
      || !usage_ok)
    return -1;
  if (overlap (ctx, &ctx->panel, &ctx->comparison_panel) > 0)
    return -1;
  ctx->have_comparison = 1;
  return 0;
}

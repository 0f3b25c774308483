/* context_prices.c -- one price year (issue 9): when the evaluation
   sets price_year, bring the unit costs and the value proxies to it as
   soon as they are read, before any figure is computed
   (analysis/prices.h), and report every price that cannot be brought at
   the cell that needs it */

#include "context.h"

#include <stdio.h>
#include <stdlib.h>

#include "index_read.h"
#include "xalloc.h"

/* The index for unit costs (COSTS nonzero) or value proxies, read once;
   NULL after the reader's errors.  */
static const sp_price_index *
load_index (sp_context *ctx, int costs)
{
  int *have = costs ? &ctx->have_cost_index : &ctx->have_value_index;
  sp_price_index *idx = costs ? &ctx->cost_index : &ctx->value_index;
  if (*have)
    return idx;
  sp_price_index_free (idx);
  char *path = sp_evaluation_index (&ctx->eval, costs);
  if (!path)
    {
      sp_diag_fail (&ctx->diag, SP_EXIT_NOINPUT, ctx->eval.path,
                    ctx->eval.price_year_line, ctx->eval.price_year_column,
                    "the bundled %s index is not in any data folder: name "
                    "an index file with \"%s\", or set SOCIALPROFIT_DATA "
                    "to a folder holding proxies/indices",
                    costs ? "cost (nhs-cost-inflation)"
                          : "value (gdp-deflator)",
                    costs ? "cost_index" : "value_index");
      return NULL;
    }
  int rc = sp_price_index_read (path, idx, &ctx->diag);
  free (path);
  if (rc != 0)
    return NULL;
  *have = 1;
  return idx;
}

/* "2014/15 to 2024/25", the first and last years of IDX, into BUF.  */
static const char *
span (const sp_price_index *idx, char *buf, size_t size)
{
  int lo = idx->years[0].year, hi = lo;
  for (size_t i = 1; i < idx->n; i++)
    {
      lo = idx->years[i].year < lo ? idx->years[i].year : lo;
      hi = idx->years[i].year > hi ? idx->years[i].year : hi;
    }
  char a[16], b[16];
  snprintf (buf, size, "%s to %s", sp_fin_year_name (lo, a, sizeof a),
            sp_fin_year_name (hi, b, sizeof b));
  return buf;
}

/* The index for COSTS (or proxies) with the evaluation's price year in
   it, or NULL after an error at the evaluation's "price_year".  */
static const sp_price_index *
index_for_target (sp_context *ctx, int costs)
{
  const sp_evaluation *e = &ctx->eval;
  const sp_price_index *idx = load_index (ctx, costs);
  if (!idx)
    return NULL;
  if (sp_price_index_find (idx, e->price_year_start))
    return idx;
  char years[48];
  sp_diag_error (&ctx->diag, e->path, e->price_year_line,
                 e->price_year_column,
                 "price year %s is not in the %s index %s (it has %s): "
                 "choose a price year the index has, or add that year to "
                 "it (\"%s\")", e->price_year, costs ? "cost" : "value",
                 idx->path, span (idx, years, sizeof years),
                 costs ? "cost_index" : "value_index");
  return NULL;
}

/* Report the price of the row at LINE, column COLUMN of FILE, written
   YEAR, which could not be uprated for reason ST with IDX.  */
static void
report (sp_context *ctx, const char *file, size_t line, size_t column,
        const char *year, sp_price_status st, const sp_price_index *idx,
        const char *what)
{
  char years[48];
  if (st == SP_PRICE_NOT_A_YEAR)
    sp_diag_error (&ctx->diag, file, line, column,
                   "price year '%s' is not a financial year such as "
                   "2017/18: it is needed to bring this %s to %s prices "
                   "(\"price_year\")", year, what, ctx->eval.price_year);
  else
    sp_diag_error (&ctx->diag, file, line, column,
                   "price year %s is not in the index %s (it has %s): it "
                   "is needed to bring this %s to %s prices; add the year "
                   "to the index or correct the price year", year,
                   idx->path, span (idx, years, sizeof years), what,
                   ctx->eval.price_year);
}

/* Bring the unit costs (COSTS nonzero) or the value proxies to the
   evaluation's price year, reporting every price that cannot be.  */
static int
uprate_set (sp_context *ctx, int costs)
{
  const sp_evaluation *e = &ctx->eval;
  if (!e->price_year)
    return 0;
  const sp_price_index *idx = index_for_target (ctx, costs);
  if (!idx)
    return -1;
  size_t n = costs ? ctx->costs.n : ctx->proxies.n;
  sp_price_status *st = sp_xcalloc (n ? n : 1, sizeof *st);
  size_t bad = costs ? sp_unit_costs_uprate (&ctx->costs, idx,
                                             e->price_year_start, st)
                     : sp_value_proxies_uprate (&ctx->proxies, idx,
                                                e->price_year_start, st);
  for (size_t i = 0; i < n; i++)
    {
      if (st[i] == SP_PRICE_OK)
        continue;
      if (costs)
        {
          const sp_unit_cost *c = &ctx->costs.items[i];
          report (ctx, ctx->costs.path, c->line, c->year_column,
                  c->price_year_original, st[i], idx, "unit cost");
        }
      else
        {
          const sp_value_proxy *px = &ctx->proxies.items[i];
          report (ctx, ctx->proxies.path, px->line, px->year_column,
                  px->price_year_original, st[i], idx, "value");
        }
    }
  free (st);
  return bad ? -1 : 0;
}

int
sp_context_uprate_costs (sp_context *ctx)
{
  return uprate_set (ctx, 1);
}

int
sp_context_uprate_proxies (sp_context *ctx)
{
  return uprate_set (ctx, 0);
}

/* cmd_report.c -- socialprofit report: results, charts and statement

   socialprofit report [EVAL] --out DIR builds one results document from
   every section the evaluation has inputs for -- savings (usage),
   social value (outcomes), register, investment, local economy and
   social profit (register), rollout (scenarios), then the bootstrap
   intervals of all of them (10,000 resamples unless set) -- and writes,
   all at once through a temporary folder (reports/outdir.h):

     DIR/results.json          the document, as savings --format json
     DIR/charts/NAME.png, .svg  each chart the document has data for
     DIR/statement.pdf         the social profit statement

   A failed run writes nothing under DIR and nothing on stdout; a run
   that succeeds prints one line saying where the output is.  */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "commands.h"
#include "doc.h"
#include "outdir.h"
#include "render.h"
#include "statement.h"
#include "xalloc.h"

/* Run the sections the evaluation has inputs for into DOC.  Returns 0,
   or -1 with the problems in ctx->diag.  */
static int
run_sections (sp_context *ctx, cJSON *doc)
{
  const sp_evaluation *e = &ctx->eval;
  if (!e->usage && !e->outcomes && !e->register_file && !e->n_scenarios)
    return sp_context_require (ctx, e->usage, "usage", "--usage");
  if (e->usage && sp_section_savings (ctx, doc) != 0)
    return -1;
  if (e->outcomes && sp_section_value (ctx, doc) != 0)
    return -1;
  if (e->register_file && sp_section_register (ctx, doc) != 0)
    return -1;
  /* Social profit combines savings and social value: without both, the
     report shows the register, investment and local economy only.  */
  if (e->register_file && (!e->usage || !e->outcomes))
    sp_diag_warn (&ctx->diag, e->path, 0, 0,
                  "no social profit: it needs both service usage "
                  "(\"usage\") and outcomes (\"outcomes\"); the report "
                  "shows the register, investment and local economy only");
  else if (e->register_file && sp_section_profit (ctx, doc) != 0)
    return -1;
  if (e->n_scenarios && sp_section_rollout (ctx, doc) != 0)
    return -1;
  return sp_section_intervals (ctx, doc);
}

static void
cannot_draw (sp_diag *d, const char *dir, const char *what)
{
  sp_diag_fail (d, SP_EXIT_CANTCREAT, dir, 0, 0,
                "cannot draw %s (cairo failed); nothing was written", what);
}

/* Write the BUF of LEN bytes that drawing chart C into EXT gave (DRAWN
   is the drawing function's result) as charts/NAME.EXT, and free BUF.  */
static int
put_chart (sp_outdir *o, const sp_chart *c, const char *ext, int drawn,
           char *buf, size_t len, sp_diag *d)
{
  if (drawn != 0)
    {
      cannot_draw (d, o->dir, c->name);
      return -1;
    }
  char *path = sp_xasprintf ("charts/%s.%s", c->name, ext);
  int rc = sp_outdir_write (o, path, buf, len, d);
  free (path);
  free (buf);
  return rc;
}

/* Write each chart DOC has data for as charts/NAME.png and .svg.
   Returns how many charts were written, or -1.  */
static int
write_charts (sp_outdir *o, const cJSON *doc, sp_diag *d)
{
  if (sp_outdir_mkdir (o, "charts", d) != 0)
    return -1;
  size_t n;
  const sp_chart *const *charts = sp_charts (&n);
  int written = 0;
  for (size_t i = 0; i < n; i++)
    {
      const sp_chart *c = charts[i];
      if (!c->available (doc))
        continue;
      char *buf;
      size_t len;
      int drawn = sp_chart_png (c, doc, SP_CHART_WIDTH, SP_CHART_HEIGHT,
                                SP_CHART_PNG_SCALE, &buf, &len);
      if (put_chart (o, c, "png", drawn, buf, len, d) != 0)
        return -1;
      drawn = sp_chart_svg (c, doc, SP_CHART_WIDTH, SP_CHART_HEIGHT, &buf,
                            &len);
      if (put_chart (o, c, "svg", drawn, buf, len, d) != 0)
        return -1;
      written++;
    }
  return written;
}

static int
write_json (sp_outdir *o, const cJSON *doc, sp_diag *d)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  if (!mem)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, o->dir, 0, 0,
                    "cannot render results.json: %s", strerror (errno));
      return -1;
    }
  sp_render_json (doc, mem);
  fclose (mem);
  int rc = sp_outdir_write (o, "results.json", buf, len, d);
  free (buf);
  return rc;
}

static int
write_statement (sp_outdir *o, const cJSON *doc, sp_diag *d)
{
  char *buf;
  size_t len;
  if (sp_statement_pdf (doc, &buf, &len) != 0)
    {
      cannot_draw (d, o->dir, "the statement");
      return -1;
    }
  int rc = sp_outdir_write (o, "statement.pdf", buf, len, d);
  free (buf);
  return rc;
}

/* Write everything under DIR at once.  Returns the number of charts, or
   -1 with the reason in D.  */
static int
write_output (const cJSON *doc, const char *dir, sp_diag *d)
{
  sp_outdir o;
  int charts = -1;
  if (sp_outdir_open (&o, dir, d) == 0 && write_json (&o, doc, d) == 0
      && (charts = write_charts (&o, doc, d)) >= 0
      && write_statement (&o, doc, d) == 0 && sp_outdir_commit (&o, d) == 0)
    {
      sp_outdir_close (&o);
      return charts;
    }
  sp_outdir_close (&o);
  return -1;
}

int
sp_cmd_report (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, "report", 1, 0);
  if (rc == 0 && !ctx.opt.out)
    {
      fputs ("socialprofit report: --out DIR is required: name the folder "
             "for results.json, the charts and statement.pdf\n",
             stderr);
      rc = SP_EXIT_USAGE;
    }
  if (rc != 0)
    return sp_context_abort (&ctx, rc);
  ctx.default_resamples = 10000;
  cJSON *doc = sp_doc_new (&ctx.eval);
  int charts = -1;
  if (run_sections (&ctx, doc) == 0 && !sp_diag_failed (&ctx.diag))
    charts = write_output (doc, ctx.opt.out, &ctx.diag);
  else if (sp_diag_failed (&ctx.diag))
    sp_context_check_all (&ctx);  /* every bad file at once */
  rc = sp_context_report (&ctx);
  if (rc == 0 && charts < 0)
    rc = SP_EXIT_SOFTWARE; /* a step failed without saying why: a bug */
  if (rc == 0)
    printf ("socialprofit: report written to %s (results.json, %d chart%s "
            "as PNG and SVG, statement.pdf)\n",
            ctx.opt.out, charts, charts == 1 ? "" : "s");
  cJSON_Delete (doc);
  sp_context_close (&ctx);
  return rc;
}

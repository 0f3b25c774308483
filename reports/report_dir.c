/* report_dir.c -- write a report's whole output folder at once */

#include "report_dir.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "outdir.h"
#include "render.h"
#include "statement.h"
#include "workbook.h"
#include "xalloc.h"

void
sp_report_dir_cannot_draw (sp_diag *d, const char *dir, const char *what)
{
  sp_diag_fail (d, SP_EXIT_CANTCREAT, dir, 0, 0,
                "cannot draw %s (cairo failed); nothing was written", what);
}

/* Write the BUF of LEN bytes that drawing chart C into EXT gave (DRAWN
   is the drawing function's result) as charts/NAME.EXT, and free BUF.  */
static int
put_chart (sp_outdir *o, const sp_chart *c, const char *name,
           const char *ext, int drawn, char *buf, size_t len, sp_diag *d)
{
  if (drawn != 0)
    {
      sp_report_dir_cannot_draw (d, o->dir, c->name);
      return -1;
    }
  char *path = sp_xasprintf ("charts/%s.%s", name, ext);
  int rc = sp_outdir_write (o, path, buf, len, d);
  free (path);
  free (buf);
  return rc;
}

int
sp_report_dir_chart (sp_outdir *o, const sp_chart *c, const cJSON *data,
                     const char *name, sp_diag *d)
{
  char *buf;
  size_t len;
  int drawn = sp_chart_png (c, data, SP_CHART_WIDTH, SP_CHART_HEIGHT,
                            SP_CHART_PNG_SCALE, &buf, &len);
  if (put_chart (o, c, name, "png", drawn, buf, len, d) != 0)
    return -1;
  drawn = sp_chart_svg (c, data, SP_CHART_WIDTH, SP_CHART_HEIGHT, &buf, &len);
  if (put_chart (o, c, name, "svg", drawn, buf, len, d) != 0)
    return -1;
  drawn = sp_chart_pdf (c, data, SP_CHART_WIDTH, SP_CHART_HEIGHT, &buf, &len);
  return put_chart (o, c, name, "pdf", drawn, buf, len, d);
}

/* Write each chart DOC has data for as charts/NAME.png, .svg and .pdf.
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
      if (sp_report_dir_chart (o, c, doc, c->name, d) != 0)
        return -1;
      written++;
    }
  return written;
}

int
sp_report_dir_json (sp_outdir *o, const cJSON *doc, const char *name,
                    sp_diag *d)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  if (!mem)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, o->dir, 0, 0,
                    "cannot render %s: %s", name, strerror (errno));
      return -1;
    }
  sp_render_json (doc, mem);
  fclose (mem);
  int rc = sp_outdir_write (o, name, buf, len, d);
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
      sp_report_dir_cannot_draw (d, o->dir, "the statement");
      return -1;
    }
  int rc = sp_outdir_write (o, "statement.pdf", buf, len, d);
  free (buf);
  return rc;
}

static int
write_workbook (sp_outdir *o, const cJSON *doc, sp_diag *d)
{
  char *buf;
  size_t len;
  if (sp_workbook_render (doc, &buf, &len, d) != 0)
    return -1;
  int rc = sp_outdir_write (o, "results.xlsx", buf, len, d);
  free (buf);
  return rc;
}

int
sp_report_dir_write (const cJSON *doc, const char *dir, int force,
                    sp_diag *d)
{
  if (sp_outdir_guard (dir, "results.json", force, d) != 0)
    return -1;
  sp_outdir o;
  int charts = -1;
  if (sp_outdir_open (&o, dir, d) == 0
      && sp_report_dir_json (&o, doc, "results.json", d) == 0
      && write_workbook (&o, doc, d) == 0
      && (charts = write_charts (&o, doc, d)) >= 0
      && write_statement (&o, doc, d) == 0 && sp_outdir_commit (&o, d) == 0)
    {
      sp_outdir_close (&o);
      return charts;
    }
  sp_outdir_close (&o);
  return -1;
}


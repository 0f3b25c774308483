/* report_dir.c -- write a report's whole output folder at once */

#include "report_dir.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "doc.h"
#include "outdir.h"
#include "render.h"
#include "scenario_view.h"
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

/* As sp_report_dir_chart, in the FORMATS (SP_CHART_FILE_* bits) only.  */
static int
chart_in (sp_outdir *o, const sp_chart *c, const cJSON *data,
          const char *name, unsigned formats, sp_diag *d)
{
  char *buf;
  size_t len;
  int drawn;
  if (formats & SP_CHART_FILE_PNG)
    {
      drawn = sp_chart_png (c, data, SP_CHART_WIDTH, SP_CHART_HEIGHT,
                            SP_CHART_PNG_SCALE, &buf, &len);
      if (put_chart (o, c, name, "png", drawn, buf, len, d) != 0)
        return -1;
    }
  if (formats & SP_CHART_FILE_SVG)
    {
      drawn = sp_chart_svg (c, data, SP_CHART_WIDTH, SP_CHART_HEIGHT, &buf,
                            &len);
      if (put_chart (o, c, name, "svg", drawn, buf, len, d) != 0)
        return -1;
    }
  if (formats & SP_CHART_FILE_PDF)
    {
      drawn = sp_chart_pdf (c, data, SP_CHART_WIDTH, SP_CHART_HEIGHT, &buf,
                            &len);
      if (put_chart (o, c, name, "pdf", drawn, buf, len, d) != 0)
        return -1;
    }
  return 0;
}

int
sp_report_dir_chart (sp_outdir *o, const sp_chart *c, const cJSON *data,
                     const char *name, sp_diag *d)
{
  return chart_in (o, c, data, name, SP_CHART_FILE_ALL, d);
}

int
sp_report_dir_scenario_charts (sp_outdir *o, const cJSON *data,
                               size_t place, const char *name,
                               unsigned formats, sp_diag *d)
{
  static const sp_chart *const own[] = { &sp_chart_rollout_trajectory,
                                         &sp_chart_rollout_simulations,
                                         &sp_chart_rollout_tornado };
  int written = 0;
  for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
    if (own[i]->available (data))
      {
        char file[200];
        sp_scenario_chart_name (own[i]->name, place, name, file,
                                sizeof file);
        if (chart_in (o, own[i], data, file, formats, d) != 0)
          return -1;
        written++;
      }
  return written;
}

/* Write each chart DOC has data for as charts/NAME.EXT in the FORMATS
   (SP_CHART_FILE_* bits), and each further scenario's rollout charts as
   charts/NAME-I-SCENARIO.EXT (scenario_view.h).  Returns how many charts were written, or
   -1.  */
static int
write_charts (sp_outdir *o, const cJSON *doc, unsigned formats, sp_diag *d)
{
  size_t n;
  const sp_chart *const *charts = sp_charts (&n);
  int written = 0;
  for (size_t i = 0; i < n; i++)
    {
      const sp_chart *c = charts[i];
      if (!c->available (doc))
        continue;
      if (chart_in (o, c, doc, c->name, formats, d) != 0)
        return -1;
      written++;
    }
  /* Each further scenario's own rollout charts, as its section of the
     statement draws them (scenario_view.h).  */
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "scenarios");
  for (int k = 1; k < cJSON_GetArraySize (list); k++)
    {
      const cJSON *s = cJSON_GetArrayItem (list, k);
      cJSON *view = sp_scenario_view (doc, s);
      int more = sp_report_dir_scenario_charts (o, view, (size_t) k + 1,
                                                sp_doc_str (s, "name", ""),
                                                formats, d);
      cJSON_Delete (view);
      if (more < 0)
        return -1;
      written += more;
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

int
sp_report_dir_pdf (sp_outdir *o, const char *name,
                   int (*render) (const cJSON *, char **, size_t *),
                   const cJSON *doc, sp_diag *d)
{
  char *buf;
  size_t len;
  if (render (doc, &buf, &len) != 0)
    {
      sp_report_dir_cannot_draw (d, o->dir, name);
      return -1;
    }
  int rc = sp_outdir_write (o, name, buf, len, d);
  free (buf);
  return rc;
}

/* The statement drawn into memory, on a thread of its own or not.  */
typedef struct
{
  const cJSON *doc;
  char *buf;                /* the PDF (owned), NULL until drawn */
  size_t len;
  int drawn;                /* sp_statement_pdf's result; -1 until then */
} statement_job;

static void *
draw_statement (void *arg)
{
  statement_job *j = arg;
  char *buf = NULL;
  size_t len = 0;
  j->drawn = sp_statement_pdf (j->doc, &buf, &len);
  if (j->drawn == 0)
    {
      j->buf = buf;
      j->len = len;
    }
  return NULL;
}

/* Write the statement J drew into O as statement.pdf.  */
static int
write_statement (sp_outdir *o, const statement_job *j, sp_diag *d)
{
  if (j->drawn != 0)
    {
      sp_report_dir_cannot_draw (d, o->dir, "the statement");
      return -1;
    }
  return sp_outdir_write (o, "statement.pdf", j->buf, j->len, d);
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
                     int two_threads, sp_diag *d)
{
  if (sp_outdir_guard (dir, "results.json", force, d) != 0)
    return -1;
  sp_outdir o;
  int charts = -1;
  /* The SVG charts first, before any other drawing: cairo numbers the
     surfaces of a process in the order they are made and writes the
     number into each SVG, so they are drawn while nothing else is.  */
  int ok = sp_outdir_open (&o, dir, d) == 0
           && sp_report_dir_json (&o, doc, "results.json", d) == 0
           && sp_outdir_mkdir (&o, "charts", d) == 0
           && (charts = write_charts (&o, doc, SP_CHART_FILE_SVG, d)) >= 0;
  /* The statement is the largest single drawing: with two threads it is
     drawn beside the rest.  Both only read DOC; the drawing libraries
     are safe on separate surfaces (pango gives each thread its own font
     map).  The files are the same bytes either way (tested).  */
  statement_job job = { doc, NULL, 0, -1 };
  pthread_t thread;
  int beside = ok && two_threads
               && pthread_create (&thread, NULL, draw_statement, &job) == 0;
  ok = ok && write_workbook (&o, doc, d) == 0
       && write_charts (&o, doc, SP_CHART_FILE_PNG | SP_CHART_FILE_PDF, d) >= 0;
  if (beside)
    pthread_join (thread, NULL);
  else if (ok)
    draw_statement (&job);
  ok = ok && write_statement (&o, &job, d) == 0
       && sp_outdir_commit (&o, d) == 0;
  free (job.buf);
  sp_outdir_close (&o);
  return ok ? charts : -1;
}


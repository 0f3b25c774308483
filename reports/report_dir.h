/* report_dir.h -- write a report's whole output folder at once

   A report is DIR/results.json (the results document), DIR/charts/
   NAME.png, NAME.svg and NAME.pdf for each chart the document has data
   for, and DIR/statement.pdf.  Everything is written into a temporary sibling
   folder and renamed into place (outdir.h), so a failure leaves nothing
   under DIR.  */

#ifndef SP_REPORT_DIR_H
#define SP_REPORT_DIR_H

#include <cjson/cJSON.h>

#include "charts.h"
#include "diag.h"
#include "outdir.h"

/* Render DOC into DIR as above.  An existing DIR is replaced only when
   it is empty or a previous report (it has a results.json written by
   socialprofit), or when FORCE is set (outdir.h: sp_outdir_guard).
   Returns the number of charts written, or -1 with the reason in D
   (exit 73 when DIR cannot be created or replaced or a drawing fails).
   With TWO_THREADS the statement is drawn on a second thread while the
   rest is written (the same files either way).  DOC stays the
   caller's; it is only read.  */
int sp_report_dir_write (const cJSON *doc, const char *dir, int force,
                         int two_threads, sp_diag *d);

/* The pieces of an output folder, shared with the trend command's
   (trend_dir.h).  */

/* Draw chart C from DATA (a results document, or what the chart reads)
   and write it into O as charts/NAME.png, charts/NAME.svg and
   charts/NAME.pdf (the folder charts/ must exist).  Returns 0, or -1 with the reason in D
   (73).  */
int sp_report_dir_chart (sp_outdir *o, const sp_chart *c, const cJSON *data,
                         const char *name, sp_diag *d);

/* A chart file's formats, as bits.  */
enum
{
  SP_CHART_FILE_PNG = 1,
  SP_CHART_FILE_SVG = 2,
  SP_CHART_FILE_PDF = 4,
  SP_CHART_FILE_ALL = 7
};

/* One scenario's own rollout charts (trajectory, simulations, tornado)
   that DATA has data for, DATA being a document or view whose
   "rollout" and "intervals" are the scenario's, written into O as
   charts/CHART-PLACE-NAME (scenario_view.h: sp_scenario_chart_name) in
   FORMATS.  The same files for a report's further scenarios and for
   compare.  Returns how many charts, or -1 with the reason in D (73).  */
int sp_report_dir_scenario_charts (sp_outdir *o, const cJSON *data,
                                   size_t place, const char *name,
                                   unsigned formats, sp_diag *d);

/* Write DOC as indented JSON into O as the file NAME.  Returns 0 or -1
   (reason in D).  */
int sp_report_dir_json (sp_outdir *o, const cJSON *doc, const char *name,
                        sp_diag *d);

/* Draw DOC with RENDER (sp_statement_pdf, sp_trend_pdf ...) and write
   it into O as the file NAME.  Returns 0, or -1 with the reason in D
   (73): "cannot draw NAME" when RENDER fails.  */
int sp_report_dir_pdf (sp_outdir *o, const char *name,
                       int (*render) (const cJSON *, char **, size_t *),
                       const cJSON *doc, sp_diag *d);

/* Record in D that drawing WHAT for the folder DIR failed (73).  */
void sp_report_dir_cannot_draw (sp_diag *d, const char *dir,
                                const char *what);

#endif /* SP_REPORT_DIR_H */

/* trend_dir.c -- write the trend command's output folder at once */

#include "trend_dir.h"

#include <stdio.h>
#include <stdlib.h>

#include "charts.h"
#include "doc.h"
#include "outdir.h"
#include "report_dir.h"
#include "statement.h"

char *
sp_trend_chart_name (const char *path, char *buf, size_t size)
{
  snprintf (buf, size, "trend-%s", path);
  for (char *c = buf; *c; c++)
    if (*c == '.')
      *c = '-';
  return buf;
}

/* One chart per figure of DOC.  Returns how many, or -1.  */
static int
write_charts (sp_outdir *o, const cJSON *doc, sp_diag *d)
{
  if (sp_outdir_mkdir (o, "charts", d) != 0)
    return -1;
  int written = 0;
  const cJSON *fig;
  cJSON_ArrayForEach (fig, sp_doc_get (doc, "trend.figures"))
  {
    if (!sp_chart_trend.available (fig))
      continue;
    char name[160];
    sp_trend_chart_name (sp_doc_str (fig, "path", ""), name, sizeof name);
    if (sp_report_dir_chart (o, &sp_chart_trend, fig, name, d) != 0)
      return -1;
    written++;
  }
  return written;
}

int
sp_trend_dir_write (const cJSON *doc, const char *dir, int force,
                    sp_diag *d)
{
  if (sp_outdir_guard (dir, "trend.json", force, d) != 0)
    return -1;
  sp_outdir o;
  int charts = -1;
  if (sp_outdir_open (&o, dir, d) == 0
      && sp_report_dir_json (&o, doc, "trend.json", d) == 0
      && (charts = write_charts (&o, doc, d)) >= 0
      && sp_report_dir_pdf (&o, "trend.pdf", sp_trend_pdf, doc, d) == 0
      && sp_outdir_commit (&o, d) == 0)
    {
      sp_outdir_close (&o);
      return charts;
    }
  sp_outdir_close (&o);
  return -1;
}

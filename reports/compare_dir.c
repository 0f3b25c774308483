/* compare_dir.c -- write the compare command's output folder at once */

#include "compare_dir.h"

#include "charts.h"
#include "doc.h"
#include "outdir.h"
#include "report_dir.h"
#include "statement.h"

/* The scenarios chart and each scenario's rollout charts.  Returns how
   many, or -1.  */
static int
write_charts (sp_outdir *o, const cJSON *doc, sp_diag *d)
{
  if (sp_outdir_mkdir (o, "charts", d) != 0)
    return -1;
  int written = 0;
  if (sp_chart_scenarios.available (doc))
    {
      if (sp_report_dir_chart (o, &sp_chart_scenarios, doc,
                               sp_chart_scenarios.name, d) != 0)
        return -1;
      written++;
    }
  size_t i = 0;
  const cJSON *sc;
  cJSON_ArrayForEach (sc, sp_doc_get (doc, "scenarios"))
  {
    int more = sp_report_dir_scenario_charts (o, sc, ++i,
                                              sp_doc_str (sc, "name", ""),
                                              SP_CHART_FILE_ALL, d);
    if (more < 0)
      return -1;
    written += more;
  }
  return written;
}

int
sp_compare_dir_write (const cJSON *doc, const char *dir, int force,
                      sp_diag *d)
{
  if (sp_outdir_guard (dir, "results.json", force, d) != 0)
    return -1;
  sp_outdir o;
  int charts = -1;
  if (sp_outdir_open (&o, dir, d) == 0
      && sp_report_dir_json (&o, doc, "results.json", d) == 0
      && (charts = write_charts (&o, doc, d)) >= 0
      && sp_report_dir_pdf (&o, "statement.pdf", sp_compare_pdf, doc, d) == 0
      && sp_outdir_commit (&o, d) == 0)
    {
      sp_outdir_close (&o);
      return charts;
    }
  sp_outdir_close (&o);
  return -1;
}

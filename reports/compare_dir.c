/* compare_dir.c -- write the compare command's output folder at once */

#include "compare_dir.h"

#include "charts.h"
#include "doc.h"
#include "outdir.h"
#include "report_dir.h"
#include "scenario_view.h"
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
  static const sp_chart *const each[] = {
    &sp_chart_rollout_trajectory,
    &sp_chart_rollout_simulations,
    &sp_chart_rollout_tornado,
  };
  size_t i = 0;
  const cJSON *sc;
  cJSON_ArrayForEach (sc, sp_doc_get (doc, "scenarios"))
  {
    i++;
    for (size_t k = 0; k < sizeof each / sizeof each[0]; k++)
      {
        if (!each[k]->available (sc))
          continue;
        char name[200];
        sp_scenario_chart_name (each[k]->name, i, sp_doc_str (sc, "name", ""),
                               name, sizeof name);
        if (sp_report_dir_chart (o, each[k], sc, name, d) != 0)
          return -1;
        written++;
      }
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

/* chart_series.c -- points of a chart's series read from the document */

#include "chart_series.h"

#include "chart.h"
#include "disclosure.h"
#include "doc.h"

sp_chart_point
sp_chart_point_at (const cJSON *obj, const char *path, const char *label,
                   double sign)
{
  sp_chart_point p = { label, 0, SP_POINT_UNDEFINED };
  const cJSON *v = sp_doc_get (obj, path);
  if (sp_disclosure_hidden (v))
    p.state = SP_POINT_HIDDEN;
  else if (cJSON_IsNumber (v))
    {
      p.state = SP_POINT_SHOWN;
      p.value = sign * v->valuedouble;
    }
  return p;
}

sp_chart_point
sp_chart_point_diff (const cJSON *doc, sp_chart_point a, sp_chart_point b,
                     const char *label)
{
  sp_chart_point p = { label, 0, SP_POINT_UNDEFINED };
  if (a.state == SP_POINT_HIDDEN || b.state == SP_POINT_HIDDEN)
    p.state = SP_POINT_HIDDEN;
  else if (a.state == SP_POINT_SHOWN && b.state == SP_POINT_SHOWN)
    {
      p.value = a.value - b.value;
      p.state = sp_chart_small_count (doc, p.value) ? SP_POINT_HIDDEN
                                                    : SP_POINT_SHOWN;
      if (p.state != SP_POINT_SHOWN)
        p.value = 0;
    }
  return p;
}

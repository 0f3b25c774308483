/* chart_savings_trend.c -- NHS costs period by period (issue 10)

   Read from savings.trend[] ({period, participants, baseline_cost,
   cost, saving, saving_rate}): for each usage period after the
   baseline, in order, two bars side by side -- the annualised cost of
   that period's cohort in the baseline (grey) and in the period (blue)
   -- with the saving rate above and the number of participants under
   each period.  Each period's cohort is the participants observed in
   both the baseline and that period, so the grey bars differ from
   period to period; the subtitle says so.  Drawn when there are two
   periods after the baseline or more (with one, the service-costs chart
   already shows it).  */

#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"

static int
available (const cJSON *doc)
{
  return cJSON_GetArraySize (sp_doc_get (doc, "savings.trend")) > 1;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  const cJSON *trend = sp_doc_get (doc, "savings.trend");
  int n = cJSON_GetArraySize (trend);
  double hi = 0;
  const cJSON *e;
  cJSON_ArrayForEach (e, trend)
  hi = fmax (hi, fmax (sp_doc_num (e, "baseline_cost", 0),
                       sp_doc_num (e, "cost", 0)));
  const double m = 18;
  char sub[512];
  snprintf (sub, sizeof sub,
            "Annualised NHS cost of the participants with figures both in the "
            "baseline ('%s') and in each period, in the baseline and in "
            "that period; the saving rate above each pair, the number of "
            "participants under it. Each period has its own participants, "
            "so the baseline costs differ.",
            sp_doc_str (doc, "savings.periods.before.period", "baseline"));
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "NHS costs period by period", sub);
  sp_legend_item legend[] = {
    { "In the baseline", SP_COLOUR_BEFORE, 0, 0 },
    { "In the period", SP_COLOUR_AFTER, 0, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, 2, 10) + 16;
  sp_chart_scale sy;
  sp_chart_scale_fit (cr, 0, fmax (hi, 1), 1, h - y - m - 40,
                      sp_chart_money_tick, 9.5, &sy);
  double yl = sp_chart_axis_label_width (cr, &sy, sp_chart_money_tick, 9.5);
  sp_box plot = { m + yl + 8, y, 0, 0 };
  plot.w = w - m - 10 - plot.x;
  plot.h = h - plot.y - m - 36;
  sp_chart_axis_y (cr, &plot, &sy, sp_chart_money_tick, 9.5);
  double slot = plot.w / n, bw = fmin (slot * 0.3, 60);
  sp_font lf = { 9.5, 0, 0 }, nf = { 8.5, 0, 0 }, rf = { 9, 1, 0 };
  double base = plot.y + plot.h;
  for (int i = 0; i < n; i++)
    {
      const cJSON *p = cJSON_GetArrayItem (trend, i);
      double mid = plot.x + slot * (i + 0.5);
      double hb = plot.h * sp_chart_scale_pos (&sy,
                                               sp_doc_num (p, "baseline_cost",
                                                           0));
      double hc = plot.h * sp_chart_scale_pos (&sy, sp_doc_num (p, "cost",
                                                                0));
      /* A suppressed period (results/disclosure.h) has no bars.  */
      sp_chart_bar (cr, mid - bw, base - hb, bw, hb, SP_COLOUR_BEFORE);
      sp_chart_bar (cr, mid, base - hc, bw, hc, SP_COLOUR_AFTER);
      char buf[64], lab[96];
      const cJSON *rate = sp_doc_get (p, "saving_rate");
      sp_chart_value_label (cr, cJSON_IsNumber (rate)
                                  ? sp_fmt_percent (rate->valuedouble, 0,
                                                    buf, sizeof buf)
                                : sp_disclosure_hidden (rate)
                                  ? SP_DISCLOSURE_MARK
                                  : "n/a",
                            mid, base - fmax (hb, hc) - 4, rf,
                            SP_COLOUR_TEXT, SP_ALIGN_CENTRE, SP_ALIGN_END);
      sp_chart_text (cr, sp_doc_str (p, "period", ""), mid, base + 4, 0, lf,
                     SP_ALIGN_CENTRE, SP_ALIGN_START);
      snprintf (lab, sizeof lab, "n=%s",
                sp_fig_at (p, "participants", SP_FIG_COUNT, buf,
                           sizeof buf));
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      sp_chart_text (cr, lab, mid, base + 18, 0, nf, SP_ALIGN_CENTRE,
                     SP_ALIGN_START);
    }
}

const sp_chart sp_chart_savings_trend = {
  "savings-trend",
  "Annualised NHS cost by usage period, against the baseline",
  available,
  draw,
};

/* chart_scenarios.c -- rollout scenarios side by side

   One group of three columns per scenario of scenarios[] (compare, or a
   report naming several scenarios), in order of target PHBs
   (chart_series.h: sp_chart_scenario_points): the gross saving, the
   delivery cost and the net saving in the first year at target, on one
   linear money axis from zero.  The net saving carries its 95%
   uncertainty interval (simulation) as a whisker.  Values sit above
   the columns (below a negative one) on a background box; the
   scenario's name and target are under its group.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "chart.h"
#include "chart_series.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"
#include "xalloc.h"

typedef struct
{
  sp_chart_scenario s;
  size_t index;
} ordered;

static int
by_target (const void *a, const void *b)
{
  const ordered *x = a, *y = b;
  int xn = isnan (x->s.target), yn = isnan (y->s.target);
  if (xn != yn)
    return xn ? 1 : -1;
  if (!xn && x->s.target != y->s.target)
    return x->s.target < y->s.target ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

sp_chart_scenario *
sp_chart_scenario_points (const cJSON *doc, size_t *n)
{
  const cJSON *list = sp_doc_get (doc, "scenarios");
  size_t k = (size_t) cJSON_GetArraySize (list);
  ordered *o = sp_xcalloc (k ? k : 1, sizeof *o);
  size_t i = 0;
  const cJSON *el;
  cJSON_ArrayForEach (el, list)
  {
    const cJSON *ro = cJSON_GetObjectItemCaseSensitive (el, "rollout");
    sp_chart_scenario *s = &o[i].s;
    s->label = sp_doc_str (el, "name", "");
    if (!*s->label)
      s->label = sp_doc_str (ro, "name", "");
    const cJSON *t = sp_doc_get (ro, "target_phbs");
    s->target = cJSON_IsNumber (t) ? t->valuedouble : NAN;
    s->gross = sp_chart_point_at (ro, "gross_saving", "Gross saving", 1);
    s->cost = sp_chart_point_at (ro, "investment.total", "Delivery cost", 1);
    s->net = sp_chart_point_at (ro, "net_saving", "Net saving", 1);
    const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
      cJSON_GetObjectItemCaseSensitive (el, "intervals"),
      "rollout.net_saving");
    const cJSON *lo = cJSON_GetObjectItemCaseSensitive (iv, "lower");
    const cJSON *hi = cJSON_GetObjectItemCaseSensitive (iv, "upper");
    s->has_interval = s->net.state == SP_POINT_SHOWN && cJSON_IsNumber (lo)
                      && cJSON_IsNumber (hi);
    s->lower = s->has_interval ? lo->valuedouble : 0;
    s->upper = s->has_interval ? hi->valuedouble : 0;
    o[i].index = i;
    i++;
  }
  qsort (o, k, sizeof *o, by_target);
  sp_chart_scenario *out = sp_xcalloc (k ? k : 1, sizeof *out);
  for (i = 0; i < k; i++)
    out[i] = o[i].s;
  free (o);
  *n = k;
  return out;
}

static int
available (const cJSON *doc)
{
  return cJSON_GetArraySize (sp_doc_get (doc, "scenarios")) >= 1;
}

static double
shown (const sp_chart_point *p)
{
  return p->state == SP_POINT_SHOWN ? p->value : 0;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  size_t n;
  sp_chart_scenario *sc = sp_chart_scenario_points (doc, &n);
  double lo = 0, hi = 0;
  int intervals = 0;
  for (size_t i = 0; i < n; i++)
    {
      double v[] = { shown (&sc[i].gross), shown (&sc[i].cost),
                     shown (&sc[i].net) };
      for (int j = 0; j < 3; j++)
        lo = fmin (lo, v[j]), hi = fmax (hi, v[j]);
      if (sc[i].has_interval)
        {
          lo = fmin (lo, sc[i].lower);
          hi = fmax (hi, sc[i].upper);
          intervals = 1;
        }
    }

  const double m = 18;
  char sub[512];
  snprintf (sub, sizeof sub,
            "Forecast for the first year at each scenario's target, from "
            "its own assumptions; scenarios in order of target.%s",
            intervals ? " The whisker on the net saving is its 95% "
                        "uncertainty interval (simulation), not a "
                        "confidence interval."
                      : "");
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Rollout scenarios side by side",
                             sub);
  sp_legend_item legend[] = {
    { "Gross saving", SP_COLOUR_POSITIVE, 0, 0 },
    { "Delivery cost", SP_COLOUR_NEGATIVE, 0, 0 },
    { "Net saving", SP_COLOUR_AFTER, 0, 0 },
    { "95% uncertainty interval", SP_COLOUR_TEXT, 1, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, intervals ? 4 : 3, 10) + 4;

  double fs = 9.5;
  sp_chart_scale s;
  sp_chart_scale_fit (cr, lo, hi, 1, h - y - m - 80, sp_chart_money_tick, fs,
                      &s);
  double yl = sp_chart_axis_label_width (cr, &s, sp_chart_money_tick, fs);
  sp_box plot = { m + yl + 8, y + 18, 0, 0 };
  plot.w = w - m - plot.x;
  plot.h = h - plot.y - m - 48;
  sp_chart_axis_y (cr, &plot, &s, sp_chart_money_tick, fs);
  double gw = n ? plot.w / (double) n : plot.w;
  double bw = fmin (gw * 0.8 / 3, 70);
  /* Value labels must fit over their column: smaller when crowded.  */
  sp_font vf = { bw >= 60 ? 9.5 : bw >= 40 ? 8 : 7, 0, 0 };
  sp_font nf = { 10, 1, 0 }, tf = { 9.5, 0, 0 };
  double zy = plot.y + plot.h * (1 - sp_chart_scale_pos (&s, 0));
  const sp_colour colours[3]
    = { SP_COLOUR_POSITIVE, SP_COLOUR_NEGATIVE, SP_COLOUR_AFTER };
  for (size_t i = 0; i < n; i++)
    {
      double gx = plot.x + gw * (double) i;
      const sp_chart_point *pts[3] = { &sc[i].gross, &sc[i].cost,
                                       &sc[i].net };
      for (int j = 0; j < 3; j++)
        {
          double cx = gx + gw / 2 + (j - 1) * bw * 1.05;
          char buf[64];
          if (pts[j]->state != SP_POINT_SHOWN)
            {
              sp_chart_value_label (cr, pts[j]->state == SP_POINT_HIDDEN
                                          ? SP_DISCLOSURE_MARK
                                          : "n/a",
                                    cx, zy - 3, vf, SP_COLOUR_MUTED,
                                    SP_ALIGN_CENTRE, SP_ALIGN_END);
              continue;
            }
          double v = pts[j]->value;
          double y1 = plot.y + plot.h * (1 - sp_chart_scale_pos (&s, v));
          sp_chart_bar (cr, cx - bw / 2, fmin (y1, zy), bw, fabs (zy - y1),
                        colours[j]);
          double ly = v >= 0 ? y1 - 3 : y1 + 3;
          if (j == 2 && sc[i].has_interval)
            {
              double yl0 = plot.y
                           + plot.h * (1 - sp_chart_scale_pos (&s,
                                                               sc[i].lower));
              double yh = plot.y
                          + plot.h * (1 - sp_chart_scale_pos (&s,
                                                              sc[i].upper));
              sp_chart_line (cr, cx, yl0, cx, yh, SP_COLOUR_TEXT, 1.3, 0);
              sp_chart_line (cr, cx - bw / 4, yl0, cx + bw / 4, yl0,
                             SP_COLOUR_TEXT, 1.3, 0);
              sp_chart_line (cr, cx - bw / 4, yh, cx + bw / 4, yh,
                             SP_COLOUR_TEXT, 1.3, 0);
              /* The value goes beyond the whisker's end.  */
              ly = v >= 0 ? fmin (ly, yh - 3) : fmax (ly, yl0 + 3);
            }
          sp_chart_value_label (cr, sp_fmt_money (v, buf, sizeof buf), cx,
                                ly, vf, SP_COLOUR_TEXT, SP_ALIGN_CENTRE,
                                v >= 0 ? SP_ALIGN_END : SP_ALIGN_START);
        }
      char tgt[96], num[32];
      snprintf (tgt, sizeof tgt, "%s PHBs",
                isnan (sc[i].target)
                  ? "n/a"
                  : sp_fmt_number (sc[i].target, 0, num, sizeof num));
      sp_chart_colour (cr, SP_COLOUR_TEXT);
      double th = sp_chart_text (cr, sc[i].label, gx + 4,
                                 plot.y + plot.h + 6, gw - 8, nf,
                                 SP_ALIGN_CENTRE, SP_ALIGN_START);
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      sp_chart_text (cr, tgt, gx + 4, plot.y + plot.h + 8 + th, gw - 8, tf,
                     SP_ALIGN_CENTRE, SP_ALIGN_START);
    }
  free (sc);
}

const sp_chart sp_chart_scenarios = {
  "scenarios",
  "Rollout scenarios side by side: gross saving, delivery cost and net "
  "saving in the first year at target",
  available,
  draw,
};

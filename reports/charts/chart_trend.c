/* chart_trend.c -- one headline figure over several reports (issue 10)

   Drawn from one element of trend.figures[] ({path, points[] {label,
   estimate, lower, upper}}), not from a whole document: the trend
   command writes one such chart per figure, as charts/trend-PATH.png
   and .svg (PATH with its dots turned to dashes).  The reports are
   spaced evenly in the order given, each labelled under the axis; the
   estimates are joined by a line, and each report's interval, when it
   has one, is a vertical bar.  A report without the figure leaves a
   gap.  The value axis reads as the figure does (money, percentage,
   count or ratio, headline.h) and includes zero for money and counts.  */

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "charts.h"
#include "doc.h"
#include "format.h"
#include "headline.h"

static int
available (const cJSON *fig)
{
  const cJSON *p;
  cJSON_ArrayForEach (p, cJSON_GetObjectItemCaseSensitive (fig, "points"))
  if (cJSON_IsNumber (cJSON_GetObjectItemCaseSensitive (p, "estimate")))
    return 1;
  return 0;
}

static char *
ratio_tick (double v, char *buf, size_t size)
{
  return sp_fmt_number (v, 2, buf, size);
}

typedef char *(*tick_fn) (double, char *, size_t);

/* The axis labels for figures that read as KIND.  */
static tick_fn
tick_format (sp_fig_kind kind)
{
  if (kind == SP_FIG_MONEY)
    return sp_chart_money_tick;
  if (kind == SP_FIG_PERCENT)
    return sp_chart_percent_tick;
  if (kind == SP_FIG_RATIO || kind == SP_FIG_RATIO_PLAIN)
    return ratio_tick;
  return sp_chart_number_tick;
}

/* The number NAME of point P into *V; 1 when it is one.  */
static int
num (const cJSON *p, const char *name, double *v)
{
  const cJSON *x = cJSON_GetObjectItemCaseSensitive (p, name);
  if (!cJSON_IsNumber (x))
    return 0;
  *v = x->valuedouble;
  return 1;
}

static void
draw (const cJSON *fig, cairo_t *cr, double w, double h)
{
  const sp_headline_words *words = sp_headline_find (sp_doc_str (fig, "path",
                                                                 ""));
  const cJSON *points = cJSON_GetObjectItemCaseSensitive (fig, "points");
  int n = cJSON_GetArraySize (points);
  double lo = INFINITY, hi = -INFINITY, v;
  int intervals = 0;
  const cJSON *p;
  cJSON_ArrayForEach (p, points)
  {
    const char *keys[] = { "estimate", "lower", "upper" };
    for (int k = 0; k < 3; k++)
      if (num (p, keys[k], &v))
        {
          lo = fmin (lo, v);
          hi = fmax (hi, v);
          intervals |= k > 0;
        }
  }
  if (!isfinite (lo))
    lo = 0, hi = 1;
  int zero = words->kind == SP_FIG_MONEY || words->kind == SP_FIG_COUNT;
  const double m = 18;
  char sub[256];
  snprintf (sub, sizeof sub, "Each report's figure as it reported it, in "
            "the order given%s.",
            intervals ? "; bars are the reports' confidence intervals" : "");
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, words->name, sub);
  tick_fn fmt = tick_format (words->kind);
  sp_chart_scale sy;
  sp_chart_scale_fit (cr, lo, hi, zero, h - y - m - 60, fmt, 9.5, &sy);
  double yl = sp_chart_axis_label_width (cr, &sy, fmt, 9.5);
  sp_box plot = { m + yl + 8, y + 8, 0, 0 };
  plot.w = w - m - 10 - plot.x;
  plot.h = h - plot.y - m - 44;
  sp_chart_axis_y (cr, &plot, &sy, fmt, 9.5);

  /* Report I sits at the middle of its slot.  */
  double slot = n > 0 ? plot.w / n : plot.w;
  sp_font lf = { 9, 0, 0 };
  for (int i = 0; i < n; i++)
    {
      const cJSON *pt = cJSON_GetArrayItem (points, i);
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      sp_chart_text (cr, sp_doc_str (pt, "label", ""), plot.x + slot * i + 2,
                     plot.y + plot.h + 6, slot - 4, lf, SP_ALIGN_CENTRE,
                     SP_ALIGN_START);
    }
  double l, u;
  for (int i = 0; i < n; i++)
    {
      const cJSON *pt = cJSON_GetArrayItem (points, i);
      if (!num (pt, "lower", &l) || !num (pt, "upper", &u))
        continue;
      double x = plot.x + slot * (i + 0.5);
      double yl_ = plot.y + plot.h * (1 - sp_chart_scale_pos (&sy, l));
      double yu = plot.y + plot.h * (1 - sp_chart_scale_pos (&sy, u));
      sp_chart_line (cr, x, yl_, x, yu, SP_COLOUR_BAND, 6, 0);
      sp_chart_line (cr, x - 6, yl_, x + 6, yl_, SP_COLOUR_AXIS, 1, 0);
      sp_chart_line (cr, x - 6, yu, x + 6, yu, SP_COLOUR_AXIS, 1, 0);
    }
  cairo_save (cr);
  sp_chart_colour (cr, SP_COLOUR_AFTER);
  cairo_set_line_width (cr, 2.2);
  int drawing = 0;
  for (int i = 0; i < n; i++)
    {
      if (!num (cJSON_GetArrayItem (points, i), "estimate", &v))
        {
          if (drawing)
            cairo_stroke (cr);
          drawing = 0;
          continue;
        }
      double x = plot.x + slot * (i + 0.5);
      double yy = plot.y + plot.h * (1 - sp_chart_scale_pos (&sy, v));
      if (drawing)
        cairo_line_to (cr, x, yy);
      else
        cairo_move_to (cr, x, yy);
      drawing = 1;
    }
  if (drawing)
    cairo_stroke (cr);
  for (int i = 0; i < n; i++)
    if (num (cJSON_GetArrayItem (points, i), "estimate", &v))
      {
        double yy = plot.y + plot.h * (1 - sp_chart_scale_pos (&sy, v));
        cairo_new_sub_path (cr);
        cairo_arc (cr, plot.x + slot * (i + 0.5), yy, 4, 0, 2 * M_PI);
        cairo_fill (cr);
      }
  cairo_restore (cr);
}

const sp_chart sp_chart_trend = {
  "trend",
  "One headline figure over the reports given to socialprofit trend",
  available,
  draw,
};

/* chart_rollout_tornado.c -- one-way sensitivity of the net saving

   A tornado chart from rollout.sensitivity[] ({parameter, low, high,
   net_low, net_high}): for each parameter, bars from the base net saving
   (rollout.net_saving) to the net saving with the parameter at its low
   value and at its high value, in the document's order (widest swing
   |net_high - net_low| first), so the widest is at the top.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "chart.h"
#include "charts.h"
#include "doc.h"
#include "format.h"
#include "xalloc.h"

typedef struct
{
  const char *label;    /* points to TEXT */
  char text[160];
  double net_low, net_high;
} row;

static int
available (const cJSON *doc)
{
  return cJSON_GetArraySize (sp_doc_get (doc, "rollout.sensitivity")) > 0;
}

static row *
rows_of (const cJSON *doc, size_t *n)
{
  const cJSON *sens = sp_doc_get (doc, "rollout.sensitivity");
  *n = (size_t) cJSON_GetArraySize (sens);
  row *r = sp_xcalloc (*n ? *n : 1, sizeof *r);
  size_t i = 0;
  const cJSON *p;
  cJSON_ArrayForEach (p, sens)
  {
    const cJSON *lo = cJSON_GetObjectItemCaseSensitive (p, "low");
    const cJSON *hi = cJSON_GetObjectItemCaseSensitive (p, "high");
    char a[64], b[64];
    if (cJSON_IsNumber (lo) && cJSON_IsNumber (hi))
      snprintf (r[i].text, sizeof r[i].text, "%s (%s to %s)",
                sp_doc_str (p, "label", sp_doc_str (p, "parameter", "?")),
                sp_chart_param_tick (lo->valuedouble, a, sizeof a),
                sp_chart_param_tick (hi->valuedouble, b, sizeof b));
    else
      snprintf (r[i].text, sizeof r[i].text, "%s",
                sp_doc_str (p, "label", sp_doc_str (p, "parameter", "?")));
    r[i].net_low = sp_doc_num (p, "net_low", 0);
    r[i].net_high = sp_doc_num (p, "net_high", 0);
    r[i].label = r[i].text;
    i++;
  }
  return r;
}

static void
end_value (cairo_t *cr, double x, double base_x, double cy, double v)
{
  char buf[64];
  sp_font f = { 9, 0, 0 };
  int left = x < base_x;
  sp_chart_value_label (cr, sp_fmt_money (v, buf, sizeof buf),
                        left ? x - 4 : x + 4, cy, f, SP_COLOUR_TEXT,
                        left ? SP_ALIGN_END : SP_ALIGN_START,
                        SP_ALIGN_CENTRE);
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  size_t n;
  row *r = rows_of (doc, &n);
  double base = sp_doc_num (doc, "rollout.net_saving", 0);
  double lo = base, hi = base;
  for (size_t i = 0; i < n; i++)
    {
      lo = fmin (lo, fmin (r[i].net_low, r[i].net_high));
      hi = fmax (hi, fmax (r[i].net_low, r[i].net_high));
    }

  const double m = 18, size = 10;
  char sub[512], a[64];
  snprintf (sub, sizeof sub,
            "Net saving in the first year at target when one parameter at a "
            "time moves to its low or high value, the others held at the "
            "base case (net saving %s). Widest swing at the top.",
            sp_fmt_money (base, a, sizeof a));
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Rollout: what the net saving is "
                             "most sensitive to", sub);
  sp_legend_item legend[] = {
    { "Parameter at its low value", SP_COLOUR_SERIES3, 0, 0 },
    { "At its high value", SP_COLOUR_AFTER, 0, 0 },
    { "Base case", SP_COLOUR_TEXT, 1, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, 3, 10.5) + 6;

  double lw = sp_chart_row_label_width (cr, r, n, sizeof *r, w * 0.3, size);
  double vw, vh;
  sp_chart_measure (cr, "-£00,000,000", 0, (sp_font){ 9, 0, 0 }, &vw, &vh);
  sp_box plot = { m + lw + 10 + vw + 6, y, 0, 0 };
  plot.w = w - m - vw - 6 - plot.x;
  plot.h = h - y - m - 20;
  sp_chart_scale s;
  sp_chart_scale_fit (cr, lo, hi, 0, plot.w, sp_chart_money_tick, 9.5, &s);
  sp_chart_axis_x (cr, &plot, &s, sp_chart_money_tick, 9.5);

  double rowh = sp_chart_row_labels (cr, &plot, m, lw, r, n, sizeof *r, size);
  double bh = fmin (rowh * 0.6, 22);
  double bx = plot.x + plot.w * sp_chart_scale_pos (&s, base);
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot.y + rowh * ((double) i + 0.5);
      double xl = plot.x + plot.w * sp_chart_scale_pos (&s, r[i].net_low);
      double xh = plot.x + plot.w * sp_chart_scale_pos (&s, r[i].net_high);
      /* The longer bar first, so that one on the same side as the other
         stays visible on top of it.  */
      int low_first = fabs (xl - bx) >= fabs (xh - bx);
      for (int k = 0; k < 2; k++)
        if ((k == 0) == low_first)
          sp_chart_bar (cr, bx, cy - bh / 2, xl - bx, bh, SP_COLOUR_SERIES3);
        else
          sp_chart_bar (cr, bx, cy - bh / 2, xh - bx, bh, SP_COLOUR_AFTER);
      /* Values at the bar ends; when both ends lie on the same side of
         the base only the farther is printed, so labels never overlap.  */
      int same_side = (xl - bx) * (xh - bx) > 0;
      if (fabs (xl - bx) > 0.5 && !(same_side && !low_first))
        end_value (cr, xl, bx, cy, r[i].net_low);
      if (fabs (xh - bx) > 0.5 && !(same_side && low_first))
        end_value (cr, xh, bx, cy, r[i].net_high);
      if (fabs (xl - bx) <= 0.5 && fabs (xh - bx) <= 0.5)
        {
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, "no change", bx + 6, cy, 0,
                         (sp_font){ 9, 0, 1 }, SP_ALIGN_START,
                         SP_ALIGN_CENTRE);
        }
    }
  sp_chart_line (cr, bx, plot.y - 4, bx, plot.y + plot.h, SP_COLOUR_TEXT, 1.5,
                 0);
  free (r);
}

const sp_chart sp_chart_rollout_tornado = {
  "rollout-tornado",
  "One-way sensitivity of the rollout's net saving (tornado)",
  available,
  draw,
};

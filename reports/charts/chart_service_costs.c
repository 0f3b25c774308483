/* chart_service_costs.c -- cost per service line, before and after

   Horizontal bars, two per service line (before, after), sorted by the
   cost before, with every value printed at its bar's end.  When the
   largest cost is more than SPREAD times the smallest non-zero one (the
   pilot's hospital bed days: £1.3m beside £770) the value axis is
   logarithmic, so that every line stays visible, and the subtitle says
   so; otherwise it is linear from zero.  */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"
#include "xalloc.h"

#define SPREAD 50.0

typedef struct
{
  const char *label;
  double before, after;
  int hidden;            /* suppressed (disclosure control): no bars */
  size_t index;
} row;

static int
available (const cJSON *doc)
{
  return sp_chart_any_shown (doc, "savings.lines", "before_cost");
}

static int
by_before (const void *a, const void *b)
{
  const row *x = a, *y = b;
  return sp_chart_order_desc (x->before, y->before, x->index, y->index);
}

static row *
rows_of (const cJSON *doc, size_t *n)
{
  const cJSON *lines = sp_doc_get (doc, "savings.lines");
  *n = (size_t) cJSON_GetArraySize (lines);
  row *r = sp_xcalloc (*n ? *n : 1, sizeof *r);
  size_t i = 0;
  const cJSON *l;
  cJSON_ArrayForEach (l, lines)
  {
    r[i].label = sp_fig_label (l, "service");
    r[i].hidden = sp_disclosure_hidden (sp_doc_get (l, "before_cost"))
                  || sp_disclosure_hidden (sp_doc_get (l, "after_cost"));
    r[i].before = r[i].hidden ? -1 : sp_doc_num (l, "before_cost", 0);
    r[i].after = r[i].hidden ? -1 : sp_doc_num (l, "after_cost", 0);
    r[i].index = i;
    i++;
  }
  qsort (r, *n, sizeof *r, by_before);
  return r;
}

/* Choose the scale: log when the values spread over more than SPREAD
   times.  Returns the largest value.  */
static double
choose_scale (const row *r, size_t n, sp_chart_scale *s)
{
  double hi = 0, minpos = INFINITY;
  for (size_t i = 0; i < n; i++)
    {
      double v[2] = { r[i].before, r[i].after };
      for (int k = 0; k < 2; k++)
        {
          hi = fmax (hi, v[k]);
          if (v[k] > 0)
            minpos = fmin (minpos, v[k]);
        }
    }
  if (hi > 0 && hi / minpos > SPREAD)
    sp_chart_scale_log (minpos, hi, s);
  else
    sp_chart_scale_linear (0, hi, 6, 1, s);
  return hi;
}

static void
draw_bar (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
          double y, double bh, double value, sp_colour colour)
{
  double x1 = plot->x + plot->w * sp_chart_scale_pos (s, value);
  if (value > 0)
    sp_chart_bar (cr, plot->x, y, fmax (x1 - plot->x, 1), bh, colour);
  char buf[64];
  sp_font f = { 9.5, 0, 0 };
  sp_chart_colour (cr, SP_COLOUR_TEXT);
  sp_chart_text (cr, sp_fmt_money (value, buf, sizeof buf),
                 fmax (x1, plot->x) + 4, y + bh / 2, 0, f, SP_ALIGN_START,
                 SP_ALIGN_CENTRE);
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  size_t n;
  row *r = rows_of (doc, &n);
  sp_chart_scale s;
  double top = choose_scale (r, n, &s);
  const double m = 18, size = 10.5;
  char sub[512], n_buf[32];
  sp_fig_at (doc, "savings.participants", SP_FIG_COUNT, n_buf,
             sizeof n_buf);
  snprintf (sub, sizeof sub,
            "Annual cost to the NHS of each service line for the %s "
            "participants compared, sorted by the cost before. %s",
            n_buf,
            s.log ? "Logarithmic scale: each gridline is ten times the one "
                    "before, so that small lines stay visible beside the "
                    "largest; read the printed values."
                  : "Values are printed at the end of each bar.");

  sp_chart_background (cr, w, h);
  /* The title names the saving's basis (forecast, reported, recorded).  */
  char title[192];
  snprintf (title, sizeof title, "%s: cost per service line, before and "
            "after", sp_doc_str (doc, "savings.title", "NHS cost saving"));
  double y = sp_chart_title (cr, w, m, title, sub);
  y += sp_chart_period_legend (cr, doc, m, y, size) + 6;

  double lw = sp_chart_row_label_width (cr, r, n, sizeof *r, w * 0.28, size);
  double vw, vh;
  sp_chart_measure (cr, "£0,000,000", 0, (sp_font){ 9.5, 0, 0 }, &vw, &vh);
  sp_box plot = { m + lw + 10, y, 0, 0 };
  plot.w = w - m - vw - 8 - plot.x;
  plot.h = h - y - m - 20;
  if (!s.log)
    sp_chart_scale_fit (cr, 0, top, 1, plot.w, sp_chart_money_tick, 9.5,
                        &s);
  double tick_h = sp_chart_axis_x (cr, &plot, &s, sp_chart_money_tick, 9.5);
  (void) tick_h;

  double rowh = sp_chart_row_labels (cr, &plot, m, lw, r, n, sizeof *r, size);
  double bh = fmin (rowh * 0.36, 16);
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot.y + rowh * ((double) i + 0.5);
      if (r[i].hidden)
        {
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, SP_DISCLOSURE_MARK " not shown (fewer than the "
                             "disclosure threshold)", plot.x + 4, cy, 0,
                         (sp_font){ 9.5, 0, 1 }, SP_ALIGN_START,
                         SP_ALIGN_CENTRE);
          continue;
        }
      draw_bar (cr, &plot, &s, cy - bh - 0.5, bh, r[i].before,
                SP_COLOUR_BEFORE);
      draw_bar (cr, &plot, &s, cy + 0.5, bh, r[i].after, SP_COLOUR_AFTER);
    }
  sp_chart_line (cr, plot.x, plot.y, plot.x, plot.y + plot.h,
                 SP_COLOUR_AXIS, 1.2, 0);
  free (r);
}

const sp_chart sp_chart_service_costs = {
  "service-costs",
  "NHS cost per service line before and after",
  available,
  draw,
};

/* chart_service_costs.c -- cost per service line, before and after

   Horizontal bars, two per service line (before, after), sorted by the
   cost before, on a linear money axis from £0 (a logarithmic one would
   hide how far a large line fell: the pilot's bed days fall sevenfold).
   Every value is printed at its bar's end on a background box.  When
   one line's cost is more than SP_CHART_DWARF times every other line's
   (the pilot's hospital bed days: £1.3m beside £116k and less), the
   chart has two panels on the same rows: all lines on one scale (the
   large line's values printed there), and an inset of the other lines
   on their own scale with their values; the subtitle says so.  */

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

/* The row whose larger cost is more than SP_CHART_DWARF times every
   other row's (chart.h: sp_chart_dwarf), or -1.  Stores in *TOP the
   largest cost of all rows and in *REST the largest of the others.  */
static long
dwarf_row (const row *r, size_t n, double *top, double *rest)
{
  double *v = sp_xcalloc (n ? n : 1, sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = r[i].hidden ? NAN : fmax (r[i].before, r[i].after);
  long big = sp_chart_dwarf (v, n, rest);
  *top = 0;
  for (size_t i = 0; i < n; i++)
    if (!isnan (v[i]))
      *top = fmax (*top, v[i]);
  free (v);
  return big;
}

/* One bar from the axis to VALUE; with LABEL its value at the end, on a
   background box so that no gridline crosses it.  A value beyond the
   scale is cut at the panel's edge with a break mark.  */
static void
draw_bar (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
          double y, double bh, double value, sp_colour colour, int label)
{
  double p = sp_chart_scale_pos (s, value);
  double x1 = plot->x + plot->w * fmin (p, 1.0);
  if (value > 0)
    sp_chart_bar (cr, plot->x, y, fmax (x1 - plot->x, 1), bh, colour);
  if (p > 1.0)
    sp_chart_break_mark (cr, plot->x + plot->w - 12, y + bh / 2, bh);
  if (!label)
    return;
  char buf[64];
  sp_font f = { 9, 0, 0 };
  sp_chart_value_label (cr, sp_fmt_money (value, buf, sizeof buf),
                        fmax (x1, plot->x) + 4, y + bh / 2, f, SP_COLOUR_TEXT,
                        SP_ALIGN_START, SP_ALIGN_CENTRE);
}

/* The rows R in the panel PLOT on the linear scale S, ROWH apart.  Rows
   listed as LABELLED get their values printed; the row BIG (or -1) is
   drawn cut, with ONLY_NOTE instead of bars when ONLY_NOTE is set.  */
static void
draw_panel (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
            const row *r, size_t n, double rowh, long big, int big_labelled,
            int rest_labelled, const char *big_note)
{
  sp_chart_axis_x (cr, plot, s, sp_chart_money_tick, 9);
  double bh = fmin (rowh * 0.36, 16);
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot->y + rowh * ((double) i + 0.5);
      if (r[i].hidden)
        {
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, SP_DISCLOSURE_MARK " not shown (too few "
                             "people)", plot->x + 4, cy, 0,
                         (sp_font){ 9, 0, 1 }, SP_ALIGN_START,
                         SP_ALIGN_CENTRE);
          continue;
        }
      int is_big = (long) i == big;
      if (is_big && big_note)
        {
          sp_chart_value_label (cr, big_note, plot->x + 4, cy,
                                (sp_font){ 9, 0, 1 }, SP_COLOUR_MUTED,
                                SP_ALIGN_START, SP_ALIGN_CENTRE);
          continue;
        }
      int label = is_big ? big_labelled : rest_labelled;
      draw_bar (cr, plot, s, cy - bh - 0.5, bh, r[i].before,
                SP_COLOUR_BEFORE, label);
      draw_bar (cr, plot, s, cy + 0.5, bh, r[i].after, SP_COLOUR_AFTER,
                label);
    }
  sp_chart_line (cr, plot->x, plot->y, plot->x, plot->y + plot->h,
                 SP_COLOUR_AXIS, 1.2, 0);
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  size_t n;
  row *r = rows_of (doc, &n);
  double top, rest;
  long big = dwarf_row (r, n, &top, &rest);
  const double m = 18, size = 10.5;
  char sub[768], n_buf[32];
  sp_fig_at (doc, "savings.participants", SP_FIG_COUNT, n_buf,
             sizeof n_buf);
  int len = snprintf (sub, sizeof sub,
                      "Annual cost to the NHS of each service line for the "
                      "%s participants compared, largest cost before "
                      "first, on a linear scale from £0.",
                      n_buf);
  if (big >= 0 && len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len,
              " %s dwarfs the other lines, so the right-hand panel shows "
              "the others again on their own, larger scale (an inset); "
              "values are printed there.",
              r[big].label);
  else if (len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len,
              " Values are printed at the end of each bar.");

  sp_chart_background (cr, w, h);
  /* The title names the saving's basis (forecast, reported, recorded).  */
  char title[192];
  snprintf (title, sizeof title, "%s: cost per service line, before and "
            "after", sp_doc_str (doc, "savings.title", "NHS cost saving"));
  double y = sp_chart_title (cr, w, m, title, sub);
  y += sp_chart_period_legend (cr, doc, m, y, size) + 6;

  double lw = sp_chart_row_label_width (cr, r, n, sizeof *r, w * 0.24, size);
  double vw, vh;
  sp_chart_measure (cr, "£0,000,000", 0, (sp_font){ 9, 0, 0 }, &vw, &vh);
  sp_box plot = { m + lw + 10, y + (big >= 0 ? 16 : 0), 0, 0 };
  plot.h = h - plot.y - m - 20;
  double rowh = sp_chart_row_labels (cr, &plot, m, lw, r, n, sizeof *r, size);
  sp_chart_scale s;
  if (big < 0)
    {
      plot.w = w - m - vw - 8 - plot.x;
      sp_chart_scale_fit (cr, 0, top, 1, plot.w, sp_chart_money_tick, 9, &s);
      draw_panel (cr, &plot, &s, r, n, rowh, -1, 1, 1, NULL);
      free (r);
      return;
    }
  /* Two panels: every line on one scale (the large line's value
     printed), and the inset: the others on theirs.  */
  double avail = w - m - plot.x;
  sp_box left = plot, right = plot;
  left.w = avail * 0.42 - vw - 8;
  right.x = plot.x + avail * 0.42 + 14;
  right.w = w - m - vw - 4 - right.x;
  sp_font pf = { 9.5, 1, 0 };
  sp_chart_colour (cr, SP_COLOUR_MUTED);
  sp_chart_text (cr, "All lines", left.x, y, 0, pf, SP_ALIGN_START,
                 SP_ALIGN_START);
  char inset[160];
  snprintf (inset, sizeof inset, "Inset: the other lines (scale to %s)",
            sp_fmt_money (rest, n_buf, sizeof n_buf));
  sp_chart_text (cr, inset, right.x, y, 0, pf, SP_ALIGN_START,
                 SP_ALIGN_START);
  sp_chart_scale_fit (cr, 0, top, 1, left.w, sp_chart_money_tick, 9, &s);
  draw_panel (cr, &left, &s, r, n, rowh, big, 1, 0, NULL);
  sp_chart_scale_fit (cr, 0, rest, 1, right.w, sp_chart_money_tick, 9, &s);
  draw_panel (cr, &right, &s, r, n, rowh, big, 0, 1,
              "off this scale: see left");
  free (r);
}

const sp_chart sp_chart_service_costs = {
  "service-costs",
  "NHS cost per service line before and after",
  available,
  draw,
};

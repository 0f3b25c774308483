/* chart_social_value.c -- social value (present value) by outcome

   One horizontal bar per outcome from zero, sorted from the largest
   value to the smallest; a worsening is a negative value and its bar
   runs left of zero in another colour.  Values are printed at the bar
   ends.  An outcome whose value could not be computed (null) is listed
   with "no value".  When one gain is more than SP_CHART_DWARF times the
   next, the axis ends at the next and that bar is drawn broken, its
   value printed; the subtitle says so.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

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
  double value;
  int defined;
  int hidden;      /* suppressed (disclosure control) */
  size_t index;
} row;

static int
available (const cJSON *doc)
{
  return sp_chart_any_shown (doc, "social_value.outcomes", "present_value");
}

static int
by_value (const void *a, const void *b)
{
  const row *x = a, *y = b;
  if (x->defined != y->defined)
    return x->defined ? -1 : 1;
  return sp_chart_order_desc (x->value, y->value, x->index, y->index);
}

static row *
rows_of (const cJSON *doc, size_t *n)
{
  const cJSON *outs = sp_doc_get (doc, "social_value.outcomes");
  *n = (size_t) cJSON_GetArraySize (outs);
  row *r = sp_xcalloc (*n ? *n : 1, sizeof *r);
  size_t i = 0;
  const cJSON *o;
  cJSON_ArrayForEach (o, outs)
  {
    r[i].label = sp_fig_label (o, "outcome");
    const cJSON *pv = cJSON_GetObjectItemCaseSensitive (o, "present_value");
    r[i].defined = cJSON_IsNumber (pv);
    r[i].hidden = sp_disclosure_hidden (pv);
    r[i].value = r[i].defined ? pv->valuedouble : 0;
    r[i].index = i;
    i++;
  }
  qsort (r, *n, sizeof *r, by_value);
  return r;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  size_t n;
  row *r = rows_of (doc, &n);
  double lo = 0, hi = 0;
  for (size_t i = 0; i < n; i++)
    if (r[i].defined)
      {
        lo = fmin (lo, r[i].value);
        hi = fmax (hi, r[i].value);
      }
  /* One gain dwarfing the others: the axis ends at the next largest
     and that bar is drawn broken.  */
  double *gain = sp_xcalloc (n ? n : 1, sizeof *gain);
  for (size_t i = 0; i < n; i++)
    gain[i] = r[i].defined && r[i].value > 0 ? r[i].value : NAN;
  double rest;
  long big = sp_chart_dwarf (gain, n, &rest);
  free (gain);
  if (big >= 0)
    hi = rest * 1.1;

  const double m = 18, size = 10.5;
  char sub[768], total[64];
  const cJSON *t = sp_doc_get (doc, "social_value.total");
  snprintf (sub, sizeof sub,
            "Present value of the change in each outcome after deadweight, "
            "attribution, displacement, drop-off and discounting%s%s. "
            "A worsening is a negative value.%s%s%s",
            cJSON_IsNumber (t) ? "; total " : "",
            cJSON_IsNumber (t) ? sp_fmt_money (t->valuedouble, total,
                                               sizeof total)
                               : "",
            big >= 0 ? " The axis is broken: the bar of " : "",
            big >= 0 ? r[big].label : "",
            big >= 0 ? " is longer than drawn (its value is printed)."
                     : "");
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Social value by outcome", sub);
  if (lo < 0)
    {
      sp_legend_item legend[] = {
        { "Gain", SP_COLOUR_POSITIVE, 0, 0 },
        { "Loss (worsening)", SP_COLOUR_NEGATIVE, 0, 0 },
      };
      y += sp_chart_legend (cr, m, y, legend, 2, size) + 4;
    }

  double lw = sp_chart_row_label_width (cr, r, n, sizeof *r, w * 0.3, size);
  sp_font vf = { 9.5, 0, 0 };
  double vw, vh;
  sp_chart_measure (cr, "-£000,000", 0, vf, &vw, &vh);
  sp_box plot = { m + lw + 10 + (lo < 0 ? vw + 6 : 0), y, 0, 0 };
  plot.w = w - m - vw - 8 - plot.x;
  plot.h = h - y - m - 20;
  sp_chart_scale s;
  sp_chart_scale_fit (cr, lo, hi, 1, plot.w, sp_chart_money_tick, 9.5, &s);
  sp_chart_axis_x (cr, &plot, &s, sp_chart_money_tick, 9.5);

  double rowh = sp_chart_row_labels (cr, &plot, m, lw, r, n, sizeof *r, size);
  double bh = fmin (rowh * 0.62, 20);
  double x0 = plot.x + plot.w * sp_chart_scale_pos (&s, 0);
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot.y + rowh * ((double) i + 0.5);
      char buf[64];
      if (!r[i].defined)
        {
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, r[i].hidden ? SP_DISCLOSURE_MARK " not shown "
                                           "(too few people)"
                                         : "no value",
                         x0 + 4, cy, 0, vf, SP_ALIGN_START, SP_ALIGN_CENTRE);
          continue;
        }
      double pos = sp_chart_scale_pos (&s, r[i].value);
      double x1 = plot.x + plot.w * fmin (pos, 1.0);
      int neg = r[i].value < 0;
      sp_chart_bar (cr, x0, cy - bh / 2, x1 - x0, bh,
                    neg ? SP_COLOUR_NEGATIVE : SP_COLOUR_POSITIVE);
      if (pos > 1.0)
        sp_chart_break_mark (cr, x1 - 14, cy, bh);
      sp_chart_value_label (cr, sp_fmt_money (r[i].value, buf, sizeof buf),
                            neg ? x1 - 4 : x1 + 4, cy, vf, SP_COLOUR_TEXT,
                            neg ? SP_ALIGN_END : SP_ALIGN_START,
                            SP_ALIGN_CENTRE);
    }
  sp_chart_line (cr, x0, plot.y, x0, plot.y + plot.h, SP_COLOUR_AXIS, 1.2,
                 0);
  free (r);
}

const sp_chart sp_chart_social_value = {
  "social-value",
  "Social value (present value) by outcome",
  available,
  draw,
};

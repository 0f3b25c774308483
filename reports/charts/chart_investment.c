/* chart_investment.c -- the cost of delivering the budgets, by component

   One horizontal bar per component of investment (advocacy and
   assessment, reviews, the marketplace fee), largest first, on a linear
   money axis from zero, with the total in the subtitle and each value
   at its bar's end.  When one component is more than SP_CHART_DWARF
   times the next, the axis ends at the next one and the large bar is
   broken (the subtitle says so; its value is printed).  A component
   suppressed by disclosure control has no bar and reads "*".  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "chart_series.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "format.h"

static int
by_size (const void *a, const void *b)
{
  const sp_chart_point *x = a, *y = b;
  if (x->state != y->state)
    return x->state < y->state ? -1 : 1;
  /* qsort is not stable: ties keep the components' order, which the
     labels' addresses in the static table below give.  */
  if (x->value != y->value)
    return x->value < y->value ? 1 : -1;
  return x->label < y->label ? -1 : x->label > y->label;
}

size_t
sp_chart_investment_points (const cJSON *doc,
                            sp_chart_point p[SP_INVESTMENT_POINTS])
{
  /* Label strings of one array, so that their addresses are in order.  */
  static const char *const keys[SP_INVESTMENT_POINTS]
    = { "investment.advocacy", "investment.reviews",
        "investment.marketplace" };
  static const char order[SP_INVESTMENT_POINTS][32] = {
    "Advocacy and assessment", "Reviews", "Marketplace fee",
  };
  for (size_t i = 0; i < SP_INVESTMENT_POINTS; i++)
    p[i] = sp_chart_point_at (doc, keys[i], order[i], 1);
  qsort (p, SP_INVESTMENT_POINTS, sizeof *p, by_size);
  return SP_INVESTMENT_POINTS;
}

static int
available (const cJSON *doc)
{
  return cJSON_IsObject (sp_doc_get (doc, "investment"))
         && !sp_disclosure_hidden (sp_doc_get (doc, "investment.total"))
         && cJSON_IsNumber (sp_doc_get (doc, "investment.total"));
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  sp_chart_point p[SP_INVESTMENT_POINTS];
  size_t n = sp_chart_investment_points (doc, p);
  double v[SP_INVESTMENT_POINTS], top;
  for (size_t i = 0; i < n; i++)
    v[i] = p[i].state == SP_POINT_SHOWN ? p[i].value : NAN;
  long broken = sp_chart_dwarf (v, n, &top);
  if (broken >= 0)
    top *= 1.1;  /* the broken bar reaches beyond the others */

  const double m = 18, size = 10.5;
  char sub[768], tot[64], base[64], pc[16], ppl[32];
  const cJSON *inv = sp_doc_get (doc, "investment");
  int len = snprintf (
    sub, sizeof sub,
    "What delivering the budgets cost: %s in all (prices as in the "
    "evaluation file, VAT included). Advocacy for everyone assessed, an "
    "annual review of each of %s live plans, and a fee of %s on %s.",
    sp_fmt_money (sp_doc_num (inv, "total", 0), tot, sizeof tot),
    cJSON_IsNumber (sp_doc_get (inv, "phbs"))
      ? sp_fmt_number (sp_doc_num (inv, "phbs", 0), 0, ppl, sizeof ppl)
      : SP_DISCLOSURE_MARK,
    sp_fmt_percent (sp_doc_num (inv, "params.marketplace_fee", 0), 0, pc,
                    sizeof pc),
    cJSON_IsNumber (sp_doc_get (inv, "marketplace_base"))
      ? (snprintf (base, sizeof base, "%s %s",
                   strcmp (sp_doc_str (inv, "marketplace_basis", ""),
                           "transactions")
                       == 0
                     ? "the spend transacted,"
                     : "the budgets,",
                   sp_fmt_money (sp_doc_num (inv, "marketplace_base", 0),
                                 tot, sizeof tot)),
         base)
      : "the spend");
  if (broken >= 0 && len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len,
              " The axis is broken: the %s bar is longer than drawn.",
              p[broken].label);
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "The cost of delivering the budgets",
                             sub);

  double lw = sp_chart_row_label_width (cr, p, n, sizeof p[0], w * 0.28,
                                        size);
  sp_font vf = { 10, 0, 0 };
  double vw, vh;
  sp_chart_measure (cr, "£00,000,000", 0, vf, &vw, &vh);
  sp_box plot = { m + lw + 10, y + 6, 0, 0 };
  plot.w = w - m - vw - 12 - plot.x;
  plot.h = h - plot.y - m - 22;
  sp_chart_scale s;
  sp_chart_scale_fit (cr, 0, top, 1, plot.w, sp_chart_money_tick, 9.5, &s);
  sp_chart_axis_x (cr, &plot, &s, sp_chart_money_tick, 9.5);
  double rowh = sp_chart_row_labels (cr, &plot, m, lw, p, n, sizeof p[0],
                                     size);
  double bh = fmin (rowh * 0.55, 40);
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot.y + rowh * ((double) i + 0.5);
      char buf[64];
      if (p[i].state != SP_POINT_SHOWN)
        {
          sp_chart_value_label (cr, p[i].state == SP_POINT_HIDDEN
                                      ? SP_DISCLOSURE_MARK " (not shown: "
                                        "too few people)"
                                      : "n/a",
                                plot.x + 6, cy, vf, SP_COLOUR_MUTED,
                                SP_ALIGN_START, SP_ALIGN_CENTRE);
          continue;
        }
      double x1 = plot.x + plot.w * fmin (sp_chart_scale_pos (&s, p[i].value),
                                          1.0);
      sp_chart_bar (cr, plot.x, cy - bh / 2, x1 - plot.x, bh,
                    SP_COLOUR_AFTER);
      if ((long) i == broken)
        sp_chart_break_mark (cr, plot.x + plot.w * 0.85, cy, bh);
      sp_chart_value_label (cr, sp_fmt_money (p[i].value, buf, sizeof buf),
                            x1 + 6, cy, vf, SP_COLOUR_TEXT, SP_ALIGN_START,
                            SP_ALIGN_CENTRE);
    }
  sp_chart_line (cr, plot.x, plot.y, plot.x, plot.y + plot.h,
                 SP_COLOUR_AXIS, 1.2, 0);
}

const sp_chart sp_chart_investment = {
  "investment",
  "The cost of delivering the budgets, by component",
  available,
  draw,
};

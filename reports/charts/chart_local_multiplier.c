/* chart_local_multiplier.c -- the three rounds of the local multiplier

   One column per round of the New Economics Foundation's LM3, in the
   instrument's order (chart_series.h: sp_chart_lm3_points): R1 the
   spend through the budgets, R2 the part spent with local suppliers, R3
   what those suppliers re-spend locally (R2 times the assumed re-spend
   share).  The subtitle gives LM3 = (R1 + R2 + R3) / R1 and, when the
   results have a counterfactual LM3, the effect additional to the
   provision the budgets replaced.  Values sit above their columns on a
   background box; a suppressed round has no column and reads "*".  */

#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "chart_series.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"

void
sp_chart_lm3_points (const cJSON *doc, sp_chart_point p[SP_LM3_POINTS])
{
  const cJSON *le = sp_doc_get (doc, "local_economy");
  p[0] = sp_chart_point_at (le, "r1", "Round 1: spent through the budgets",
                            1);
  p[1] = sp_chart_point_at (le, "r2", "Round 2: spent with local suppliers",
                            1);
  p[2] = sp_chart_point_at (le, "r3", "Round 3: re-spent locally by them "
                            "(assumed)", 1);
}

static int
available (const cJSON *doc)
{
  sp_chart_point p[SP_LM3_POINTS];
  sp_chart_lm3_points (doc, p);
  return p[0].state == SP_POINT_SHOWN && p[0].value > 0;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  sp_chart_point p[SP_LM3_POINTS];
  sp_chart_lm3_points (doc, p);
  double top = 0;
  for (int i = 0; i < SP_LM3_POINTS; i++)
    if (p[i].state == SP_POINT_SHOWN)
      top = fmax (top, p[i].value);

  const double m = 18;
  const cJSON *le = sp_doc_get (doc, "local_economy");
  char sub[1024], a[64], b[64], c[64];
  int len = snprintf (
    sub, sizeof sub,
    "Local Multiplier 3 (New Economics Foundation): LM3 = (R1 + R2 + R3) "
    "/ R1 = %s. Round 3 assumes local suppliers re-spend %s of what they "
    "receive locally.",
    sp_fig_at (le, "lm3", SP_FIG_RATIO_PLAIN, a, sizeof a),
    sp_fig_at (le, "respend", SP_FIG_PERCENT, b, sizeof b));
  const cJSON *cf = sp_doc_get (le, "counterfactual_lm3");
  if (len > 0 && (size_t) len < sizeof sub)
    {
      if (cJSON_IsNumber (cf))
        snprintf (sub + len, sizeof sub - (size_t) len,
                  " Against the provision replaced (LM3 %s) the spending "
                  "adds %s locally.",
                  sp_fig_at (le, "counterfactual_lm3", SP_FIG_RATIO_PLAIN, c,
                             sizeof c),
                  sp_fig_at (le, "additional_effect", SP_FIG_MONEY, a,
                             sizeof a));
      else
        snprintf (sub + len, sizeof sub - (size_t) len,
                  " Without the LM3 of the provision the budgets replaced, "
                  "none of this is counted as additional.");
    }
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Where the budgets' money goes "
                             "locally (LM3)", sub);

  sp_chart_scale s;
  double fs = 9.5;
  sp_chart_scale_fit (cr, 0, top, 1, h - y - m - 70, sp_chart_money_tick, fs,
                      &s);
  double yl = sp_chart_axis_label_width (cr, &s, sp_chart_money_tick, fs);
  sp_box plot = { m + yl + 8, y + 22, 0, 0 };
  plot.w = w - m - plot.x;
  plot.h = h - plot.y - m - 44;
  sp_chart_axis_y (cr, &plot, &s, sp_chart_money_tick, fs);
  double cw = plot.w / SP_LM3_POINTS, bw = fmin (cw * 0.55, 120);
  sp_font vf = { 10.5, 1, 0 }, lf = { 10, 0, 0 };
  double zy = plot.y + plot.h;
  const sp_colour colours[SP_LM3_POINTS]
    = { SP_COLOUR_BEFORE, SP_COLOUR_AFTER, SP_COLOUR_POSITIVE };
  for (int i = 0; i < SP_LM3_POINTS; i++)
    {
      double cx = plot.x + cw * (i + 0.5);
      sp_chart_colour (cr, SP_COLOUR_TEXT);
      sp_chart_text (cr, p[i].label, cx - cw / 2 + 6, zy + 6, cw - 12, lf,
                     SP_ALIGN_CENTRE, SP_ALIGN_START);
      char buf[64];
      if (p[i].state != SP_POINT_SHOWN)
        {
          sp_chart_value_label (cr, p[i].state == SP_POINT_HIDDEN
                                      ? SP_DISCLOSURE_MARK
                                      : "n/a",
                                cx, zy - 4, vf, SP_COLOUR_MUTED,
                                SP_ALIGN_CENTRE, SP_ALIGN_END);
          continue;
        }
      double y1 = plot.y + plot.h * (1 - sp_chart_scale_pos (&s, p[i].value));
      sp_chart_bar (cr, cx - bw / 2, y1, bw, zy - y1, colours[i]);
      sp_chart_value_label (cr, sp_fmt_money (p[i].value, buf, sizeof buf),
                            cx, y1 - 3, vf, SP_COLOUR_TEXT, SP_ALIGN_CENTRE,
                            SP_ALIGN_END);
    }
}

const sp_chart sp_chart_local_multiplier = {
  "local-multiplier",
  "The three rounds of the local multiplier (LM3)",
  available,
  draw,
};

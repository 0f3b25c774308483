/* chart_profit_bridge.c -- social profit per person as a bridge

   A waterfall of social_profit.per_person, like for like (the cohort's
   saving and social value per participant, the local effect and the
   delivery cost per live plan): each benefit a step up from the one
   before, each cost a step down, and the net per person a bar from
   zero (chart_series.h: sp_chart_bridge_points).  Values sit above a
   rise and below a fall, on a background box so that no gridline
   crosses them.  The saving's step is named by its basis ("Forecast NHS
   saving") or as against a comparison group.  The local effect reads "not counted" when the results
   do not count it (no counterfactual LM3); the new-money share of the
   budget is a step only when it is above zero.  When disclosure control
   has suppressed a step, the steps cannot be stacked: every bar then
   stands on zero and the subtitle says so.  */

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "chart_series.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"

/* The saving's step says what the saving is: against a comparison
   group (social_profit.nhs_savings_basis), else its basis
   (savings.basis), as the saving's title does elsewhere.  */
static const char *
saving_label (const cJSON *doc)
{
  const char *against = sp_doc_str (doc, "social_profit.nhs_savings_basis",
                                    "");
  const char *basis = sp_doc_str (doc, "savings.basis", "");
  if (strcmp (against, "comparison_group") == 0)
    return "NHS saving against a comparison group";
  if (strcmp (basis, "forecast") == 0)
    return "Forecast NHS saving";
  if (strcmp (basis, "reported") == 0)
    return "Reported NHS saving";
  if (strcmp (basis, "observed") == 0)
    return "NHS saving (recorded activity)";
  return "NHS saving";
}

void
sp_chart_bridge_points (const cJSON *doc, sp_chart_point p[SP_BRIDGE_POINTS])
{
  const cJSON *sp = sp_doc_get (doc, "social_profit");
  p[SP_BRIDGE_SAVING] = sp_chart_point_at (sp, "per_person.saving",
                                           saving_label (doc), 1);
  p[SP_BRIDGE_SOCIAL_VALUE] = sp_chart_point_at (sp, "per_person.social_value",
                                                 "Social value", 1);
  p[SP_BRIDGE_LOCAL_EFFECT] = sp_chart_point_at (
    sp, "per_person.local_effect", "Local economic effect", 1);
  const cJSON *counted = sp_doc_get (sp, "counted.local_economic_effect");
  if (cJSON_IsFalse (counted))
    p[SP_BRIDGE_LOCAL_EFFECT].state = SP_POINT_UNDEFINED,
    p[SP_BRIDGE_LOCAL_EFFECT].value = 0;
  p[SP_BRIDGE_DELIVERY] = sp_chart_point_at (sp, "per_person.delivery_cost",
                                             "Delivery cost", -1);
  sp_chart_point costs = sp_chart_point_at (sp, "per_person.costs", "", -1);
  sp_chart_point share = sp_chart_point_at (sp, "budget_additional_share", "",
                                            1);
  p[SP_BRIDGE_NEW_BUDGET].label = "Budget that is new money";
  p[SP_BRIDGE_NEW_BUDGET].value = 0;
  p[SP_BRIDGE_NEW_BUDGET].state = SP_POINT_UNDEFINED;
  if (share.state == SP_POINT_SHOWN && share.value > 0)
    {
      if (costs.state == SP_POINT_SHOWN
          && p[SP_BRIDGE_DELIVERY].state == SP_POINT_SHOWN)
        {
          p[SP_BRIDGE_NEW_BUDGET].value
            = costs.value - p[SP_BRIDGE_DELIVERY].value;
          p[SP_BRIDGE_NEW_BUDGET].state = SP_POINT_SHOWN;
        }
      else
        p[SP_BRIDGE_NEW_BUDGET].state = SP_POINT_HIDDEN;
    }
  p[SP_BRIDGE_NET] = sp_chart_point_at (sp, "net_per_person",
                                        "Net per person", 1);
}

static int
available (const cJSON *doc)
{
  sp_chart_point p[SP_BRIDGE_POINTS];
  sp_chart_bridge_points (doc, p);
  return p[SP_BRIDGE_NET].state != SP_POINT_UNDEFINED;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  sp_chart_point p[SP_BRIDGE_POINTS];
  sp_chart_bridge_points (doc, p);
  int hidden = 0;
  for (int i = 0; i < SP_BRIDGE_POINTS; i++)
    hidden |= p[i].state == SP_POINT_HIDDEN;
  /* The columns drawn: every step but a new-money step of share 0.  */
  int cols[SP_BRIDGE_POINTS], nc = 0;
  for (int i = 0; i < SP_BRIDGE_POINTS; i++)
    if (i != SP_BRIDGE_NEW_BUDGET || p[i].state != SP_POINT_UNDEFINED)
      cols[nc++] = i;
  /* Where each bar starts and ends.  */
  double from[SP_BRIDGE_POINTS], to[SP_BRIDGE_POINTS];
  double run = 0, lo = 0, hi = 0;
  for (int k = 0; k < nc; k++)
    {
      int i = cols[k];
      double v = p[i].state == SP_POINT_SHOWN ? p[i].value : 0;
      if (i == SP_BRIDGE_NET || hidden)
        from[i] = 0, to[i] = v;
      else
        from[i] = run, to[i] = run + v, run += v;
      lo = fmin (lo, fmin (from[i], to[i]));
      hi = fmax (hi, fmax (from[i], to[i]));
    }

  const double m = 18;
  char sub[1024], a[64], b[64];
  const cJSON *sp = sp_doc_get (doc, "social_profit");
  int len = snprintf (sub, sizeof sub,
                      "Per person, like for like: the cohort's NHS saving "
                      "and social value per participant, plus the local "
                      "effect, less the cost of delivering one budget");
  const cJSON *share = sp_doc_get (sp, "budget_additional_share");
  if (cJSON_IsNumber (share) && share->valuedouble > 0 && len > 0)
    len += snprintf (sub + len, sizeof sub - (size_t) len,
                     " and the %s of the budget that is new money",
                     sp_fmt_percent (share->valuedouble, 0, a, sizeof a));
  else if (len > 0)
    len += snprintf (sub + len, sizeof sub - (size_t) len,
                     " (the budgets replace spending that would have "
                     "happened anyway)");
  const cJSON *ben = sp_doc_get (sp, "per_person.benefits");
  const cJSON *cba = sp_doc_get (sp, "per_person.costs_budgets_additional");
  if (cJSON_IsNumber (ben) && cJSON_IsNumber (cba) && len > 0
      && (size_t) len < sizeof sub)
    len += snprintf (sub + len, sizeof sub - (size_t) len,
                     ". Counting the whole budget (%s) as new money, the "
                     "net would be %s",
                     sp_fig_at (sp, "per_person.budget", SP_FIG_MONEY, b, sizeof b),
                     sp_fmt_money (ben->valuedouble - cba->valuedouble, a,
                                   sizeof a));
  if (len > 0 && (size_t) len < sizeof sub)
    len += snprintf (sub + len, sizeof sub - (size_t) len, ".%s",
                     hidden ? " * : not shown (too few people), so every "
                              "bar stands on zero."
                            : "");
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Social profit per person: from "
                             "benefits to net", sub);
  sp_legend_item legend[] = {
    { "Benefit", SP_COLOUR_POSITIVE, 0, 0 },
    { "Cost", SP_COLOUR_NEGATIVE, 0, 0 },
    { "Net per person", SP_COLOUR_AFTER, 0, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, 3, 10) + 4;

  sp_chart_scale s;
  double fs = 9.5;
  sp_chart_scale_fit (cr, lo, hi, 1, h - y - m - 60, sp_chart_money_tick, fs,
                      &s);
  double yl = sp_chart_axis_label_width (cr, &s, sp_chart_money_tick, fs);
  sp_box plot = { m + yl + 8, y + 18, 0, 0 };
  plot.w = w - m - plot.x;
  plot.h = h - plot.y - m - 40;
  sp_chart_axis_y (cr, &plot, &s, sp_chart_money_tick, fs);
  double cw = plot.w / nc, bw = fmin (cw * 0.6, 90);
  sp_font vf = { 10, 1, 0 }, lf = { 10, 0, 0 };
  double prev_y = NAN;
  for (int k = 0; k < nc; k++)
    {
      int i = cols[k];
      double cx = plot.x + cw * (k + 0.5);
      double y0 = plot.y + plot.h * (1 - sp_chart_scale_pos (&s, from[i]));
      double y1 = plot.y + plot.h * (1 - sp_chart_scale_pos (&s, to[i]));
      sp_chart_colour (cr, SP_COLOUR_TEXT);
      sp_chart_text (cr, p[i].label, cx - cw / 2 + 4, plot.y + plot.h + 6,
                     cw - 8, lf, SP_ALIGN_CENTRE, SP_ALIGN_START);
      /* A thin connector from the previous step's end.  */
      if (!hidden && !isnan (prev_y) && i != SP_BRIDGE_NET)
        sp_chart_line (cr, cx - cw + bw / 2, y0, cx - bw / 2, y0,
                       SP_COLOUR_AXIS, 0.8, 1);
      char buf[64];
      if (p[i].state != SP_POINT_SHOWN)
        {
          double zy = plot.y + plot.h * (1 - sp_chart_scale_pos (&s, 0));
          sp_chart_value_label (cr, p[i].state == SP_POINT_HIDDEN
                                      ? SP_DISCLOSURE_MARK
                                      : "not counted",
                                cx, zy - 4, lf, SP_COLOUR_MUTED,
                                SP_ALIGN_CENTRE, SP_ALIGN_END);
          continue;
        }
      sp_colour c = i == SP_BRIDGE_NET ? SP_COLOUR_AFTER
                    : p[i].value < 0   ? SP_COLOUR_NEGATIVE
                                       : SP_COLOUR_POSITIVE;
      double top = fmin (y0, y1), bh = fmax (fabs (y1 - y0), 1);
      sp_chart_bar (cr, cx - bw / 2, top, bw, bh, c);
      int up = to[i] >= from[i];
      sp_fmt_money (p[i].value, buf, sizeof buf);
      sp_chart_value_label (cr, buf, cx, up ? top - 3 : top + bh + 3, vf,
                            SP_COLOUR_TEXT, SP_ALIGN_CENTRE,
                            up ? SP_ALIGN_END : SP_ALIGN_START);
      prev_y = y1;
    }
}

const sp_chart sp_chart_profit_bridge = {
  "social-profit-bridge",
  "Social profit per person, like for like: benefits less costs",
  available,
  draw,
};

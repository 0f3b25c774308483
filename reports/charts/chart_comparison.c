/* chart_comparison.c -- mean annual cost before and after, programme
   and comparison group side by side (issue 14)

   Vertical bars on a linear money axis from zero: for each group a bar
   for its mean annual cost per participant in the baseline period and
   one for the after period, the value printed above each bar and the
   fall in mean cost under the group's name.  Reads
   savings.comparison.{programme_,}mean_{baseline,after}_cost,
   {programme_,}mean_change, savings.participants and
   savings.comparison.participants.  Means only: no person's figures.  */

#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "charts.h"
#include "doc.h"
#include "format.h"

typedef struct
{
  const char *name;
  double n;
  const cJSON *before, *after, *change;
} group;

static int
available (const cJSON *doc)
{
  const cJSON *c = sp_doc_get (doc, "savings.comparison");
  const char *keys[] = { "mean_baseline_cost", "mean_after_cost",
                         "programme_mean_baseline_cost",
                         "programme_mean_after_cost" };
  if (!c)
    return 0;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (!cJSON_IsNumber (cJSON_GetObjectItemCaseSensitive (c, keys[i])))
      return 0;
  return 1;
}

static void
groups_of (const cJSON *doc, group g[2])
{
  const cJSON *c = sp_doc_get (doc, "savings.comparison");
  g[0] = (group) {
    "Programme", sp_doc_num (doc, "savings.participants", 0),
    cJSON_GetObjectItemCaseSensitive (c, "programme_mean_baseline_cost"),
    cJSON_GetObjectItemCaseSensitive (c, "programme_mean_after_cost"),
    cJSON_GetObjectItemCaseSensitive (c, "programme_mean_change"),
  };
  g[1] = (group) {
    "Comparison group", sp_doc_num (c, "participants", 0),
    cJSON_GetObjectItemCaseSensitive (c, "mean_baseline_cost"),
    cJSON_GetObjectItemCaseSensitive (c, "mean_after_cost"),
    cJSON_GetObjectItemCaseSensitive (c, "mean_change"),
  };
}

/* A bar of VALUE from the axis of PLOT at X, BW wide, its value above.  */
static void
bar (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s, double x,
     double bw, double value, sp_colour colour)
{
  double y0 = plot->y + plot->h;
  double y1 = plot->y + plot->h * (1.0 - sp_chart_scale_pos (s, value));
  if (value > 0)
    sp_chart_bar (cr, x, y1, bw, fmax (y0 - y1, 1), colour);
  char buf[64];
  sp_chart_value_label (cr, sp_fmt_money (value, buf, sizeof buf),
                        x + bw / 2, fmin (y1, y0) - 3, (sp_font){ 10, 1, 0 },
                        SP_COLOUR_TEXT, SP_ALIGN_CENTRE, SP_ALIGN_END);
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  group g[2];
  groups_of (doc, g);
  double hi = 0;
  for (int k = 0; k < 2; k++)
    hi = fmax (hi, fmax (g[k].before->valuedouble, g[k].after->valuedouble));

  const double m = 18, size = 10.5;
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (
    cr, w, m, "Mean annual NHS cost per participant: programme and "
              "comparison group",
    "Each group's mean cost in the baseline period and the after period. "
    "The comparison group's fall is what the data show happening without "
    "the programme; the saving against it is adjusted for the groups' "
    "different baselines (see the statement). Means of each group only.");
  y += sp_chart_period_legend (cr, doc, m, y, size) + 10;

  sp_font name_font = { 11, 1, 0 }, note_font = { 9.5, 0, 0 };
  double tw, th;
  sp_chart_measure (cr, "Comparison group", 0, name_font, &tw, &th);
  sp_chart_scale s;
  sp_chart_scale_linear (0, hi, 6, 1, &s);
  double lw = sp_chart_axis_label_width (cr, &s, sp_chart_money_tick, 9.5);
  sp_box plot = { m + lw + 8, y + 16, 0, 0 };
  plot.w = w - m - plot.x;
  plot.h = h - plot.y - m - 2.5 * th - 8;
  sp_chart_scale_fit (cr, 0, hi, 1, plot.h, sp_chart_money_tick, 9.5, &s);
  sp_chart_axis_y (cr, &plot, &s, sp_chart_money_tick, 9.5);

  double slot = plot.w / 2, bw = fmin (slot * 0.28, 90);
  for (int k = 0; k < 2; k++)
    {
      double cx = plot.x + slot * ((double) k + 0.5);
      bar (cr, &plot, &s, cx - bw - 3, bw, g[k].before->valuedouble,
           SP_COLOUR_BEFORE);
      bar (cr, &plot, &s, cx + 3, bw, g[k].after->valuedouble,
           SP_COLOUR_AFTER);
      char label[96], n[32], fall[128], money[64];
      snprintf (label, sizeof label, "%s (%s people)", g[k].name,
                sp_fmt_number (g[k].n, 0, n, sizeof n));
      sp_chart_colour (cr, SP_COLOUR_TEXT);
      double ty = plot.y + plot.h + 6;
      ty += sp_chart_text (cr, label, cx, ty, 0, name_font, SP_ALIGN_CENTRE,
                           SP_ALIGN_START);
      if (cJSON_IsNumber (g[k].change))
        {
          double c = g[k].change->valuedouble;
          snprintf (fall, sizeof fall, "%s in mean cost: %s",
                    c >= 0 ? "fall" : "rise",
                    sp_fmt_money (fabs (c), money, sizeof money));
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, fall, cx, ty + 2, 0, note_font, SP_ALIGN_CENTRE,
                         SP_ALIGN_START);
        }
    }
  sp_chart_line (cr, plot.x, plot.y + plot.h, plot.x + plot.w,
                 plot.y + plot.h, SP_COLOUR_AXIS, 1.2, 0);
}

const sp_chart sp_chart_comparison = {
  "comparison",
  "Mean annual cost before and after, programme and comparison group",
  available,
  draw,
};

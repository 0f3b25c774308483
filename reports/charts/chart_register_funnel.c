/* chart_register_funnel.c -- the PHB register as a funnel

   One row per step, enquiries -> referrals -> assessed -> live PHBs
   (chart_series.h: sp_chart_funnel_points), each a bar from zero on one
   linear scale of people.  Behind each step's bar, in other colours,
   the people who left between the step before and this one (not
   referred; awaiting assessment; lost and ineligible), so that each row
   is as long as the step before.  Counts are printed at the bar ends
   and the ways out beside them; a count suppressed by disclosure
   control reads "*" and has no bar.  */

#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "chart_series.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "format.h"

void
sp_chart_funnel_points (const cJSON *doc, sp_chart_point p[SP_FUNNEL_POINTS])
{
  const cJSON *r = sp_doc_get (doc, "register");
  p[SP_FUNNEL_ENQUIRIES] = sp_chart_point_at (r, "enquiries", "Enquiries", 1);
  p[SP_FUNNEL_REFERRALS] = sp_chart_point_at (r, "referrals", "Referred", 1);
  p[SP_FUNNEL_AWAITING]
    = sp_chart_point_at (r, "referred", "awaiting assessment", 1);
  p[SP_FUNNEL_ASSESSED]
    = sp_chart_point_diff (doc, p[SP_FUNNEL_REFERRALS], p[SP_FUNNEL_AWAITING],
                           "Assessed");
  p[SP_FUNNEL_PHBS]
    = sp_chart_point_at (r, "phbs", "Live PHBs (approved or in process)", 1);
  p[SP_FUNNEL_NOT_REFERRED]
    = sp_chart_point_diff (doc, p[SP_FUNNEL_ENQUIRIES], p[SP_FUNNEL_REFERRALS],
                           "not referred");
  p[SP_FUNNEL_INELIGIBLE] = sp_chart_point_at (r, "ineligible", "ineligible",
                                               1);
  p[SP_FUNNEL_LOST]
    = sp_chart_point_at (r, "lost", "lost (withdrew before a plan)", 1);
}

static int
available (const cJSON *doc)
{
  sp_chart_point p[SP_FUNNEL_POINTS];
  sp_chart_funnel_points (doc, p);
  return p[SP_FUNNEL_ENQUIRIES].state != SP_POINT_UNDEFINED
         && p[SP_FUNNEL_REFERRALS].state != SP_POINT_UNDEFINED
         && p[SP_FUNNEL_PHBS].state != SP_POINT_UNDEFINED;
}

/* "12 lost" or "* lost" or "n/a lost" into BUF.  */
static char *
count_text (const sp_chart_point *q, char *buf, size_t size)
{
  char n[32];
  snprintf (buf, size, "%s %s",
            q->state == SP_POINT_SHOWN
              ? sp_fmt_number (q->value, 0, n, sizeof n)
            : q->state == SP_POINT_HIDDEN ? SP_DISCLOSURE_MARK
                                          : "n/a",
            q->label);
  return buf;
}

typedef struct
{
  const char *label;   /* first: sp_chart_row_labels */
  int step;
  int exits[2];        /* -1: none */
  sp_colour colours[2];
} row;

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  sp_chart_point p[SP_FUNNEL_POINTS];
  sp_chart_funnel_points (doc, p);
  row rows[] = {
    { p[SP_FUNNEL_ENQUIRIES].label, SP_FUNNEL_ENQUIRIES, { -1, -1 },
      { SP_COLOUR_BEFORE, SP_COLOUR_BEFORE } },
    { p[SP_FUNNEL_REFERRALS].label, SP_FUNNEL_REFERRALS,
      { SP_FUNNEL_NOT_REFERRED, -1 }, { SP_COLOUR_BEFORE, SP_COLOUR_BEFORE } },
    { p[SP_FUNNEL_ASSESSED].label, SP_FUNNEL_ASSESSED,
      { SP_FUNNEL_AWAITING, -1 }, { SP_COLOUR_BAND, SP_COLOUR_BAND } },
    { p[SP_FUNNEL_PHBS].label, SP_FUNNEL_PHBS,
      { SP_FUNNEL_LOST, SP_FUNNEL_INELIGIBLE },
      { SP_COLOUR_NEGATIVE, SP_COLOUR_SERIES3 } },
  };
  const size_t n = sizeof rows / sizeof rows[0];
  double top = 0;
  int hidden = 0;
  for (size_t i = 0; i < SP_FUNNEL_POINTS; i++)
    {
      if (p[i].state == SP_POINT_SHOWN && i <= SP_FUNNEL_PHBS)
        top = fmax (top, p[i].value);
      hidden |= p[i].state == SP_POINT_HIDDEN;
    }

  const double m = 18, size = 10.5;
  char sub[512];
  int len = snprintf (sub, sizeof sub,
                      "People in the PHB register at each step and where "
                      "they left it. Everyone referred is assessed unless "
                      "still awaiting assessment; live PHBs are plans "
                      "approved or being written.");
  if (hidden && len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len,
              " * : a count not shown (disclosure control: too few "
              "people).");
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "From enquiry to personal health "
                             "budget", sub);
  sp_legend_item legend[] = {
    { "At this step", SP_COLOUR_AFTER, 0, 0 },
    { "Not referred", SP_COLOUR_BEFORE, 0, 0 },
    { "Awaiting assessment", SP_COLOUR_BAND, 0, 0 },
    { "Lost", SP_COLOUR_NEGATIVE, 0, 0 },
    { "Ineligible", SP_COLOUR_SERIES3, 0, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, 5, 10) + 6;

  double lw = sp_chart_row_label_width (cr, rows, n, sizeof rows[0], w * 0.22,
                                        size);
  sp_box plot = { m + lw + 10, y, 0, 0 };
  plot.w = (w - m - plot.x) * 0.62;
  plot.h = h - y - m - 22;
  sp_chart_scale s;
  sp_chart_scale_fit (cr, 0, top, 1, plot.w, sp_chart_number_tick, 9.5, &s);
  sp_chart_axis_x (cr, &plot, &s, sp_chart_number_tick, 9.5);
  double rowh = sp_chart_row_labels (cr, &plot, m, lw, rows, n,
                                     sizeof rows[0], size);
  double bh = fmin (rowh * 0.6, 34);
  sp_font vf = { 10, 1, 0 }, ef = { 9.5, 0, 0 };
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot.y + rowh * ((double) i + 0.5);
      const sp_chart_point *st = &p[rows[i].step];
      double x = plot.x;
      char buf[96];
      if (st->state == SP_POINT_SHOWN)
        {
          x = plot.x + plot.w * sp_chart_scale_pos (&s, st->value);
          sp_chart_bar (cr, plot.x, cy - bh / 2, x - plot.x, bh,
                        SP_COLOUR_AFTER);
        }
      double xe = x;
      /* The ways out, stacked after the step's bar, only where the
         step's own count is shown (else their place is unknown).  */
      for (int k = 0; k < 2 && st->state == SP_POINT_SHOWN; k++)
        {
          int e = rows[i].exits[k];
          if (e < 0 || p[e].state != SP_POINT_SHOWN || p[e].value <= 0)
            continue;
          double x1 = xe + plot.w * p[e].value / (s.hi - s.lo);
          sp_chart_bar (cr, xe, cy - bh / 2, x1 - xe, bh,
                        rows[i].colours[k]);
          xe = x1;
        }
      char cnt[32];
      const char *own = st->state == SP_POINT_SHOWN
                          ? sp_fmt_number (st->value, 0, cnt, sizeof cnt)
                        : st->state == SP_POINT_HIDDEN ? SP_DISCLOSURE_MARK
                                                       : "n/a";
      double tx = xe + 6;
      tx += sp_chart_value_label (cr, own, tx, cy, vf, SP_COLOUR_TEXT,
                                  SP_ALIGN_START, SP_ALIGN_CENTRE)
            + 10;
      for (int k = 0; k < 2; k++)
        {
          int e = rows[i].exits[k];
          if (e < 0)
            continue;
          count_text (&p[e], buf, sizeof buf);
          tx += sp_chart_value_label (cr, buf, tx, cy, ef, SP_COLOUR_MUTED,
                                      SP_ALIGN_START, SP_ALIGN_CENTRE)
                + 10;
        }
    }
  sp_chart_line (cr, plot.x, plot.y, plot.x, plot.y + plot.h,
                 SP_COLOUR_AXIS, 1.2, 0);
}

const sp_chart sp_chart_register_funnel = {
  "register-funnel",
  "The PHB register from enquiry to live plan, and where people left",
  available,
  draw,
};

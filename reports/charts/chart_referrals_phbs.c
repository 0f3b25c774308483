/* chart_referrals_phbs.c -- referrals and new PHBs month by month

   Two panels sharing the month axis, read from register.monthly[]
   ({month "YYYY-MM", referrals, new_phbs, cumulative_phbs}): above, the
   cumulative PHBs with an approval date (a line); below, the referrals
   and the new PHBs of each month (bars side by side).  Live plans
   without an approval date (register.undated_phbs) cannot be placed in
   a month; the subtitle says how many there are.  */

#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "format.h"

static int
available (const cJSON *doc)
{
  return cJSON_GetArraySize (sp_doc_get (doc, "register.monthly")) > 0;
}

/* A labelled tick every few months, as many as fit in WIDTH for N
   months.  */
static int
label_step (cairo_t *cr, int n, double width)
{
  static const int steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };
  double lw, lh;
  sp_chart_measure (cr, "2000-00", 0, (sp_font){ 9, 0, 0 }, &lw, &lh);
  for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
    if (width / n * steps[i] >= lw + 10)
      return steps[i];
  return 240;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  const cJSON *months = sp_doc_get (doc, "register.monthly");
  int n = cJSON_GetArraySize (months);
  double most = 0, top_max = 0;
  const cJSON *e;
  cJSON_ArrayForEach (e, months)
  {
    most = fmax (most, fmax (sp_doc_num (e, "referrals", 0),
                             sp_doc_num (e, "new_phbs", 0)));
    top_max = fmax (top_max, sp_doc_num (e, "cumulative_phbs", 0));
  }
  const double m = 18;
  char sub[512], a[32];
  double undated = sp_doc_num (doc, "register.undated_phbs", 0);
  int hidden = 0;
  cJSON_ArrayForEach (e, months)
  hidden |= sp_disclosure_hidden (sp_doc_get (e, "referrals"))
            || sp_disclosure_hidden (sp_doc_get (e, "new_phbs"))
            || sp_disclosure_hidden (sp_doc_get (e, "cumulative_phbs"));
  int len = snprintf (sub, sizeof sub,
                      "People referred and plans approved each month, and "
                      "the plans approved so far%s",
                      hidden ? " (" SP_DISCLOSURE_MARK ": a month's count "
                               "of 1 to the disclosure threshold, not "
                               "shown, and the total so far it would give "
                               "away)"
                             : "");
  if (sp_disclosure_hidden (sp_doc_get (doc, "register.undated_phbs"))
      && len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len,
              "; a few live plans without an approval date cannot be "
              "placed in a month and are not shown.");
  else if (undated > 0 && len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len,
              "; %s live plan%s without an approval date cannot be placed "
              "in a month and %s not shown.",
              sp_fmt_number (undated, 0, a, sizeof a), undated == 1 ? "" : "s",
              undated == 1 ? "is" : "are");
  else if (len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len, ".");
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Referrals and personal health "
                             "budgets month by month", sub);
  sp_legend_item legend[] = {
    { "PHBs approved so far", SP_COLOUR_AFTER, 1, 0 },
    { "Referrals in the month", SP_COLOUR_SERIES3, 0, 0 },
    { "New PHBs in the month", SP_COLOUR_BEFORE, 0, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, 3, 10) + 8;

  sp_chart_scale sy1, sy2;
  sp_chart_scale_linear (0, fmax (top_max, 1), 5, 1, &sy1);
  sp_chart_scale_linear (0, fmax (most, 1), 4, 1, &sy2);
  double yl = fmax (
    sp_chart_axis_label_width (cr, &sy1, sp_chart_number_tick, 9.5),
    sp_chart_axis_label_width (cr, &sy2, sp_chart_number_tick, 9.5));
  double left = m + 22 + yl + 6;
  double avail = h - y - m - 24;
  sp_box top = { left, y, w - m - 10 - left, avail * 0.5 };
  sp_box bottom = { left, y + avail * 0.5 + 16, top.w, avail * 0.5 - 16 };
  sp_chart_axis_y (cr, &top, &sy1, sp_chart_number_tick, 9.5);
  sp_chart_axis_y (cr, &bottom, &sy2, sp_chart_number_tick, 9.5);
  sp_font af = { 10, 0, 0 }, tf = { 9, 0, 0 };
  sp_chart_colour (cr, SP_COLOUR_MUTED);
  sp_chart_text_up (cr, "PHBs so far", m + 8, top.y + top.h / 2, af);
  sp_chart_text_up (cr, "Each month", m + 8, bottom.y + bottom.h / 2, af);

  /* Month I is the slot [I, I + 1) of the axis, its points at the
     middle.  */
  double slot = top.w / n;
  int step = label_step (cr, n, top.w);
  for (int i = 0; i < n; i++)
    {
      const cJSON *mo = cJSON_GetArrayItem (months, i);
      double x = top.x + slot * i;
      double bw = fmin (slot * 0.4, 14);
      double r = sp_doc_num (mo, "referrals", 0);
      double p = sp_doc_num (mo, "new_phbs", 0);
      double base = bottom.y + bottom.h;
      double hr = bottom.h * sp_chart_scale_pos (&sy2, r);
      double hp = bottom.h * sp_chart_scale_pos (&sy2, p);
      double mid = x + slot / 2;
      const char *const member[2] = { "referrals", "new_phbs" };
      for (int k = 0; k < 2; k++)
        if (sp_disclosure_hidden (sp_doc_get (mo, member[k])))
          {
            /* Suppressed: a mark on the axis, no bar.  */
            sp_chart_colour (cr, SP_COLOUR_MUTED);
            sp_chart_text (cr, SP_DISCLOSURE_MARK, k ? mid + bw / 2
                                                    : mid - bw / 2,
                           base - 1, 0, tf, SP_ALIGN_CENTRE, SP_ALIGN_END);
          }
      sp_chart_bar (cr, mid - bw, base - hr, bw, hr, SP_COLOUR_SERIES3);
      sp_chart_bar (cr, mid, base - hp, bw, hp, SP_COLOUR_BEFORE);
      if (i % step == 0)
        {
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, sp_doc_str (mo, "month", ""), mid, base + 4, 0,
                         tf, SP_ALIGN_CENTRE, SP_ALIGN_START);
        }
    }
  cairo_save (cr);
  sp_chart_colour (cr, SP_COLOUR_AFTER);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  int pen = 0;  /* the line breaks where a total is suppressed */
  for (int i = 0; i < n; i++)
    {
      const cJSON *cv = sp_doc_get (cJSON_GetArrayItem (months, i),
                                    "cumulative_phbs");
      if (!cJSON_IsNumber (cv))
        {
          pen = 0;
          continue;
        }
      double x = top.x + slot * (i + 0.5);
      double yy = top.y
                  + top.h * (1 - sp_chart_scale_pos (&sy1, cv->valuedouble));
      if (!pen)
        cairo_move_to (cr, x, yy);
      else
        cairo_line_to (cr, x, yy);
      pen = 1;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

const sp_chart sp_chart_referrals_phbs = {
  "referrals-and-phbs",
  "Referrals and new PHBs each month, and PHBs approved so far",
  available,
  draw,
};

/* chart_rollout_trajectory.c -- live PHBs month by month, to the target

   Two panels sharing the month axis, read from rollout.trajectory[]
   ({month "YYYY-MM", referrals, assessments, new_phbs, live_phbs}):
   above, the live PHBs with the target (rollout.target_phbs) as a
   dashed line; below, the referrals, assessments and new PHBs each
   month.  The target date (rollout.target_date, "YYYY-MM") is marked
   when it falls within or just after the months shown, so the reader
   sees whether it is met.  Months are placed by their distance from
   the trajectory's first month.

   When the rollout has "progress" (issue 10) and the register its
   months (register.monthly[]), the cumulative PHBs observed each month
   are drawn over the plan, and the month axis widens to hold them.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "chart_series.h"
#include "charts.h"
#include "doc.h"
#include "format.h"
#include "xalloc.h"

enum { REFERRALS, ASSESSMENTS, NEW_PHBS, LIVE, N_SERIES };
static const char *const field[N_SERIES] = {
  "referrals", "assessments", "new_phbs", "live_phbs"
};

static int
available (const cJSON *doc)
{
  return cJSON_GetArraySize (sp_doc_get (doc, "rollout.trajectory")) > 0;
}

int
sp_chart_trajectory_merged (const cJSON *doc)
{
  const cJSON *p;
  int any = 0;
  cJSON_ArrayForEach (p, sp_doc_get (doc, "rollout.trajectory"))
  {
    if (sp_doc_num (p, "referrals", 0) != sp_doc_num (p, "assessments", 0))
      return 0;
    any = 1;
  }
  return any;
}

/* The trajectory as N rows of N_SERIES numbers.  */
static double *
table_of (const cJSON *traj, size_t n)
{
  double *t = sp_xcalloc ((n ? n : 1) * N_SERIES, sizeof *t);
  size_t i = 0;
  const cJSON *p;
  cJSON_ArrayForEach (p, traj)
  {
    for (int k = 0; k < N_SERIES; k++)
      t[i * N_SERIES + k] = sp_doc_num (p, field[k], 0);
    i++;
  }
  return t;
}

/* The month "YYYY-MM" as a count of months, or -1.  */
static long
month_number (const char *s)
{
  int y, m;
  if (!s || sscanf (s, "%d-%d", &y, &m) != 2 || m < 1 || m > 12)
    return -1;
  return (long) y * 12 + m - 1;
}

/* The name of month I from the trajectory's first month START (a month
   number, or -1 when not known: then I + 1).  */
static const char *
month_name (long start, long i, char *buf, size_t size)
{
  if (start >= 0)
    snprintf (buf, size, "%04ld-%02ld", (start + i) / 12,
              (start + i) % 12 + 1);
  else
    snprintf (buf, size, "%ld", i + 1);
  return buf;
}

static void
series (cairo_t *cr, const sp_box *plot, const sp_chart_scale *sx,
        const sp_chart_scale *sy, const double *t, size_t n, int k,
        sp_colour colour, double width, int dashed)
{
  cairo_save (cr);
  sp_chart_colour (cr, colour);
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (dashed)
    {
      double dash[] = { 5, 3 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  for (size_t i = 0; i < n; i++)
    {
      double x = plot->x + plot->w * sp_chart_scale_pos (sx, (double) i);
      double y = plot->y + plot->h
                 * (1 - sp_chart_scale_pos (sy, t[i * N_SERIES + k]));
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static double
column_max (const double *t, size_t n, int k)
{
  double hi = 0;
  for (size_t i = 0; i < n; i++)
    hi = fmax (hi, t[i * N_SERIES + k]);
  return hi;
}

/* The month axis from FIRST to LAST with a labelled tick every few
   months, as many as fit in WIDTH.  */
static void
month_scale (cairo_t *cr, long start, long first, long last, double width,
             sp_chart_scale *s)
{
  static const int steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };
  char buf[32];
  double lw, lh;
  sp_chart_measure (cr, month_name (start, 0, buf, sizeof buf), 0,
                    (sp_font){ 9.5, 0, 0 }, &lw, &lh);
  s->lo = (double) first;
  s->hi = last > first ? (double) last : (double) first + 1;
  s->log = 0;
  s->step = steps[sizeof steps / sizeof steps[0] - 1];
  for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
    if (width * steps[i] / (s->hi - s->lo) >= lw + 12)
      {
        s->step = steps[i];
        break;
      }
}

static void
month_labels (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
              long start)
{
  sp_font f = { 9.5, 0, 0 };
  char buf[32];
  sp_chart_colour (cr, SP_COLOUR_MUTED);
  for (long i = (long) s->lo; i <= (long) s->hi; i += (long) s->step)
    sp_chart_text (cr, month_name (start, i, buf, sizeof buf),
                   plot->x + plot->w * sp_chart_scale_pos (s, (double) i),
                   plot->y + plot->h + 4, 0, f, SP_ALIGN_CENTRE,
                   SP_ALIGN_START);
}

/* The observed months (register.monthly[]) as month indexes from START
   into *FIRST and *LAST; returns how many there are (0 when the rollout
   has no progress, or the months are unknown).  */
static int
observed_span (const cJSON *doc, long start, long *first, long *last)
{
  const cJSON *months = sp_doc_get (doc, "register.monthly");
  int n = cJSON_GetArraySize (months);
  if (!sp_doc_get (doc, "rollout.progress") || n == 0 || start < 0)
    return 0;
  long a = month_number (sp_doc_str (cJSON_GetArrayItem (months, 0),
                                     "month", NULL));
  long b = month_number (sp_doc_str (cJSON_GetArrayItem (months, n - 1),
                                     "month", NULL));
  if (a < 0 || b < 0)
    return 0;
  *first = a - start;
  *last = b - start;
  return n;
}

/* The cumulative PHBs observed, drawn from month index FIRST over the
   plan in the panel PLOT.  */
static void
observed (const cJSON *doc, cairo_t *cr, const sp_box *plot,
          const sp_chart_scale *sx, const sp_chart_scale *sy, long first)
{
  const cJSON *months = sp_doc_get (doc, "register.monthly");
  cairo_save (cr);
  sp_chart_colour (cr, SP_COLOUR_TEXT);
  cairo_set_line_width (cr, 2);
  long i = first;
  const cJSON *e;
  cJSON_ArrayForEach (e, months)
  {
    double x = plot->x + plot->w * sp_chart_scale_pos (sx, (double) i);
    double y = plot->y + plot->h
               * (1 - sp_chart_scale_pos (sy, sp_doc_num (e,
                                                          "cumulative_phbs",
                                                          0)));
    if (i == first)
      cairo_move_to (cr, x, y);
    else
      cairo_line_to (cr, x, y);
    i++;
  }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
subtitle (const cJSON *doc, char *sub, size_t size)
{
  char a[64], b[64];
  const cJSON *target = sp_doc_get (doc, "rollout.target_phbs");
  const char *reached = sp_doc_str (doc, "rollout.target_month", NULL);
  const char *date = sp_doc_str (doc, "rollout.target_date", NULL);
  const cJSON *met = sp_doc_get (doc, "rollout.target_met");
  int len = snprintf (sub, size, "Projected referral ramp to %s personal "
                      "health budgets",
                      cJSON_IsNumber (target)
                        ? sp_fmt_number (target->valuedouble, 0, a, sizeof a)
                        : "the target number of");
  if (len < 0 || (size_t) len >= size)
    return;
  if (reached)
    len += snprintf (sub + len, size - (size_t) len,
                     "; the target is reached in %s", reached);
  else
    len += snprintf (sub + len, size - (size_t) len,
                     "; the target is not reached in the months projected");
  if (len < 0 || (size_t) len >= size)
    return;
  if (date && cJSON_IsBool (met))
    len += snprintf (sub + len, size - (size_t) len,
                     ", %s the target date %s.",
                     cJSON_IsTrue (met) ? "meeting" : "missing", date);
  else
    len += snprintf (sub + len, size - (size_t) len, ".");
  const cJSON *p = sp_doc_get (doc, "rollout.progress");
  if (p && len > 0 && (size_t) len < size)
    snprintf (sub + len, size - (size_t) len,
              " Observed (black): %s PHBs approved by %s against %s "
              "planned (%s).",
              sp_fmt_number (sp_doc_num (p, "observed_phbs", 0), 0, a,
                             sizeof a),
              sp_doc_str (p, "as_of", ""),
              sp_fmt_number (sp_doc_num (p, "planned_phbs", 0), 0, b,
                             sizeof b),
              sp_doc_str (p, "status", ""));
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  const cJSON *traj = sp_doc_get (doc, "rollout.trajectory");
  size_t n = (size_t) cJSON_GetArraySize (traj);
  double *t = table_of (traj, n);
  const cJSON *target = sp_doc_get (doc, "rollout.target_phbs");
  int have_target = cJSON_IsNumber (target);
  double tv = have_target ? target->valuedouble : 0;
  long start = month_number (sp_doc_str (cJSON_GetArrayItem (traj, 0),
                                         "month", NULL));
  long due = month_number (sp_doc_str (doc, "rollout.target_date", NULL));
  long due_index = start >= 0 && due >= 0 ? due - start : -1;
  long first = 0, last = n ? (long) n - 1 : 0;
  if (due_index >= 0 && due_index > last && due_index <= last + last / 4 + 3)
    last = due_index;
  long obs_first = 0, obs_last = 0;
  int n_obs = observed_span (doc, start, &obs_first, &obs_last);
  double obs_max = 0;
  if (n_obs)
    {
      first = obs_first < first ? obs_first : first;
      last = obs_last > last ? obs_last : last;
      const cJSON *e;
      cJSON_ArrayForEach (e, sp_doc_get (doc, "register.monthly"))
      obs_max = fmax (obs_max, sp_doc_num (e, "cumulative_phbs", 0));
    }

  const double m = 18;
  char sub[512], a[64];
  subtitle (doc, sub, sizeof sub);
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m, "Rollout: personal health budgets "
                             "month by month", sub);
  /* Referrals and assessments the same every month: one line, and the
     legend says so.  */
  int same = sp_chart_trajectory_merged (doc);
  sp_legend_item legend[] = {
    { "Live PHBs", SP_COLOUR_AFTER, 1, 0 },
    { "Target", SP_COLOUR_ACCENT, 1, 1 },
    { "New PHBs a month", SP_COLOUR_BEFORE, 1, 1 },
    { "Observed", SP_COLOUR_TEXT, 1, 0 },
    { same ? "Referrals = assessments a month (one line: the same every "
             "month)"
           : "Referrals a month",
      SP_COLOUR_SERIES3, 1, 0 },
    { "Assessments a month", SP_COLOUR_POSITIVE, 1, 0 },
  };
  /* Two rows: the live PHBs, then the monthly flows.  */
  y += sp_chart_legend (cr, m, y, legend, n_obs ? 4 : 3, 10);
  y += sp_chart_legend (cr, m, y, legend + 4, same ? 1 : 2, 10) + 8;

  sp_chart_scale sx, sy1, sy2;
  sp_chart_scale_linear (0, fmax (fmax (column_max (t, n, LIVE), obs_max),
                                  tv * 1.05), 5, 1, &sy1);
  double flow = fmax (column_max (t, n, REFERRALS),
                      fmax (column_max (t, n, ASSESSMENTS),
                            column_max (t, n, NEW_PHBS)));
  sp_chart_scale_linear (0, flow, 4, 1, &sy2);
  double yl = fmax (
    sp_chart_axis_label_width (cr, &sy1, sp_chart_number_tick, 9.5),
    sp_chart_axis_label_width (cr, &sy2, sp_chart_number_tick, 9.5));
  double left = m + 22 + yl + 6;
  double avail = h - y - m - 36;
  sp_box top = { left, y, w - m - 24 - left, avail * 0.58 };
  sp_box bottom = { left, y + avail * 0.58 + 18, top.w, avail * 0.42 - 18 };
  month_scale (cr, start, first, last, top.w, &sx);

  sp_chart_axis_y (cr, &top, &sy1, sp_chart_number_tick, 9.5);
  sp_chart_axis_y (cr, &bottom, &sy2, sp_chart_number_tick, 9.5);
  sp_chart_grid_x (cr, &top, &sx);
  sp_chart_grid_x (cr, &bottom, &sx);
  month_labels (cr, &bottom, &sx, start);
  sp_font af = { 10, 0, 0 };
  sp_chart_colour (cr, SP_COLOUR_MUTED);
  sp_chart_text_up (cr, "Live PHBs", m + 8, top.y + top.h / 2, af);
  sp_chart_text_up (cr, "Each month", m + 8, bottom.y + bottom.h / 2, af);

  if (have_target)
    {
      double ty = top.y + top.h * (1 - sp_chart_scale_pos (&sy1, tv));
      sp_chart_line (cr, top.x, ty, top.x + top.w, ty, SP_COLOUR_ACCENT, 1.5,
                     1);
      char lbl[64];
      snprintf (lbl, sizeof lbl, "Target %s", sp_fmt_number (tv, 0, a,
                                                             sizeof a));
      sp_font tf = { 9.5, 1, 0 };
      sp_chart_value_label (cr, lbl, top.x + 4, ty - 2, tf, SP_COLOUR_ACCENT,
                            SP_ALIGN_START, SP_ALIGN_END);
    }
  if (due_index >= 0 && due_index <= last)
    {
      double x = top.x + top.w * sp_chart_scale_pos (&sx,
                                                    (double) due_index);
      sp_chart_line (cr, x, top.y, x, bottom.y + bottom.h, SP_COLOUR_AXIS,
                     1.2, 1);
      char lbl[64];
      snprintf (lbl, sizeof lbl, "Target date %s",
                sp_doc_str (doc, "rollout.target_date", ""));
      sp_font tf = { 9.5, 0, 0 };
      sp_chart_value_label (cr, lbl, x - 4, top.y + top.h - 4, tf,
                            SP_COLOUR_MUTED, SP_ALIGN_END, SP_ALIGN_END);
    }
  series (cr, &top, &sx, &sy1, t, n, LIVE, SP_COLOUR_AFTER, 2.5, 0);
  if (n_obs)
    observed (doc, cr, &top, &sx, &sy1, obs_first);
  /* Referrals wider underneath: where assessments equal them in some
     months, both stay visible; equal in all, one line.  */
  series (cr, &bottom, &sx, &sy2, t, n, REFERRALS, SP_COLOUR_SERIES3,
          same ? 2.5 : 5, 0);
  if (!same)
    series (cr, &bottom, &sx, &sy2, t, n, ASSESSMENTS, SP_COLOUR_POSITIVE, 2,
            0);
  series (cr, &bottom, &sx, &sy2, t, n, NEW_PHBS, SP_COLOUR_BEFORE, 2, 1);
  free (t);
}

const sp_chart sp_chart_rollout_trajectory = {
  "rollout-trajectory",
  "Rollout trajectory: live PHBs, referrals and assessments by month",
  available,
  draw,
};

/* chart_outcome_trajectories.c -- each outcome domain's mean, wave by wave

   Small multiples read from social_value.waves[] ({wave, participants,
   domains[] {domain, participants, mean}}): one panel per domain, its
   mean score at each wave joined by a line, on the domain's own scale
   (social_value.domains[].min and max when given, so that panels are
   not stretched to their data), with the number answering printed under
   each wave.  The waves are spaced evenly in wave order.  A wave at
   which nobody answered a domain leaves a gap in that panel's line.  */

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "charts.h"
#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"

static int
available (const cJSON *doc)
{
  return cJSON_GetArraySize (sp_doc_get (doc, "social_value.waves")) > 1;
}

/* The social_value.domains[] entry of DOMAIN, or NULL.  */
static const cJSON *
domain_info (const cJSON *doc, const char *domain)
{
  const cJSON *d;
  cJSON_ArrayForEach (d, sp_doc_get (doc, "social_value.domains"))
  if (strcmp (sp_doc_str (d, "domain", ""), domain) == 0)
    return d;
  return NULL;
}

/* The entry of domain K at wave W.  */
static const cJSON *
cell (const cJSON *w, int k)
{
  return cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (w, "domains"),
                             k);
}

static void
panel (const cJSON *doc, cairo_t *cr, const sp_box *box, int k)
{
  const cJSON *waves = sp_doc_get (doc, "social_value.waves");
  int n = cJSON_GetArraySize (waves);
  const char *domain = sp_doc_str (cell (cJSON_GetArrayItem (waves, 0), k),
                                   "domain", "");
  const cJSON *info = domain_info (doc, domain);
  const char *label = info ? sp_fig_label (info, "domain") : domain;

  /* The domain's scale, or the range of its means.  */
  double lo = INFINITY, hi = -INFINITY;
  const cJSON *w;
  cJSON_ArrayForEach (w, waves)
  {
    const cJSON *m = cJSON_GetObjectItemCaseSensitive (cell (w, k), "mean");
    if (cJSON_IsNumber (m))
      {
        lo = fmin (lo, m->valuedouble);
        hi = fmax (hi, m->valuedouble);
      }
  }
  const cJSON *mn = info ? cJSON_GetObjectItem (info, "min") : NULL;
  const cJSON *mx = info ? cJSON_GetObjectItem (info, "max") : NULL;
  if (cJSON_IsNumber (mn) && cJSON_IsNumber (mx)
      && mx->valuedouble > mn->valuedouble)
    {
      lo = mn->valuedouble;
      hi = mx->valuedouble;
    }
  if (!isfinite (lo))
    lo = 0, hi = 1;
  sp_chart_scale sy;
  sp_chart_scale_linear (lo, hi, 4, 0, &sy);

  sp_font tf = { 9, 1, 0 }, af = { 7.5, 0, 0 }, nf = { 7, 0, 0 };
  sp_chart_colour (cr, SP_COLOUR_TEXT);
  double th = sp_chart_text (cr, label, box->x, box->y, box->w, tf,
                             SP_ALIGN_START, SP_ALIGN_START);
  double yl = sp_chart_axis_label_width (cr, &sy, sp_chart_number_tick, 7.5);
  double lh, lw;
  sp_chart_measure (cr, "0", 0, af, &lw, &lh);
  sp_box plot = { box->x + yl + 6, box->y + th + 6, 0, 0 };
  plot.w = box->x + box->w - plot.x - 6;
  plot.h = box->y + box->h - plot.y - 2 * lh - 8;
  if (plot.w <= 10 || plot.h <= 10)
    return;
  sp_chart_axis_y (cr, &plot, &sy, sp_chart_number_tick, 7.5);

  /* The waves evenly spaced, with the wave and the number answering
     under each (text first: drawing text resets the path).  */
  double step = n > 1 ? plot.w / (n - 1) : 0;
  for (int i = 0; i < n; i++)
    {
      const cJSON *wv = cJSON_GetArrayItem (waves, i);
      double x = plot.x + step * i;
      char buf[32];
      snprintf (buf, sizeof buf, "%d", (int) sp_doc_num (wv, "wave", i));
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      sp_chart_text (cr, buf, x, plot.y + plot.h + 3, 0, af, SP_ALIGN_CENTRE,
                     SP_ALIGN_START);
      char n[32];
      snprintf (buf, sizeof buf, "n=%s",
                sp_fig_at (cell (wv, k), "participants", SP_FIG_COUNT, n,
                           sizeof n));
      sp_chart_text (cr, buf, x, plot.y + plot.h + 4 + lh, 0, nf,
                     SP_ALIGN_CENTRE, SP_ALIGN_START);
    }
  cairo_save (cr);
  sp_chart_colour (cr, SP_COLOUR_AFTER);
  cairo_set_line_width (cr, 1.8);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  int drawing = 0;
  for (int i = 0; i < n; i++)
    {
      const cJSON *m = cJSON_GetObjectItemCaseSensitive (
        cell (cJSON_GetArrayItem (waves, i), k), "mean");
      if (!cJSON_IsNumber (m))
        {
          if (drawing)
            cairo_stroke (cr);
          drawing = 0;
          continue;
        }
      double y = plot.y + plot.h * (1 - sp_chart_scale_pos (&sy,
                                                           m->valuedouble));
      if (drawing)
        cairo_line_to (cr, plot.x + step * i, y);
      else
        cairo_move_to (cr, plot.x + step * i, y);
      drawing = 1;
    }
  if (drawing)
    cairo_stroke (cr);
  for (int i = 0; i < n; i++)
    {
      const cJSON *m = cJSON_GetObjectItemCaseSensitive (
        cell (cJSON_GetArrayItem (waves, i), k), "mean");
      if (!cJSON_IsNumber (m))
        continue;
      double y = plot.y + plot.h * (1 - sp_chart_scale_pos (&sy,
                                                           m->valuedouble));
      cairo_new_sub_path (cr);
      cairo_arc (cr, plot.x + step * i, y, 2.6, 0, 2 * M_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  const cJSON *waves = sp_doc_get (doc, "social_value.waves");
  int n_domains = cJSON_GetArraySize (
    cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (waves, 0),
                                      "domains"));
  const double m = 18;
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (
    cr, w, m, "Outcome domains wave by wave",
    "Mean score of everyone who answered each domain at each wave (wave 0 "
    "is the baseline), on the domain's scale with higher better; n is the "
    "number answering. Those answering change between waves, so a "
    "change here may be a change in who answered.");
  if (n_domains < 1)
    return;
  /* A grid about as wide as the chart's shape asks.  */
  int cols = (int) ceil (sqrt (n_domains * (w - 2 * m) / (h - y - m)));
  if (cols > n_domains)
    cols = n_domains;
  int rows = (n_domains + cols - 1) / cols;
  double cw = (w - 2 * m) / cols, ch = (h - y - m) / rows;
  for (int k = 0; k < n_domains; k++)
    {
      sp_box box = { m + cw * (k % cols), y + 4 + ch * (k / cols), cw - 10,
                     ch - 8 };
      panel (doc, cr, &box, k);
    }
}

const sp_chart sp_chart_outcome_trajectories = {
  "outcome-trajectories",
  "Each outcome domain's mean score by wave, with the number answering",
  available,
  draw,
};

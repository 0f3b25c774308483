/* chart_saving_bootstrap.c -- distributions: the saving's bootstrap
   and the rollout's simulated net saving

   A histogram read from intervals[KEY].histogram = { edges[k+1],
   counts[k] }: for saving-bootstrap the saving over the bootstrap
   resamples (KEY "savings.saving"), for rollout-simulations the first
   year's net saving at target over the rollout's simulations (KEY
   "rollout.net_saving", results/rollout_doc.h).  Bins inside the
   interval are blue, those outside grey; the estimate (the base case of
   a rollout) is a solid line and the interval's ends dashed lines.  A
   bootstrap interval is called a confidence interval, a simulation's
   an uncertainty interval (figure.h: sp_fig_interval_name), never a
   confidence interval.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "chart.h"
#include "charts.h"
#include "doc.h"
#include "figure.h"
#include "format.h"
#include "xalloc.h"

static const cJSON *
histogram_of (const cJSON *doc, const char *key)
{
  const cJSON *iv = sp_chart_interval (doc, key);
  const cJSON *hist = cJSON_GetObjectItemCaseSensitive (iv, "histogram");
  int ne = cJSON_GetArraySize (
    cJSON_GetObjectItemCaseSensitive (hist, "edges"));
  int nc = cJSON_GetArraySize (
    cJSON_GetObjectItemCaseSensitive (hist, "counts"));
  return nc >= 1 && ne == nc + 1 ? hist : NULL;
}

static int
available (const cJSON *doc)
{
  return histogram_of (doc, "savings.saving") != NULL;
}

static int
available_rollout (const cJSON *doc)
{
  return histogram_of (doc, "rollout.net_saving") != NULL;
}

/* Copy the numbers of the array NAME of OBJ into a new array.  */
static double *
numbers (const cJSON *obj, const char *name, size_t *n)
{
  const cJSON *a = cJSON_GetObjectItemCaseSensitive (obj, name);
  *n = (size_t) cJSON_GetArraySize (a);
  double *v = sp_xcalloc (*n ? *n : 1, sizeof *v);
  size_t i = 0;
  const cJSON *e;
  cJSON_ArrayForEach (e, a) v[i++] = cJSON_IsNumber (e) ? e->valuedouble : 0;
  return v;
}

static void
marker (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s, double v,
        const char *label, sp_colour colour, int dashed, double label_y,
        sp_align side)
{
  double x = plot->x + plot->w * sp_chart_scale_pos (s, v);
  if (x < plot->x - 0.5 || x > plot->x + plot->w + 0.5)
    return;
  sp_chart_line (cr, x, plot->y, x, plot->y + plot->h, colour,
                 dashed ? 1.5 : 2.5, dashed);
  sp_font f = { 9.5, !dashed, 0 };
  double tw, th, tx = side == SP_ALIGN_END ? x - 4 : x + 4;
  sp_chart_measure (cr, label, 0, f, &tw, &th);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_rectangle (cr, side == SP_ALIGN_END ? tx - tw - 2 : tx - 2, label_y,
                   tw + 4, th);
  cairo_fill (cr);
  sp_chart_colour (cr, colour == SP_COLOUR_ACCENT ? colour : SP_COLOUR_TEXT);
  sp_chart_text (cr, label, tx, label_y, 0, f, side, SP_ALIGN_START);
}

/* What differs between the two distributions.  */
typedef struct
{
  const char *key;         /* in intervals */
  int simulated;           /* rollout simulations, not the bootstrap */
} dist;

static void
draw_dist (const cJSON *doc, cairo_t *cr, double w, double h, const dist *k)
{
  const cJSON *iv = sp_chart_interval (doc, k->key);
  const cJSON *hist = histogram_of (doc, k->key);
  size_t ne, nc;
  double *edges = numbers (hist, "edges", &ne);
  double *counts = numbers (hist, "counts", &nc);
  double top = 0;
  for (size_t i = 0; i < nc; i++)
    top = fmax (top, counts[i]);
  const cJSON *lo = cJSON_GetObjectItemCaseSensitive (iv, "lower");
  const cJSON *hi = cJSON_GetObjectItemCaseSensitive (iv, "upper");
  const cJSON *est = cJSON_GetObjectItemCaseSensitive (iv, "estimate");
  int have_ci = cJSON_IsNumber (lo) && cJSON_IsNumber (hi);
  double level = sp_doc_num (iv, "level", 0.95);

  const double m = 18;
  char sub[1024], a[64], b[64], c[64], lv[16], name[96];
  sp_fmt_percent (level, 0, lv, sizeof lv);
  int len;
  if (k->simulated)
    len = snprintf (sub, sizeof sub, "The first year's net saving at "
                    "target, forecast on each of %s simulations drawing "
                    "every uncertain assumption of the scenario from its "
                    "distribution; the base case uses the central "
                    "values",
                    sp_fmt_number (sp_doc_num (iv, "simulations", 0), 0, c,
                                   sizeof c));
  else
    len = snprintf (sub, sizeof sub, "The saving recomputed on %s "
                    "resamples of the participants, drawn with "
                    "replacement",
                    sp_fmt_number (sp_doc_num (iv, "resamples", 0), 0, c,
                                   sizeof c));
  sp_fig_interval_name (iv, name, sizeof name);
  if (have_ci && len > 0 && (size_t) len < sizeof sub)
    len += snprintf (sub + len, sizeof sub - (size_t) len,
                     ". %s%s%s%s: %s to %s.", name,
                     k->simulated ? "" : " (",
                     k->simulated ? "" : sp_doc_str (iv, "method",
                                                     "bootstrap"),
                     k->simulated ? "" : ")",
                     sp_fmt_money (lo->valuedouble, a, sizeof a),
                     sp_fmt_money (hi->valuedouble, b, sizeof b));
  if (k->simulated && len > 0 && (size_t) len < sizeof sub)
    {
      const cJSON *pp = sp_doc_get (doc, "rollout.probability_positive");
      if (cJSON_IsNumber (pp))
        len += snprintf (sub + len, sizeof sub - (size_t) len,
                         " %s of the simulations save more than they "
                         "cost.",
                         sp_fmt_percent (pp->valuedouble, 0, a, sizeof a));
    }
  /* The interval's own note (a collapsed or fallen-back interval).  */
  const char *note = sp_doc_str (iv, "note", NULL);
  if (note && len > 0 && (size_t) len < sizeof sub)
    snprintf (sub + len, sizeof sub - (size_t) len, " Note: %s.", note);
  sp_chart_background (cr, w, h);
  /* The title names the saving's basis (forecast, reported, recorded).  */
  char title[192];
  if (k->simulated)
    snprintf (title, sizeof title, "Rollout%s%s: how uncertain is the "
              "forecast net saving?",
              sp_doc_str (doc, "rollout.name", NULL) ? " " : "",
              sp_doc_str (doc, "rollout.name", ""));
  else
    snprintf (title, sizeof title, "How sure is the saving? %s: bootstrap "
              "distribution",
              sp_doc_str (doc, "savings.title", "NHS cost saving"));
  double y = sp_chart_title (cr, w, m, title, sub);
  char ll[64];
  snprintf (ll, sizeof ll, "Inside the %s interval", lv);
  sp_legend_item legend[] = {
    { ll, SP_COLOUR_AFTER, 0, 0 },
    { "Outside", SP_COLOUR_BEFORE, 0, 0 },
    { k->simulated ? "Base case" : "Estimate", SP_COLOUR_ACCENT, 1, 0 },
  };
  y += sp_chart_legend (cr, m, y, have_ci ? legend : &legend[2],
                        have_ci ? 3 : 1, 10.5)
       + 6;

  sp_chart_scale sx, sy;
  sp_chart_scale_fit (cr, edges[0], edges[ne - 1], 0, w - 2 * m - 80,
                      sp_chart_money_tick, 9.5, &sx);
  sp_chart_scale_linear (0, top, 5, 1, &sy);
  double yl = sp_chart_axis_label_width (cr, &sy, sp_chart_number_tick, 9.5);
  sp_box plot = { m + 22 + yl + 6, y + 22, 0, 0 };
  plot.w = w - m - plot.x
           - sp_chart_axis_label_width (cr, &sx, sp_chart_money_tick, 9.5) / 2;
  plot.h = h - plot.y - m - 38;
  sp_chart_axis_y (cr, &plot, &sy, sp_chart_number_tick, 9.5);
  double below = sp_chart_axis_x (cr, &plot, &sx, sp_chart_money_tick, 9.5);
  sp_font af = { 10, 0, 0 };
  sp_chart_colour (cr, SP_COLOUR_MUTED);
  sp_chart_text_up (cr, k->simulated ? "Simulations" : "Resamples", m + 8,
                    plot.y + plot.h / 2, af);
  sp_chart_text (cr, k->simulated ? "Net saving in the first year at "
                                    "target (£)"
                                  : "Saving (£ a year)",
                 plot.x + plot.w / 2,
                 plot.y + plot.h + below + 2, 0, af, SP_ALIGN_CENTRE,
                 SP_ALIGN_START);

  for (size_t i = 0; i < nc; i++)
    {
      double x0 = plot.x + plot.w * sp_chart_scale_pos (&sx, edges[i]);
      double x1 = plot.x + plot.w * sp_chart_scale_pos (&sx, edges[i + 1]);
      if (x1 - x0 < 8)
        {
          /* A bin of no width (every resample the same): a narrow bar
             centred on its value, so that it stays visible.  */
          double mid = (x0 + x1) / 2;
          x0 = mid - 4;
          x1 = mid + 4;
        }
      double bh = plot.h * sp_chart_scale_pos (&sy, counts[i]);
      double mid = (edges[i] + edges[i + 1]) / 2;
      int inside = have_ci && mid >= lo->valuedouble
                   && mid <= hi->valuedouble;
      sp_chart_bar (cr, x0 + 0.4, plot.y + plot.h - bh,
                    fmax (x1 - x0 - 0.8, 0.6), bh,
                    inside ? SP_COLOUR_AFTER : SP_COLOUR_BEFORE);
    }
  double ly = plot.y - 18;
  if (have_ci)
    {
      marker (cr, &plot, &sx, lo->valuedouble,
              sp_fmt_money (lo->valuedouble, a, sizeof a), SP_COLOUR_TEXT, 1,
              ly, SP_ALIGN_END);
      marker (cr, &plot, &sx, hi->valuedouble,
              sp_fmt_money (hi->valuedouble, b, sizeof b), SP_COLOUR_TEXT, 1,
              ly, SP_ALIGN_START);
    }
  if (cJSON_IsNumber (est))
    {
      char el[96];
      snprintf (el, sizeof el, "%s %s",
                k->simulated ? "Base case" : "Estimate",
                sp_fmt_money (est->valuedouble, c, sizeof c));
      marker (cr, &plot, &sx, est->valuedouble, el, SP_COLOUR_ACCENT, 0,
              plot.y + 2, SP_ALIGN_START);
    }
  free (edges);
  free (counts);
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  static const dist k = { "savings.saving", 0 };
  draw_dist (doc, cr, w, h, &k);
}

static void
draw_rollout (const cJSON *doc, cairo_t *cr, double w, double h)
{
  static const dist k = { "rollout.net_saving", 1 };
  draw_dist (doc, cr, w, h, &k);
}

const sp_chart sp_chart_rollout_simulations = {
  "rollout-simulations",
  "Distribution of the rollout's simulated net saving with its "
  "uncertainty interval",
  available_rollout,
  draw_rollout,
};

const sp_chart sp_chart_saving_bootstrap = {
  "saving-bootstrap",
  "Bootstrap distribution of the saving with its confidence interval",
  available,
  draw,
};

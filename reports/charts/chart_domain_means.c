/* chart_domain_means.c -- baseline against follow-up mean per domain

   A dot plot: for each domain a grey dot at the baseline mean and a blue
   dot at the follow-up mean, joined by a line, with both values printed
   and the improvement in a column on the right.  When every domain is
   scored on the same scale (or none says its scale) the axis is that
   scale; when domains use different scales (POET's 1-to-N items beside
   self-rated health out of 100) each mean is placed by its position on
   its own domain's scale, from 0% (the scale's minimum) to 100% (its
   maximum), and the printed values stay in the domain's own units.  */

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
  int defined;          /* both means present */
  double base, follow;
  int has_range;
  double min, max;
  const cJSON *improvement;
} row;

static int
available (const cJSON *doc)
{
  return sp_chart_any_shown (doc, "social_value.domains", "baseline_mean");
}

static row *
rows_of (const cJSON *doc, size_t *n)
{
  const cJSON *doms = sp_doc_get (doc, "social_value.domains");
  *n = (size_t) cJSON_GetArraySize (doms);
  row *r = sp_xcalloc (*n ? *n : 1, sizeof *r);
  size_t i = 0;
  const cJSON *d;
  cJSON_ArrayForEach (d, doms)
  {
    r[i].label = sp_fig_label (d, "domain");
    const cJSON *b = cJSON_GetObjectItemCaseSensitive (d, "baseline_mean");
    const cJSON *f = cJSON_GetObjectItemCaseSensitive (d, "followup_mean");
    r[i].defined = cJSON_IsNumber (b) && cJSON_IsNumber (f);
    r[i].base = cJSON_IsNumber (b) ? b->valuedouble : 0;
    r[i].follow = cJSON_IsNumber (f) ? f->valuedouble : 0;
    const cJSON *mn = cJSON_GetObjectItemCaseSensitive (d, "min");
    const cJSON *mx = cJSON_GetObjectItemCaseSensitive (d, "max");
    r[i].has_range = cJSON_IsNumber (mn) && cJSON_IsNumber (mx)
                     && mx->valuedouble > mn->valuedouble;
    r[i].min = r[i].has_range ? mn->valuedouble : 0;
    r[i].max = r[i].has_range ? mx->valuedouble : 0;
    r[i].improvement = cJSON_GetObjectItemCaseSensitive (d, "improvement");
    i++;
  }
  return r;
}

/* Nonzero when the domains with both means use different scales, so
   that means must be placed by their position on each domain's own
   scale.  */
static int
mixed_scales (const row *r, size_t n)
{
  const row *first = NULL;
  for (size_t i = 0; i < n; i++)
    {
      if (!r[i].defined)
        continue;
      if (!r[i].has_range)
        return 0;
      if (!first)
        first = &r[i];
      else if (r[i].min != first->min || r[i].max != first->max)
        return 1;
    }
  return 0;
}

static void
draw (const cJSON *doc, cairo_t *cr, double w, double h)
{
  size_t n;
  row *r = rows_of (doc, &n);
  int mixed = mixed_scales (r, n);
  const row *ranged = NULL;
  for (size_t i = 0; i < n && !ranged; i++)
    if (r[i].defined && r[i].has_range)
      ranged = &r[i];
  sp_chart_scale s;
  if (mixed)
    sp_chart_scale_linear (0, 1, 6, 1, &s);
  else if (ranged)
    sp_chart_scale_linear (ranged->min, ranged->max, 6, 0, &s);
  else
    {
      double hi = 0;
      for (size_t i = 0; i < n; i++)
        hi = fmax (hi, fmax (r[i].base, r[i].follow));
      sp_chart_scale_linear (0, hi, 6, 1, &s);
    }

  const double m = 18, size = 10.5;
  char sub[512], scale[256] = "";
  if (mixed)
    snprintf (scale, sizeof scale, "%s",
              ". Domains use different scales, so each mean is placed by "
              "its position on its own domain's scale (0% = the scale's "
              "minimum, 100% = its maximum); printed values are in the "
              "domain's own units");
  else if (ranged)
    snprintf (scale, sizeof scale, ", on a scale from %g to %g",
              ranged->min, ranged->max);
  snprintf (sub, sizeof sub,
            "Mean score of the participants paired in each domain at the "
            "baseline and the follow-up wave%s.", scale);
  sp_chart_background (cr, w, h);
  double y = sp_chart_title (cr, w, m,
                             "Outcome domains: baseline and follow-up means",
                             sub);
  sp_legend_item legend[] = {
    { "Baseline mean", SP_COLOUR_BEFORE, 0, 0 },
    { "Follow-up mean", SP_COLOUR_AFTER, 0, 0 },
  };
  y += sp_chart_legend (cr, m, y, legend, 2, size) + 6;

  double lw = sp_chart_row_label_width (cr, r, n, sizeof *r, w * 0.26, size);
  sp_font vf = { 9.5, 0, 0 }, hf = { 9.5, 1, 0 };
  double vw, vh, cw, ch;
  sp_chart_measure (cr, "000.0", 0, vf, &vw, &vh);
  sp_chart_measure (cr, "Improvement", 0, hf, &cw, &ch);
  sp_box plot = { m + lw + 10 + vw + 8, y + ch + 4, 0, 0 };
  plot.w = w - m - cw - 14 - vw - 8 - plot.x;
  plot.h = h - plot.y - m - 20;
  sp_chart_axis_x (cr, &plot, &s,
                   mixed ? sp_chart_percent_tick : sp_chart_number_tick, 9.5);
  sp_chart_colour (cr, SP_COLOUR_TEXT);
  sp_chart_text (cr, "Improvement", w - m, y, 0, hf, SP_ALIGN_END,
                 SP_ALIGN_START);

  double rowh = sp_chart_row_labels (cr, &plot, m, lw, r, n, sizeof *r, size);
  double rad = fmin (rowh * 0.22, 6);
  for (size_t i = 0; i < n; i++)
    {
      double cy = plot.y + rowh * ((double) i + 0.5);
      char buf[64];
      sp_chart_colour (cr, SP_COLOUR_TEXT);
      const cJSON *imp = r[i].improvement;
      sp_chart_text (cr, cJSON_IsNumber (imp)
                           ? sp_fmt_percent (imp->valuedouble, 0, buf,
                                             sizeof buf)
                         : sp_disclosure_hidden (imp) ? SP_DISCLOSURE_MARK
                                                      : "n/a",
                     w - m, cy, 0, vf, SP_ALIGN_END, SP_ALIGN_CENTRE);
      if (!r[i].defined)
        {
          sp_chart_colour (cr, SP_COLOUR_MUTED);
          sp_chart_text (cr, sp_disclosure_hidden (imp)
                               ? SP_DISCLOSURE_MARK " not shown (too few "
                                 "people)"
                               : "nobody scored at both waves",
                         plot.x + 4, cy, 0, vf, SP_ALIGN_START,
                         SP_ALIGN_CENTRE);
          continue;
        }
      double span = r[i].max - r[i].min;
      double pb = mixed ? (r[i].base - r[i].min) / span : r[i].base;
      double pf = mixed ? (r[i].follow - r[i].min) / span : r[i].follow;
      double xb = plot.x + plot.w * sp_chart_scale_pos (&s, pb);
      double xf = plot.x + plot.w * sp_chart_scale_pos (&s, pf);
      /* A worsening is drawn in the colour of losses.  */
      sp_chart_line (cr, xb, cy, xf, cy,
                     pf < pb ? SP_COLOUR_NEGATIVE : SP_COLOUR_AXIS,
                     pf < pb ? 2.5 : 1.5, 0);
      sp_chart_colour (cr, SP_COLOUR_BEFORE);
      cairo_arc (cr, xb, cy, rad, 0, 2 * M_PI);
      cairo_fill (cr);
      sp_chart_colour (cr, SP_COLOUR_AFTER);
      cairo_arc (cr, xf, cy, rad, 0, 2 * M_PI);
      cairo_fill (cr);
      int base_left = xb <= xf;
      sp_chart_value_label (cr,
                            sp_fmt_number (r[i].base, 1, buf, sizeof buf),
                            base_left ? xb - rad - 3 : xb + rad + 3, cy, vf,
                            SP_COLOUR_MUTED,
                            base_left ? SP_ALIGN_END : SP_ALIGN_START,
                     SP_ALIGN_CENTRE);
      sp_chart_value_label (cr,
                            sp_fmt_number (r[i].follow, 1, buf, sizeof buf),
                            base_left ? xf + rad + 3 : xf - rad - 3, cy, vf,
                            SP_COLOUR_TEXT,
                            base_left ? SP_ALIGN_START : SP_ALIGN_END,
                     SP_ALIGN_CENTRE);
    }
  free (r);
}

const sp_chart sp_chart_domain_means = {
  "domain-means",
  "Baseline and follow-up mean per outcome domain",
  available,
  draw,
};

/* charts.c -- the list of charts and their PNG, SVG and PDF output */

#include "charts.h"
#include "chart_png.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const sp_chart *const all[] = {
  &sp_chart_service_costs,    &sp_chart_saving_bootstrap,
  &sp_chart_comparison,
  &sp_chart_social_value,     &sp_chart_domain_means,
  &sp_chart_savings_trend,
  &sp_chart_outcome_trajectories, &sp_chart_referrals_phbs,
  &sp_chart_register_funnel,  &sp_chart_investment,
  &sp_chart_local_multiplier, &sp_chart_profit_bridge,
  &sp_chart_rollout_trajectory, &sp_chart_rollout_simulations,
  &sp_chart_rollout_tornado, &sp_chart_scenarios,
};

const sp_chart *const *
sp_charts (size_t *n)
{
  *n = sizeof all / sizeof all[0];
  return all;
}

const sp_chart *
sp_chart_find (const char *name)
{
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    if (strcmp (all[i]->name, name) == 0)
      return all[i];
  return NULL;
}

cairo_status_t
sp_chart_write_mem (void *closure, const unsigned char *data,
                    unsigned int len)
{
  return fwrite (data, 1, len, (FILE *) closure) == len
           ? CAIRO_STATUS_SUCCESS
           : CAIRO_STATUS_WRITE_ERROR;
}

/* Close MEM and hand its buffer to the caller when OK, else free it.  */
static int
finish (FILE *mem, char **buf, size_t *len, int ok)
{
  if (fclose (mem) != 0)
    ok = 0;
  if (!ok)
    {
      free (*buf);
      *buf = NULL;
      *len = 0;
      return -1;
    }
  return 0;
}

int
sp_chart_png (const sp_chart *c, const cJSON *doc, double w, double h,
              double scale, char **buf, size_t *len)
{
  *buf = NULL;
  *len = 0;
  cairo_surface_t *s = cairo_image_surface_create (
    CAIRO_FORMAT_ARGB32, (int) (w * scale + 0.5), (int) (h * scale + 0.5));
  cairo_t *cr = cairo_create (s);
  cairo_scale (cr, scale, scale);
  c->draw (doc, cr, w, h);
  int ok = cairo_status (cr) == CAIRO_STATUS_SUCCESS;
  cairo_destroy (cr);
  FILE *mem = open_memstream (buf, len);
  if (!mem)
    {
      cairo_surface_destroy (s);
      return -1;
    }
  ok = ok
       && sp_png_write (s, mem) == 0;
  cairo_surface_destroy (s);
  return finish (mem, buf, len, ok);
}

/* Draw chart C of DOC (W x H) on the vector surface S, which streams
   into MEM, then finish both (finish): the SVG's and the PDF's common
   part.  Destroys S.  */
static int
draw_vector (const sp_chart *c, const cJSON *doc, double w, double h,
             cairo_surface_t *s, FILE *mem, char **buf, size_t *len)
{
  cairo_t *cr = cairo_create (s);
  c->draw (doc, cr, w, h);
  int ok = cairo_status (cr) == CAIRO_STATUS_SUCCESS;
  cairo_destroy (cr);
  cairo_surface_finish (s);
  ok = ok && cairo_surface_status (s) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy (s);
  return finish (mem, buf, len, ok);
}

int
sp_chart_svg (const sp_chart *c, const cJSON *doc, double w, double h,
              char **buf, size_t *len)
{
  *buf = NULL;
  *len = 0;
  FILE *mem = open_memstream (buf, len);
  if (!mem)
    return -1;
  cairo_surface_t *s
    = cairo_svg_surface_create_for_stream (sp_chart_write_mem, mem, w, h);
  return draw_vector (c, doc, w, h, s, mem, buf, len);
}

void
sp_chart_pdf_dates (cairo_surface_t *s)
{
  const char *epoch = getenv ("SOURCE_DATE_EPOCH");
  char *end = NULL;
  long long secs = epoch ? strtoll (epoch, &end, 10) : -1;
  if (!epoch || end == epoch || *end != '\0' || secs < 0)
    return;
  time_t t = (time_t) secs;
  struct tm tm;
  char date[32];
  if (gmtime_r (&t, &tm)
      && strftime (date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm))
    {
      cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_CREATE_DATE,
                                      date);
      cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

int
sp_chart_pdf (const sp_chart *c, const cJSON *doc, double w, double h,
              char **buf, size_t *len)
{
  *buf = NULL;
  *len = 0;
  FILE *mem = open_memstream (buf, len);
  if (!mem)
    return -1;
  cairo_surface_t *s
    = cairo_pdf_surface_create_for_stream (sp_chart_write_mem, mem, w, h);
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_TITLE, c->caption);
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_CREATOR,
                                  "socialprofit");
  sp_chart_pdf_dates (s);
  return draw_vector (c, doc, w, h, s, mem, buf, len);
}

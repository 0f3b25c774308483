/* charts.h -- the report's charts, drawn from the results document

   Each chart reads only the results document and draws itself with
   cairo onto a W x H area of any cairo context, so one function makes
   the PNG, the SVG and the figure in the PDF statement.  A chart is
   drawn only when the document holds its data (AVAILABLE); charts never
   show participant identifiers.

     name                 data
     service-costs        savings.lines[]
     social-value         social_value.outcomes[]
     domain-means         social_value.domains[]
     savings-trend        savings.trend[] (two periods after the
                          baseline or more)
     outcome-trajectories social_value.waves[] (two waves or more)
     referrals-and-phbs   register.monthly[]
     saving-bootstrap     intervals["savings.saving"].histogram
     comparison           savings.comparison (mean costs of both groups)
     register-funnel      register (enquiries, referrals, referred,
                          ineligible, lost, phbs)
     investment           investment (advocacy, reviews, marketplace)
     local-multiplier     local_economy (r1, r2, r3, lm3)
     social-profit-bridge social_profit.per_person, net_per_person
     rollout-trajectory   rollout.trajectory[] (with rollout.progress,
                          also register.monthly[])
     rollout-simulations  intervals["rollout.net_saving"].histogram
     rollout-tornado      rollout.sensitivity[]
     scenarios            scenarios[] (compare, or a report naming
                          several scenarios)  */

#ifndef SP_CHARTS_H
#define SP_CHARTS_H

#include <cairo.h>
#include <cjson/cJSON.h>
#include <stddef.h>

/* Size of the PNG, SVG and PDF files, in user units (points); PNGs are
   drawn at SP_CHART_PNG_SCALE pixels per unit.  */
#define SP_CHART_WIDTH 800
#define SP_CHART_HEIGHT 500
#define SP_CHART_PNG_SCALE 1.5

typedef struct
{
  const char *name;     /* file name stem under charts/ */
  const char *caption;  /* one line saying what the chart shows */
  /* Nonzero when DOC holds the data this chart needs.  */
  int (*available) (const cJSON *doc);
  /* Draw the chart of DOC on CR over (0, 0)-(WIDTH, HEIGHT).  */
  void (*draw) (const cJSON *doc, cairo_t *cr, double width, double height);
} sp_chart;

extern const sp_chart sp_chart_service_costs;
extern const sp_chart sp_chart_social_value;
extern const sp_chart sp_chart_domain_means;
extern const sp_chart sp_chart_savings_trend;
extern const sp_chart sp_chart_outcome_trajectories;
extern const sp_chart sp_chart_referrals_phbs;
extern const sp_chart sp_chart_saving_bootstrap;
extern const sp_chart sp_chart_comparison;
extern const sp_chart sp_chart_rollout_trajectory;
extern const sp_chart sp_chart_rollout_tornado;
/* Issue 11: a chart for every section (their series: chart_series.h).  */
extern const sp_chart sp_chart_register_funnel;
extern const sp_chart sp_chart_investment;
extern const sp_chart sp_chart_local_multiplier;
extern const sp_chart sp_chart_profit_bridge;
extern const sp_chart sp_chart_rollout_simulations;
extern const sp_chart sp_chart_scenarios;

/* One headline figure over several reports (socialprofit trend), drawn
   from one element of a trend document's trend.figures[] rather than
   from a results document; not among sp_charts.  */
extern const sp_chart sp_chart_trend;

/* Every chart, in the order the statement shows them; the count is
   stored in *N.  The array is static and read-only.  */
const sp_chart *const *sp_charts (size_t *n);

/* The chart called NAME, or NULL.  */
const sp_chart *sp_chart_find (const char *name);

/* Draw chart C of DOC as a PNG of W*SCALE x H*SCALE pixels into a new
   buffer *BUF of *LEN bytes (caller frees).  Returns 0, or -1 when cairo
   fails (nothing is allocated then).  */
int sp_chart_png (const sp_chart *c, const cJSON *doc, double w, double h,
                  double scale, char **buf, size_t *len);

/* As sp_chart_png, as an SVG document of W x H points.  */
int sp_chart_svg (const sp_chart *c, const cJSON *doc, double w, double h,
                  char **buf, size_t *len);

/* As sp_chart_png, as a one-page PDF of W x H points (vector, text as
   text), titled with C's caption.  With SOURCE_DATE_EPOCH set its dates
   are that time, so the same inputs give the same bytes.  */
int sp_chart_pdf (const sp_chart *c, const cJSON *doc, double w, double h,
                  char **buf, size_t *len);

/* With SOURCE_DATE_EPOCH set (a whole number of seconds), set the
   creation and modification dates of the PDF surface S to that time
   (the reproducible-builds convention); otherwise leave cairo's.  */
void sp_chart_pdf_dates (cairo_surface_t *s);

/* A cairo write function that appends to the FILE * CLOSURE (an
   open_memstream), for surfaces written to memory.  */
cairo_status_t sp_chart_write_mem (void *closure, const unsigned char *data,
                                   unsigned int len);

#endif /* SP_CHARTS_H */

/* render_trend.h -- the trend command's text and CSV (issue 10)

   Both read only a trend document (results/trend_doc.h) and print each
   report's figure as it is there, in the order given.  */

#ifndef SP_RENDER_TREND_H
#define SP_RENDER_TREND_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* The reports, then per headline figure one line per report: its
   label, the figure and its interval (text/trend_text.c).  */
void sp_render_trend_text (const cJSON *doc, FILE *out);

/* One row per figure and report, in order: path, figure, report,
   estimate, lower, upper; numbers at full precision
   (csv/trend_csv.c).  */
void sp_render_trend_csv (const cJSON *doc, FILE *out);

#endif /* SP_RENDER_TREND_H */

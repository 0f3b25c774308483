/* statement.h -- the social profit statement as a PDF

   The statement reads only the results document and lays out, on A4
   pages with page numbers and a "socialprofit <version>" footer: the
   title (programme, area, reporting period), the headline figures with
   their confidence intervals, how much rests on a few participants, the
   NHS cost savings table (Appendix 2a style) and its charts, social
   value by outcome and domain, the register funnel, the investment, the
   local economic effect, social profit, the rollout projection, and
   "Assumptions and sources": every unit cost and proxy with its source,
   the formulas of each section and every note in the document.  A
   section the document lacks is left out.  Text is laid out with pango
   in DejaVu Sans; see docs/methods/report.md.  */

#ifndef SP_STATEMENT_H
#define SP_STATEMENT_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* Render the statement of DOC as a PDF into a new buffer *BUF of *LEN
   bytes (caller frees).  Returns 0, or -1 when cairo fails (nothing is
   allocated then).  */
int sp_statement_pdf (const cJSON *doc, char **buf, size_t *len);

/* The trend command's short PDF of the trend document DOC
   (results/trend_doc.h): the reports followed, then each headline
   figure's values, intervals and chart.  As sp_statement_pdf otherwise
   (statement_trend.c).  */
int sp_trend_pdf (const cJSON *doc, char **buf, size_t *len);

/* The compare command's statement of the comparison document DOC
   (cmd_compare.c): the scenarios side by side, then each in full, with
   every scenario's assumptions.  As sp_statement_pdf otherwise
   (statement_compare.c).  */
int sp_compare_pdf (const cJSON *doc, char **buf, size_t *len);

#endif /* SP_STATEMENT_H */

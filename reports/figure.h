/* figure.h -- one figure of the results document as people read it

   The text renderers and the PDF statement show the same figures, each
   formatted by what it is: money, a percentage, a count, a ratio and so
   on.  They all name the kind of a figure with sp_fig_kind and format it
   here, on top of format.h.  A figure that is null or absent in the
   document (undefined for the data) reads "n/a"; one suppressed by
   disclosure control (results/disclosure.h) reads "*".  Renderers
   format every figure through here, never from sp_doc_num's number, so
   that a suppressed cell never shows as 0.  */

#ifndef SP_FIGURE_H
#define SP_FIGURE_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* How a figure reads.  */
typedef enum
{
  SP_FIG_MONEY,     /* £1,231,900 */
  SP_FIG_PERCENT,   /* 84.1% */
  SP_FIG_RATIO,     /* £3.21 per £1 */
  SP_FIG_COUNT,     /* 1,046 */
  SP_FIG_NUMBER,    /* 1,046.5 (one decimal place) */
  SP_FIG_RATIO_PLAIN, /* 1.62 (two decimal places) */
  SP_FIG_AUTO,      /* 1,046 when whole, else 1,046.5 */
  SP_FIG_PARAM,     /* 134,000 or 0.85 (sp_chart_param_tick) */
  SP_FIG_TEXT,      /* a string as it is */
  SP_FIG_LABEL      /* the element's "label", else the string */
} sp_fig_kind;

/* NUM / DEN as a percentage with DECIMALS places into BUF: "*" when
   either is suppressed by disclosure control, "n/a" when either is not a
   number or DEN is not above 0.  For shares of people (paired of those
   at the start), which would give a suppressed count away.  Returns
   BUF.  */
char *sp_fig_share (const cJSON *num, const cJSON *den, int decimals,
                    char *buf, size_t size);

/* The number X formatted as KIND into BUF (SIZE bytes); "" for the kinds
   TEXT and LABEL.  Returns BUF.  */
char *sp_fig_number (double x, sp_fig_kind kind, char *buf, size_t size);

/* V formatted as KIND into BUF: "*" when V is suppressed
   (sp_disclosure_hidden); for TEXT and LABEL the string V ("" when V is
   not a string); otherwise the number V as sp_fig_number, or "n/a" when
   V is absent or not a number (null).  Returns BUF.  */
char *sp_fig_format (const cJSON *v, sp_fig_kind kind, char *buf,
                     size_t size);

/* As sp_fig_format for the member at the dotted PATH of OBJ.  */
char *sp_fig_at (const cJSON *obj, const char *path, sp_fig_kind kind,
                 char *buf, size_t size);

/* What a row of a table is called: the element OBJ's "label", or its
   member at KEY ("service", "outcome", "domain") when the label is
   absent or empty; "" when neither is a string.  Owned by OBJ.  */
const char *sp_fig_label (const cJSON *obj, const char *key);

/* Whether the interval IV (an entry of the document's "intervals") comes
   from simulating assumed distributions (its kind is "simulation", or
   it counts "simulations") rather than from the bootstrap.  */
int sp_fig_interval_simulated (const cJSON *iv);

/* What the interval IV is called, with its level: "95% CI" for a
   bootstrap (confidence) interval, "95% uncertainty interval
   (simulation)" for one from simulations, never called a confidence
   interval.  Into BUF; returns BUF.  */
char *sp_fig_interval_name (const cJSON *iv, char *buf, size_t size);

/* What a saving of BASIS ("forecast", "reported", "observed": savings.
   basis) rests on, in a few words for beside the figure: "forecast",
   "reported use", "recorded activity".  Static.  */
const char *sp_basis_words (const char *basis);

/* Where a period's use of services came from, in words, from its
   "source_rows" object ROWS (savings_doc.h): each source with rows,
   "recalled", "recorded", "planned" or "of unstated source", joined
   with "and" ("recalled and recorded"); "no rows" when there are none.
   Into BUF; returns BUF.  */
char *sp_fig_sources (const cJSON *rows, char *buf, size_t size);

#endif /* SP_FIGURE_H */

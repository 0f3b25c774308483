/* chart.h -- shared drawing helpers for charts and the statement

   Charts are drawn with cairo onto any surface (PNG image, SVG, a page
   of the PDF statement) in user units, so one drawing function serves
   every output.  All text is laid out with pango in "DejaVu Sans" at an
   absolute size in user units, with metric hinting off so that text
   measures the same on every surface.

   Helpers here: a colour palette used by every chart; text drawing and
   measuring; axis scales (linear with "nice" ticks, or logarithmic by
   decades) and their gridlines; the title block and the legend.  */

#ifndef SP_CHART_H
#define SP_CHART_H

#include <cairo.h>
#include <cjson/cJSON.h>
#include <pango/pangocairo.h>
#include <stddef.h>

#define SP_CHART_FONT "DejaVu Sans"

/* The palette (Okabe-Ito colours, safe for colour-blind readers).  */
typedef enum
{
  SP_COLOUR_TEXT,       /* near-black text */
  SP_COLOUR_MUTED,      /* secondary text, notes */
  SP_COLOUR_GRID,       /* gridlines */
  SP_COLOUR_AXIS,       /* axis lines */
  SP_COLOUR_BEFORE,     /* "before" / baseline series */
  SP_COLOUR_AFTER,      /* "after" / follow-up series */
  SP_COLOUR_POSITIVE,   /* gains */
  SP_COLOUR_NEGATIVE,   /* losses */
  SP_COLOUR_ACCENT,     /* estimates, targets */
  SP_COLOUR_BAND,       /* shaded intervals */
  SP_COLOUR_SERIES3,    /* a third series */
  SP_COLOUR_BACKGROUND, /* page */
  SP_COLOUR_TABLE_RULE  /* light fill for table headers and stripes */
} sp_colour;

typedef enum
{
  SP_ALIGN_START,   /* left or top */
  SP_ALIGN_CENTRE,
  SP_ALIGN_END      /* right or bottom */
} sp_align;

typedef struct
{
  double size;      /* in user units */
  int bold;
  int italic;
} sp_font;

typedef struct
{
  double x, y, w, h;
} sp_box;

/* Make COLOUR the source of CR.  */
void sp_chart_colour (cairo_t *cr, sp_colour colour);

/* A pango layout of TEXT for CR in FONT, wrapped at WIDTH when > 0 with
   its lines aligned by H.  The caller releases it with g_object_unref.  */
PangoLayout *sp_chart_layout (cairo_t *cr, const char *text, double width,
                              sp_font font, sp_align h);

/* Draw TEXT at (X, Y) in the current source colour.  With WIDTH > 0 the
   text wraps at word boundaries within WIDTH, X is the left of that
   column and H aligns the lines within it; with WIDTH 0 the text is one
   block placed so that H and V say which of its edges lies on X and Y.
   Returns the height of the text drawn.  */
double sp_chart_text (cairo_t *cr, const char *text, double x, double y,
                      double width, sp_font font, sp_align h, sp_align v);

/* The width and height TEXT would take (wrapped at WIDTH when > 0).  */
void sp_chart_measure (cairo_t *cr, const char *text, double width,
                       sp_font font, double *w, double *h);

/* Draw TEXT turned a quarter anticlockwise, centred on (X, Y).  */
void sp_chart_text_up (cairo_t *cr, const char *text, double x, double y,
                       sp_font font);

/* An axis scale: values from LO to HI are mapped onto [0, 1].  A linear
   scale has ticks every STEP from LO; a logarithmic scale has LO at a
   power of ten and a tick at each power of ten up to HI.  */
typedef struct
{
  double lo, hi;
  double step;      /* linear only */
  int log;
} sp_chart_scale;

/* A linear scale covering [LO, HI] with about MAX_TICKS ticks: the step
   is (HI - LO) / (MAX_TICKS - 1) rounded to 1, 2 or 5 times a power of
   ten (below 1.5 -> 1, below 3 -> 2, below 7 -> 5, else 10), and the
   ends are widened to whole steps.  With ZERO nonzero the range always
   includes zero.  An empty range becomes [0, 1] or is widened around
   its value.  */
void sp_chart_scale_linear (double lo, double hi, int max_ticks, int zero,
                            sp_chart_scale *s);

/* A logarithmic scale from the power of ten at or below MIN_POSITIVE to
   the first of 1, 2, 5 or 10 times a power of ten at or above HI (both
   > 0).  */
void sp_chart_scale_log (double min_positive, double hi, sp_chart_scale *s);

/* Where V falls on S, from 0 (LO) to 1 (HI); on a log scale values at
   or below zero map to 0.  */
double sp_chart_scale_pos (const sp_chart_scale *s, double v);

/* Store up to MAX tick values of S in TICKS; returns how many.  */
size_t sp_chart_scale_ticks (const sp_chart_scale *s, double *ticks,
                             size_t max);

/* Format a money tick V: "£1,000,000", "-£500", "£0".  */
char *sp_chart_money_tick (double v, char *buf, size_t size);

/* Format a plain tick V with thousands separators ("1,500", "2.5").  */
char *sp_chart_number_tick (double v, char *buf, size_t size);

/* Format a parameter value V as people read it: whole with separators
   from 1,000 up ("134,000"), else four significant digits ("0.85").  */
char *sp_chart_param_tick (double v, char *buf, size_t size);

/* Format a fraction tick V as a whole percentage ("20%").  */
char *sp_chart_percent_tick (double v, char *buf, size_t size);

/* Fill the whole W x H area with the background colour.  */
void sp_chart_background (cairo_t *cr, double w, double h);

/* Draw TITLE (bold) and, when not NULL, SUBTITLE (muted, wrapped) at the
   top of a W-wide chart, inside margin M.  Returns the y below them.  */
double sp_chart_title (cairo_t *cr, double w, double m, const char *title,
                       const char *subtitle);

/* One legend entry: a swatch of COLOUR (a line when LINE is nonzero,
   dashed when DASHED) and LABEL.  */
typedef struct
{
  const char *label;
  sp_colour colour;
  int line;
  int dashed;
} sp_legend_item;

/* Draw the N legend ITEMS in a row starting at (X, Y); returns the
   height used.  */
double sp_chart_legend (cairo_t *cr, double x, double y,
                        const sp_legend_item *items, size_t n, double size);

/* The legend of a before/after chart at (X, Y): "Before" and "After"
   swatches in the before and after colours, each followed by DOC's
   period name (savings.periods) in brackets when it is another word.
   Returns the height used.  */
double sp_chart_period_legend (cairo_t *cr, const cJSON *doc, double x,
                               double y, double size);

/* Draw the vertical gridlines of the horizontal value axis S over PLOT
   (the zero line darker).  */
void sp_chart_grid_x (cairo_t *cr, const sp_box *plot,
                      const sp_chart_scale *s);

/* Draw vertical gridlines and tick labels under PLOT for the horizontal
   value axis S; labels are formatted by FMT.  Returns the height the
   labels take below PLOT.  */
double sp_chart_axis_x (cairo_t *cr, const sp_box *plot,
                        const sp_chart_scale *s,
                        char *(*fmt) (double, char *, size_t), double size);

/* Draw horizontal gridlines and tick labels left of PLOT for the
   vertical value axis S.  */
void sp_chart_axis_y (cairo_t *cr, const sp_box *plot,
                      const sp_chart_scale *s,
                      char *(*fmt) (double, char *, size_t), double size);

/* As sp_chart_scale_linear, with as many ticks (8 at most, 2 at least)
   as leave room between the tick labels, formatted by FMT in SIZE, on an
   axis LENGTH long.  */
void sp_chart_scale_fit (cairo_t *cr, double lo, double hi, int zero,
                         double length,
                         char *(*fmt) (double, char *, size_t), double size,
                         sp_chart_scale *s);

/* The widest tick label of S formatted by FMT.  */
double sp_chart_axis_label_width (cairo_t *cr, const sp_chart_scale *s,
                                  char *(*fmt) (double, char *, size_t),
                                  double size);

/* Row charts (one horizontal row per item) keep their rows in an array
   of structs, STRIDE bytes apart, whose first member is the row's label
   (const char *).  */

/* The width of a column holding the labels of the N ROWS in SIZE, each
   wrapped at MAX_W: the widest label, at most MAX_W.  */
double sp_chart_row_label_width (cairo_t *cr, const void *rows, size_t n,
                                 size_t stride, double max_w, double size);

/* Draw the labels of the N ROWS right-aligned in the column from X, LW
   wide, row I centred on PLOT->y + (I + 0.5) * PLOT->h / N.  Returns the
   row height PLOT->h / N.  */
double sp_chart_row_labels (cairo_t *cr, const sp_box *plot, double x,
                            double lw, const void *rows, size_t n,
                            size_t stride, double size);

/* A qsort order: A before B when A is larger, ties in the order of the
   indexes IA and IB, so that sorting is deterministic.  */
int sp_chart_order_desc (double a, double b, size_t ia, size_t ib);

/* Fill the rectangle (X, Y, W, H) with COLOUR; W or H may be negative.  */
void sp_chart_bar (cairo_t *cr, double x, double y, double w, double h,
                   sp_colour colour);

/* Draw a line from (X0, Y0) to (X1, Y1) in COLOUR, WIDTH wide, dashed
   when DASHED.  */
void sp_chart_line (cairo_t *cr, double x0, double y0, double x1, double y1,
                    sp_colour colour, double width, int dashed);

/* Whether the array at PATH of DOC has an element whose MEMBER is not
   suppressed by disclosure control (results/disclosure.h): a chart with
   every row suppressed says nothing and is not drawn.  */
int sp_chart_any_shown (const cJSON *doc, const char *path,
                        const char *member);

/* The bootstrap interval of the figure at PATH ("savings.saving") in
   DOC's top-level "intervals" object, or NULL.  Interval keys hold dots,
   so they cannot be reached with sp_doc_get.  */
const cJSON *sp_chart_interval (const cJSON *doc, const char *path);

/* Draw the value label TEXT at (X, Y), placed by H and V as
   sp_chart_text, in FONT and COLOUR, on a box of the background colour
   a little larger than the text, so that no gridline or zero line
   drawn before it crosses it.  Returns the label's width.  */
double sp_chart_value_label (cairo_t *cr, const char *text, double x,
                             double y, sp_font font, sp_colour colour,
                             sp_align h, sp_align v);

/* Whether a count of people COUNT that a chart works out from shown
   figures of DOC (a difference of two shown counts) must not be shown
   as a number: from 1 to the document's disclosure threshold (results/
   disclosure.h, default 7), unless DOC is an internal edition or the
   threshold is 0.  */
int sp_chart_small_count (const cJSON *doc, double count);

/* Where bars of the N VALUES (>= 0; NaN skipped) need a broken axis:
   when the largest is more than SP_CHART_DWARF times the next largest
   (> 0), returns the index of the largest and stores in *TOP the value
   the axis should end at (the next largest); otherwise returns -1 and
   *TOP is the largest.  */
#define SP_CHART_DWARF 8.0
long sp_chart_dwarf (const double *values, size_t n, double *top);

/* Draw the break mark (two parallel slanted white strokes with a dark
   edge) across a horizontal bar at X, centred on Y, H high: the bar is
   longer than drawn.  */
void sp_chart_break_mark (cairo_t *cr, double x, double y, double h);

#endif /* SP_CHART_H */

/* chart.c -- shared drawing helpers for charts and the statement */

#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <strings.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"

typedef struct
{
  double r, g, b;
} rgb;

static const rgb palette[] = {
  [SP_COLOUR_TEXT] = { 0.13, 0.13, 0.13 },
  [SP_COLOUR_MUTED] = { 0.38, 0.38, 0.40 },
  [SP_COLOUR_GRID] = { 0.88, 0.88, 0.88 },
  [SP_COLOUR_AXIS] = { 0.45, 0.45, 0.45 },
  [SP_COLOUR_BEFORE] = { 0.62, 0.65, 0.71 },       /* slate grey */
  [SP_COLOUR_AFTER] = { 0.0, 0.447, 0.698 },       /* blue #0072B2 */
  [SP_COLOUR_POSITIVE] = { 0.0, 0.62, 0.451 },     /* green #009E73 */
  [SP_COLOUR_NEGATIVE] = { 0.835, 0.369, 0.0 },    /* vermillion #D55E00 */
  [SP_COLOUR_ACCENT] = { 0.835, 0.369, 0.0 },      /* vermillion */
  [SP_COLOUR_BAND] = { 0.80, 0.89, 0.96 },         /* pale blue */
  [SP_COLOUR_SERIES3] = { 0.902, 0.624, 0.0 },     /* orange #E69F00 */
  [SP_COLOUR_BACKGROUND] = { 1.0, 1.0, 1.0 },
  [SP_COLOUR_TABLE_RULE] = { 0.94, 0.95, 0.97 },
};

void
sp_chart_colour (cairo_t *cr, sp_colour colour)
{
  const rgb *c = &palette[colour];
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

PangoLayout *
sp_chart_layout (cairo_t *cr, const char *text, double width, sp_font font,
                 sp_align h)
{
  PangoLayout *l = pango_cairo_create_layout (cr);
  PangoContext *ctx = pango_layout_get_context (l);
  cairo_font_options_t *fo = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ctx, fo);
  cairo_font_options_destroy (fo);
  pango_layout_context_changed (l);

  PangoFontDescription *fd
    = pango_font_description_from_string (SP_CHART_FONT);
  pango_font_description_set_absolute_size (fd, font.size * PANGO_SCALE);
  if (font.bold)
    pango_font_description_set_weight (fd, PANGO_WEIGHT_BOLD);
  if (font.italic)
    pango_font_description_set_style (fd, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (l, fd);
  pango_font_description_free (fd);
  if (width > 0)
    {
      pango_layout_set_width (l, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (l, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (l, h == SP_ALIGN_END ? PANGO_ALIGN_RIGHT
                                     : h == SP_ALIGN_CENTRE
                                       ? PANGO_ALIGN_CENTER
                                       : PANGO_ALIGN_LEFT);
    }
  pango_layout_set_text (l, text, -1);
  return l;
}

static void
extent (PangoLayout *l, double *w, double *h)
{
  PangoRectangle logical;
  pango_layout_get_extents (l, NULL, &logical);
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

static double
offset (sp_align a, double size)
{
  return a == SP_ALIGN_END ? -size : a == SP_ALIGN_CENTRE ? -size / 2 : 0;
}

double
sp_chart_text (cairo_t *cr, const char *text, double x, double y,
               double width, sp_font font, sp_align h, sp_align v)
{
  PangoLayout *l = sp_chart_layout (cr, text, width, font, h);
  double w, ht;
  extent (l, &w, &ht);
  cairo_move_to (cr, width > 0 ? x : x + offset (h, w), y + offset (v, ht));
  pango_cairo_show_layout (cr, l);
  cairo_new_path (cr);
  g_object_unref (l);
  return ht;
}

void
sp_chart_measure (cairo_t *cr, const char *text, double width, sp_font font,
                  double *w, double *h)
{
  PangoLayout *l = sp_chart_layout (cr, text, width, font, SP_ALIGN_START);
  extent (l, w, h);
  g_object_unref (l);
}

void
sp_chart_text_up (cairo_t *cr, const char *text, double x, double y,
                  sp_font font)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, -M_PI / 2);
  sp_chart_text (cr, text, 0, 0, 0, font, SP_ALIGN_CENTRE, SP_ALIGN_CENTRE);
  cairo_restore (cr);
}

/* "Nice numbers" (after Heckbert, Graphics Gems I): 1, 2, 5 or 10 times
   a power of ten near X, rounded to the nearest when ROUND, else the
   next at or above.  */
static double
nice_number (double x, int round)
{
  double e = floor (log10 (x));
  double f = x / pow (10, e);
  double nf;
  if (round)
    nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  else
    nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nf * pow (10, e);
}

void
sp_chart_scale_linear (double lo, double hi, int max_ticks, int zero,
                       sp_chart_scale *s)
{
  if (!isfinite (lo) || !isfinite (hi))
    lo = hi = 0;
  if (zero)
    {
      lo = fmin (lo, 0);
      hi = fmax (hi, 0);
    }
  if (hi <= lo)
    {
      double d = fabs (lo) > 0 ? fabs (lo) * 0.1 : 0.5;
      lo -= zero && lo >= 0 ? 0 : d;
      hi += d;
      if (zero && lo == 0 && hi == 0.5)
        hi = 1;
    }
  if (max_ticks < 2)
    max_ticks = 2;
  double step = nice_number ((hi - lo) / (max_ticks - 1), 1);
  s->step = step;
  s->lo = floor (lo / step + 1e-9) * step;
  s->hi = ceil (hi / step - 1e-9) * step;
  if (s->hi <= s->lo)
    s->hi = s->lo + step;
  s->log = 0;
}

void
sp_chart_scale_log (double min_positive, double hi, sp_chart_scale *s)
{
  if (!(min_positive > 0))
    min_positive = 1;
  if (!(hi > min_positive))
    hi = min_positive * 10;
  s->lo = pow (10, floor (log10 (min_positive) + 1e-9));
  s->hi = nice_number (hi, 0);
  if (s->hi <= s->lo)
    s->hi = s->lo * 10;
  s->step = 0;
  s->log = 1;
}

double
sp_chart_scale_pos (const sp_chart_scale *s, double v)
{
  if (s->log)
    {
      if (v <= 0)
        return 0;
      return (log10 (v) - log10 (s->lo)) / (log10 (s->hi) - log10 (s->lo));
    }
  return (v - s->lo) / (s->hi - s->lo);
}

size_t
sp_chart_scale_ticks (const sp_chart_scale *s, double *ticks, size_t max)
{
  size_t n = 0;
  if (s->log)
    {
      for (double v = s->lo; v <= s->hi * 1.000001 && n < max; v *= 10)
        ticks[n++] = v;
      return n;
    }
  for (size_t i = 0; n < max; i++)
    {
      double v = s->lo + (double) i * s->step;
      if (v > s->hi + s->step * 1e-6)
        break;
      ticks[n++] = fabs (v) < s->step * 1e-9 ? 0 : v;
    }
  return n;
}

char *
sp_chart_money_tick (double v, char *buf, size_t size)
{
  return sp_fmt_money (v, buf, size);
}

char *
sp_chart_number_tick (double v, char *buf, size_t size)
{
  return sp_fmt_number (v, v != floor (v) ? 1 : 0, buf, size);
}

char *
sp_chart_param_tick (double v, char *buf, size_t size)
{
  if (fabs (v) >= 1000)
    return sp_fmt_number (v, 0, buf, size);
  snprintf (buf, size, "%.4g", v);
  return buf;
}

char *
sp_chart_percent_tick (double v, char *buf, size_t size)
{
  return sp_fmt_percent (v, 0, buf, size);
}

void
sp_chart_background (cairo_t *cr, double w, double h)
{
  sp_chart_colour (cr, SP_COLOUR_BACKGROUND);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_fill (cr);
}

double
sp_chart_title (cairo_t *cr, double w, double m, const char *title,
                const char *subtitle)
{
  sp_font tf = { 17, 1, 0 }, sf = { 11, 0, 0 };
  double y = m;
  sp_chart_colour (cr, SP_COLOUR_TEXT);
  y += sp_chart_text (cr, title, m, y, w - 2 * m, tf, SP_ALIGN_START,
                      SP_ALIGN_START);
  if (subtitle)
    {
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      y += 2 + sp_chart_text (cr, subtitle, m, y + 2, w - 2 * m, sf,
                              SP_ALIGN_START, SP_ALIGN_START);
    }
  return y + 8;
}

double
sp_chart_legend (cairo_t *cr, double x, double y,
                 const sp_legend_item *items, size_t n, double size)
{
  sp_font f = { size, 0, 0 };
  double sw = size * 1.1;
  double rowh = size * 1.5;
  for (size_t i = 0; i < n; i++)
    {
      if (items[i].line)
        sp_chart_line (cr, x, y + rowh / 2, x + sw * 1.6, y + rowh / 2,
                       items[i].colour, 2.5, items[i].dashed);
      else
        sp_chart_bar (cr, x, y + (rowh - sw) / 2, sw * 1.6, sw,
                      items[i].colour);
      double tw, th;
      sp_chart_measure (cr, items[i].label, 0, f, &tw, &th);
      sp_chart_colour (cr, SP_COLOUR_TEXT);
      sp_chart_text (cr, items[i].label, x + sw * 1.6 + 6, y + rowh / 2, 0, f,
                     SP_ALIGN_START, SP_ALIGN_CENTRE);
      x += sw * 1.6 + 6 + tw + 22;
    }
  return rowh;
}

/* WORD alone when PERIOD is NULL or the same word, else "WORD (PERIOD)".  */
static char *
period_label (const char *word, const char *period, char *buf, size_t size)
{
  if (!period || strcasecmp (word, period) == 0)
    snprintf (buf, size, "%s", word);
  else
    snprintf (buf, size, "%s (%s)", word, period);
  return buf;
}

double
sp_chart_period_legend (cairo_t *cr, const cJSON *doc, double x, double y,
                        double size)
{
  char lb[96], la[96];
  sp_legend_item legend[] = {
    { period_label ("Before", sp_doc_str (doc, "savings.periods.before.period", NULL),
                    lb, sizeof lb),
      SP_COLOUR_BEFORE, 0, 0 },
    { period_label ("After", sp_doc_str (doc, "savings.periods.after.period", NULL),
                    la, sizeof la),
      SP_COLOUR_AFTER, 0, 0 },
  };
  return sp_chart_legend (cr, x, y, legend, 2, size);
}

void
sp_chart_scale_fit (cairo_t *cr, double lo, double hi, int zero,
                    double length, char *(*fmt) (double, char *, size_t),
                    double size, sp_chart_scale *s)
{
  for (int ticks = 8; ticks >= 2; ticks--)
    {
      sp_chart_scale_linear (lo, hi, ticks, zero, s);
      double lw = sp_chart_axis_label_width (cr, s, fmt, size);
      double step_len = length * s->step / (s->hi - s->lo);
      if (step_len >= lw + 10)
        return;
    }
}

double
sp_chart_axis_label_width (cairo_t *cr, const sp_chart_scale *s,
                           char *(*fmt) (double, char *, size_t), double size)
{
  double ticks[64], widest = 0;
  size_t n = sp_chart_scale_ticks (s, ticks, 64);
  sp_font f = { size, 0, 0 };
  for (size_t i = 0; i < n; i++)
    {
      char buf[64];
      double w, h;
      sp_chart_measure (cr, fmt (ticks[i], buf, sizeof buf), 0, f, &w, &h);
      widest = fmax (widest, w);
    }
  return widest;
}

/* One gridline of S at TICK across PLOT, vertical when VERTICAL; the
   zero line is darker.  Returns the line's position.  */
static double
gridline (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
          double tick, int vertical)
{
  int zero = !s->log && tick == 0;
  sp_colour c = zero ? SP_COLOUR_AXIS : SP_COLOUR_GRID;
  double width = zero ? 1.2 : 0.8;
  double p = sp_chart_scale_pos (s, tick);
  if (vertical)
    {
      double x = plot->x + plot->w * p;
      sp_chart_line (cr, x, plot->y, x, plot->y + plot->h, c, width, 0);
      return x;
    }
  double y = plot->y + plot->h * (1 - p);
  sp_chart_line (cr, plot->x, y, plot->x + plot->w, y, c, width, 0);
  return y;
}

void
sp_chart_grid_x (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s)
{
  double ticks[64];
  size_t n = sp_chart_scale_ticks (s, ticks, 64);
  for (size_t i = 0; i < n; i++)
    gridline (cr, plot, s, ticks[i], 1);
}

double
sp_chart_axis_x (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
                 char *(*fmt) (double, char *, size_t), double size)
{
  double ticks[64];
  size_t n = sp_chart_scale_ticks (s, ticks, 64);
  sp_font f = { size, 0, 0 };
  double below = 0;
  for (size_t i = 0; i < n; i++)
    {
      double x = gridline (cr, plot, s, ticks[i], 1);
      char buf[64];
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      below = fmax (below, sp_chart_text (cr, fmt (ticks[i], buf, sizeof buf),
                                          x, plot->y + plot->h + 4, 0, f,
                                          SP_ALIGN_CENTRE, SP_ALIGN_START));
    }
  return below + 4;
}

void
sp_chart_axis_y (cairo_t *cr, const sp_box *plot, const sp_chart_scale *s,
                 char *(*fmt) (double, char *, size_t), double size)
{
  double ticks[64];
  size_t n = sp_chart_scale_ticks (s, ticks, 64);
  sp_font f = { size, 0, 0 };
  for (size_t i = 0; i < n; i++)
    {
      double y = gridline (cr, plot, s, ticks[i], 0);
      char buf[64];
      sp_chart_colour (cr, SP_COLOUR_MUTED);
      sp_chart_text (cr, fmt (ticks[i], buf, sizeof buf), plot->x - 6, y, 0,
                     f, SP_ALIGN_END, SP_ALIGN_CENTRE);
    }
}

/* The label of row I of ROWS (STRIDE bytes apart, label first).  */
static const char *
row_label (const void *rows, size_t stride, size_t i)
{
  return *(const char *const *) ((const char *) rows + i * stride);
}

double
sp_chart_row_label_width (cairo_t *cr, const void *rows, size_t n,
                          size_t stride, double max_w, double size)
{
  sp_font f = { size, 0, 0 };
  double widest = 0;
  for (size_t i = 0; i < n; i++)
    {
      double w, h;
      sp_chart_measure (cr, row_label (rows, stride, i), max_w, f, &w, &h);
      widest = fmax (widest, w);
    }
  return fmin (widest, max_w);
}

double
sp_chart_row_labels (cairo_t *cr, const sp_box *plot, double x, double lw,
                     const void *rows, size_t n, size_t stride, double size)
{
  double rowh = n ? plot->h / (double) n : plot->h;
  sp_font f = { size, 0, 0 };
  sp_chart_colour (cr, SP_COLOUR_TEXT);
  for (size_t i = 0; i < n; i++)
    sp_chart_text (cr, row_label (rows, stride, i), x,
                   plot->y + rowh * ((double) i + 0.5), lw, f, SP_ALIGN_END,
                   SP_ALIGN_CENTRE);
  return rowh;
}

int
sp_chart_order_desc (double a, double b, size_t ia, size_t ib)
{
  if (a != b)
    return a < b ? 1 : -1;
  return ia < ib ? -1 : ia > ib;
}

void
sp_chart_bar (cairo_t *cr, double x, double y, double w, double h,
              sp_colour colour)
{
  sp_chart_colour (cr, colour);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

void
sp_chart_line (cairo_t *cr, double x0, double y0, double x1, double y1,
               sp_colour colour, double width, int dashed)
{
  cairo_save (cr);
  sp_chart_colour (cr, colour);
  cairo_set_line_width (cr, width);
  if (dashed)
    {
      double dash[] = { 6, 4 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

const cJSON *
sp_chart_interval (const cJSON *doc, const char *path)
{
  const cJSON *in = cJSON_GetObjectItemCaseSensitive (doc, "intervals");
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (in, path);
  return cJSON_IsObject (iv) ? iv : NULL;
}

int
sp_chart_any_shown (const cJSON *doc, const char *path, const char *member)
{
  const cJSON *el;
  cJSON_ArrayForEach (el, sp_doc_get (doc, path))
  if (!sp_disclosure_hidden (cJSON_GetObjectItemCaseSensitive (el, member)))
    return 1;
  return 0;
}

double
sp_chart_value_label (cairo_t *cr, const char *text, double x, double y,
                      sp_font font, sp_colour colour, sp_align h, sp_align v)
{
  double tw, th;
  sp_chart_measure (cr, text, 0, font, &tw, &th);
  double x0 = x + offset (h, tw), y0 = y + offset (v, th);
  sp_chart_bar (cr, x0 - 2, y0, tw + 4, th, SP_COLOUR_BACKGROUND);
  sp_chart_colour (cr, colour);
  sp_chart_text (cr, text, x, y, 0, font, h, v);
  return tw;
}

int
sp_chart_small_count (const cJSON *doc, double count)
{
  if (sp_disclosure_internal (doc))
    return 0;
  const cJSON *t = sp_doc_get (doc, "disclosure.threshold");
  double threshold = cJSON_IsNumber (t) ? t->valuedouble
                                        : SP_DISCLOSURE_THRESHOLD;
  return threshold > 0 && count >= 1 && count <= threshold;
}

long
sp_chart_dwarf (const double *values, size_t n, double *top)
{
  long first = -1;
  double a = 0, b = 0;
  for (size_t i = 0; i < n; i++)
    {
      double v = values[i];
      if (isnan (v))
        continue;
      if (first < 0 || v > a)
        {
          b = first < 0 ? b : fmax (b, a);
          a = v;
          first = (long) i;
        }
      else
        b = fmax (b, v);
    }
  if (first >= 0 && b > 0 && a > SP_CHART_DWARF * b)
    {
      *top = b;
      return first;
    }
  *top = a;
  return -1;
}

void
sp_chart_break_mark (cairo_t *cr, double x, double y, double h)
{
  double d = h * 0.35 + 3;
  for (int i = 0; i < 2; i++)
    {
      double xi = x + (i ? 5 : -5);
      sp_chart_line (cr, xi - d / 2, y + h / 2 + 3, xi + d / 2, y - h / 2 - 3,
                     SP_COLOUR_BACKGROUND, 3.5, 0);
    }
}

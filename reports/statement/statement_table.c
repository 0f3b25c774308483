/* statement_table.c -- tables in the PDF statement */

#include "statement_table.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define PAD_X 4.0
#define PAD_Y 3.0

/* Height of a row of CELLS in FONT.  */
static double
row_height (const sp_table *t, const char *const *cells, sp_font font)
{
  double tallest = 0, width = sp_page_width (t->page);
  for (size_t c = 0; c < t->n_cols; c++)
    {
      double w, h;
      sp_chart_measure (t->page->cr, cells[c] ? cells[c] : "",
                        width * t->cols[c].share - 2 * PAD_X, font, &w, &h);
      tallest = fmax (tallest, h);
    }
  return tallest + 2 * PAD_Y;
}

static void
draw_cells (const sp_table *t, const char *const *cells, sp_font font,
            double y)
{
  sp_page *p = t->page;
  double x = p->left, width = sp_page_width (p);
  sp_chart_colour (p->cr, SP_COLOUR_TEXT);
  for (size_t c = 0; c < t->n_cols; c++)
    {
      double cw = width * t->cols[c].share;
      if (cells[c])
        sp_chart_text (p->cr, cells[c], x + PAD_X, y + PAD_Y, cw - 2 * PAD_X,
                       font, t->cols[c].align, SP_ALIGN_START);
      x += cw;
    }
}

/* Whether every word of TEXT fits on a line of WIDTH in FONT, so that
   the text wraps only between words, never inside one.  */
static int
words_fit (cairo_t *cr, const char *text, double width, sp_font font)
{
  char word[128];
  const char *at = text ? text : "";
  while (*at)
    {
      size_t n = strcspn (at, " ");
      if (n > 0)
        {
          snprintf (word, sizeof word, "%.*s", (int) n, at);
          double w, h;
          sp_chart_measure (cr, word, 0, font, &w, &h);
          if (w > width)
            return 0;
        }
      at += n;
      while (*at == ' ')
        at++;
    }
  return 1;
}

static void
header (sp_table *t)
{
  sp_page *p = t->page;
  const char *titles[32];
  size_t n = t->n_cols < 32 ? t->n_cols : 32;
  for (size_t c = 0; c < n; c++)
    titles[c] = t->cols[c].title;
  /* Table headers are never hyphenated inside a word: the header's font
     shrinks (down to 6 pt) until every word of every title fits its
     column, and titles wrap between words.  */
  sp_font f = { t->size, 1, 0 };
  double width = sp_page_width (p);
  for (; f.size > 6; f.size -= 0.25)
    {
      int fit = 1;
      for (size_t c = 0; c < n && fit; c++)
        fit = words_fit (p->cr, titles[c],
                         width * t->cols[c].share - 2 * PAD_X, f);
      if (fit)
        break;
    }
  double h = row_height (t, titles, f);
  sp_chart_bar (p->cr, p->left, p->y, sp_page_width (p), h,
                SP_COLOUR_TABLE_RULE);
  draw_cells (t, titles, f, p->y);
  sp_chart_line (p->cr, p->left, p->y + h, p->left + sp_page_width (p),
                 p->y + h, SP_COLOUR_AXIS, 0.8, 0);
  p->y += h;
  t->n_rows = 0;
}

/* The height of a one-line row.  */
#define LINE (8.5 * 1.3 + 2 * PAD_Y)

double
sp_table_height (size_t rows)
{
  return (double) (rows + 1) * LINE + 10;
}

double
sp_table_keep (size_t rows)
{
  return sp_table_height (rows <= 12 ? rows : 5);
}

void
sp_table_begin (sp_table *t, sp_page *p, const sp_table_col *cols,
                size_t n_cols, size_t rows)
{
  t->page = p;
  t->cols = cols;
  t->n_cols = n_cols;
  t->size = 8.5;
  t->n_rows = 0;
  sp_page_need (p, sp_table_keep (rows));
  header (t);
}

void
sp_table_row (sp_table *t, const char *const *cells, int total)
{
  sp_page *p = t->page;
  sp_font f = { t->size, total, 0 };
  double h = row_height (t, cells, f);
  if (h > sp_page_room (p))
    {
      sp_page_break (p);
      header (t);
    }
  if (t->n_rows % 2 == 1 && !total)
    sp_chart_bar (p->cr, p->left, p->y, sp_page_width (p), h,
                  SP_COLOUR_TABLE_RULE);
  if (total)
    sp_chart_line (p->cr, p->left, p->y, p->left + sp_page_width (p), p->y,
                   SP_COLOUR_AXIS, 0.8, 0);
  draw_cells (t, cells, f, p->y);
  p->y += h;
  t->n_rows++;
}

void
sp_table_end (sp_table *t)
{
  sp_page *p = t->page;
  sp_chart_line (p->cr, p->left, p->y, p->left + sp_page_width (p), p->y,
                 SP_COLOUR_GRID, 0.6, 0);
  p->y += 10;
}

void
sp_table_pairs (sp_page *p, const char *name_title, const char *value_title,
                const char *const *names, const char *const *values,
                size_t n)
{
  const sp_table_col cols[] = {
    { name_title, 0.45, SP_ALIGN_START },
    { value_title, 0.55, SP_ALIGN_END },
  };
  sp_table t;
  sp_table_begin (&t, p, cols, 2, n);
  for (size_t i = 0; i < n; i++)
    sp_table_row (&t, (const char *const[]){ names[i], values[i] }, 0);
  sp_table_end (&t);
}

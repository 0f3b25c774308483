/* statement_page.c -- page layout of the PDF statement */

#include "statement_page.h"

#include <stdio.h>

#include <cairo-pdf.h>

static void
decorate (sp_page *p)
{
  cairo_t *cr = p->cr;
  sp_font f = { 8, 0, 0 };
  double fy = SP_PAGE_HEIGHT - p->bottom + 18;
  sp_chart_line (cr, p->left, fy - 6, SP_PAGE_WIDTH - p->right, fy - 6,
                 SP_COLOUR_GRID, 0.6, 0);
  sp_chart_colour (cr, SP_COLOUR_MUTED);
  sp_chart_text (cr, p->footer, p->left, fy, 0, f, SP_ALIGN_START,
                 SP_ALIGN_START);
  char num[64];
  if (p->pages > 0)
    snprintf (num, sizeof num, "Page %d of %d", p->page, p->pages);
  else
    snprintf (num, sizeof num, "Page %d", p->page);
  sp_chart_text (cr, num, SP_PAGE_WIDTH - p->right, fy, 0, f, SP_ALIGN_END,
                 SP_ALIGN_START);
  if (p->page > 1 && p->header[0])
    {
      sp_chart_text (cr, p->header, p->left, p->top - 22, 0, f,
                     SP_ALIGN_START, SP_ALIGN_START);
      sp_chart_line (cr, p->left, p->top - 8, SP_PAGE_WIDTH - p->right,
                     p->top - 8, SP_COLOUR_GRID, 0.6, 0);
    }
}

void
sp_page_open (sp_page *p, cairo_t *cr, const char *footer,
              const char *header, int pages)
{
  p->cr = cr;
  p->left = p->right = 50;
  p->top = 56;
  p->bottom = 58;
  p->y = p->top;
  p->page = 1;
  p->pages = pages;
  p->outline = 0;
  p->chart_files = 1;
  p->chart_place = 0;
  p->chart_scenario = NULL;
  snprintf (p->footer, sizeof p->footer, "%s", footer ? footer : "");
  snprintf (p->header, sizeof p->header, "%s", header ? header : "");
}

void
sp_page_close (sp_page *p)
{
  decorate (p);
  cairo_show_page (p->cr);
}

double
sp_page_width (const sp_page *p)
{
  return SP_PAGE_WIDTH - p->left - p->right;
}

double
sp_page_room (const sp_page *p)
{
  return SP_PAGE_HEIGHT - p->bottom - p->y;
}

void
sp_page_break (sp_page *p)
{
  decorate (p);
  cairo_show_page (p->cr);
  p->page++;
  p->y = p->top;
}

void
sp_page_need (sp_page *p, double h)
{
  if (h > sp_page_room (p) && p->y > p->top + 0.5)
    sp_page_break (p);
}

void
sp_page_space (sp_page *p, double h)
{
  if (p->y > p->top + 0.5)
    p->y += h;
  if (p->y > SP_PAGE_HEIGHT - p->bottom)
    p->y = SP_PAGE_HEIGHT - p->bottom;
}

/* An outline entry for the heading TEXT at the cursor: under the root
   for a section (LEVEL 1), under the current section otherwise.  */
static void
outline (sp_page *p, const char *text, int level)
{
  cairo_surface_t *s = cairo_get_target (p->cr);
  if (cairo_surface_get_type (s) != CAIRO_SURFACE_TYPE_PDF)
    return;
  char link[96];
  snprintf (link, sizeof link, "page=%d pos=[%.1f %.1f]", p->page, p->left,
            p->y);
  int parent = level == 1 ? CAIRO_PDF_OUTLINE_ROOT : p->outline;
  int id = cairo_pdf_surface_add_outline (s, parent, text, link,
                                          CAIRO_PDF_OUTLINE_FLAG_OPEN);
  if (level == 1)
    p->outline = id;
}

void
sp_page_heading (sp_page *p, const char *text, int level, double keep)
{
  sp_font f = { level == 1 ? 15 : 11.5, 1, 0 };
  double w, h;
  sp_chart_measure (p->cr, text, sp_page_width (p), f, &w, &h);
  sp_page_space (p, level == 1 ? 14 : 8);
  /* Never a heading at the foot of a page without at least two lines of
     its section (10 pt text, about 13 pt a line) under it.  */
  if (keep < 30)
    keep = 30;
  sp_page_need (p, h + 8 + keep);
  outline (p, text, level);
  sp_chart_colour (p->cr, level == 1 ? SP_COLOUR_AFTER : SP_COLOUR_TEXT);
  p->y += sp_chart_text (p->cr, text, p->left, p->y, sp_page_width (p), f,
                         SP_ALIGN_START, SP_ALIGN_START);
  if (level == 1)
    {
      sp_chart_line (p->cr, p->left, p->y + 2, SP_PAGE_WIDTH - p->right,
                     p->y + 2, SP_COLOUR_AFTER, 0.8, 0);
      p->y += 8;
    }
  else
    p->y += 4;
}

void
sp_page_text (sp_page *p, const char *text, sp_font font, sp_colour colour)
{
  PangoLayout *l = sp_chart_layout (p->cr, text, sp_page_width (p), font,
                                    SP_ALIGN_START);
  PangoLayoutIter *it = pango_layout_get_iter (l);
  sp_chart_colour (p->cr, colour);
  do
    {
      PangoRectangle line;
      pango_layout_iter_get_line_extents (it, NULL, &line);
      double h = (double) line.height / PANGO_SCALE;
      double baseline = (double) (pango_layout_iter_get_baseline (it)
                                  - line.y)
                        / PANGO_SCALE;
      if (h > sp_page_room (p))
        {
          sp_page_break (p);
          sp_chart_colour (p->cr, colour);
        }
      cairo_move_to (p->cr, p->left + (double) line.x / PANGO_SCALE,
                     p->y + baseline);
      pango_cairo_show_layout_line (p->cr,
                                    pango_layout_iter_get_line_readonly (it));
      cairo_new_path (p->cr);
      p->y += h;
    }
  while (pango_layout_iter_next_line (it));
  pango_layout_iter_free (it);
  g_object_unref (l);
  p->y += font.size * 0.5;
}

void
sp_page_para (sp_page *p, const char *text)
{
  sp_page_text (p, text, (sp_font){ 10, 0, 0 }, SP_COLOUR_TEXT);
}

void
sp_page_para_whole (sp_page *p, const char *text)
{
  sp_font font = { 10, 0, 0 };
  PangoLayout *l = sp_chart_layout (p->cr, text, sp_page_width (p), font,
                                    SP_ALIGN_START);
  int w, h;
  pango_layout_get_pixel_size (l, &w, &h);
  g_object_unref (l);
  sp_page_need (p, (double) h);
  sp_page_text (p, text, font, SP_COLOUR_TEXT);
}

void
sp_page_note (sp_page *p, const char *text)
{
  sp_page_text (p, text, (sp_font){ 8.5, 0, 0 }, SP_COLOUR_MUTED);
}

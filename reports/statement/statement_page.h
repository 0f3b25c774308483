/* statement_page.h -- page layout of the PDF statement

   The statement flows top to bottom over A4 pages.  An sp_page keeps
   the cairo context of the PDF surface, the margins and a cursor (the
   y of the next block); a block that does not fit on what is left of
   the page starts a new page.  Every page gets a footer with the tool's
   name and version and "Page N of M" (M is known from a first pass, see
   statement.c), and pages after the first a running header.

   All text goes through chart.h's pango helpers, so the statement and
   the charts share fonts and colours.  */

#ifndef SP_STATEMENT_PAGE_H
#define SP_STATEMENT_PAGE_H

#include <cairo.h>

#include "chart.h"

/* A4 in PDF points.  */
#define SP_PAGE_WIDTH 595.276
#define SP_PAGE_HEIGHT 841.89

typedef struct
{
  cairo_t *cr;              /* borrowed */
  double left, right, top, bottom; /* margins */
  double y;                 /* where the next block goes */
  int page;                 /* current page, from 1 */
  int pages;                /* total pages when known, else 0 */
  char footer[128];         /* "socialprofit 0.1.0" */
  char header[256];         /* running header for pages after the first */
  int chart_files;          /* nonzero: a chart drawn on the page names
                               its files under charts/ (1 by default) */
  size_t chart_place;       /* a further scenario's place (from 1), whose
                               chart files are named after it
                               (scenario_view.h), or 0 */
  const char *chart_scenario; /* borrowed: that scenario's name */
  int outline;              /* the PDF outline entry of the current
                               section (level 1 heading), 0 for none */
} sp_page;

/* Start page 1 on CR (a PDF surface of A4 pages).  FOOTER and HEADER are
   copied; PAGES is the total when known (0 otherwise).  */
void sp_page_open (sp_page *p, cairo_t *cr, const char *footer,
                   const char *header, int pages);

/* Finish the last page (footer, show page).  */
void sp_page_close (sp_page *p);

/* Width between the margins.  */
double sp_page_width (const sp_page *p);

/* Height left on the current page below the cursor.  */
double sp_page_room (const sp_page *p);

/* Start a new page.  */
void sp_page_break (sp_page *p);

/* Start a new page unless H fits below the cursor (or the cursor is at
   the top of a page already).  */
void sp_page_need (sp_page *p, double h);

/* Move the cursor down by H (never past the page's end).  */
void sp_page_space (sp_page *p, double h);

/* A heading: LEVEL 1 (section, with a rule) or 2 (subsection).  Kept on
   the same page as at least KEEP units of what follows.  On a PDF
   surface every heading is also an entry of the document's outline
   (bookmarks): a section at the top level, a subsection under the
   section it is in.  */
void sp_page_heading (sp_page *p, const char *text, int level, double keep);

/* A paragraph of TEXT wrapped to the page width in FONT and COLOUR,
   followed by a small gap.  A paragraph longer than a page is cut at
   the page's end and continued on the next one.  */
void sp_page_text (sp_page *p, const char *text, sp_font font,
                   sp_colour colour);

/* A body-text paragraph (10 pt, text colour).  */
void sp_page_para (sp_page *p, const char *text);

/* A body-text paragraph kept whole: it starts a new page unless all of
   it fits below the cursor (a paragraph longer than a page is still
   cut).  */
void sp_page_para_whole (sp_page *p, const char *text);

/* A small muted note paragraph (8.5 pt).  */
void sp_page_note (sp_page *p, const char *text);

#endif /* SP_STATEMENT_PAGE_H */

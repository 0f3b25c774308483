/* statement.c -- the social profit statement as a PDF */

#include "statement.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>

#include "charts.h"
#include "doc.h"
#include "statement_parts.h"

static cairo_status_t
discard (void *closure, const unsigned char *data, unsigned int len)
{
  (void) closure;
  (void) data;
  (void) len;
  return CAIRO_STATUS_SUCCESS;
}

/* The parts of the statement, in order.  */
static void
statement_parts (sp_page *p, const cJSON *doc)
{
  sp_stmt_title (p, doc);
  sp_stmt_summary (p, doc);
  sp_stmt_headline (p, doc);
  sp_stmt_limitations (p, doc);
  sp_stmt_quarter (p, doc);
  sp_stmt_influence (p, doc);
  sp_stmt_savings (p, doc);
  sp_stmt_comparison (p, doc);
  sp_stmt_value (p, doc);
  sp_stmt_value_followup (p, doc);
  sp_stmt_value_methods (p, doc);
  sp_stmt_profit (p, doc);
  sp_stmt_rollout (p, doc);
  sp_stmt_scenarios (p, doc);
  sp_stmt_data_notes (p, doc);
  sp_stmt_about (p, doc);
  sp_stmt_sources (p, doc);
  sp_stmt_prices (p, doc);
  sp_stmt_glossary (p, doc);
}

/* "TITLE: programme" of DOC into BUF.  */
static char *
titled (const cJSON *doc, const char *title, char *buf, size_t size)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  snprintf (buf, size, "%s%s%s", title, programme ? ": " : "",
            programme ? programme : "");
  return buf;
}

/* Lay PARTS of DOC out on SURFACE under the running header TITLE, with
   PAGES as the total page count (0 when not yet known).  Returns the
   number of pages, or -1 when cairo failed.  */
static int
lay_out (const cJSON *doc, const char *title, sp_stmt_parts_fn parts,
         cairo_surface_t *surface, int pages)
{
  char footer[128], header[256];
  snprintf (footer, sizeof footer, "%s %s",
            sp_doc_str (doc, "tool.name", "socialprofit"),
            sp_doc_str (doc, "tool.version", ""));
  titled (doc, title, header, sizeof header);
  cairo_t *cr = cairo_create (surface);
  sp_page p;
  sp_page_open (&p, cr, footer, header, pages);
  parts (&p, doc);
  sp_page_close (&p);
  int ok = cairo_status (cr) == CAIRO_STATUS_SUCCESS;
  cairo_destroy (cr);
  return ok ? p.page : -1;
}

int
sp_statement_pdf (const cJSON *doc, char **buf, size_t *len)
{
  return sp_stmt_pdf_render (doc, "Social profit statement", statement_parts,
                             buf, len);
}

int
sp_stmt_pdf_render (const cJSON *doc, const char *title,
                    sp_stmt_parts_fn parts, char **buf, size_t *len)
{
  *buf = NULL;
  *len = 0;
  /* First pass: count the pages.  */
  cairo_surface_t *s = cairo_pdf_surface_create_for_stream (
    discard, NULL, SP_PAGE_WIDTH, SP_PAGE_HEIGHT);
  int pages = lay_out (doc, title, parts, s, 0);
  cairo_surface_finish (s);
  cairo_surface_destroy (s);
  if (pages < 0)
    return -1;

  FILE *mem = open_memstream (buf, len);
  if (!mem)
    return -1;
  s = cairo_pdf_surface_create_for_stream (sp_chart_write_mem, mem,
                                           SP_PAGE_WIDTH, SP_PAGE_HEIGHT);
  sp_stmt_metadata (s, doc, title);
  int ok = lay_out (doc, title, parts, s, pages) >= 0;
  cairo_surface_finish (s);
  ok = ok && cairo_surface_status (s) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy (s);
  if (fclose (mem) != 0 || !ok)
    {
      free (*buf);
      *buf = NULL;
      *len = 0;
      return -1;
    }
  return 0;
}

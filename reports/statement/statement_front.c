/* statement_front.c -- the statement's front matter (issue 11 §2): the
   cover (programme, area, period, organisation, author, date and the
   draft or final label, then how to read the figures and the
   disclosure note) and the PDF's metadata (Title, Author, Subject,
   Keywords, Creator, dates).  The date is SOURCE_DATE_EPOCH when set
   (reproducible builds), otherwise the time of the run.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo-pdf.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "statement_parts.h"

int
sp_stmt_time (struct tm *tm)
{
  const char *epoch = getenv ("SOURCE_DATE_EPOCH");
  char *end = NULL;
  long long secs = epoch ? strtoll (epoch, &end, 10) : -1;
  int fixed = epoch && end != epoch && *end == '\0' && secs >= 0;
  time_t t = fixed ? (time_t) secs : time (NULL);
  if (!gmtime_r (&t, tm))
    memset (tm, 0, sizeof *tm);
  return fixed;
}

char *
sp_stmt_date (char *buf, size_t size)
{
  static const char *const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
  };
  struct tm tm;
  sp_stmt_time (&tm);
  snprintf (buf, size, "%d %s %d", tm.tm_mday,
            months[tm.tm_mon >= 0 && tm.tm_mon < 12 ? tm.tm_mon : 0],
            tm.tm_year + 1900);
  return buf;
}

/* "final" or "draft" (anything else reads as a draft).  */
static int
is_final (const cJSON *doc)
{
  const char *status = sp_doc_str (doc, "evaluation.status", "draft");
  return strcmp (status, "final") == 0;
}

/* A label in a coloured frame at the cursor: "Draft" or "Final".  */
static void
status_label (sp_page *p, const cJSON *doc)
{
  int final = is_final (doc);
  const char *text = final ? "Final" : "Draft: not yet approved for "
                                       "publication";
  sp_font f = { 11, 1, 0 };
  double w, h;
  sp_chart_measure (p->cr, text, sp_page_width (p), f, &w, &h);
  sp_colour c = final ? SP_COLOUR_POSITIVE : SP_COLOUR_NEGATIVE;
  sp_chart_colour (p->cr, c);
  cairo_set_line_width (p->cr, 1.2);
  cairo_rectangle (p->cr, p->left, p->y, w + 16, h + 8);
  cairo_stroke (p->cr);
  sp_chart_text (p->cr, text, p->left + 8, p->y + 4, 0, f, SP_ALIGN_START,
                 SP_ALIGN_START);
  p->y += h + 18;
}

/* "NAME: VALUE" on the cover, when VALUE is set.  */
static void
cover_line (sp_page *p, const char *name, const char *value)
{
  if (!value || !value[0])
    return;
  char line[512];
  snprintf (line, sizeof line, "%s: %s", name, value);
  sp_page_text (p, line, (sp_font){ 11, 0, 0 }, SP_COLOUR_TEXT);
}

void
sp_stmt_title_block (sp_page *p, const char *title, const cJSON *doc)
{
  sp_chart_colour (p->cr, SP_COLOUR_AFTER);
  p->y += sp_chart_text (p->cr, title, p->left, p->y, sp_page_width (p),
                         (sp_font){ 24, 1, 0 }, SP_ALIGN_START,
                         SP_ALIGN_START);
  p->y += 4;
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  const char *area = sp_doc_str (doc, "evaluation.area", NULL);
  if (programme)
    sp_page_text (p, programme, (sp_font){ 14, 1, 0 }, SP_COLOUR_TEXT);
  if (area)
    sp_page_text (p, area, (sp_font){ 11, 0, 0 }, SP_COLOUR_MUTED);
}

void
sp_stmt_title (sp_page *p, const cJSON *doc)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  const char *area = sp_doc_str (doc, "evaluation.area", NULL);
  const char *period = sp_doc_str (doc, "evaluation.reporting_period", NULL);
  p->y += 120;
  sp_chart_colour (p->cr, SP_COLOUR_AFTER);
  p->y += sp_chart_text (p->cr, "Social profit statement", p->left, p->y,
                         sp_page_width (p), (sp_font){ 28, 1, 0 },
                         SP_ALIGN_START, SP_ALIGN_START);
  p->y += 10;
  if (programme)
    sp_page_text (p, programme, (sp_font){ 16, 1, 0 }, SP_COLOUR_TEXT);
  char line[512], date[64];
  snprintf (line, sizeof line, "%s%s%s%s", area ? area : "",
            area && period ? " \u00b7 " : "",
            period ? "Reporting period " : "", period ? period : "");
  if (line[0])
    sp_page_text (p, line, (sp_font){ 12, 0, 0 }, SP_COLOUR_MUTED);
  p->y += 24;
  cover_line (p, "Organisation",
              sp_doc_str (doc, "evaluation.organisation", NULL));
  cover_line (p, "Author", sp_doc_str (doc, "evaluation.author", NULL));
  cover_line (p, "Date", sp_stmt_date (date, sizeof date));
  p->y += 8;
  status_label (p, doc);
  p->y += 24;

  const char *file = sp_doc_str (doc, "evaluation.file", NULL);
  const char *base = file ? strrchr (file, '/') : NULL;
  snprintf (line, sizeof line,
            "Prepared with %s %s%s%s. Money is in pounds a year unless "
            "stated, rounded to the pound (to the penny below £1,000); "
            "counts of people are whole numbers. The results document "
            "that comes with this statement keeps every figure at full "
            "precision. Every figure is computed from the inputs and "
            "assumptions listed under \"Assumptions and sources\"; the "
            "terms used are explained in the glossary at the end.",
            sp_doc_str (doc, "tool.name", "socialprofit"),
            sp_doc_str (doc, "tool.version", ""),
            file ? " from the evaluation file " : "",
            file ? (base ? base + 1 : file) : "");
  sp_page_note (p, line);
  const cJSON *dc = sp_doc_get (doc, "disclosure");
  char t[32];
  sp_fmt_number (sp_doc_num (dc, "threshold", 0), 0, t, sizeof t);
  if (sp_disclosure_internal (doc))
    sp_page_text (p, "Internal edition (--internal): no disclosure control. "
                     "It may show small counts and figures about single "
                     "people. Do not publish it.",
                  (sp_font){ 10, 1, 0 }, SP_COLOUR_NEGATIVE);
  else if (dc && sp_doc_num (dc, "threshold", 0) <= 0)
    sp_page_text (p, "Disclosure control is off (threshold 0): counts of "
                     "one or a few people are shown. Check before "
                     "publishing.",
                  (sp_font){ 10, 1, 0 }, SP_COLOUR_NEGATIVE);
  else if (dc)
    {
      snprintf (line, sizeof line,
                "Disclosure control: a count of 1 to %s people, a figure "
                "about %s people or fewer, and a figure that would reveal "
                "one are shown as " SP_DISCLOSURE_MARK "; no figure of a "
                "single person is published.", t, t);
      sp_page_note (p, line);
    }
  /* The cover is a page of its own.  */
  sp_page_break (p);
}

void
sp_stmt_metadata (cairo_surface_t *s, const cJSON *doc, const char *title)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  const char *area = sp_doc_str (doc, "evaluation.area", NULL);
  const char *period = sp_doc_str (doc, "evaluation.reporting_period", NULL);
  const char *org = sp_doc_str (doc, "evaluation.organisation", NULL);
  const char *author = sp_doc_str (doc, "evaluation.author", NULL);
  char buf[1024];
  snprintf (buf, sizeof buf, "%s%s%s", title, programme ? ": " : "",
            programme ? programme : "");
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_TITLE, buf);
  /* The author, and the organisation when both are given.  */
  if (author || org)
    {
      snprintf (buf, sizeof buf, "%s%s%s", author ? author : org,
                author && org ? ", " : "", author && org ? org : "");
      cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_AUTHOR, buf);
    }
  snprintf (buf, sizeof buf,
            "NHS cost savings, social value, social profit and rollout of "
            "personal health budgets%s%s%s%s (%s)",
            area ? ", " : "", area ? area : "", period ? ", " : "",
            period ? period : "",
            is_final (doc) ? "final" : "draft");
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_SUBJECT, buf);
  snprintf (buf, sizeof buf,
            "personal health budgets; PHB; social return on investment; "
            "SROI; NHS cost savings; social value; social profit; local "
            "multiplier; LM3%s%s",
            area ? "; " : "", area ? area : "");
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_KEYWORDS, buf);
  snprintf (buf, sizeof buf, "%s %s",
            sp_doc_str (doc, "tool.name", "socialprofit"),
            sp_doc_str (doc, "tool.version", ""));
  cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_CREATOR, buf);
  /* Reproducible builds convention: with SOURCE_DATE_EPOCH set, the
     PDF's dates are that time instead of now, so the same inputs give a
     byte-identical statement.  */
  struct tm tm;
  char date[32];
  if (sp_stmt_time (&tm)
      && strftime (date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm))
    {
      cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_CREATE_DATE,
                                      date);
      cairo_pdf_surface_set_metadata (s, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

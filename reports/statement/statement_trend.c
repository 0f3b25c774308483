/* statement_trend.c -- the trend command's short PDF (issue 10)

   From a trend document (results/trend_doc.h): a title block, the
   reports followed, in order, then for each headline figure a table of
   its value in each report with the report's interval, and its chart
   (chart_trend.c, also written as charts/trend-PATH.png, .svg and .pdf).
   Figures are printed as the reports gave them; nothing is
   recomputed.  */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "headline.h"
#include "statement.h"
#include "statement_parts.h"
#include "statement_table.h"
#include "trend_dir.h"

static void
title (sp_page *p, const cJSON *doc)
{
  sp_stmt_title_block (p, "Headline figures over time", doc);
  char line[512], n[32];
  const cJSON *reports = sp_doc_get (doc, "trend.reports");
  snprintf (line, sizeof line,
            "Prepared with %s %s from %s reports, in the order given. Each "
            "figure is shown exactly as its report gave it, with that "
            "report's interval where it computed one; nothing is "
            "recomputed. A difference between two reports may be chance: "
            "see whether their intervals overlap.",
            sp_doc_str (doc, "tool.name", "socialprofit"),
            sp_doc_str (doc, "tool.version", ""),
            sp_fmt_number (cJSON_GetArraySize (reports), 0, n, sizeof n));
  sp_page_note (p, line);
  static const sp_stmt_column cols[] = {
    { "Report", 0.4, SP_ALIGN_START, "label", SP_FIG_TEXT },
    { "Period ends", 0.2, SP_ALIGN_START, "period_end", SP_FIG_TEXT },
    { "Results file", 0.4, SP_ALIGN_START, "file", SP_FIG_TEXT },
  };
  sp_stmt_array_table (p, "Reports", reports, cols, 3);
}

/* One figure: its table and its chart.  */
static void
figure (sp_page *p, const cJSON *fig)
{
  const sp_headline_words *w = sp_headline_find (sp_doc_str (fig, "path",
                                                             ""));
  const cJSON *points = cJSON_GetObjectItemCaseSensitive (fig, "points");
  size_t n = (size_t) cJSON_GetArraySize (points);
  static const sp_table_col cols[] = {
    { "Report", 0.45, SP_ALIGN_START },
    { "Figure", 0.2, SP_ALIGN_END },
    { "Interval", 0.35, SP_ALIGN_END },
  };
  sp_page_heading (p, w->name, 1, sp_table_keep (n));
  sp_table t;
  sp_table_begin (&t, p, cols, 3, n);
  const cJSON *pt;
  cJSON_ArrayForEach (pt, points)
  {
    char v[96], iv[200];
    if (!sp_headline_range (pt, w->kind, iv, sizeof iv)[0])
      snprintf (iv, sizeof iv, "%s", w->counted ? "a count: none needed"
                                                : "none");
    const char *cells[] = { sp_doc_str (pt, "label", ""),
                            sp_fig_at (pt, "estimate", w->kind, v, sizeof v),
                            iv };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
  char name[160];
  sp_chart c = sp_chart_trend;
  c.name = sp_trend_chart_name (sp_doc_str (fig, "path", ""), name,
                                sizeof name);
  sp_stmt_chart (p, fig, &c);
}

static void
trend_parts (sp_page *p, const cJSON *doc)
{
  title (p, doc);
  const cJSON *fig;
  cJSON_ArrayForEach (fig, sp_doc_get (doc, "trend.figures"))
  figure (p, fig);
}

int
sp_trend_pdf (const cJSON *doc, char **buf, size_t *len)
{
  return sp_stmt_pdf_render (doc, "Headline figures over time", trend_parts,
                             buf, len);
}

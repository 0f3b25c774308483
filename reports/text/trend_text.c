/* trend_text.c -- the headline figures over several reports, for
   people */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "figure.h"
#include "format.h"
#include "headline.h"
#include "render_trend.h"

void
sp_render_trend_text (const cJSON *doc, FILE *out)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  const char *area = sp_doc_str (doc, "evaluation.area", NULL);
  fprintf (out, "Headline figures over time%s%s%s%s\n",
           programme ? ": " : "", programme ? programme : "",
           area ? ", " : "", area ? area : "");
  fputs ("Each figure as its report gave it, in the order given; nothing "
         "is recomputed.\n\nReports:\n", out);
  int i = 1;
  const cJSON *r;
  cJSON_ArrayForEach (r, sp_doc_get (doc, "trend.reports"))
  fprintf (out, "  %d. %s  (%s)\n", i++, sp_doc_str (r, "label", ""),
           sp_doc_str (r, "file", ""));
  /* The report column as wide as the longest label.  */
  size_t widths[3] = { 8, 16, 36 };
  cJSON_ArrayForEach (r, sp_doc_get (doc, "trend.reports"))
  {
    size_t len = strlen (sp_doc_str (r, "label", ""));
    if (len + 2 > widths[0])
      widths[0] = len + 2;
  }
  static const char *const head[3] = { "Report", "Figure", "Interval" };
  const cJSON *fig;
  cJSON_ArrayForEach (fig, sp_doc_get (doc, "trend.figures"))
  {
    const sp_headline_words *w = sp_headline_find (sp_doc_str (fig, "path",
                                                               ""));
    fprintf (out, "\n%s (%s)\n", w->name, w->path);
    sp_fmt_row (out, head, widths, 3);
    const cJSON *pt;
    cJSON_ArrayForEach (pt, cJSON_GetObjectItemCaseSensitive (fig, "points"))
    {
      char v[96], iv[200];
      sp_headline_range (pt, w->kind, iv, sizeof iv);
      const char *cells[3] = { sp_doc_str (pt, "label", ""),
                               sp_fig_at (pt, "estimate", w->kind, v,
                                          sizeof v),
                               iv };
      sp_fmt_row (out, cells, widths, 3);
    }
  }
}

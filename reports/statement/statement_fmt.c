/* statement_fmt.c -- figures with intervals, figure tables and charts in
   the PDF statement */

#include <stdio.h>
#include <stdlib.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "scenario_view.h"
#include "statement_parts.h"
#include "statement_table.h"

/* Charts are drawn in a CHART_W x CHART_H area, then scaled to the page
   width.  */
#define CHART_W 640.0
#define CHART_H 400.0

char *
sp_stmt_figure (const cJSON *doc, const char *path, sp_fig_kind kind,
                char *buf, size_t size)
{
  return sp_stmt_with_interval (sp_doc_get (doc, path), doc, path, kind, buf,
                                size);
}

char *
sp_stmt_with_interval (const cJSON *value, const cJSON *doc, const char *key,
                       sp_fig_kind kind, char *buf, size_t size)
{
  char v[96], lo[96], hi[96], name[64];
  sp_fig_format (value, kind, v, sizeof v);
  const cJSON *iv = sp_chart_interval (doc, key);
  const cJSON *l = cJSON_GetObjectItemCaseSensitive (iv, "lower");
  const cJSON *u = cJSON_GetObjectItemCaseSensitive (iv, "upper");
  if (!cJSON_IsNumber (value) || !cJSON_IsNumber (l) || !cJSON_IsNumber (u))
    {
      snprintf (buf, size, "%s", v);
      return buf;
    }
  snprintf (buf, size, "%s (%s %s to %s)", v,
            sp_fig_interval_name (iv, name, sizeof name),
            sp_fig_format (l, kind, lo, sizeof lo),
            sp_fig_format (u, kind, hi, sizeof hi));
  return buf;
}

void
sp_stmt_figures_add (sp_stmt_figures *f, const cJSON *doc, const char *path,
                     const char *name, sp_fig_kind kind)
{
  const cJSON *v = sp_doc_get (doc, path);
  if (f->n >= SP_STMT_MAX_FIGURES
      || !(cJSON_IsNumber (v) || cJSON_IsNull (v) || sp_disclosure_hidden (v)))
    return;
  f->names[f->n] = name;
  f->values[f->n] = sp_stmt_figure (doc, path, kind, f->buf[f->n],
                                    sizeof f->buf[f->n]);
  f->n++;
}

void
sp_stmt_figures_rows (sp_stmt_figures *f, const cJSON *doc,
                      const sp_stmt_row *rows, size_t n)
{
  for (size_t i = 0; i < n; i++)
    sp_stmt_figures_add (f, doc, rows[i].path, rows[i].name, rows[i].kind);
}

void
sp_stmt_figures_text (sp_stmt_figures *f, const char *name, const char *value)
{
  if (f->n >= SP_STMT_MAX_FIGURES)
    return;
  f->names[f->n] = name;
  snprintf (f->buf[f->n], sizeof f->buf[f->n], "%s", value);
  f->values[f->n] = f->buf[f->n];
  f->n++;
}

void
sp_stmt_figures_table (sp_page *p, const sp_stmt_figures *f,
                       const char *name_title, const char *value_title)
{
  if (f->n)
    sp_table_pairs (p, name_title, value_title, f->names, f->values, f->n);
}

void
sp_stmt_part (sp_page *p, const cJSON *doc, const char *title,
              const char *intro, const sp_stmt_row *rows, size_t n,
              const char *name_title, const char *value_title)
{
  sp_page_heading (p, title, 1, 60 + sp_table_keep (n));
  sp_page_para (p, intro);
  sp_stmt_figures f = { .n = 0 };
  sp_stmt_figures_rows (&f, doc, rows, n);
  sp_stmt_figures_table (p, &f, name_title, value_title);
}

void
sp_stmt_array_table (sp_page *p, const char *heading, const cJSON *array,
                     const sp_stmt_column *cols, size_t n_cols)
{
  enum { MAX_COLS = 12 };
  size_t n = (size_t) cJSON_GetArraySize (array);
  if (n == 0 || n_cols > MAX_COLS)
    return;
  sp_table_col tc[MAX_COLS];
  for (size_t c = 0; c < n_cols; c++)
    tc[c] = (sp_table_col){ cols[c].title, cols[c].share, cols[c].align };
  if (heading)
    sp_page_heading (p, heading, 2, sp_table_keep (n));
  sp_table t;
  sp_table_begin (&t, p, tc, n_cols, n);
  char buf[MAX_COLS][192];
  const char *cells[MAX_COLS];
  const cJSON *el;
  cJSON_ArrayForEach (el, array)
  {
    for (size_t c = 0; c < n_cols; c++)
      {
        cells[c] = cols[c].kind == SP_FIG_LABEL
                     ? sp_fig_label (el, cols[c].field)
                     : sp_fig_at (el, cols[c].field, cols[c].kind, buf[c],
                                  sizeof buf[c]);
      }
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

void
sp_stmt_chart (sp_page *p, const cJSON *doc, const sp_chart *c)
{
  if (!c->available (doc))
    return;
  double scale = sp_page_width (p) / CHART_W;
  double h = CHART_H * scale;
  sp_page_need (p, h + 24);
  cairo_save (p->cr);
  cairo_translate (p->cr, p->left, p->y);
  cairo_scale (p->cr, scale, scale);
  cairo_rectangle (p->cr, 0, 0, CHART_W, CHART_H);
  cairo_clip (p->cr);
  c->draw (doc, p->cr, CHART_W, CHART_H);
  cairo_restore (p->cr);
  p->y += h + 4;
  if (!p->chart_files)
    {
      p->y += 6;
      return;
    }
  char name[200], note[320];
  if (p->chart_place)
    sp_scenario_chart_name (c->name, p->chart_place, p->chart_scenario, name,
                            sizeof name);
  else
    snprintf (name, sizeof name, "%s", c->name);
  snprintf (note, sizeof note,
            "Chart also in charts/%s.png, .svg and .pdf.", name);
  sp_page_note (p, note);
  p->y += 6;
}

void
sp_stmt_bullets (sp_page *p, const cJSON *list, const char *heading,
                 const char *intro,
                 void (*where) (const cJSON *e, char *buf, size_t size))
{
  if (cJSON_GetArraySize (list) == 0)
    return;
  sp_page_heading (p, heading, 1, 60);
  sp_page_para (p, intro);
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    const char *text = sp_doc_str (e, "text", NULL);
    if (!text)
      continue;
    char after[256] = "";
    if (where)
      where (e, after, sizeof after);
    char *line = NULL;
    if (asprintf (&line, "\u2022 %s%s", text, after) < 0)
      continue;
    sp_page_para_whole (p, line);
    free (line);
  }
}

/* csvtable.c -- read a CSV file into memory with line numbers */

#include "csvtable.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "slurp.h"
#include "textcheck.h"
#include "xalloc.h"

/* State shared with libcsv's callbacks.  */
typedef struct
{
  sp_csv_table *t;
  size_t line;         /* physical line currently being fed */
  sp_csv_row cur;      /* record under construction */
  size_t cap_cells;
  size_t cap_rows;
  int have_header;
} parse_state;

static void
on_field (void *field, size_t len, void *data)
{
  parse_state *s = data;
  const char *text = field ? field : "";
  if (s->cur.n_cells == 0)
    {
      /* The record started on the current line less the line breaks
         inside its first field.  */
      size_t breaks = 0;
      for (size_t i = 0; i < len; i++)
        breaks += text[i] == '\n';
      s->cur.line = s->line > breaks ? s->line - breaks : 1;
    }
  if (s->cur.n_cells == s->cap_cells)
    {
      s->cap_cells = s->cap_cells ? 2 * s->cap_cells : 8;
      s->cur.cells = sp_xrealloc (s->cur.cells,
                                  s->cap_cells * sizeof *s->cur.cells);
    }
  s->cur.cells[s->cur.n_cells++] = sp_xstrndup (text, len);
}

static int
row_is_blank (const sp_csv_row *r)
{
  for (size_t i = 0; i < r->n_cells; i++)
    if (r->cells[i][0] != '\0')
      return 0;
  return 1;
}

static void
free_row (sp_csv_row *r)
{
  for (size_t i = 0; i < r->n_cells; i++)
    free (r->cells[i]);
  free (r->cells);
  memset (r, 0, sizeof *r);
}

static void
on_record (int c, void *data)
{
  (void) c;
  parse_state *s = data;
  sp_csv_row row = s->cur;
  memset (&s->cur, 0, sizeof s->cur);
  s->cap_cells = 0;
  if (row.n_cells == 0 || row_is_blank (&row))
    {
      free_row (&row);
      return;
    }
  sp_csv_table *t = s->t;
  if (!s->have_header)
    {
      t->header = row.cells;
      t->n_cols = row.n_cells;
      t->header_line = row.line;
      s->have_header = 1;
      return;
    }
  if (t->n_rows == s->cap_rows)
    {
      s->cap_rows = s->cap_rows ? 2 * s->cap_rows : 64;
      t->rows = sp_xrealloc (t->rows, s->cap_rows * sizeof *t->rows);
    }
  t->rows[t->n_rows++] = row;
}

static int
is_space (unsigned char c)
{
  return c == ' ' || c == '\t';
}

int
sp_csv_table_parse (const char *name, const char *text, size_t len,
                    sp_csv_table *t, sp_diag *d)
{
  memset (t, 0, sizeof *t);
  t->path = sp_xstrdup (name);

  /* Skip a UTF-8 byte order mark (or several: files joined or re-saved
     by a naive tool; left in, one would hide the first header name).  */
  while (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      len -= 3;
    }

  /* Only UTF-8 text (common/textcheck.h).  */
  if (sp_text_check (name, text, len, d) != 0)
    return -1;

  struct csv_parser p;
  if (csv_init (&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
    {
      sp_diag_fail (d, SP_EXIT_SOFTWARE, name, 0, 0,
                    "cannot initialise the CSV parser");
      return -1;
    }
  csv_set_space_func (&p, is_space);

  parse_state s;
  memset (&s, 0, sizeof s);
  s.t = t;
  int ok = 1;

  /* Feed one physical line at a time so that every record knows the line
     it came from.  */
  size_t pos = 0;
  while (pos < len && ok)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      size_t chunk = nl ? (size_t) (nl - (text + pos)) + 1 : len - pos;
      s.line++;
      size_t done = csv_parse (&p, text + pos, chunk, on_field, on_record,
                               &s);
      if (done != chunk)
        {
          sp_diag_error (d, name, s.line, s.cur.n_cells + 1,
                         "malformed quoting in field %zu: a quote must "
                         "open and close the whole field, and a quote "
                         "inside a quoted field is written twice (\"\")",
                         s.cur.n_cells + 1);
          ok = 0;
        }
      pos += chunk;
    }
  if (ok && csv_fini (&p, on_field, on_record, &s) != 0)
    {
      sp_diag_error (d, name, s.line, s.cur.n_cells + 1,
                     "unterminated quoted field at the end of the file: "
                     "close the quote");
      ok = 0;
    }
  csv_free (&p);
  free_row (&s.cur);
  if (!ok)
    return -1;
  if (!s.have_header)
    {
      sp_diag_error (d, name, 1, 1,
                     "the file is empty: it needs a header row and at "
                     "least one data row");
      return -1;
    }
  return 0;
}

int
sp_csv_table_read (const char *path, sp_csv_table *t, sp_diag *d)
{
  size_t len = 0;
  char *text = NULL;
  memset (t, 0, sizeof *t);
  if (sp_slurp (path, &text, &len, d) != 0)
    {
      t->path = sp_xstrdup (path);
      return -1;
    }
  int rc = sp_csv_table_parse (path, text, len, t, d);
  free (text);
  return rc;
}

void
sp_csv_table_free (sp_csv_table *t)
{
  if (!t)
    return;
  for (size_t i = 0; i < t->n_cols; i++)
    free (t->header[i]);
  free (t->header);
  for (size_t r = 0; r < t->n_rows; r++)
    free_row (&t->rows[r]);
  free (t->rows);
  free (t->path);
  memset (t, 0, sizeof *t);
}

/* Compare a header cell with an expected name, ignoring case.  */
static int
header_is (const char *cell, const char *name)
{
  return strcasecmp (cell, name) == 0;
}

int
sp_csv_table_bind (const sp_csv_table *t, const sp_csv_column *cols,
                   size_t n_cols, int *index, sp_diag *d)
{
  int ok = 1;
  for (size_t c = 0; c < n_cols; c++)
    {
      index[c] = -1;
      for (size_t h = 0; h < t->n_cols; h++)
        if (header_is (t->header[h], cols[c].name))
          {
            if (index[c] >= 0)
              {
                sp_diag_error (d, t->path, t->header_line, h + 1,
                               "column '%s' appears twice in the header "
                               "(also column %d): keep one",
                               cols[c].name, index[c] + 1);
                ok = 0;
              }
            else
              index[c] = (int) h;
          }
      if (index[c] < 0 && cols[c].required)
        {
          sp_diag_error (d, t->path, t->header_line, t->n_cols + 1,
                         "required column '%s' is missing from the header",
                         cols[c].name);
          ok = 0;
        }
    }

  /* Unknown columns: one warning naming them all.  */
  char *unknown = NULL;
  size_t n_unknown = 0;
  for (size_t h = 0; h < t->n_cols; h++)
    {
      int known = 0;
      for (size_t c = 0; c < n_cols && !known; c++)
        known = header_is (t->header[h], cols[c].name);
      if (known)
        continue;
      char *next = sp_xasprintf ("%s%s'%s'", unknown ? unknown : "",
                                 unknown ? ", " : "", t->header[h]);
      free (unknown);
      unknown = next;
      n_unknown++;
    }
  if (n_unknown)
    sp_diag_warn (d, t->path, t->header_line, 0,
                  "ignoring unknown column%s %s", n_unknown == 1 ? "" : "s",
                  unknown);
  free (unknown);

  for (size_t r = 0; r < t->n_rows; r++)
    if (t->rows[r].n_cells != t->n_cols)
      {
        sp_diag_error (d, t->path, t->rows[r].line,
                       t->rows[r].n_cells < t->n_cols
                       ? t->rows[r].n_cells + 1 : t->n_cols + 1,
                       "row has %zu field%s but the header has %zu: "
                       "check for a missing or extra comma",
                       t->rows[r].n_cells, t->rows[r].n_cells == 1 ? "" : "s",
                       t->n_cols);
        ok = 0;
      }
  return ok ? 0 : -1;
}

int
sp_csv_table_load (const char *path, const sp_csv_column *cols,
                   size_t n_cols, int *index, const char *what,
                   sp_csv_table *t, sp_diag *d)
{
  if (sp_csv_table_read (path, t, d) != 0
      || sp_csv_table_bind (t, cols, n_cols, index, d) != 0)
    {
      sp_csv_table_free (t);
      return -1;
    }
  if (t->n_rows == 0)
    {
      sp_diag_error (d, path, t->header_line + 1, 1, "%s", what);
      sp_csv_table_free (t);
      return -1;
    }
  return 0;
}

const char *
sp_csv_cell (const sp_csv_row *row, int index)
{
  if (index < 0 || (size_t) index >= row->n_cells)
    return "";
  return row->cells[index];
}

size_t
sp_csv_colno (int index)
{
  return index < 0 ? 0 : (size_t) index + 1;
}

int
sp_csv_filled (const char *path, const sp_csv_row *row, int index,
               const char *name, sp_diag *d, const char *hint, ...)
{
  if (!sp_field_empty (sp_csv_cell (row, index)))
    return 1;
  va_list ap;
  va_start (ap, hint);
  char *what = sp_xvasprintf (hint, ap);
  va_end (ap);
  sp_diag_error (d, path, row->line, sp_csv_colno (index),
                 "column '%s' is empty: %s", name, what);
  free (what);
  return 0;
}

int
sp_csv_key (const char *path, const sp_csv_row *row, int index,
            const char *name, int seen, const char *per, const char *hint,
            sp_diag *d)
{
  if (!sp_csv_filled (path, row, index, name, d, "%s", hint))
    return 0;
  if (!seen)
    return 1;
  sp_diag_error (d, path, row->line, sp_csv_colno (index),
                 "%s '%s' is listed twice: keep one %s per %s", name,
                 sp_csv_cell (row, index), per, name);
  return 0;
}

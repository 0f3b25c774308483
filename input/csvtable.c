/* csvtable.c -- read a CSV file through libcsv, in blocks, with line
   numbers */

#include "csvtable.h"

#include <csv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "textin.h"
#include "xalloc.h"

/* libcsv grows its field buffer by a block at a time; it starts at
   this, and doubles whenever a field outgrows it, so that a 10 MB field
   costs a few copies rather than 80,000 (libcsv's default block is 128
   bytes).  */
#define FIELD_BLOCK ((size_t) 4 << 10)

/* State shared with libcsv's callbacks.  A record's cells are gathered
   in ARENA (each NUL-terminated, at offsets OFF), then handed out as an
   sp_csv_row whose cells point into it: no allocation per cell.  */
typedef struct
{
  const char *name;
  sp_csv_spec *spec;
  sp_diag *d;
  size_t line;          /* physical line currently being fed */

  char *arena;
  size_t arena_len, arena_cap;
  size_t *off;          /* n_cells offsets into ARENA */
  size_t n_cells, cap_cells;
  char **cells;         /* cap_cells pointers, made at the record's end */
  size_t row_line;      /* line where the record under way starts */

  int have_header;
  int too_wide;         /* the header passed SP_CSV_MAX_COLUMNS */
  int done;             /* header_only, and the header is read */
  int ok;               /* nothing wrong so far: rows go to the reader */
} parse_state;

static void
on_field (void *field, size_t len, void *data)
{
  parse_state *s = data;
  const char *text = field ? field : "";
  if (s->n_cells == 0)
    {
      /* The record started on the current line less the line breaks
         inside its first field.  */
      size_t breaks = 0;
      for (size_t i = 0; i < len; i++)
        breaks += text[i] == '\n';
      s->row_line = s->line > breaks ? s->line - breaks : 1;
    }
  if (!s->have_header && s->n_cells >= SP_CSV_MAX_COLUMNS)
    {
      s->too_wide = 1;  /* the caller stops feeding */
      return;
    }
  if (s->n_cells == s->cap_cells)
    {
      s->cap_cells = s->cap_cells ? 2 * s->cap_cells : 16;
      s->off = sp_xrealloc (s->off, s->cap_cells * sizeof *s->off);
      s->cells = sp_xrealloc (s->cells, s->cap_cells * sizeof *s->cells);
    }
  if (s->arena_len + len + 1 > s->arena_cap)
    {
      while (s->arena_len + len + 1 > s->arena_cap)
        s->arena_cap = s->arena_cap ? 2 * s->arena_cap : 4096;
      s->arena = sp_xrealloc (s->arena, s->arena_cap);
    }
  s->off[s->n_cells++] = s->arena_len;
  memcpy (s->arena + s->arena_len, text, len);
  s->arena_len += len;
  s->arena[s->arena_len++] = '\0';
}

/* Compare a header cell with an expected name, ignoring case.  */
static int
header_is (const char *cell, const char *name)
{
  return strcasecmp (cell, name) == 0;
}

/* Bind the N_HEADER names of HEADER (at line LINE of PATH) to the
   N_COLS expected COLS, as sp_csv_table_bind says.  */
static int
bind_header (const char *path, char *const *header, size_t n_header,
             size_t line, const sp_csv_column *cols, size_t n_cols,
             int *index, sp_diag *d)
{
  int ok = 1;
  for (size_t c = 0; c < n_cols; c++)
    {
      index[c] = -1;
      for (size_t h = 0; h < n_header; h++)
        if (header_is (header[h], cols[c].name))
          {
            if (index[c] >= 0)
              {
                sp_diag_error (d, path, line, h + 1,
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
          sp_diag_error (d, path, line, n_header + 1,
                         "required column '%s' is missing from the header",
                         cols[c].name);
          ok = 0;
        }
    }

  /* Unknown columns: one warning naming them all, built in one pass (the
     time grows with the header's length, not its square).  */
  unsigned char *unknown = sp_xcalloc (n_header, 1);
  size_t n_unknown = 0, len = 1;
  for (size_t h = 0; h < n_header; h++)
    {
      int known = 0;
      for (size_t c = 0; c < n_cols && !known; c++)
        known = header_is (header[h], cols[c].name);
      if (known)
        continue;
      unknown[h] = 1;
      n_unknown++;
      len += strlen (header[h]) + 4;
    }
  if (n_unknown)
    {
      char *names = sp_xmalloc (len), *o = names;
      for (size_t h = 0, k = 0; h < n_header; h++)
        if (unknown[h])
          o += sprintf (o, "%s'%s'", k++ ? ", " : "", header[h]);
      sp_diag_warn (d, path, line, 0, "ignoring unknown column%s %s",
                    n_unknown == 1 ? "" : "s", names);
      free (names);
    }
  free (unknown);
  return ok;
}

/* Report ROW of PATH when its number of fields differs from the
   header's N_HEADER; returns whether it matches.  */
static int
row_width_ok (const char *path, const sp_csv_row *row, size_t n_header,
              sp_diag *d)
{
  if (row->n_cells == n_header)
    return 1;
  sp_diag_error (d, path, row->line,
                 row->n_cells < n_header ? row->n_cells + 1 : n_header + 1,
                 "row has %zu field%s but the header has %zu: check for a "
                 "missing or extra comma",
                 row->n_cells, row->n_cells == 1 ? "" : "s", n_header);
  return 0;
}

static void
on_record (int c, void *data)
{
  (void) c;
  parse_state *s = data;
  if (s->too_wide || s->done)
    return;
  sp_csv_row row = { s->cells, s->n_cells, s->row_line };
  int blank = 1;
  for (size_t i = 0; i < s->n_cells; i++)
    {
      s->cells[i] = s->arena + s->off[i];
      blank &= s->cells[i][0] == '\0';
    }
  s->n_cells = 0;
  s->arena_len = 0;
  if (row.n_cells == 0 || blank)
    return;
  sp_csv_spec *spec = s->spec;
  if (!s->have_header)
    {
      s->have_header = 1;
      spec->header_line = row.line;
      spec->n_header = row.n_cells;
      s->ok = !spec->cols
              || bind_header (s->name, row.cells, row.n_cells, row.line,
                              spec->cols, spec->n_cols, spec->index, s->d);
      if (spec->header)
        spec->header (spec->data, &row);
      s->done = spec->header_only;
      return;
    }
  spec->n_rows++;
  /* (without expected columns every row is kept as it is:
     sp_csv_table_bind checks the widths) */
  if (spec->cols && !row_width_ok (s->name, &row, spec->n_header, s->d))
    s->ok = 0;
  else if (s->ok)
    spec->row (spec->data, &row);
}

/* Feed the N bytes at P to the parser in pieces no longer than its
   block, letting the block grow with the longest field (libcsv grows
   its buffer one block at a time).  Returns 0, or -1 when the text is
   not CSV (reported) or the header is too wide.  */
static int
feed (struct csv_parser *p, const char *text, size_t n, parse_state *s)
{
  while (n > 0)
    {
      size_t piece = n < p->blk_size ? n : p->blk_size;
      size_t done = csv_parse (p, text, piece, on_field, on_record, s);
      if (s->too_wide)
        {
          sp_diag_error (s->d, s->name, s->row_line,
                         SP_CSV_MAX_COLUMNS + 1,
                         "the header has more than %d columns: this is not "
                         "the file expected, or it is not separated by "
                         "commas", SP_CSV_MAX_COLUMNS);
          return -1;
        }
      if (done != piece)
        {
          sp_diag_error (s->d, s->name, s->line, s->n_cells + 1,
                         "malformed quoting in field %zu: a quote must "
                         "open and close the whole field, and a quote "
                         "inside a quoted field is written twice (\"\")",
                         s->n_cells + 1);
          return -1;
        }
      if (p->entry_size > p->blk_size)
        csv_set_blk_size (p, p->entry_size);
      text += piece;
      n -= piece;
    }
  return 0;
}

/* Read IN (opened by the caller) as SPEC says; NAME is used in
   messages.  */
static int
stream (sp_textin *in, const char *name, sp_csv_spec *spec, sp_diag *d)
{
  spec->header_line = spec->n_header = spec->n_rows = 0;
  struct csv_parser p;
  if (csv_init (&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
    {
      sp_diag_fail (d, SP_EXIT_SOFTWARE, name, 0, 0,
                    "cannot initialise the CSV parser");
      return -1;
    }
  /* libcsv's own test for spaces (space and tab) is the one wanted; a
     space function would cost a call per character.  Allocation that
     fails ends the run (exit 71) as everywhere else.  */
  csv_set_realloc_func (&p, sp_xrealloc);
  csv_set_blk_size (&p, FIELD_BLOCK);

  parse_state s;
  memset (&s, 0, sizeof s);
  s.name = name;
  s.spec = spec;
  s.d = d;
  s.line = 1;
  s.ok = 1;
  int parsed = 1;

  /* Feed one physical line at a time so that every record knows the
     line it came from; a line may run on into the next block.  */
  while (parsed && !s.done && sp_textin_next (in))
    {
      const char *text = in->data;
      size_t len = in->len;
      while (len > 0 && !s.done)
        {
          const char *nl = memchr (text, '\n', len);
          size_t chunk = nl ? (size_t) (nl - text) + 1 : len;
          if (feed (&p, text, chunk, &s) != 0)
            {
              parsed = 0;
              break;
            }
          s.line += nl != NULL;
          text += chunk;
          len -= chunk;
        }
    }
  if (parsed && !s.done && sp_textin_ok (in)
      && csv_fini (&p, on_field, on_record, &s) != 0)
    {
      sp_diag_error (d, name, s.line, s.n_cells + 1,
                     "unterminated quoted field at the end of the file: "
                     "close the quote");
      parsed = 0;
    }
  if (parsed && s.too_wide)
    {
      /* the last line, without a line break, was the header */
      sp_diag_error (d, name, s.row_line, SP_CSV_MAX_COLUMNS + 1,
                     "the header has more than %d columns: this is not "
                     "the file expected, or it is not separated by commas",
                     SP_CSV_MAX_COLUMNS);
      parsed = 0;
    }
  csv_free (&p);
  free (s.arena);
  free (s.off);
  free (s.cells);
  if (!parsed || !sp_textin_ok (in))
    return -1;
  if (s.done)
    return 0;
  if (!s.have_header)
    {
      sp_diag_error (d, name, 1, 1,
                     "the file is empty: it needs a header row and at "
                     "least one data row");
      return -1;
    }
  if (!s.ok)
    return -1;
  if (spec->what && spec->n_rows == 0)
    {
      sp_diag_error (d, name, spec->header_line + 1, 1, "%s", spec->what);
      return -1;
    }
  return 0;
}

int
sp_csv_stream (const char *path, sp_csv_spec *spec, sp_diag *d)
{
  sp_textin in;
  int rc = -1;
  if (sp_textin_open (&in, path, spec->block, d) == 0)
    rc = stream (&in, path, spec, d);
  sp_textin_close (&in);
  return rc;
}

int
sp_csv_stream_text (const char *name, const char *text, size_t len,
                    sp_csv_spec *spec, sp_diag *d)
{
  sp_textin in;
  sp_textin_memory (&in, text, len, name, spec->block, d);
  int rc = stream (&in, name, spec, d);
  sp_textin_close (&in);
  return rc;
}

/* The header's line and the number of its column NAME (1 if absent).  */
typedef struct
{
  const char *name;
  size_t line, column;
} header_place;

static void
place_header (void *data, const sp_csv_row *row)
{
  header_place *h = data;
  h->line = row->line;
  for (size_t i = 0; i < row->n_cells; i++)
    if (header_is (row->cells[i], h->name))
      {
        h->column = i + 1;
        break;
      }
}

void
sp_csv_header_position (const char *path, const char *name, size_t *line,
                        size_t *column)
{
  header_place h = { name, 1, 1 };
  if (strcmp (path, "-") != 0)
    {
      sp_diag quiet;
      sp_diag_init (&quiet);
      sp_csv_spec spec = { .header = place_header, .data = &h,
                           .header_only = 1 };
      sp_csv_stream (path, &spec, &quiet);
      sp_diag_free (&quiet);
    }
  *line = h.line;
  *column = h.column;
}

/* ---- tables: every row kept ----------------------------------------- */

/* A copy of ROW in one allocation: the cell pointers, then their text.  */
static sp_csv_row
copy_row (const sp_csv_row *row)
{
  size_t text = 0;
  for (size_t i = 0; i < row->n_cells; i++)
    text += strlen (row->cells[i]) + 1;
  sp_csv_row copy = { NULL, row->n_cells, row->line };
  copy.cells = sp_xmalloc (row->n_cells * sizeof *copy.cells + text);
  char *o = (char *) (copy.cells + row->n_cells);
  for (size_t i = 0; i < row->n_cells; i++)
    {
      size_t n = strlen (row->cells[i]) + 1;
      memcpy (o, row->cells[i], n);
      copy.cells[i] = o;
      o += n;
    }
  return copy;
}

typedef struct
{
  sp_csv_table *t;
  size_t cap_rows;
} table_state;

static void
table_header (void *data, const sp_csv_row *row)
{
  sp_csv_table *t = ((table_state *) data)->t;
  t->n_cols = row->n_cells;
  t->header_line = row->line;
  t->header = sp_xcalloc (row->n_cells, sizeof *t->header);
  for (size_t i = 0; i < row->n_cells; i++)
    t->header[i] = sp_xstrdup (row->cells[i]);
}

static void
table_row (void *data, const sp_csv_row *row)
{
  table_state *ts = data;
  sp_csv_table *t = ts->t;
  if (t->n_rows == ts->cap_rows)
    {
      ts->cap_rows = ts->cap_rows ? 2 * ts->cap_rows : 64;
      t->rows = sp_xrealloc (t->rows, ts->cap_rows * sizeof *t->rows);
    }
  t->rows[t->n_rows++] = copy_row (row);
}

/* Read into T from PATH (TEXT == NULL) or from LEN bytes at TEXT, as
   SPEC says (its callbacks are set here).  */
static int
table_read (const char *path, const char *text, size_t len,
            sp_csv_spec *spec, sp_csv_table *t, sp_diag *d)
{
  memset (t, 0, sizeof *t);
  t->path = sp_xstrdup (path);
  table_state ts = { t, 0 };
  spec->header = table_header;
  spec->row = table_row;
  spec->data = &ts;
  return text ? sp_csv_stream_text (path, text, len, spec, d)
              : sp_csv_stream (path, spec, d);
}

int
sp_csv_table_parse (const char *name, const char *text, size_t len,
                    sp_csv_table *t, sp_diag *d)
{
  sp_csv_spec spec = { 0 };
  return table_read (name, text ? text : "", len, &spec, t, d);
}

int
sp_csv_table_read (const char *path, sp_csv_table *t, sp_diag *d)
{
  sp_csv_spec spec = { 0 };
  return table_read (path, NULL, 0, &spec, t, d);
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
    free (t->rows[r].cells);
  free (t->rows);
  free (t->path);
  memset (t, 0, sizeof *t);
}

int
sp_csv_table_bind (const sp_csv_table *t, const sp_csv_column *cols,
                   size_t n_cols, int *index, sp_diag *d)
{
  int ok = bind_header (t->path, t->header, t->n_cols, t->header_line,
                        cols, n_cols, index, d);
  for (size_t r = 0; r < t->n_rows; r++)
    ok &= row_width_ok (t->path, &t->rows[r], t->n_cols, d);
  return ok ? 0 : -1;
}

int
sp_csv_table_load (const char *path, const sp_csv_column *cols,
                   size_t n_cols, int *index, const char *what,
                   sp_csv_table *t, sp_diag *d)
{
  sp_csv_spec spec = { .cols = cols, .n_cols = n_cols, .index = index,
                       .what = what };
  if (table_read (path, NULL, 0, &spec, t, d) != 0)
    {
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

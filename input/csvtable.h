/* csvtable.h -- read a CSV file through libcsv, in blocks, with line
   numbers, and bind its header to the columns a reader expects

   Parsing is libcsv's (strict mode).  The file is read a block at a
   time (common/textin.h: UTF-8 only, checked as it is read; no size
   limit), so a reader that adds its rows up as they go needs memory for
   its totals only, never for the file.  Every row knows the physical
   line on which it starts, so that readers can report problems as
   FILE:LINE:COLUMN.  Accepted: UTF-8 with or without a byte order mark
   (or several), LF or CRLF line ends, quoted fields (which may contain
   commas, quotes and line breaks), blank lines (skipped).

   Header names are matched case-insensitively after trimming spaces, and
   may appear in any order.  A header of more than SP_CSV_MAX_COLUMNS
   columns is refused.

   Two ways to read: sp_csv_stream hands each data row to a callback (the
   large inputs: usage, outcomes, register, transactions), and
   sp_csv_table_load keeps every row in an sp_csv_table (the short
   reference lists: unit costs, instruments, value proxies).  */

#ifndef SP_CSVTABLE_H
#define SP_CSVTABLE_H

#include <stddef.h>

#include "csvpos.h"
#include "diag.h"

typedef struct
{
  char **cells;     /* n_cells strings, each owned by the table */
  size_t n_cells;
  size_t line;      /* 1-based physical line where the row starts */
} sp_csv_row;

typedef struct
{
  char *path;       /* name used in messages (owned) */
  char **header;    /* n_cols names as written (owned) */
  size_t n_cols;
  size_t header_line;
  sp_csv_row *rows; /* data rows, header excluded (owned) */
  size_t n_rows;
} sp_csv_table;

/* One column a reader expects.  */
typedef struct
{
  const char *name;  /* lower-case header name */
  int required;      /* nonzero: missing column is an error */
} sp_csv_column;

/* The widest header accepted: far more than any input has, and a bound
   that keeps a file that is not CSV (one line of a million commas) from
   being taken as one.  */
#define SP_CSV_MAX_COLUMNS 10000

/* Called with each data row (its cells belong to the reader and change
   after the call).  */
typedef void (*sp_csv_row_fn) (void *data, const sp_csv_row *row);

/* What sp_csv_stream reads, and what it found.  */
typedef struct
{
  const sp_csv_column *cols; /* expected columns, or NULL: take any
                                header without binding it */
  size_t n_cols;
  int *index;                /* n_cols ints, set when the header is
                                bound: each column's index, -1 when an
                                optional column is absent */
  const char *what;          /* NULL, or the error when there is no data
                                row (e.g. "no unit costs: add one row per
                                service") */
  sp_csv_row_fn header;      /* NULL, or called once with the header */
  sp_csv_row_fn row;         /* called with every data row */
  void *data;                /* passed to HEADER and ROW */
  size_t block;              /* bytes read at a time (0: the default) */
  int header_only;           /* stop after the header */

  size_t header_line;        /* out: line of the header (0: none) */
  size_t n_header;           /* out: number of header columns */
  size_t n_rows;             /* out: data rows read */
} sp_csv_spec;

/* Read the CSV file at PATH as SPEC says, naming it PATH in messages:
   bind the header to SPEC->cols (sp_csv_table_bind's rules), then call
   SPEC->row with each data row, in file order, while the file is sound:
   not after a header problem, a row whose number of fields differs from
   the header's (each such row is still reported), malformed quoting
   (reading stops there) or a text problem (textin.h).  Returns 0 when
   the whole file was read and is sound (and, when SPEC->what is set,
   has a data row), else -1 with the reasons in D: exit 66 when the file
   cannot be read, 65 for bad data.  */
int sp_csv_stream (const char *path, sp_csv_spec *spec, sp_diag *d);

/* As sp_csv_stream, from LEN bytes at TEXT; NAME is used in messages.  */
int sp_csv_stream_text (const char *name, const char *text, size_t len,
                        sp_csv_spec *spec, sp_diag *d);

/* Read the CSV file at PATH into T (caller-owned storage, filled here).
   Messages name the file as PATH.  Returns 0 on success.  On failure
   returns -1 and records the reason in D: exit 66 when the file cannot
   be opened, 65 when it is empty, has no header or malformed quoting.
   T is always safe to pass to sp_csv_table_free afterwards.  */
int sp_csv_table_read (const char *path, sp_csv_table *t, sp_diag *d);

/* As sp_csv_table_read, from LEN bytes at TEXT; NAME is used in
   messages.  */
int sp_csv_table_parse (const char *name, const char *text, size_t len,
                        sp_csv_table *t, sp_diag *d);

/* Release everything T owns.  */
void sp_csv_table_free (sp_csv_table *t);

/* Find each of the N_COLS expected columns in T's header and store its
   index in INDEX (caller array of N_COLS ints; -1 when an optional column
   is absent).  Reports each missing required column and each duplicated
   header name as an error at the header line, and all unknown columns in
   one warning that names them.  Also reports every data row whose number
   of fields differs from the header's.  Returns 0 when the header is
   usable, -1 otherwise.  */
int sp_csv_table_bind (const sp_csv_table *t, const sp_csv_column *cols,
                       size_t n_cols, int *index, sp_diag *d);

/* Read PATH and bind its header in one step (sp_csv_stream keeping every
   row in T), and check that it has at least one data row: an empty
   table is an error saying "WHAT" is missing (e.g. "no unit costs: add
   one row per service").  Returns 0, or -1 with T already freed.  */
int sp_csv_table_load (const char *path, const sp_csv_column *cols,
                       size_t n_cols, int *index, const char *what,
                       sp_csv_table *t, sp_diag *d);

/* The text of ROW's cell at column INDEX, trimmed of surrounding spaces
   by the parser; "" when INDEX is -1 or the row is short.  The string
   belongs to the table.  */
const char *sp_csv_cell (const sp_csv_row *row, int index);

/* 1-based column number for messages (INDEX + 1; 0 when INDEX < 0).  */
size_t sp_csv_colno (int index);

/* Whether ROW's cell at column INDEX holds text (not only spaces).  When
   it does not, reports at that cell of PATH the error "column 'NAME' is
   empty: " followed by HINT (formatted like printf: what to write
   there) and returns 0.  */
int sp_csv_filled (const char *path, const sp_csv_row *row, int index,
                   const char *name, sp_diag *d, const char *hint, ...)
  __attribute__ ((format (printf, 6, 7)));

/* Whether ROW's key cell at column INDEX (column NAME) is usable: it
   must be filled (else reported as by sp_csv_filled with HINT) and not
   name a row already read (SEEN nonzero: reported as "NAME 'KEY' is
   listed twice: keep one PER per NAME").  */
int sp_csv_key (const char *path, const sp_csv_row *row, int index,
                const char *name, int seen, const char *per,
                const char *hint, sp_diag *d);

#endif /* SP_CSVTABLE_H */

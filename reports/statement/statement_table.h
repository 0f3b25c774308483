/* statement_table.h -- tables in the PDF statement

   A table has columns with a header, a share of the page width and an
   alignment.  Rows are added one at a time; cells wrap within their
   column, and a row that does not fit on the page starts a new page
   where the header is repeated.  Rows alternate a light stripe; a total
   row is bold with a rule above.

     sp_table t;
     sp_table_begin (&t, page, cols, 3, 2);
     sp_table_row (&t, (const char *[]){ "A", "1", "2" }, 0);
     sp_table_row (&t, (const char *[]){ "Total", "1", "2" }, 1);  */

#ifndef SP_STATEMENT_TABLE_H
#define SP_STATEMENT_TABLE_H

#include <stddef.h>

#include "statement_page.h"

typedef struct
{
  const char *title;  /* header text */
  double share;       /* share of the page width; the shares sum to 1 */
  sp_align align;
} sp_table_col;

typedef struct
{
  sp_page *page;              /* borrowed */
  const sp_table_col *cols;   /* borrowed, n_cols */
  size_t n_cols;
  double size;                /* font size */
  size_t n_rows;              /* rows drawn so far, for the stripes */
} sp_table;

/* Start a table of the N_COLS columns COLS on page P and draw its
   header, on a new page unless the header and the first rows fit
   (sp_table_keep (ROWS)); ROWS is how many rows will follow.  */
void sp_table_begin (sp_table *t, sp_page *p, const sp_table_col *cols,
                     size_t n_cols, size_t rows);

/* The height a table of ROWS one-line rows needs below the cursor to
   start on the current page: all of it when it has 12 rows or fewer,
   else its header and five rows.  A heading above a table keeps at least
   this much with it.  */
double sp_table_keep (size_t rows);

/* The height of a whole table of ROWS one-line rows and its header.  */
double sp_table_height (size_t rows);

/* Add a row of n_cols CELLS (NULL cells are empty); TOTAL nonzero draws
   it bold with a rule above.  */
void sp_table_row (sp_table *t, const char *const *cells, int total);

/* End the table and leave a gap below it.  */
void sp_table_end (sp_table *t);

/* A two-column table of N rows of figure names NAMES and values
   VALUES, headed NAME_TITLE and VALUE_TITLE.  */
void sp_table_pairs (sp_page *p, const char *name_title,
                     const char *value_title, const char *const *names,
                     const char *const *values, size_t n);

#endif /* SP_STATEMENT_TABLE_H */

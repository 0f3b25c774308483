/* csvpos.h -- where a column is in a CSV input, for a message about
   the file as a whole

   Apart from csvtable.h so that the command layer can place such a
   message without the reader's types (reports/render.h has a function
   of the name of csvtable.h's row type).  */

#ifndef SP_CSVPOS_H
#define SP_CSVPOS_H

#include <stddef.h>

/* Where the header of the CSV file at PATH is, and its column NAME
   (matched without regard to case): for a message about the file as a
   whole (too few participants, no row at a wave), placed at the column
   it is about.  *LINE is the header's line and *COLUMN the column's
   number (1 when NAME is not there); 1:1 when the header cannot be read
   again (standard input).  Reads the header only and reports nothing.
   Defined in csvtable.c.  */
void sp_csv_header_position (const char *path, const char *name,
                             size_t *line, size_t *column);

#endif /* SP_CSVPOS_H */

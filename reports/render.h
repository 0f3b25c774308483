/* render.h -- renderers of the results document for the terminal

   Each renderer reads only the results document DOC and writes to OUT.
   Text is for people (rounded, aligned); CSV is for spreadsheets (one
   table, full precision); JSON is the document itself.  A renderer
   prints nothing for a section the document lacks.  */

#ifndef SP_RENDER_H
#define SP_RENDER_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* The whole document as indented JSON followed by a newline.  */
void sp_render_json (const cJSON *doc, FILE *out);

/* The savings table like Appendix 2a, with totals, rate, categories and
   the scaled saving.  */
void sp_render_savings_text (const cJSON *doc, FILE *out);

/* The savings lines as CSV, then the total as a last row.  */
void sp_render_savings_csv (const cJSON *doc, FILE *out);

/* The CSV renderers' cells (csv_cells.c).  */

/* Write a CSV field, quoting it when it holds a comma, quote or line
   break.  */
void sp_csv_field (FILE *out, const char *text);

/* Write the number V at full precision (%.17g, which reads back as the
   same double).  */
void sp_csv_number (FILE *out, double v);

/* Write the scalar V of the results document as a CSV field: a number
   as sp_csv_number, a string as sp_csv_field, true or false, and nothing
   for null (or when V is absent, an object or an array).  */
void sp_csv_value (FILE *out, const cJSON *v);

/* A header line: the N column NAMES, comma-separated, then CRLF.  */
void sp_csv_header (FILE *out, const char *const *names, size_t n);

/* A row of a table: the members NAMES (N) of OBJ, each as sp_csv_value,
   comma-separated, then CRLF.  */
void sp_csv_row (FILE *out, const cJSON *obj, const char *const *names,
                 size_t n);

#endif /* SP_RENDER_H */

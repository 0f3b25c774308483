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

/* The validation document (validation_doc.h): the line saying that all
   inputs are valid (nothing when they are not: the messages are on
   standard error), and one CSV row per diagnostic.  */
void sp_render_validation_text (const cJSON *doc, FILE *out);
void sp_render_validation_csv (const cJSON *doc, FILE *out);
/* The limitations (the document's "limitations" array) under the
   heading "What these figures can and cannot show", one paragraph per
   limitation, each text as the document gives it (limitations_text.c).
   Nothing when there are none.  */
void sp_render_limitations_text (const cJSON *doc, FILE *out);

/* The CSV renderers' cells (csv_cells.c).  */

/* Whether TEXT begins with a character that makes a spreadsheet read a
   cell as a formula: =, +, -, @ (and tab or carriage return, which some
   spreadsheets skip before one; OWASP "CSV injection").  */
int sp_csv_formula_like (const char *text);

/* Write a CSV field, quoting it when it holds a comma, quote or line
   break.  Text that is sp_csv_formula_like gets a leading apostrophe
   ("'=SUM(A1)") so that a spreadsheet shows it as text and never runs
   it: labels come from users' files.  */
void sp_csv_field (FILE *out, const char *text);

/* The shortest decimal that reads back (strtod) as exactly V, into BUF
   (SIZE bytes, 32 suffice): the fewest significant digits from 1 to 17
   that round-trip, written as plain digits ("0.3", "429936.903",
   "1231900") unless the exponent is below -7 or above 20, where it is
   scientific ("1.5e-09").  -0 is "0"; a non-finite V (never in the
   document) is "".  Returns BUF.  */
char *sp_csv_shortest (double v, char *buf, size_t size);

/* Write the number V as sp_csv_shortest.  */
void sp_csv_number (FILE *out, double v);

/* Write the scalar V of the results document as a CSV field: "*" when
   disclosure control suppressed it, a number as sp_csv_number, a string
   as sp_csv_field, true or false, and nothing for null (or when V is
   absent, an object or an array).  */
void sp_csv_value (FILE *out, const cJSON *v);

/* A header line: the N column NAMES, comma-separated, then CRLF.  */
void sp_csv_header (FILE *out, const char *const *names, size_t n);

/* A row of a table: the members NAMES (N) of OBJ, each as sp_csv_value,
   comma-separated, then CRLF.  */
void sp_csv_row (FILE *out, const cJSON *obj, const char *const *names,
                 size_t n);

/* The limitations of DOC (its "limitations" array, in its order) as rows
   of a table of N_COLS columns, so that a CSV output carries them in its
   own shape: per limitation a row whose column AT holds MARKER, AT + 1
   the limitation's code and AT + 2 its text (each through sp_csv_value:
   formula escaping, disclosure mark), every other column empty, then
   CRLF.  N_COLS must be at least AT + 3.  Nothing when DOC has no
   limitations.  */
void sp_csv_limitations (FILE *out, const cJSON *doc, size_t at,
                         const char *marker, size_t n_cols);

#endif /* SP_RENDER_H */

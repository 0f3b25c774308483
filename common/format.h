/* format.h -- numbers as people read them

   Rounding happens only here, at the edge: the results document keeps
   its figures in full precision.  Used by the renderers and by the
   results layer for the plain-English texts it writes (a limitation
   that states a difference in pounds), so it lives in common/.  Each function writes into the caller's buffer BUF of
   SIZE bytes and returns BUF.  */

#ifndef SP_FORMAT_H
#define SP_FORMAT_H

#include <stddef.h>
#include <stdio.h>

/* Pounds rounded to the whole pound with thousands separators:
   "£1,231,900", "-£4,920".  */
char *sp_fmt_money (double pounds, char *buf, size_t size);

/* A number with DECIMALS places and thousands separators: "1,046.5";
   beyond 60 digits, scientific notation ("1.000e+308").  */
char *sp_fmt_number (double value, int decimals, char *buf, size_t size);

/* A fraction as a percentage with DECIMALS places: 0.8408 -> "84.1%".  */
char *sp_fmt_percent (double fraction, int decimals, char *buf, size_t size);

/* Number of characters (not bytes) in the UTF-8 string TEXT.  */
size_t sp_fmt_width (const char *text);

/* Write TEXT to OUT padded with spaces to WIDTH characters, right-aligned
   when RIGHT is nonzero; text wider than WIDTH is cut (left-aligned) or
   written whole (right-aligned numbers are never cut).  A space follows
   unless LAST is nonzero.  */
void sp_fmt_cell (FILE *out, const char *text, size_t width, int right,
                  int last);

/* One table row: the N CELLS written with sp_fmt_cell in the WIDTHS,
   the first left-aligned and the others right-aligned, then a
   newline.  */
void sp_fmt_row (FILE *out, const char *const *cells, const size_t *widths,
                 size_t n);

#endif /* SP_FORMAT_H */

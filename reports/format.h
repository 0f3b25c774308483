/* format.h -- numbers as people read them

   Rounding happens only here, at the edge: the results document keeps
   full precision.  Each function writes into the caller's buffer BUF of
   SIZE bytes and returns BUF.  */

#ifndef SP_FORMAT_H
#define SP_FORMAT_H

#include <stddef.h>

/* Pounds rounded to the whole pound with thousands separators:
   "£1,231,900", "-£4,920".  */
char *sp_fmt_money (double pounds, char *buf, size_t size);

/* A number with DECIMALS places and thousands separators: "1,046.5".  */
char *sp_fmt_number (double value, int decimals, char *buf, size_t size);

/* A fraction as a percentage with DECIMALS places: 0.8408 -> "84.1%".  */
char *sp_fmt_percent (double fraction, int decimals, char *buf, size_t size);

#endif /* SP_FORMAT_H */

/* fields.h -- convert CSV cells to numbers and booleans

   Each function returns 0 and stores the value on success, and -1 on
   failure without touching *OUT; the caller reports the error, naming
   the file, line and column.  Surrounding spaces are ignored.  */

#ifndef SP_FIELDS_H
#define SP_FIELDS_H

/* The largest magnitude a cell may hold.  No quantity, score, cost or
   budget in a programme comes near a thousand million million; the
   bound keeps every sum and product of inputs finite, so no figure
   overflows to infinity.  */
#define SP_FIELD_MAX 1e15

/* A finite decimal number ("12", "0.5", "-3", "1e3") whose magnitude is
   at most SP_FIELD_MAX.  Empty, text, "nan", "inf" and larger numbers
   fail.  */
int sp_field_double (const char *s, double *out);

/* A whole number within int's range.  */
int sp_field_int (const char *s, int *out);

/* true/false, yes/no, y/n, 1/0 in any case.  */
int sp_field_bool (const char *s, int *out);

/* True when S is empty or only spaces.  */
int sp_field_empty (const char *s);

#endif /* SP_FIELDS_H */

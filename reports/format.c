/* format.c -- numbers as people read them */

#include "format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

char *
sp_fmt_number (double value, int decimals, char *buf, size_t size)
{
  char digits[64];
  if (!isfinite (value))
    {
      snprintf (buf, size, "n/a");
      return buf;
    }
  snprintf (digits, sizeof digits, "%.*f", decimals, fabs (value));
  /* Negative zero after rounding prints as zero.  */
  int negative = value < 0 && strspn (digits, "0.") != strlen (digits);
  const char *dot = strchr (digits, '.');
  size_t int_len = dot ? (size_t) (dot - digits) : strlen (digits);
  char out[96];
  size_t o = 0;
  if (negative)
    out[o++] = '-';
  for (size_t i = 0; i < int_len; i++)
    {
      out[o++] = digits[i];
      size_t left = int_len - i - 1;
      if (left && left % 3 == 0)
        out[o++] = ',';
    }
  out[o] = '\0';
  snprintf (buf, size, "%s%s", out, dot ? dot : "");
  return buf;
}

char *
sp_fmt_money (double pounds, char *buf, size_t size)
{
  char n[96];
  sp_fmt_number (fabs (pounds), 0, n, sizeof n);
  int negative = pounds < 0 && strcmp (n, "0") != 0;
  snprintf (buf, size, "%s£%s", negative ? "-" : "", n);
  return buf;
}

char *
sp_fmt_percent (double fraction, int decimals, char *buf, size_t size)
{
  char n[96];
  sp_fmt_number (fraction * 100.0, decimals, n, sizeof n);
  snprintf (buf, size, "%s%%", n);
  return buf;
}

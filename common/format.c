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
  int len = snprintf (digits, sizeof digits, "%.*f", decimals, fabs (value));
  if (len < 0 || (size_t) len >= sizeof digits)
    {
      /* Too long to group (beyond 1e60): scientific notation, rather
         than the first 63 digits passed off as the number.  */
      snprintf (buf, size, "%.3e", value);
      return buf;
    }
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

size_t
sp_fmt_width (const char *text)
{
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    n += (*p & 0xC0) != 0x80;
  return n;
}

void
sp_fmt_cell (FILE *out, const char *text, size_t width, int right, int last)
{
  size_t w = sp_fmt_width (text);
  if (right)
    {
      for (size_t i = w; i < width; i++)
        fputc (' ', out);
      fputs (text, out);
    }
  else
    {
      /* Cut at a character boundary when too wide.  */
      size_t chars = 0;
      const char *p = text;
      for (; *p; p++)
        {
          if ((*p & 0xC0) != 0x80 && chars++ == width)
            break;
          fputc (*p, out);
        }
      for (size_t i = w < width ? w : width; i < width && !last; i++)
        fputc (' ', out);
    }
  if (!last)
    fputc (' ', out);
}

void
sp_fmt_row (FILE *out, const char *const *cells, const size_t *widths,
            size_t n)
{
  for (size_t i = 0; i < n; i++)
    sp_fmt_cell (out, cells[i], widths[i], i > 0, i == n - 1);
  fputc ('\n', out);
}

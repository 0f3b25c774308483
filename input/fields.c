/* fields.c -- convert CSV cells to numbers and booleans */

#include "fields.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *
skip_space (const char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

static int
only_space (const char *s)
{
  return *skip_space (s) == '\0';
}

int
sp_field_empty (const char *s)
{
  return only_space (s);
}

/* The plain decimals that fill most cells ("12", "2.5", "-0.25"),
   converted without strtod: a mantissa M of at most 2^53 and K <= 22
   decimals give M / 10^K, both exact doubles, so the one division is
   correctly rounded -- the very double strtod gives (Clinger's fast
   path).  Returns 0 with *OUT set, or -1 when S is anything else (then
   strtod decides).  */
static int
plain_decimal (const char *s, double *out)
{
  static const double tens[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  int negative = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  unsigned long long m = 0;
  int digits = 0, decimals = 0;
  for (; *s >= '0' && *s <= '9'; s++, digits++)
    if (digits < 19)
      m = 10 * m + (unsigned) (*s - '0');
  if (*s == '.')
    for (s++; *s >= '0' && *s <= '9'; s++, digits++, decimals++)
      if (digits < 19)
        m = 10 * m + (unsigned) (*s - '0');
  if (digits == 0 || digits > 19 || decimals > 22
      || m > (1ULL << 53) || !only_space (s))
    return -1;
  double v = (double) m / tens[decimals];
  *out = negative ? -v : v;
  return 0;
}

int
sp_field_double (const char *s, double *out)
{
  s = skip_space (s);
  if (*s == '\0')
    return -1;
  double v;
  if (plain_decimal (s, &v) == 0)
    {
      if (fabs (v) > SP_FIELD_MAX)
        return -1;
      *out = v;
      return 0;
    }
  /* strtod also accepts hex, "nan" and "inf": allow only decimal text.  */
  for (const char *p = s; *p && *p != ' ' && *p != '\t'; p++)
    if (!strchr ("0123456789+-.eE", *p))
      return -1;
  errno = 0;
  char *end;
  v = strtod (s, &end);
  if (end == s || errno == ERANGE || !isfinite (v) || !only_space (end)
      || fabs (v) > SP_FIELD_MAX)
    return -1;
  *out = v;
  return 0;
}

int
sp_field_int (const char *s, int *out)
{
  s = skip_space (s);
  if (*s == '\0')
    return -1;
  errno = 0;
  char *end;
  long v = strtol (s, &end, 10);
  if (end == s || errno == ERANGE || v < INT_MIN || v > INT_MAX
      || !only_space (end))
    return -1;
  *out = (int) v;
  return 0;
}

int
sp_field_bool (const char *s, int *out)
{
  static const char *const yes[] = { "true", "yes", "y", "1" };
  static const char *const no[] = { "false", "no", "n", "0" };
  s = skip_space (s);
  size_t n = strlen (s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  for (size_t i = 0; i < 4; i++)
    {
      if (strlen (yes[i]) == n && strncasecmp (s, yes[i], n) == 0)
        {
          *out = 1;
          return 0;
        }
      if (strlen (no[i]) == n && strncasecmp (s, no[i], n) == 0)
        {
          *out = 0;
          return 0;
        }
    }
  return -1;
}

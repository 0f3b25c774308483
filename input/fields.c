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

int
sp_field_double (const char *s, double *out)
{
  s = skip_space (s);
  if (*s == '\0')
    return -1;
  /* strtod also accepts hex, "nan" and "inf": allow only decimal text.  */
  for (const char *p = s; *p && *p != ' ' && *p != '\t'; p++)
    if (!strchr ("0123456789+-.eE", *p))
      return -1;
  errno = 0;
  char *end;
  double v = strtod (s, &end);
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

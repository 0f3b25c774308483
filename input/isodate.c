/* isodate.c -- calendar dates written as ISO 8601 YYYY-MM-DD */

#include "isodate.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

int
sp_isodate_parse (const char *s, long *days)
{
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen (s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  if (n != 10)
    return -1;
  for (size_t i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? s[i] != '-'
                         : !isdigit ((unsigned char) s[i]))
      return -1;
  int y, m, d;
  if (sscanf (s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12
      || d < 1)
    return -1;
  /* timegm normalises 31 April to 1 May: a real date survives the
     round trip unchanged.  */
  struct tm tm = { 0 };
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  tm.tm_hour = 12;
  time_t t = timegm (&tm);
  struct tm back;
  if (t == (time_t) -1 || !gmtime_r (&t, &back) || back.tm_mday != d
      || back.tm_mon != m - 1 || back.tm_year != y - 1900)
    return -1;
  if (days)
    *days = (long) ((t - 12 * 3600) / 86400);
  return 0;
}

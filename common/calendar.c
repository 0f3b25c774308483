/* calendar.c -- calendar months and quarters of a day */

#include "calendar.h"

#include <time.h>

long
sp_calendar_month (long days)
{
  time_t t = (time_t) days * 86400 + 12 * 3600;
  struct tm tm;
  if (!gmtime_r (&t, &tm))
    return 0;
  return ((long) tm.tm_year + 1900) * 12 + tm.tm_mon;
}

long
sp_calendar_quarter (long days)
{
  long m = sp_calendar_month (days);
  return (m / 12) * 4 + (m % 12) / 3;
}

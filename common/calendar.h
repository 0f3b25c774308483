/* calendar.h -- calendar months and quarters of a day

   Dates are held as whole days since 1970-01-01 (as input/isodate.h
   parses them).  Months and quarters are counted from year 0 so that
   consecutive ones differ by one:

     month   = year x 12 + (month of the year - 1)    2018-07 -> 24222
     quarter = year x 4 + (month of the year - 1) / 3  2018-Q3 -> 8074

   The conversion is libc's (gmtime_r in UTC), not hand-written.  */

#ifndef SP_CALENDAR_H
#define SP_CALENDAR_H

#include <limits.h>

/* A day after every date: "no end date given".  */
#define SP_NO_END_DAY LONG_MAX

/* The month (year x 12 + month - 1) that DAYS falls in.  */
long sp_calendar_month (long days);

/* The calendar quarter (year x 4 + (month - 1) / 3) DAYS falls in.  */
long sp_calendar_quarter (long days);

#endif /* SP_CALENDAR_H */

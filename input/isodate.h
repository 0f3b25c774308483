/* isodate.h -- calendar dates written as ISO 8601 YYYY-MM-DD

   Dates in the CSV inputs (referral dates, transaction dates, outcome
   survey dates) are written YYYY-MM-DD: four-digit year, two-digit month
   and day, and a day that exists in that month (2019-02-29 fails).  */

#ifndef SP_ISODATE_H
#define SP_ISODATE_H

/* Check that S (surrounding spaces ignored) is a real YYYY-MM-DD date;
   on success store the number of days since 1970-01-01 in *DAYS (may be
   NULL) and return 0, else return -1 without touching *DAYS.  */
int sp_isodate_parse (const char *s, long *days);

#endif /* SP_ISODATE_H */

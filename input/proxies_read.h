/* proxies_read.h -- read and validate a set of value proxies

   A proxy CSV has one row per outcome, all columns required:
     outcome, label, domain, value, price_year, source,
     deadweight, attribution, displacement, drop_off, duration_years
   value is pounds per person per year, 0 or more (a worsening comes
   from the improvement, never from a negative proxy); deadweight,
   attribution, displacement and drop_off are fractions from 0 to 1
   (write 0 for none); duration_years is a whole number of years, 1 to
   100; domain must be in the instrument.

   Rejected, each as FILE:LINE:COLUMN: an empty or duplicated outcome,
   an unknown domain, a bad or negative value, an adjustment outside
   [0, 1], a bad duration, an empty file or a file without rows.  */

#ifndef SP_PROXIES_READ_H
#define SP_PROXIES_READ_H

#include "diag.h"
#include "social_value.h"

/* Read PATH, checking domains against INST (a loaded instrument), into
   SET (caller-owned struct, filled here; free with sp_value_proxies_free
   even on failure).  Returns 0, or -1 with every problem in the file
   (up to the cap) recorded in D.  */
int sp_value_proxies_read (const char *path, const sp_instrument *inst,
                           sp_value_proxies *set, sp_diag *d);

#endif /* SP_PROXIES_READ_H */

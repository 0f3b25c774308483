/* index_read.h -- read and validate a price index file

   An index file (in proxies/indices/) has a header and one row per
   financial year:
     year, index                                  (required)
   year is a financial year (YYYY/YY; YYYY-YY, YYYY/YYYY and YYYY-YYYY
   are read as the same year, analysis/prices.h), index a positive
   finite number.  Its source is named in the folder's README.

   Rejected, each as FILE:LINE:COLUMN with exit 65: a year that is not a
   financial year, a year listed twice (in any of its spellings), an
   index that is not a positive finite number, missing or duplicated
   header columns, an empty file or a file without rows.  A missing file
   is exit 66.  */

#ifndef SP_INDEX_READ_H
#define SP_INDEX_READ_H

#include "diag.h"
#include "prices.h"

/* Read PATH into IDX (caller-owned struct, filled here; free with
   sp_price_index_free even on failure).  Returns 0, or -1 with every
   problem in the file (up to the cap) recorded in D.  */
int sp_price_index_read (const char *path, sp_price_index *idx, sp_diag *d);

#endif /* SP_INDEX_READ_H */

/* instrument_read.h -- read and validate an outcome instrument

   An instrument CSV has one row per domain:
     domain, label, min, max, higher_is_better   (required)
     source, mid                                 (optional)
   min and max are finite numbers with min < max; higher_is_better is
   true/false, yes/no, y/n or 1/0 in any case.  An empty label falls back
   to the domain key.  mid is the domain's minimal important difference
   in scale points (an absent column or empty cell is 1): the rise of
   the turned score that counts a participant as improved for the share
   method, 0 < mid <= max - min.

   Rejected, each as FILE:LINE:COLUMN: an empty or duplicated domain, a
   bad min or max, min >= max, a bad higher_is_better, a mid that is not
   a number above 0 or exceeds max - min, an empty file or a file
   without rows.  */

#ifndef SP_INSTRUMENT_READ_H
#define SP_INSTRUMENT_READ_H

#include "csvtable.h"
#include "diag.h"
#include "outcomes.h"

/* Read PATH into INST (caller-owned struct, filled here; free with
   sp_instrument_free even on failure).  Returns 0, or -1 with every
   problem in the file (up to the cap) recorded in D.  */
int sp_instrument_read (const char *path, sp_instrument *inst, sp_diag *d);

/* For readers of files that name domains (outcomes, proxies): the index
   in INST of the domain written in the cell of ROW at column INDEX of
   the file PATH, or -1 after recording an error at that cell.  */
long sp_instrument_domain_cell (const char *path, const sp_csv_row *row,
                                int index, const sp_instrument *inst,
                                sp_diag *d);

#endif /* SP_INSTRUMENT_READ_H */

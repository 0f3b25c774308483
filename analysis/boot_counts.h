/* boot_counts.h -- how often each row of a large stratum was drawn

   For a stratum of many rows, a resample is summed by multiplicities
   instead of by gathering each drawn row: the n_h drawn indices only
   increment one byte per row (an array that stays in the L2 cache at
   200,000 rows, where the rows themselves do not), and one sequential
   pass then adds w_i x_i over the rows, i = 0 .. n_h - 1, which the
   processor streams (bootstrap.c: row i into partial sum i mod 4, and
   the rows read once for a batch of resamples).  The sum is the same
   multiset of rows as the gathered one, added in row order instead of
   draw order.

   A row drawn 256 times or more (possible only when n_h >= 256, and
   then with probability below 10^-400 at n_h = 200,000) wraps its byte;
   each wrap is recorded in a list, and the row's weight is its byte plus
   256 for each time it is listed.  So the weights are exact for any
   draw.  Header-only (static inline): the resampling loop calls these
   for every draw.  No I/O.  */

#ifndef SP_BOOT_COUNTS_H
#define SP_BOOT_COUNTS_H

#include <stddef.h>
#include <stdint.h>

typedef struct
{
  uint8_t *low;             /* n: each row's weight mod 256 */
  uint32_t *wrapped;        /* rows whose byte wrapped, once per wrap */
  size_t n_wrapped;
  size_t cap;               /* capacity of wrapped: n / 256 + 1 */
} sp_boot_counts;

/* Count one draw of ROW.  */
static inline void
sp_boot_count (sp_boot_counts *c, uint32_t row)
{
  if (__builtin_expect (++c->low[row] == 0, 0))
    c->wrapped[c->n_wrapped++] = row;
}

/* The weight of ROW: its byte (the wraps are added by the caller from
   the list).  */
static inline double
sp_boot_count_low (const sp_boot_counts *c, size_t row)
{
  return (double) c->low[row];
}

#endif /* SP_BOOT_COUNTS_H */

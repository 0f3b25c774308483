/* prices.h -- one price year for every pound: financial years, price
   indices and uprating (issue 9)

   Unit costs and value proxies come priced in the year their source
   measured them (a unit cost of 2017/18, a proxy of 2018/19).  Adding
   them as they are mixes pounds of different worth.  When the
   evaluation sets a price year T, every price p of its own year Y is
   brought to T's prices with a price index before any figure is
   computed:

     uprating_factor = index(T) / index(Y)
     uprated price   = p x uprating_factor

   Unit costs use the cost index (default: the NHS Cost Inflation Index,
   proxies/indices/nhs-cost-inflation.csv); value proxies the value
   index (default: the GDP deflator, proxies/indices/gdp-deflator.csv),
   as the Green Book and the PSSRU manual advise.  A price already in T
   has a factor of exactly 1.

   Years are financial years (April to March), written YYYY/YY
   ("2024/25"); "2024-25", "2024/2025" and "2024-2025" name the same
   year.  A year is held as its starting calendar year (2024).

   Pure: no I/O.  The readers (input/index_read.h) fill the index; the
   command layer reports the items whose year cannot be found, at their
   cell.  */

#ifndef SP_PRICES_H
#define SP_PRICES_H

#include <stddef.h>

#include "social_value.h"
#include "usage.h"

/* One year of an index.  */
typedef struct
{
  int year;      /* the financial year's first calendar year */
  double index;  /* level, > 0 */
  size_t line;   /* in the index file, for messages */
} sp_index_year;

/* A price index: its years in file order.  */
typedef struct
{
  sp_index_year *years;  /* n, owned */
  size_t n;
  char *path;            /* file read (owned, may be NULL) */
} sp_price_index;

/* Parse TEXT as a financial year ("2024/25", "2024-25", "2024/2025",
   "2024-2025"; surrounding spaces allowed; the second year must follow
   the first) into *START (2024).  Returns 0, or -1 when TEXT is not a
   financial year (a calendar year "2024" is not).  */
int sp_fin_year_parse (const char *text, int *start);

/* Write the financial year starting in START as "2024/25" into BUF
   (at least 8 bytes).  Returns BUF.  */
char *sp_fin_year_name (int start, char *buf, size_t size);

/* The entry of IDX for YEAR, or NULL.  */
const sp_index_year *sp_price_index_find (const sp_price_index *idx,
                                          int year);

/* Why a price could not be uprated.  */
typedef enum
{
  SP_PRICE_OK = 0,
  SP_PRICE_NOT_A_YEAR,   /* its price year is not a financial year */
  SP_PRICE_NOT_IN_INDEX  /* its price year is not in the index */
} sp_price_status;

/* The factor that brings a price of the year written FROM to the year
   starting in TO: index(TO) / index(FROM), into *FACTOR (exactly 1 when
   FROM is TO).  TO must be in IDX.  */
sp_price_status sp_price_factor (const sp_price_index *idx, const char *from,
                                 int to, double *factor);

/* Bring every unit cost of COSTS to the prices of the year starting in
   TO (which must be in IDX): unit_cost = unit_cost_original x factor,
   uprating_factor = factor, price_year = TO's name ("2024/25");
   unit_cost_original and price_year_original keep the file's (set
   here when a struct was built without them).  STATUS (caller's,
   COSTS->n entries, may be NULL) receives each item's outcome; an item
   that is not SP_PRICE_OK is left as it was.  Returns how many were not
   OK.  */
size_t sp_unit_costs_uprate (sp_unit_costs *costs, const sp_price_index *idx,
                             int to, sp_price_status *status);

/* The same for every value proxy of SET with the value index IDX:
   value = value_original x factor.  */
size_t sp_value_proxies_uprate (sp_value_proxies *set,
                                const sp_price_index *idx, int to,
                                sp_price_status *status);

/* Release what IDX owns (not IDX itself).  */
void sp_price_index_free (sp_price_index *idx);

#endif /* SP_PRICES_H */

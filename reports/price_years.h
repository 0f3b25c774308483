/* price_years.h -- the price years behind a table of prices, as the
   text output and the statement show them (issue 9)

   A savings line or a social value outcome carries price_year (the
   year its price is in), price_year_original (its source's year) and
   uprating_factor (what brought it from one to the other; 1 when not
   uprated).  These helpers gather the distinct source years of a table
   so that renderers can say "unit costs of 2017/18 x 1.2480".  */

#ifndef SP_PRICE_YEARS_H
#define SP_PRICE_YEARS_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* One source year and the factor its prices were multiplied by.  */
typedef struct
{
  const char *year;   /* owned by the document */
  double factor;
} sp_price_use;

/* The distinct source years of the elements of LIST (an array of
   savings lines or outcomes), in the order first met, at most MAX, into
   OUT.  Returns how many.  */
size_t sp_price_years (const cJSON *list, sp_price_use *out, size_t max);

/* "WHAT of 2017/18 x 1.2480, WHAT of 2018/19 x 1.0000" into BUF when
   DOC has a price year, else "WHAT of 2017/18 and 2018/19 as their
   sources give them"; "" when LIST is empty.  Returns BUF.  */
char *sp_price_years_text (const cJSON *doc, const cJSON *list,
                           const char *what, char *buf, size_t size);

#endif /* SP_PRICE_YEARS_H */

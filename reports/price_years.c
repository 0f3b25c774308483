/* price_years.c -- the price years behind a table of prices */

#include "price_years.h"

#include <stdio.h>
#include <string.h>

#include "doc.h"

size_t
sp_price_years (const cJSON *list, sp_price_use *out, size_t max)
{
  size_t n = 0;
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    const char *y = sp_doc_str (e, "price_year_original",
                                sp_doc_str (e, "price_year", ""));
    size_t i = 0;
    while (i < n && strcmp (out[i].year, y) != 0)
      i++;
    if (i < n || n == max)
      continue;
    out[n].year = y;
    out[n++].factor = sp_doc_num (e, "uprating_factor", 1);
  }
  return n;
}

char *
sp_price_years_text (const cJSON *doc, const cJSON *list, const char *what,
                     char *buf, size_t size)
{
  sp_price_use use[16];
  size_t n = sp_price_years (list, use, 16);
  int uprated = sp_doc_str (doc, "evaluation.price_year", NULL) != NULL;
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < n && used < size; i++)
    {
      if (uprated)
        used += (size_t) snprintf (buf + used, size - used,
                                   "%s%s of %s x %.4f", i ? ", " : "",
                                   what, use[i].year, use[i].factor);
      else
        used += (size_t) snprintf (buf + used, size - used, "%s%s%s",
                                   i == 0 ? what : "",
                                   i == 0 ? " of " : i + 1 < n ? ", "
                                                               : " and ",
                                   use[i].year);
    }
  if (n && !uprated && used < size)
    snprintf (buf + used, size - used, " as their sources give them");
  return buf;
}

/* prices.c -- financial years, price indices and uprating */

#include "prices.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Read exactly N digits at *P into *OUT and move *P past them.  */
static int
digits (const char **p, int n, int *out)
{
  int v = 0;
  for (int i = 0; i < n; i++)
    {
      if (!isdigit ((unsigned char) (*p)[i]))
        return -1;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return 0;
}

int
sp_fin_year_parse (const char *text, int *start)
{
  if (!text)
    return -1;
  const char *p = text;
  while (*p == ' ')
    p++;
  int first, second;
  if (digits (&p, 4, &first) != 0 || (*p != '/' && *p != '-'))
    return -1;
  p++;
  size_t len = strspn (p, "0123456789");
  if (len == 4)
    {
      if (digits (&p, 4, &second) != 0 || second != first + 1)
        return -1;
    }
  else if (len == 2)
    {
      if (digits (&p, 2, &second) != 0 || second != (first + 1) % 100)
        return -1;
    }
  else
    return -1;
  while (*p == ' ')
    p++;
  if (*p)
    return -1;
  *start = first;
  return 0;
}

char *
sp_fin_year_name (int start, char *buf, size_t size)
{
  snprintf (buf, size, "%04d/%02d", start, (start + 1) % 100);
  return buf;
}

const sp_index_year *
sp_price_index_find (const sp_price_index *idx, int year)
{
  for (size_t i = 0; i < idx->n; i++)
    if (idx->years[i].year == year)
      return &idx->years[i];
  return NULL;
}

sp_price_status
sp_price_factor (const sp_price_index *idx, const char *from, int to,
                 double *factor)
{
  int year;
  if (sp_fin_year_parse (from, &year) != 0)
    return SP_PRICE_NOT_A_YEAR;
  const sp_index_year *f = sp_price_index_find (idx, year);
  const sp_index_year *t = sp_price_index_find (idx, to);
  if (!f || !t)
    return SP_PRICE_NOT_IN_INDEX;
  *factor = year == to ? 1.0 : t->index / f->index;
  return SP_PRICE_OK;
}

/* One price brought to TO: *PRICE, its *YEAR (replaced by TO's name),
   the file's *ORIGINAL and *YEAR_ORIGINAL (filled when a struct was
   built without them) and *FACTOR.  */
static sp_price_status
uprate (const sp_price_index *idx, int to, double *price, char **year,
        double *original, char **year_original, double *factor)
{
  if (!*year_original)
    {
      *year_original = sp_xstrdup (*year ? *year : "");
      *original = *price;
    }
  double f;
  sp_price_status st = sp_price_factor (idx, *year_original, to, &f);
  if (st != SP_PRICE_OK)
    return st;
  char name[16];
  *price = *original * f;
  *factor = f;
  free (*year);
  *year = sp_xstrdup (sp_fin_year_name (to, name, sizeof name));
  return SP_PRICE_OK;
}

size_t
sp_unit_costs_uprate (sp_unit_costs *costs, const sp_price_index *idx,
                      int to, sp_price_status *status)
{
  size_t bad = 0;
  for (size_t i = 0; i < costs->n; i++)
    {
      sp_unit_cost *c = &costs->items[i];
      sp_price_status st = uprate (idx, to, &c->unit_cost, &c->price_year,
                                   &c->unit_cost_original,
                                   &c->price_year_original,
                                   &c->uprating_factor);
      bad += st != SP_PRICE_OK;
      if (status)
        status[i] = st;
    }
  return bad;
}

size_t
sp_value_proxies_uprate (sp_value_proxies *set, const sp_price_index *idx,
                         int to, sp_price_status *status)
{
  size_t bad = 0;
  for (size_t i = 0; i < set->n; i++)
    {
      sp_value_proxy *px = &set->items[i];
      sp_price_status st = uprate (idx, to, &px->value, &px->price_year,
                                   &px->value_original,
                                   &px->price_year_original,
                                   &px->uprating_factor);
      bad += st != SP_PRICE_OK;
      if (status)
        status[i] = st;
    }
  return bad;
}

void
sp_price_index_free (sp_price_index *idx)
{
  free (idx->years);
  free (idx->path);
  memset (idx, 0, sizeof *idx);
}

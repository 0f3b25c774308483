/* csv_cells.c -- the cells of the CSV renderers */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disclosure.h"
#include "render.h"

int
sp_csv_formula_like (const char *text)
{
  return text[0] && strchr ("=+-@\t\r", text[0]) != NULL;
}

void
sp_csv_field (FILE *out, const char *text)
{
  const char *guard = sp_csv_formula_like (text) ? "'" : "";
  if (!strpbrk (text, ",\"\r\n"))
    {
      fprintf (out, "%s%s", guard, text);
      return;
    }
  fprintf (out, "\"%s", guard);
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        fputc ('"', out);
      fputc (*p, out);
    }
  fputc ('"', out);
}

char *
sp_csv_shortest (double v, char *buf, size_t size)
{
  if (!isfinite (v))
    {
      snprintf (buf, size, "%s", "");
      return buf;
    }
  if (v == 0)
    v = 0; /* -0 reads "0" */
  /* The fewest significant digits that read back as V: 17 always do.  */
  int digits = 1;
  char sci[40];
  for (; digits < 17; digits++)
    {
      snprintf (sci, sizeof sci, "%.*e", digits - 1, v);
      if (strtod (sci, NULL) == v)
        break;
    }
  snprintf (sci, sizeof sci, "%.*e", digits - 1, v);
  char *e = strchr (sci, 'e');
  int exponent = atoi (e + 1);
  /* Spreadsheets read both forms; people read plain decimals better, so
     use them unless they would need more than 21 digits or leading
     zeros beyond 1e-7.  */
  if (exponent < -7 || exponent > 20)
    {
      snprintf (buf, size, "%s", sci);
      return buf;
    }
  /* The significant digits D of "-d.ddde+X", placed around the point.  */
  char d[24];
  size_t n = 0;
  for (const char *p = sci; p < e; p++)
    if (*p >= '0' && *p <= '9')
      d[n++] = *p;
  d[n] = '\0';
  const char *sign = v < 0 ? "-" : "";
  static const char zeros[] = "00000000000000000000"; /* 20 */
  if (exponent >= (int) n - 1)
    snprintf (buf, size, "%s%s%.*s", sign, d, exponent - (int) n + 1, zeros);
  else if (exponent >= 0)
    snprintf (buf, size, "%s%.*s.%s", sign, exponent + 1, d, d + exponent + 1);
  else
    snprintf (buf, size, "%s0.%.*s%s", sign, -exponent - 1, zeros, d);
  return buf;
}

void
sp_csv_number (FILE *out, double v)
{
  char buf[64];
  fputs (sp_csv_shortest (v, buf, sizeof buf), out);
}

void
sp_csv_value (FILE *out, const cJSON *v)
{
  if (sp_disclosure_hidden (v))
    fputs (SP_DISCLOSURE_MARK, out);
  else if (cJSON_IsNumber (v))
    sp_csv_number (out, v->valuedouble);
  else if (cJSON_IsString (v))
    sp_csv_field (out, v->valuestring);
  else if (cJSON_IsBool (v))
    fputs (cJSON_IsTrue (v) ? "true" : "false", out);
}

void
sp_csv_header (FILE *out, const char *const *names, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      if (i)
        fputc (',', out);
      fputs (names[i], out);
    }
  fputs ("\r\n", out);
}

void
sp_csv_row (FILE *out, const cJSON *obj, const char *const *names, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      if (i)
        fputc (',', out);
      sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (obj, names[i]));
    }
  fputs ("\r\n", out);
}

void
sp_csv_limitations (FILE *out, const cJSON *doc, size_t at,
                    const char *marker, size_t n_cols)
{
  const cJSON *e;
  cJSON_ArrayForEach (e, cJSON_GetObjectItemCaseSensitive (doc,
                                                           "limitations"))
  {
    for (size_t c = 0; c < n_cols; c++)
      {
        if (c)
          fputc (',', out);
        if (c == at)
          sp_csv_field (out, marker);
        else if (c == at + 1)
          sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (e, "code"));
        else if (c == at + 2)
          sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (e, "text"));
      }
    fputs ("\r\n", out);
  }
}

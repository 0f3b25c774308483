/* csv_cells.c -- the cells of the CSV renderers */

#include <stdio.h>
#include <string.h>

#include "render.h"

void
sp_csv_field (FILE *out, const char *text)
{
  if (!strpbrk (text, ",\"\r\n"))
    {
      fputs (text, out);
      return;
    }
  fputc ('"', out);
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        fputc ('"', out);
      fputc (*p, out);
    }
  fputc ('"', out);
}

void
sp_csv_number (FILE *out, double v)
{
  fprintf (out, "%.17g", v);
}

void
sp_csv_value (FILE *out, const cJSON *v)
{
  if (cJSON_IsNumber (v))
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

/* rollout_csv.c -- rollout projections and comparisons for spreadsheets */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "render.h"
#include "render_rollout.h"

/* One row "SCENARIO,SECTION,FIGURE,VALUE"; VALUE empty when V is not a
   number (null).  FIGURE is PREFIX followed by NAME.  */
static void
row (FILE *out, const char *scenario, const char *section,
     const char *prefix, const char *name, const cJSON *v)
{
  char figure[256];
  snprintf (figure, sizeof figure, "%s%s", prefix, name);
  sp_csv_field (out, scenario);
  fputc (',', out);
  sp_csv_field (out, section);
  fputc (',', out);
  sp_csv_field (out, figure);
  fputc (',', out);
  sp_csv_value (out, v);
  fputs ("\r\n", out);
}

/* Every scalar member of OBJ as a row, objects below as "NAME.MEMBER";
   arrays (written by list) and the formulas (text, not figures) are
   left out.  */
static void
scalars (FILE *out, const char *scenario, const char *section,
         const char *prefix, const cJSON *obj)
{
  const cJSON *v;
  cJSON_ArrayForEach (v, obj)
  {
    if (cJSON_IsArray (v) || strcmp (v->string, "formulas") == 0)
      continue;
    if (cJSON_IsObject (v))
      {
        char p[192];
        snprintf (p, sizeof p, "%s%s.", prefix, v->string);
        scalars (out, scenario, section, p, v);
        continue;
      }
    row (out, scenario, section, prefix, v->string, v);
  }
}

/* Each element of the list NAME of RO as "KIND:KEY.FIELD" rows, KEY being
   the element's member KEY_FIELD.  */
static void
list (FILE *out, const char *scenario, const cJSON *ro, const char *name,
      const char *kind, const char *key_field)
{
  const cJSON *e;
  cJSON_ArrayForEach (e, sp_doc_get (ro, name))
  {
    const cJSON *k = cJSON_GetObjectItemCaseSensitive (e, key_field);
    char key[96], prefix[160];
    if (cJSON_IsNumber (k))
      sp_csv_shortest (k->valuedouble, key, sizeof key);
    else
      snprintf (key, sizeof key, "%s", cJSON_IsString (k) ? k->valuestring
                                                           : "?");
    snprintf (prefix, sizeof prefix, "%s:%s.", kind, key);
    const cJSON *v;
    cJSON_ArrayForEach (v, e)
    if (v != k && !cJSON_IsObject (v) && !cJSON_IsArray (v))
      row (out, scenario, name, prefix, v->string, v);
  }
}

static void
rollout_rows (FILE *out, const cJSON *ro, const cJSON *intervals)
{
  if (!ro)
    return;
  const char *name = sp_doc_str (ro, "name", "");
  scalars (out, name, "figures", "", ro);
  list (out, name, ro, "pas_by_segment", "segment", "name");
  list (out, name, ro, "cash_flows", "year", "year");
  list (out, name, ro, "trajectory", "month", "month");
  list (out, name, ro, "sensitivity", "parameter", "parameter");
  list (out, name, ro, "published", "figure", "figure");
  list (out, name, ro, "parameters", "parameter", "parameter");
  const cJSON *iv;
  cJSON_ArrayForEach (iv, intervals)
  if (strncmp (iv->string, "rollout.", 8) == 0)
    {
      char p[96];
      snprintf (p, sizeof p, "%s.", iv->string);
      scalars (out, name, "intervals", p, iv);
    }
}

/* The limitations of the whole document: no scenario, section
   "limitations", figure the code, value the text.  */
static void
limitations (FILE *out, const cJSON *doc)
{
  sp_csv_limitations (out, doc, 1, "limitations", 4);
}

static void
header (FILE *out)
{
  fputs ("scenario,section,figure,value\r\n", out);
}

void
sp_render_rollout_csv (const cJSON *doc, FILE *out)
{
  const cJSON *ro = sp_doc_get (doc, "rollout");
  if (!ro)
    return;
  header (out);
  rollout_rows (out, ro, sp_doc_get (doc, "intervals"));
  limitations (out, doc);
}

void
sp_render_compare_csv (const cJSON *doc, FILE *out)
{
  const cJSON *l = sp_doc_get (doc, "scenarios");
  if (!cJSON_IsArray (l))
    return;
  header (out);
  const cJSON *s;
  cJSON_ArrayForEach (s, l)
  rollout_rows (out, sp_doc_get (s, "rollout"), sp_doc_get (s, "intervals"));
  limitations (out, doc);
}

/* profit_csv.c -- register, investment, local economy and social profit
   for spreadsheets: one long table section,figure,value */

#include <stdio.h>

#include "doc.h"
#include "render.h"
#include "render_profit.h"

static const char *const sections[] = { "register", "investment",
                                        "local_economy", "social_profit" };

/* The first string member of OBJ (a segment's or category's name), or
   "" when there is none.  */
static const char *
name_of (const cJSON *obj)
{
  const cJSON *m;
  cJSON_ArrayForEach (m, obj)
  if (cJSON_IsString (m))
    return m->valuestring;
  return "";
}

/* One row "SECTION,FIGURE,VALUE" for the scalar V (number at full
   precision, string, true/false, or empty for null).  */
static void
scalar (FILE *out, const char *section, const char *figure, const cJSON *v)
{
  fprintf (out, "%s,", section);
  sp_csv_field (out, figure);
  fputc (',', out);
  sp_csv_value (out, v);
  fputs ("\r\n", out);
}

/* Every scalar below NODE, named PREFIX.member, PREFIX[name].member for
   array elements.  */
static void
walk (FILE *out, const char *section, const char *prefix, const cJSON *node)
{
  const cJSON *m;
  cJSON_ArrayForEach (m, node)
  {
    char name[256];
    if (cJSON_IsArray (node))
      snprintf (name, sizeof name, "%s[%s]", prefix, name_of (m));
    else
      snprintf (name, sizeof name, "%s%s%s", prefix, prefix[0] ? "." : "",
                m->string);
    if (cJSON_IsObject (m) || cJSON_IsArray (m))
      walk (out, section, name, m);
    else
      scalar (out, section, name, m);
  }
}

void
sp_render_profit_csv (const cJSON *doc, FILE *out)
{
  fputs ("section,figure,value\r\n", out);
  for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
    {
      const cJSON *sec = sp_doc_get (doc, sections[i]);
      if (sec)
        walk (out, sections[i], "", sec);
    }
  /* The limitations: section "limitations", figure the code, value the
     text.  */
  sp_csv_limitations (out, doc, 0, "limitations", 3);
}

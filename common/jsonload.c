/* jsonload.c -- read a JSON input strictly: one value, each key once */

#include "jsonload.h"

#include <stdlib.h>
#include <string.h>

#include "jsonpos.h"
#include "slurp.h"
#include "strmap.h"
#include "xalloc.h"

/* The offset of the bracket that opens level CJSON_NESTING_LIMIT + 1 in
   the first END bytes of TEXT, or (size_t) -1 when there is none.  */
static size_t
too_deep (const char *text, size_t end)
{
  size_t depth = 0;
  for (size_t i = 0; i < end; i++)
    {
      char c = text[i];
      if (c == '"')
        {
          for (i++; i < end && text[i] != '"'; i++)
            if (text[i] == '\\')
              i++;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > CJSON_NESTING_LIMIT)
            return i;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return (size_t) -1;
}

typedef struct
{
  const char *name;
  const char *text;
  sp_diag *d;
  int ok;
} walker;

/* Check the value at P (its tree NODE) and every object inside it for
   a key given twice; P is past white space.  */
static void
walk (walker *w, const char *p, const cJSON *node)
{
  if (!cJSON_IsObject (node) && !cJSON_IsArray (node))
    return;
  int object = cJSON_IsObject (node);
  sp_names keys;
  sp_names_init (&keys);
  size_t *key_at = NULL;   /* offset of each key kept, by number */
  const cJSON *child = node->child;
  p = sp_json_skip_ws (p + 1);
  while (child && *p && *p != '}' && *p != ']')
    {
      if (object)
        {
          const char *key = p;
          int added;
          size_t k = sp_names_intern (&keys, child->string, &added);
          if (added)
            {
              key_at = sp_xrealloc (key_at, keys.n * sizeof *key_at);
              key_at[k] = (size_t) (key - w->text);
            }
          else
            {
              size_t line, column, first_line, first_column;
              sp_json_offset_position (w->text, (size_t) (key - w->text),
                                       &line, &column);
              sp_json_offset_position (w->text, key_at[k], &first_line,
                                       &first_column);
              sp_diag_error (w->d, w->name, line, column,
                             "key \"%s\" is given twice in this object "
                             "(first on line %zu): keep one", child->string,
                             first_line);
              w->ok = 0;
            }
          p = sp_json_skip_ws (sp_json_skip_string (p));
          p = sp_json_skip_ws (p + 1);   /* past the colon */
        }
      walk (w, p, child);
      p = sp_json_skip_ws (sp_json_skip_value (p));
      if (*p == ',')
        p = sp_json_skip_ws (p + 1);
      child = child->next;
    }
  free (key_at);
  sp_names_free (&keys);
}

cJSON *
sp_json_parse_strict (const char *name, const char *text, size_t len,
                      const char *invalid, const char *object, sp_diag *d)
{
  if (!invalid)
    invalid = "this is not valid JSON: check for a missing comma, quote or "
              "brace near here";
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts (text, len, &end, 0);
  size_t line = 1, column = 1;
  if (!root)
    {
      size_t at = end ? (size_t) (end - text) : 0;
      size_t deep = too_deep (text, at < len ? at + 1 : len);
      if (deep != (size_t) -1)
        {
          sp_json_offset_position (text, deep, &line, &column);
          sp_diag_error (d, name, line, column,
                         "arrays and objects are nested more than %d "
                         "deep here: no input needs this, so the file is "
                         "not the one expected", CJSON_NESTING_LIMIT);
          return NULL;
        }
      sp_json_offset_position (text, at, &line, &column);
      sp_diag_error (d, name, line, column, "%s", invalid);
      return NULL;
    }
  const char *rest = sp_json_skip_ws (end);
  if ((size_t) (rest - text) < len)
    {
      size_t end_line, end_column;
      sp_json_offset_position (text, (size_t) (end - text), &end_line,
                               &end_column);
      sp_json_offset_position (text, (size_t) (rest - text), &line, &column);
      sp_diag_error (d, name, line, column,
                     "this is not valid JSON: there is more after the end "
                     "of the value (it ends at line %zu, column %zu): "
                     "remove it, or move it inside the outer braces",
                     end_line, end_column);
      cJSON_Delete (root);
      return NULL;
    }
  walker w = { name, text, d, 1 };
  const char *start = sp_json_skip_ws (text);
  walk (&w, start, root);
  if (w.ok && object && !cJSON_IsObject (root))
    {
      sp_json_offset_position (text, (size_t) (start - text), &line, &column);
      sp_diag_error (d, name, line, column,
                     "%s must be a JSON object { ... }", object);
      w.ok = 0;
    }
  if (!w.ok)
    {
      cJSON_Delete (root);
      return NULL;
    }
  return root;
}

cJSON *
sp_json_load_strict (const char *path, const char *invalid,
                     const char *object, char **text, sp_diag *d)
{
  size_t len = 0;
  if (sp_slurp_text (path, text, &len, d) != 0)
    return NULL;
  cJSON *root = sp_json_parse_strict (path, *text, len, invalid, object,
                                      d);
  if (!root)
    {
      free (*text);
      *text = NULL;
    }
  return root;
}

void
sp_json_file_position (const char *path, const char *key_path, size_t *line,
                       size_t *column)
{
  *line = *column = 1;
  if (strcmp (path, "-") == 0)
    return;
  sp_diag quiet;
  sp_diag_init (&quiet);
  char *text = NULL;
  size_t len;
  if (sp_slurp_text (path, &text, &len, &quiet) == 0)
    sp_json_path_position (text, key_path, line, column);
  free (text);
  sp_diag_free (&quiet);
}

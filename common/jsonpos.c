/* jsonpos.c -- find line and column positions in JSON text */

#include "jsonpos.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

const char *
sp_json_skip_ws (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    p++;
  return p;
}

const char *
sp_json_skip_string (const char *p)
{
  if (!*p)
    return p; /* at the end of the text: nothing to skip */
  for (p++; *p && *p != '"'; p++)
    if (*p == '\\' && p[1])
      p++;
  return *p ? p + 1 : p;
}

const char *
sp_json_skip_value (const char *p)
{
  if (*p == '"')
    return sp_json_skip_string (p);
  if (*p != '{' && *p != '[')
    {
      while (*p && !strchr (",}] \t\r\n", *p))
        p++;
      return p;
    }
  int depth = 0;
  while (*p)
    {
      if (*p == '"')
        {
          p = sp_json_skip_string (p);
          continue;
        }
      if (*p == '{' || *p == '[')
        depth++;
      else if ((*p == '}' || *p == ']') && --depth == 0)
        return p + 1;
      p++;
    }
  return p;
}

/* In the object at P, the member KEY (LEN bytes): its key's opening
   quote, with the value's start in *VALUE; NULL when absent.  */
static const char *
find_member (const char *p, const char *key, size_t len, const char **value)
{
  if (!*p)
    return NULL; /* at the end of the text: no object */
  for (p = sp_json_skip_ws (p + 1); *p == '"'; p = sp_json_skip_ws (p))
    {
      const char *k = p;
      p = sp_json_skip_ws (sp_json_skip_string (p));
      if (*p != ':')
        return NULL;
      p = sp_json_skip_ws (p + 1);
      if ((size_t) (p - k) >= len + 2 && strncmp (k + 1, key, len) == 0
          && k[len + 1] == '"' && sp_json_skip_ws (k + len + 2)[0] == ':')
        {
          *value = p;
          return k;
        }
      p = sp_json_skip_ws (sp_json_skip_value (p));
      if (*p == ',')
        p++;
    }
  return NULL;
}

/* In the array at P, the start of element INDEX, or NULL.  */
static const char *
find_element (const char *p, size_t index)
{
  if (!*p)
    return NULL; /* at the end of the text: no array */
  p = sp_json_skip_ws (p + 1);
  for (size_t i = 0; *p && *p != ']'; i++)
    {
      if (i == index)
        return p;
      p = sp_json_skip_ws (sp_json_skip_value (p));
      if (*p == ',')
        p = sp_json_skip_ws (p + 1);
    }
  return NULL;
}

void
sp_json_offset_position (const char *text, size_t offset, size_t *line,
                         size_t *column)
{
  size_t l = 1, c = 1;
  for (size_t i = 0; i < offset && text[i]; i++)
    {
      if (text[i] == '\n')
        {
          l++;
          c = 1;
        }
      else if (((unsigned char) text[i] & 0xC0) != 0x80)
        c++;
    }
  *line = l;
  *column = c;
}

void
sp_json_key_position (const char *text, const char *key, size_t *line,
                      size_t *column)
{
  size_t klen = strlen (key);
  for (const char *p = strchr (text, '"'); p; p = strchr (p + 1, '"'))
    {
      if (strncmp (p + 1, key, klen) != 0 || p[1 + klen] != '"')
        continue;
      if (*sp_json_skip_ws (p + 2 + klen) == ':')
        {
          sp_json_offset_position (text, (size_t) (p - text), line, column);
          return;
        }
    }
  *line = 1;
  *column = 1;
}

void
sp_json_path_position (const char *text, const char *path, size_t *line,
                       size_t *column)
{
  const char *start = text;
  if (strncmp (start, "\xEF\xBB\xBF", 3) == 0)
    start += 3;
  const char *value = sp_json_skip_ws (start);
  const char *found = value;
  while (*path)
    {
      const char *dot = strchr (path, '.');
      size_t len = dot ? (size_t) (dot - path) : strlen (path);
      const char *at = NULL, *next = NULL;
      if (*value == '{')
        at = find_member (value, path, len, &next);
      else if (*value == '[' && len > 0 && isdigit ((unsigned char) *path))
        at = next = find_element (value, strtoul (path, NULL, 10));
      if (!at)
        break;
      found = at;
      value = next;
      path += len + (dot ? 1 : 0);
    }
  sp_json_offset_position (text, (size_t) (found - text), line, column);
}

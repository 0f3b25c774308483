/* jsonpos.c -- find line and column positions in JSON text */

#include "jsonpos.h"

#include <string.h>

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
      else
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
      const char *q = p + 2 + klen;
      while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
        q++;
      if (*q == ':')
        {
          sp_json_offset_position (text, (size_t) (p - text), line, column);
          return;
        }
    }
  *line = 1;
  *column = 1;
}

/* words.c -- lists in plain English */

#include "words.h"

#include <stdio.h>

char *
sp_words_list (const char *const *words, size_t n, const char *empty,
               char *buf, size_t size)
{
  if (size == 0)
    return buf;
  buf[0] = '\0';
  if (n == 0)
    {
      snprintf (buf, size, "%s", empty);
      return buf;
    }
  size_t len = 0;
  for (size_t i = 0; i < n && len < size; i++)
    {
      const char *sep = i == 0 ? "" : i + 1 == n ? " and " : ", ";
      len += (size_t) snprintf (buf + len, size - len, "%s%s", sep,
                                words[i]);
    }
  return buf;
}

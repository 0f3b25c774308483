/* slurp.c -- read a whole file into memory */

#include "slurp.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Append LEN bytes at P to the buffer *BUF (length *N, room *CAP),
   keeping room for a final NUL.  */
static void
append (char **buf, size_t *n, size_t *cap, const char *p, size_t len)
{
  if (*n + len + 1 > *cap)
    {
      while (*n + len + 1 > *cap)
        *cap = *cap ? 2 * *cap : 8192;
      *buf = sp_xrealloc (*buf, *cap);
    }
  memcpy (*buf + *n, p, len);
  *n += len;
  (*buf)[*n] = '\0';
}

int
sp_slurp_text (const char *path, char **text, size_t *len, sp_diag *d)
{
  *text = NULL;
  *len = 0;
  sp_textin in;
  if (sp_textin_open (&in, path, 0, d) != 0)
    {
      sp_textin_close (&in);
      return -1;
    }
  char *buf = NULL;
  size_t n = 0, cap = 0;
  append (&buf, &n, &cap, "", 0);
  while (sp_textin_next (&in))
    append (&buf, &n, &cap, in.data, in.len);
  int ok = sp_textin_ok (&in);
  sp_textin_close (&in);
  if (!ok)
    {
      free (buf);
      return -1;
    }
  *text = buf;
  *len = n;
  return 0;
}

int
sp_slurp (const char *path, char **text, size_t *len, sp_diag *d)
{
  *text = NULL;
  *len = 0;
  /* A file that has already reported errors in this run is not read
     again: its problems are known, and a second reading would only
     repeat them (or, past the cap, count them twice).  */
  if (sp_diag_errors_in (d, path) > 0)
    return -1;
  FILE *f = sp_input_open (path, d);
  if (!f)
    return -1;
  /* raw bytes: the file as it is, whatever its encoding */
  char *buf = NULL;
  size_t n = 0, cap = 0;
  char block[65536];
  size_t got;
  append (&buf, &n, &cap, "", 0);
  while ((got = fread (block, 1, sizeof block, f)) > 0)
    append (&buf, &n, &cap, block, got);
  int err = ferror (f);
  sp_input_close (f);
  if (err)
    {
      free (buf);
      sp_diag_fail (d, SP_EXIT_NOINPUT, path, 0, 0, "cannot read the file");
      return -1;
    }
  *text = buf;
  *len = n;
  return 0;
}

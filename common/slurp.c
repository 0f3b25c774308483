/* slurp.c -- read a whole file into memory */

#include "slurp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "textcheck.h"
#include "xalloc.h"

FILE *
sp_input_open (const char *path, sp_diag *d)
{
  if (strcmp (path, "-") == 0)
    return stdin;
  struct stat st;
  if (stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      sp_diag_fail (d, SP_EXIT_NOINPUT, path, 0, 0,
                    "is a directory, not a file: give the file's path");
      return NULL;
    }
  FILE *f = fopen (path, "rb");
  if (!f)
    sp_diag_fail (d, SP_EXIT_NOINPUT, path, 0, 0,
                  "cannot open: %s; check the path (relative paths in an "
                  "evaluation file are taken from the file's folder)",
                  strerror (errno));
  return f;
}

void
sp_input_close (FILE *f)
{
  if (f && f != stdin)
    fclose (f);
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
  size_t cap = 8192, n = 0;
  char *buf = sp_xmalloc (cap);
  for (;;)
    {
      if (n + 4096 + 1 > cap)
        {
          cap *= 2;
          buf = sp_xrealloc (buf, cap);
        }
      size_t got = fread (buf + n, 1, cap - n - 1, f);
      n += got;
      if (got == 0)
        break;
      if (n > SP_SLURP_MAX)
        {
          sp_input_close (f);
          free (buf);
          sp_diag_error (d, path, 0, 0,
                         "is larger than %zu MB: give the right file (an "
                         "input this large is not a programme's data)",
                         SP_SLURP_MAX >> 20);
          return -1;
        }
    }
  int err = ferror (f);
  sp_input_close (f);
  if (err)
    {
      free (buf);
      sp_diag_fail (d, SP_EXIT_NOINPUT, path, 0, 0, "cannot read the file");
      return -1;
    }
  buf[n] = '\0';
  *text = buf;
  *len = n;
  return 0;
}

int
sp_slurp_text (const char *path, char **text, size_t *len, sp_diag *d)
{
  if (sp_slurp (path, text, len, d) != 0)
    return -1;
  if (sp_text_check (path, *text, *len, d) != 0)
    {
      free (*text);
      *text = NULL;
      *len = 0;
      return -1;
    }
  return 0;
}

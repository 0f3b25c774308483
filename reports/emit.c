/* emit.c -- write a rendered result to standard output in one piece */

#include "emit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "xalloc.h"

int
sp_emit_render (const cJSON *doc, const sp_renderer *renderers, size_t n,
                char **buf, size_t *len)
{
  *buf = NULL;
  *len = 0;
  FILE *mem = open_memstream (buf, len);
  if (!mem)
    return -1;
  for (size_t i = 0; i < n; i++)
    {
      if (i)
        fputc ('\n', mem);
      renderers[i] (doc, mem);
    }
  fclose (mem);
  return 0;
}

int
sp_emit_file (const char *path, const void *buf, size_t len, sp_diag *d)
{
  if (strcmp (path, "-") == 0)
    {
      if (fwrite (buf, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          sp_diag_fail (d, SP_EXIT_CANTCREAT, NULL, 0, 0,
                        "cannot write the output");
          return SP_EXIT_CANTCREAT;
        }
      return 0;
    }
  char *tmp = sp_xasprintf ("%s.tmp-XXXXXX", path);
  int fd = mkstemp (tmp);
  FILE *f = fd >= 0 ? fdopen (fd, "wb") : NULL;
  int ok = f && fwrite (buf, 1, len, f) == len;
  if (f)
    ok &= fclose (f) == 0;
  else if (fd >= 0)
    close (fd);
  if (ok)
    {
      /* mkstemp makes the file 0600: give it the usual permissions */
      mode_t mask = umask (0);
      umask (mask);
      chmod (tmp, 0666 & ~mask);
      ok = rename (tmp, path) == 0;
    }
  if (!ok)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, path, 0, 0,
                    "cannot write the output: %s; check that its folder "
                    "exists and can be written", strerror (errno));
      if (fd >= 0)
        unlink (tmp);
    }
  free (tmp);
  return ok ? 0 : SP_EXIT_CANTCREAT;
}

int
sp_emit (const cJSON *doc, const sp_renderer *renderers, size_t n)
{
  char *buf;
  size_t len;
  if (sp_emit_render (doc, renderers, n, &buf, &len) != 0)
    return SP_EXIT_CANTCREAT;
  int rc = 0;
  if (fwrite (buf, 1, len, stdout) != len || fflush (stdout) != 0)
    {
      fputs ("socialprofit: cannot write the output\n", stderr);
      rc = SP_EXIT_CANTCREAT;
    }
  free (buf);
  return rc;
}

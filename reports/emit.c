/* emit.c -- write a rendered result to standard output in one piece */

#include "emit.h"

#include <stdlib.h>

#include "diag.h"

int
sp_emit (const cJSON *doc, const sp_renderer *renderers, size_t n)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  if (!mem)
    return SP_EXIT_CANTCREAT;
  for (size_t i = 0; i < n; i++)
    {
      if (i)
        fputc ('\n', mem);
      renderers[i] (doc, mem);
    }
  fclose (mem);
  int rc = 0;
  if (fwrite (buf, 1, len, stdout) != len || fflush (stdout) != 0)
    {
      fputs ("socialprofit: cannot write the output\n", stderr);
      rc = SP_EXIT_CANTCREAT;
    }
  free (buf);
  return rc;
}

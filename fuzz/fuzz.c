/* fuzz.c -- what the libFuzzer targets share */

#include "fuzz.h"

#include "instrument_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

const char *
sp_fuzz_file (const uint8_t *data, size_t n)
{
  static int fd = -1;
  static char path[64];
  if (fd < 0)
    {
      fd = memfd_create ("sp-fuzz-input", 0);
      if (fd < 0)
        {
          perror ("memfd_create");
          abort ();
        }
      snprintf (path, sizeof path, "/proc/self/fd/%d", fd);
    }
  if (ftruncate (fd, 0) != 0
      || (n && pwrite (fd, data, n, 0) != (ssize_t) n))
    {
      perror ("writing the fuzz input");
      abort ();
    }
  return path;
}

const char *
sp_fuzz_source (const char *rel)
{
  static char path[4096];
  snprintf (path, sizeof path, "%s/%s", SP_SOURCE_ROOT, rel);
  return path;
}

void
sp_fuzz_check_positions (const sp_diag *d)
{
  if (d->exit_status != SP_EXIT_DATAERR)
    return;
  for (size_t i = 0; i < d->n_msgs; i++)
    {
      const sp_diag_msg *m = &d->msgs[i];
      if (m->kind == SP_DIAG_ERROR && (!m->file || !m->line || !m->column))
        {
          fprintf (stderr, "an exit-65 error without a full position: "
                   "%s:%zu:%zu: %s\n", m->file ? m->file : "(no file)",
                   m->line, m->column, m->text);
          abort ();
        }
    }
}

void
sp_fuzz_need (int ok, const char *what, sp_diag *d)
{
  if (ok)
    return;
  fprintf (stderr, "fuzz: cannot read the reference input %s\n", what);
  sp_diag_print (d, stderr);
  abort ();
}

const sp_instrument *
sp_fuzz_poet (void)
{
  static sp_instrument inst;
  static int loaded;
  if (!loaded)
    {
      sp_diag r;
      sp_diag_init (&r);
      sp_fuzz_need (sp_instrument_read (sp_fuzz_source
                                        ("proxies/instruments/poet.csv"),
                                        &inst, &r) == 0, "instrument", &r);
      sp_diag_free (&r);
      loaded = 1;
    }
  return &inst;
}

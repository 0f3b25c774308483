/* fuzz.c -- what the libFuzzer targets share */

#include "fuzz.h"

#include "calendar.h"
#include "instrument_read.h"
#include "register_read.h"
#include "unit_costs_read.h"

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

int
sp_fuzz_run (const uint8_t *data, size_t n, sp_fuzz_reader read)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  read (path, &d);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}

/* Abort, saying why, unless the reference input WHAT was read (OK);
   frees R.  */
static void
need (int ok, const char *what, sp_diag *r)
{
  if (!ok)
    {
      fprintf (stderr, "fuzz: cannot read the reference input %s\n", what);
      sp_diag_print (r, stderr);
      abort ();
    }
  sp_diag_free (r);
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
      need (sp_instrument_read (sp_fuzz_source ("proxies/instruments/poet.csv"),
                                &inst, &r) == 0, "instrument", &r);
      loaded = 1;
    }
  return &inst;
}

const sp_unit_costs *
sp_fuzz_unit_costs (void)
{
  static sp_unit_costs costs;
  static int loaded;
  if (!loaded)
    {
      sp_diag r;
      sp_diag_init (&r);
      need (sp_unit_costs_read (sp_fuzz_source
                                ("proxies/unit-costs/east-lancs-2018.csv"),
                                &costs, &r) == 0, "unit costs", &r);
      loaded = 1;
    }
  return &costs;
}

const sp_register *
sp_fuzz_register (void)
{
  static sp_register reg;
  static int loaded;
  if (!loaded)
    {
      sp_diag r;
      sp_diag_init (&r);
      need (sp_register_read (sp_fuzz_source
                              ("fixtures/calico-2019/register.csv"),
                              SP_NO_END_DAY, &reg, &r) == 0, "register", &r);
      loaded = 1;
    }
  return &reg;
}

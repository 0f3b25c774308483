/* test_cli_progress.c -- the progress line: drawn on a terminal, never
   in a pipe or with --quiet, and the outputs are the same bytes either
   way

   The terminal is a pseudo-terminal from script(1) (util-linux, in
   every Debian system): "script -qec CMD /dev/null" runs CMD with its
   standard error on a pty and copies what the pty shows to its own
   standard output.  Standard output of CMD goes to a file inside CMD.
   The runs are sized so that the tool's own estimate says they take
   more than a second (cmd/term_progress.c: 1,000,000 simulations at
   1.2 microseconds, 1,200,000 resamples of the pilot's 22 participants
   x (5 columns + 8) x 3 ns = 1.03 s), so whether the line is drawn does
   not depend on how busy the machine is.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>

#include "cli.h"
#include "xalloc.h"

#define EVAL "fixtures/calico-2019/evaluation.json"

/* Run "socialprofit ARGS >OUT" with standard error on a pseudo-terminal
   when PTY, else into a pipe; returns the exit status, and in *SHOWN
   what the terminal (or the pipe) received (owned).  */
static int
run (const char *dir, const char *args, const char *out, int pty,
     char **shown)
{
  const char *exe = getenv ("SOCIALPROFIT");
  assert_non_null (exe);
  char *cmd;
  if (pty)
    cmd = sp_xasprintf ("script -qec \"'%s' %s >'%s' </dev/null\" /dev/null"
                        " >'%s/shown' </dev/null",
                        exe, args, out, dir);
  else
    cmd = sp_xasprintf ("'%s' %s 2>&1 >'%s' </dev/null | cat >'%s/shown'",
                        exe, args, out, dir);
  int raw = system (cmd);
  free (cmd);
  char *path = sp_xasprintf ("%s/shown", dir);
  *shown = sp_cli_read (path, NULL);
  free (path);
  return WIFEXITED (raw) ? WEXITSTATUS (raw) : 128;
}

/* One command two or three ways: on a terminal (the line is drawn,
   with STEP, a bar, a percentage and the time left, and wiped at the
   end), in a pipe (nothing), and when QUIET on a terminal with --quiet
   (nothing); the output is the same bytes every time.  */
static void
ways (const char *args, const char *step, int quiet)
{
  char *dir = sp_cli_tmpdir ();
  char *a = sp_xasprintf ("%s/tty.out", dir);
  char *b = sp_xasprintf ("%s/pipe.out", dir);
  char *c = sp_xasprintf ("%s/quiet.out", dir);
  char *shown;
  assert_int_equal (run (dir, args, a, 1, &shown), 0);
  char *want = sp_xasprintf ("\r%s [", step);
  if (!strstr (shown, want) || !strstr (shown, "%") || !strstr (shown, "#")
      || !strstr (shown, "s left"))
    fail_msg ("no progress line on the terminal for %s: '%s'", args, shown);
  /* the last thing on the terminal is the wiped line: spaces, then \r */
  size_t n = strlen (shown);
  assert_true (n >= 2 && shown[n - 1] == '\r' && shown[n - 2] == ' ');
  free (want);
  free (shown);

  assert_int_equal (run (dir, args, b, 0, &shown), 0);
  assert_string_equal (shown, "");
  free (shown);

  size_t la, lb, lc;
  char *ta = sp_cli_read (a, &la), *tb = sp_cli_read (b, &lb);
  assert_true (la > 100);
  assert_true (la == lb && memcmp (ta, tb, la) == 0);
  if (quiet)
    {
      char *with = sp_xasprintf ("%s --quiet", args);
      assert_int_equal (run (dir, with, c, 1, &shown), 0);
      assert_string_equal (shown, "");
      free (shown);
      free (with);
      char *tc = sp_cli_read (c, &lc);
      assert_true (la == lc && memcmp (ta, tc, la) == 0);
      free (tc);
    }
  free (ta);
  free (tb);
  free (a);
  free (b);
  free (c);
  sp_cli_rmtree (dir);
  free (dir);
}

static void
simulations (void **state)
{
  (void) state;
  ways ("rollout fixtures/scenarios/east-lancs-890.json "
        "--simulations 1000000 --format json",
        "simulations of east-lancs-890", 0);
}

static void
bootstrap (void **state)
{
  (void) state;
  ways ("savings " EVAL " --bootstrap 1200000 --format json", "bootstrap",
        1);
}

/* A short run draws nothing even on a terminal.  */
static void
short_run_is_silent (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *out = sp_xasprintf ("%s/out", dir);
  char *shown;
  assert_int_equal (run (dir, "savings " EVAL " --bootstrap 200", out, 1,
                         &shown), 0);
  assert_string_equal (shown, "");
  free (shown);
  free (out);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (simulations),
    cmocka_unit_test (bootstrap),
    cmocka_unit_test (short_run_is_silent),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_outdir.c -- writing a whole output folder at once, or nothing */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "outdir.h"
#include "xalloc.h"

/* What most tests start from: a fresh temporary folder BASE, the
   output folder DIR = BASE/out not made yet, and an empty diag D.  */
typedef struct
{
  char *base;
  char *dir;
  sp_diag d;
} fixture;

static int
fixture_setup (void **state)
{
  fixture *fx = sp_xmalloc (sizeof *fx);
  fx->base = sp_cli_tmpdir ();
  fx->dir = sp_xasprintf ("%s/out", fx->base);
  sp_diag_init (&fx->d);
  *state = fx;
  return 0;
}

static int
fixture_teardown (void **state)
{
  fixture *fx = *state;
  sp_outdir_rmtree (fx->base);
  free (fx->dir);
  free (fx->base);
  sp_diag_free (&fx->d);
  free (fx);
  return 0;
}

static void
writes_a_new_folder (void **state)
{
  fixture *fx = *state;
  const char *base = fx->base, *dir = fx->dir;
  sp_diag *d = &fx->d;
  sp_outdir o;
  assert_int_equal (sp_outdir_open (&o, dir, d), 0);
  assert_false (sp_cli_exists (dir)); /* nothing at DIR until the commit */
  assert_int_equal (sp_outdir_mkdir (&o, "charts", d), 0);
  assert_int_equal (sp_outdir_write (&o, "a.txt", "hello", 5, d), 0);
  assert_int_equal (sp_outdir_write (&o, "charts/b.txt", "b", 1, d), 0);
  assert_int_equal (sp_outdir_commit (&o, d), 0);
  sp_outdir_close (&o);
  assert_false (sp_diag_failed (d));

  char *a = sp_xasprintf ("%s/a.txt", dir);
  char *text = sp_cli_read (a, NULL);
  assert_string_equal (text, "hello");
  char *b = sp_xasprintf ("%s/charts/b.txt", dir);
  assert_true (sp_cli_exists (b));
  /* Only "out" is left in the parent: no temporary sibling.  */
  assert_int_equal (sp_cli_entries (base), 1);
  /* The folder gets the permissions mkdir would give (umask applied),
     not mkdtemp's 0700.  */
  mode_t mask = umask (0);
  umask (mask);
  struct stat st;
  assert_int_equal (stat (dir, &st), 0);
  assert_int_equal (st.st_mode & 0777, 0777 & ~mask);

  free (text);
  free (a);
  free (b);
}

static void
replaces_an_existing_folder (void **state)
{
  fixture *fx = *state;
  const char *base = fx->base, *dir = fx->dir;
  sp_diag *d = &fx->d;
  assert_int_equal (mkdir (dir, 0777), 0);
  char *stale = sp_cli_write (dir, "stale.txt", "old");

  sp_outdir o;
  /* A trailing slash names the same folder.  */
  char *slashed = sp_xasprintf ("%s/", dir);
  assert_int_equal (sp_outdir_open (&o, slashed, d), 0);
  assert_int_equal (sp_outdir_write (&o, "new.txt", "new", 3, d), 0);
  assert_true (sp_cli_exists (stale)); /* untouched until the commit */
  assert_int_equal (sp_outdir_commit (&o, d), 0);
  sp_outdir_close (&o);

  assert_false (sp_cli_exists (stale));
  char *fresh = sp_xasprintf ("%s/new.txt", dir);
  assert_true (sp_cli_exists (fresh));
  assert_int_equal (sp_cli_entries (base), 1); /* old copy removed */

  free (fresh);
  free (slashed);
  free (stale);
}

static void
closing_without_commit_leaves_nothing (void **state)
{
  fixture *fx = *state;
  sp_diag *d = &fx->d;
  sp_outdir o;
  assert_int_equal (sp_outdir_open (&o, fx->dir, d), 0);
  assert_int_equal (sp_outdir_write (&o, "a.txt", "x", 1, d), 0);
  /* A later step fails: writing under a folder that was never made.  */
  assert_int_equal (sp_outdir_write (&o, "missing/b.txt", "x", 1, d), -1);
  assert_int_equal (d->exit_status, SP_EXIT_CANTCREAT);
  sp_outdir_close (&o);
  assert_int_equal (sp_cli_entries (fx->base), 0);
}

static void
uncreatable_folders_fail_with_73 (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *file = sp_cli_write (base, "plain", "keep");
  char *under_file = sp_xasprintf ("%s/plain/out", base);
  char *deep_under_file = sp_xasprintf ("%s/plain/a/out", base);
  const char *cases[] = { under_file, deep_under_file, file,
                          "/proc/sptest-out", "/proc/sptest-dir/out" };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      sp_diag d;
      sp_diag_init (&d);
      sp_outdir o;
      assert_int_equal (sp_outdir_open (&o, cases[i], &d), -1);
      assert_int_equal (d.exit_status, SP_EXIT_CANTCREAT);
      assert_int_equal (d.n_msgs, 1);
      /* The message names the folder asked for.  */
      assert_non_null (strstr (d.msgs[0].file, cases[i]));
      sp_outdir_close (&o);
      sp_diag_free (&d);
    }
  /* Nothing was created, and the regular file is as it was.  */
  assert_int_equal (sp_cli_entries (base), 1);
  char *text = sp_cli_read (file, NULL);
  assert_string_equal (text, "keep");
  free (text);
  free (under_file);
  free (deep_under_file);
  free (file);
  sp_outdir_rmtree (base);
  free (base);
}

/* Missing folders above DIR are made, and removed again when the run
   fails.  */
static void
missing_parents_are_made_and_unmade (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *dir = sp_xasprintf ("%s/a/b/out", base);
  sp_diag d;
  sp_diag_init (&d);
  sp_outdir o;
  assert_int_equal (sp_outdir_open (&o, dir, &d), 0);
  assert_int_equal (sp_outdir_write (&o, "missing/x.txt", "x", 1, &d), -1);
  sp_outdir_close (&o);
  assert_int_equal (sp_cli_entries (base), 0); /* a/ and a/b/ removed again */
  sp_diag_free (&d);

  sp_diag_init (&d);
  assert_int_equal (sp_outdir_open (&o, dir, &d), 0);
  assert_int_equal (sp_outdir_write (&o, "x.txt", "x", 1, &d), 0);
  assert_int_equal (sp_outdir_commit (&o, &d), 0);
  sp_outdir_close (&o);
  char *x = sp_xasprintf ("%s/x.txt", dir);
  assert_true (sp_cli_exists (x));
  char *b = sp_xasprintf ("%s/a/b", base);
  assert_int_equal (sp_cli_entries (b), 1); /* only out/ */
  free (b);
  free (x);
  sp_diag_free (&d);
  sp_outdir_rmtree (base);
  free (dir);
  free (base);
}

static void
dot_cannot_be_replaced (void **state)
{
  (void) state;
  sp_diag d;
  sp_diag_init (&d);
  sp_outdir o;
  assert_int_equal (sp_outdir_open (&o, ".", &d), -1);
  assert_int_equal (d.exit_status, SP_EXIT_CANTCREAT);
  sp_outdir_close (&o);
  sp_diag_free (&d);
}

/* The guard: a missing or empty folder, or a previous output of ours
   (MARKER a JSON object whose tool.name is "socialprofit"), may be
   replaced; a folder of other files may not (73), unless forced.  */
static void
guard_keeps_other_folders (void **state)
{
  fixture *fx = *state;
  sp_diag *d = &fx->d;
  const char *dir = fx->dir;
  assert_int_equal (sp_outdir_guard (dir, "results.json", 0, d), 0);
  assert_int_equal (mkdir (dir, 0777), 0);
  assert_int_equal (sp_outdir_guard (dir, "results.json", 0, d), 0);
  static const struct
  {
    const char *json;   /* results.json, or NULL for another file only */
    int ours;
  } cases[] = {
    { NULL, 0 },
    { "not json", 0 },
    { "{ \"tool\": { \"name\": \"other\" } }", 0 },
    { "[ { \"tool\": { \"name\": \"socialprofit\" } } ]", 0 },
    { "{ \"tool\": { \"name\": \"socialprofit\", \"version\": \"x\" } }",
      1 },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      sp_outdir_rmtree (dir);
      assert_int_equal (mkdir (dir, 0777), 0);
      free (sp_cli_write (dir, "keep.txt", "x"));
      if (cases[i].json)
        free (sp_cli_write (dir, "results.json", cases[i].json));
      sp_diag_init (d);
      int rc = sp_outdir_guard (dir, "results.json", 0, d);
      assert_int_equal (rc, cases[i].ours ? 0 : -1);
      assert_int_equal (d->exit_status, cases[i].ours ? 0 : SP_EXIT_CANTCREAT);
      /* forced, always */
      assert_int_equal (sp_outdir_guard (dir, "results.json", 1, d), 0);
      /* the marker asked for is the one looked at */
      if (cases[i].ours)
        assert_int_equal (sp_outdir_guard (dir, "trend.json", 0, d), -1);
      sp_diag_free (d);
    }
  sp_diag_init (d);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (writes_a_new_folder, fixture_setup,
                                    fixture_teardown),
    cmocka_unit_test_setup_teardown (replaces_an_existing_folder, fixture_setup,
                                    fixture_teardown),
    cmocka_unit_test_setup_teardown (closing_without_commit_leaves_nothing, fixture_setup,
                                    fixture_teardown),
    cmocka_unit_test_setup_teardown (guard_keeps_other_folders,
                                     fixture_setup, fixture_teardown),
    cmocka_unit_test (uncreatable_folders_fail_with_73),
    cmocka_unit_test (missing_parents_are_made_and_unmade),
    cmocka_unit_test (dot_cannot_be_replaced),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_cli_options.c -- the command line: per-command help, options
   that do not apply, "did you mean", standard input, --quiet, and
   validate's JSON and CSV

   The lists of commands and of each command's options are read from
   the binary ("socialprofit help --complete [CMD]", which prints the
   option table), so a command or option added later is covered by the
   same checks without editing this file.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include "doc.h"
#include "xalloc.h"

#define EVAL "fixtures/calico-2019/evaluation.json"
#define COSTS "proxies/unit-costs/east-lancs-2018.csv"
#define USAGE "fixtures/calico-2019/usage.csv"

/* The lines of TEXT as a NULL-terminated array of owned strings, each
   cut at its first tab.  */
static char **
lines_of (const char *text, size_t *n)
{
  char **v = NULL;
  *n = 0;
  for (const char *p = text; *p;)
    {
      size_t len = strcspn (p, "\n");
      size_t name = strcspn (p, "\t\n");
      v = sp_xrealloc (v, (*n + 2) * sizeof *v);
      v[(*n)++] = sp_xstrndup (p, name);
      p += len;
      if (*p)
        p++;
    }
  if (v)
    v[*n] = NULL;
  return v;
}

static void
free_lines (char **v, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free (v[i]);
  free (v);
}

/* The command names, from the binary.  */
static char **
commands (size_t *n)
{
  sp_cli_result r = sp_cli_run ("help --complete");
  assert_int_equal (r.status, 0);
  char **v = lines_of (r.out, n);
  sp_cli_free (&r);
  assert_true (*n >= 8);
  return v;
}

/* The option names ("--usage") of command CMD, from the binary.  */
static char **
options_of (const char *cmd, size_t *n)
{
  sp_cli_result r = sp_cli_run ("help --complete %s", cmd);
  assert_int_equal (r.status, 0);
  char **v = lines_of (r.out, n);
  sp_cli_free (&r);
  return v;
}

static int
has (char **v, size_t n, const char *s)
{
  for (size_t i = 0; i < n; i++)
    if (strcmp (v[i], s) == 0)
      return 1;
  return 0;
}

/* socialprofit --help lists every command; each command's --help is
   its own (usage line, options, outputs, two examples naming the
   command) and the same as socialprofit help CMD.  */
static void
help_per_command (void **state)
{
  (void) state;
  size_t n;
  char **cmds = commands (&n);
  sp_cli_result all = sp_cli_run ("--help");
  assert_int_equal (all.status, 0);
  char **texts = sp_xcalloc (n, sizeof *texts);
  for (size_t i = 0; i < n; i++)
    {
      char *entry = sp_xasprintf ("\n  %s ", cmds[i]);
      if (!strstr (all.out, entry))
        fail_msg ("socialprofit --help does not list %s", cmds[i]);
      free (entry);
      sp_cli_result r = sp_cli_run ("%s --help", cmds[i]);
      assert_int_equal (r.status, 0);
      char *usage = sp_xasprintf ("Usage: socialprofit %s ", cmds[i]);
      if (strncmp (r.out, usage, strlen (usage)) != 0)
        fail_msg ("%s --help starts: %.60s", cmds[i], r.out);
      free (usage);
      const char *ex = strstr (r.out, "\nExamples:\n");
      if (!ex || !strstr (r.out, "\nOptions:\n")
          || !strstr (r.out, "\nOutputs:\n"))
        fail_msg ("%s --help lacks a part:\n%s", cmds[i], r.out);
      char *example = sp_xasprintf ("\n  socialprofit %s", cmds[i]);
      const char *one = strstr (ex, example);
      if (!one || !strstr (one + 1, example))
        fail_msg ("%s --help has not two examples of it", cmds[i]);
      free (example);
      /* every option of the command is in its help */
      size_t n_opts;
      char **opts = options_of (cmds[i], &n_opts);
      for (size_t j = 0; j < n_opts; j++)
        {
          char *at = sp_xasprintf (strcmp (opts[j], "--help") ? "  %s"
                                                              : "-h, %s",
                                   opts[j]);
          if (!strstr (r.out, at))
            fail_msg ("%s --help does not show %s", cmds[i], opts[j]);
          free (at);
        }
      free_lines (opts, n_opts);
      sp_cli_result h = sp_cli_run ("help %s", cmds[i]);
      assert_int_equal (h.status, 0);
      assert_string_equal (h.out, r.out);
      sp_cli_free (&h);
      /* -h, and --help after other options, give the same */
      h = sp_cli_run ("%s --quiet -h", cmds[i]);
      assert_string_equal (h.out, r.out);
      sp_cli_free (&h);
      for (size_t k = 0; k < i; k++)
        if (strcmp (texts[k], r.out) == 0)
          fail_msg ("%s and %s have the same help", cmds[k], cmds[i]);
      texts[i] = r.out;
      r.out = NULL;
      sp_cli_free (&r);
    }
  for (size_t i = 0; i < n; i++)
    free (texts[i]);
  free (texts);
  sp_cli_free (&all);
  free_lines (cmds, n);
}

/* Defaults are the command's own: report bootstraps 10,000 times,
   savings not at all.  */
static void
help_shows_defaults (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("savings --help");
  const char *b = strstr (r.out, "--bootstrap B");
  assert_non_null (b);
  assert_non_null (strstr (b, "Default: 0 (no intervals)."));
  sp_cli_free (&r);
  r = sp_cli_run ("report --help");
  b = strstr (r.out, "--bootstrap B");
  assert_non_null (b);
  const char *next = strstr (b, "\n  --");
  const char *d = strstr (b, "Default: 10000.");
  assert_true (d && next && d < next);
  assert_non_null (strstr (r.out, "--out DIR"));
  sp_cli_free (&r);
}

/* Every option some command has but CMD has not is refused by CMD with
   exit 64, naming the command and the option, before anything runs.  */
static void
options_that_do_not_apply (void **state)
{
  (void) state;
  size_t n;
  char **cmds = commands (&n);
  /* every option of any command */
  char **all = NULL;
  size_t n_all = 0;
  for (size_t i = 0; i < n; i++)
    {
      size_t k;
      char **opts = options_of (cmds[i], &k);
      for (size_t j = 0; j < k; j++)
        if (!(all && has (all, n_all, opts[j])))
          {
            all = sp_xrealloc (all, (n_all + 1) * sizeof *all);
            all[n_all++] = sp_xstrdup (opts[j]);
          }
      free_lines (opts, k);
    }
  size_t refused = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (strcmp (cmds[i], "help") == 0)
        continue;
      size_t k;
      char **opts = options_of (cmds[i], &k);
      for (size_t j = 0; j < n_all; j++)
        {
          if (has (opts, k, all[j]))
            continue;
          sp_cli_result r = sp_cli_run ("%s %s=1 %s", cmds[i], all[j], EVAL);
          char *want = sp_xasprintf ("option %s does not apply to %s",
                                     all[j], cmds[i]);
          if (r.status != 64 || !strstr (r.err, want) || r.out[0])
            fail_msg ("%s %s: status %d, stderr %s", cmds[i], all[j],
                      r.status, r.err);
          free (want);
          sp_cli_free (&r);
          refused++;
        }
      free_lines (opts, k);
    }
  assert_true (refused > 20);
  /* the issue's own example */
  sp_cli_result r = sp_cli_run ("savings %s --out x", EVAL);
  assert_int_equal (r.status, 64);
  assert_non_null (strstr (r.err, "savings"));
  assert_non_null (strstr (r.err, "--out"));
  assert_false (sp_cli_exists ("x"));
  sp_cli_free (&r);
  free_lines (all, n_all);
  free_lines (cmds, n);
}

/* An unknown option names the closest known one; an unknown command the
   closest command.  */
static void
did_you_mean (void **state)
{
  (void) state;
  static const struct
  {
    const char *args, *want;
  } runs[] = {
    { "savings " EVAL " --bootsrap 10", "did you mean --bootstrap?" },
    { "savings " EVAL " --bootstrapp 10", "did you mean --bootstrap?" },
    { "value " EVAL " --instrumnet x", "did you mean --instrument?" },
    { "report " EVAL " --outt x", "did you mean --out?" },
    { "rollout --simulatoins 10 x.json", "did you mean --simulations?" },
    { "savings " EVAL " --xyzzy", "unknown option '--xyzzy'" },
    { "saving " EVAL, "did you mean savings?" },
    { "help vlaue", "did you mean value?" },
    { "savings " EVAL " --s 3", "ambiguous" },
  };
  for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
    {
      sp_cli_result r = sp_cli_run ("%s", runs[i].args);
      if (r.status != 64 || !strstr (r.err, runs[i].want) || r.out[0])
        fail_msg ("%s: status %d, stderr %s", runs[i].args, r.status, r.err);
      sp_cli_free (&r);
    }
  /* an unknown option is not "did you mean" something far from it */
  sp_cli_result r = sp_cli_run ("savings %s --xyzzy", EVAL);
  assert_null (strstr (r.err, "did you mean"));
  sp_cli_free (&r);
}

/* --usage - reads standard input: the same savings as from the file;
   a problem is placed at <stdin>:LINE:COLUMN; two inputs cannot both
   be standard input.  */
static void
usage_from_stdin (void **state)
{
  (void) state;
  sp_cli_result a = sp_cli_run ("savings --usage %s --unit-costs %s "
                                "--format json", USAGE, COSTS);
  sp_cli_result b = sp_cli_run_stdin (USAGE, "savings --usage - "
                                      "--unit-costs %s --format json",
                                      COSTS);
  assert_int_equal (a.status, 0);
  assert_int_equal (b.status, 0);
  cJSON *da = sp_cli_json (&a), *db = sp_cli_json (&b);
  char *sa = cJSON_Print (sp_doc_get (da, "savings"));
  char *sb = cJSON_Print (sp_doc_get (db, "savings"));
  assert_string_equal (sa, sb);
  assert_near (sp_cli_num (db, "savings.saving"), 1231900, 0.5);
  free (sa);
  free (sb);
  cJSON_Delete (da);
  cJSON_Delete (db);
  sp_cli_free (&a);
  sp_cli_free (&b);

  char *dir = sp_cli_tmpdir ();
  char *bad = sp_cli_write (dir, "bad.csv",
                            "participant_id,period,service,quantity\n"
                            "A,before,gp_in_hours,1\n"
                            "A,after,gp_in_hours,x\n");
  sp_cli_result r = sp_cli_run_stdin (bad, "savings --usage - "
                                      "--unit-costs %s", COSTS);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "<stdin>:3:4: error:"));
  sp_cli_free (&r);

  /* the evaluation file itself from standard input (its relative paths
     are then taken from the current folder) */
  char *eval = sp_cli_write (dir, "eval.json",
                             "{ \"usage\": \"" USAGE "\", \"unit_costs\": \""
                             COSTS "\" }");
  r = sp_cli_run_stdin (eval, "savings - --format json");
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "savings.saving"), 1231900, 0.5);
  cJSON_Delete (doc);
  sp_cli_free (&r);

  static const char *const twice[] = {
    "savings --usage - --unit-costs -",
    "profit --usage - --register - --unit-costs " COSTS,
    "savings - --usage -",
    "compare - -",
  };
  for (size_t i = 0; i < sizeof twice / sizeof *twice; i++)
    {
      r = sp_cli_run_stdin (USAGE, "%s", twice[i]);
      if (r.status != 64 || !strstr (r.err, "standard input"))
        fail_msg ("%s: status %d, stderr %s", twice[i], r.status, r.err);
      sp_cli_free (&r);
    }
  free (eval);
  free (bad);
  sp_cli_rmtree (dir);
  free (dir);
}

/* --quiet silences warnings, never errors.  */
static void
quiet (void **state)
{
  (void) state;
  /* the pilot's transactions name a participant not in the register: a
     warning */
  sp_cli_result r = sp_cli_run ("validate %s", EVAL);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.err, "warning:"));
  sp_cli_free (&r);
  r = sp_cli_run ("validate %s --quiet", EVAL);
  assert_int_equal (r.status, 0);
  assert_string_equal (r.err, "");
  assert_non_null (strstr (r.out, "All inputs are valid"));
  sp_cli_free (&r);
  r = sp_cli_run ("profit %s --quiet --format json", EVAL);
  assert_int_equal (r.status, 0);
  assert_string_equal (r.err, "");
  sp_cli_free (&r);
  r = sp_cli_run ("savings --usage /no/such.csv --unit-costs %s --quiet",
                  COSTS);
  assert_int_equal (r.status, 66);
  assert_non_null (strstr (r.err, "/no/such.csv: error:"));
  sp_cli_free (&r);
}

/* validate --format json: {valid, files_checked, diagnostics} with
   each problem's file, line, column, severity and message; --format csv
   the same as rows.  The exit status is the same as in text.  */
static void
validate_json_and_csv (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("validate %s --format json", EVAL);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  assert_true (cJSON_IsTrue (sp_doc_get (doc, "valid")));
  /* usage, unit costs, instrument, outcomes, proxies, register,
     transactions, one scenario */
  assert_near (sp_cli_num (doc, "files_checked"), 8, 0);
  const cJSON *diags = sp_doc_get (doc, "diagnostics");
  assert_int_equal (cJSON_GetArraySize (diags), 1);
  assert_string_equal (sp_doc_str (diags->child, "severity", ""),
                       "warning");
  assert_string_equal (r.err, "");
  cJSON_Delete (doc);
  sp_cli_free (&r);

  char *dir = sp_cli_tmpdir ();
  char *bad = sp_cli_write (dir, "usage.csv",
                            "participant_id,period,service,quantity\n"
                            "A,before,gp_in_hours,1\n"
                            "A,after,no_such_service,-2\n");
  r = sp_cli_run ("validate --usage '%s' --unit-costs %s --format json",
                  bad, COSTS);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.err, "");
  doc = sp_cli_json (&r);
  assert_true (cJSON_IsFalse (sp_doc_get (doc, "valid")));
  assert_near (sp_cli_num (doc, "files_checked"), 2, 0);
  diags = sp_doc_get (doc, "diagnostics");
  assert_int_equal (cJSON_GetArraySize (diags), 2);
  const cJSON *d;
  cJSON_ArrayForEach (d, diags)
  {
    assert_string_equal (sp_doc_str (d, "file", ""), bad);
    assert_near (sp_cli_num (d, "line"), 3, 0);
    double col = sp_cli_num (d, "column");
    /* column 3 the service, column 4 the quantity */
    assert_true (col == 3 || col == 4);
    assert_string_equal (sp_doc_str (d, "severity", ""), "error");
    assert_true (strlen (sp_doc_str (d, "message", "")) > 10);
  }
  cJSON_Delete (doc);
  sp_cli_free (&r);

  r = sp_cli_run ("validate --usage '%s' --unit-costs %s --format csv",
                  bad, COSTS);
  assert_int_equal (r.status, 65);
  assert_true (strncmp (r.out, "file,line,column,severity,message\r\n", 35)
               == 0);
  char *row = sp_xasprintf ("\n%s,3,3,error,", bad);
  assert_non_null (strstr (r.out, row));
  free (row);
  size_t rows = 0;
  for (const char *p = r.out; (p = strchr (p, '\n')); p++)
    rows++;
  assert_int_equal (rows, 3);
  sp_cli_free (&r);

  /* a missing evaluation file is a diagnostic too, exit 66 */
  r = sp_cli_run ("validate '%s/none.json' --format json", dir);
  assert_int_equal (r.status, 66);
  doc = sp_cli_json (&r);
  assert_true (cJSON_IsFalse (sp_doc_get (doc, "valid")));
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (doc, "diagnostics")), 1);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  free (bad);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (help_per_command),
    cmocka_unit_test (help_shows_defaults),
    cmocka_unit_test (options_that_do_not_apply),
    cmocka_unit_test (did_you_mean),
    cmocka_unit_test (usage_from_stdin),
    cmocka_unit_test (quiet),
    cmocka_unit_test (validate_json_and_csv),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

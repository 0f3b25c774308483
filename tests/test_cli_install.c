/* test_cli_install.c -- meson install into a DESTDIR, then the
   installed program from another folder: its man page renders and
   documents every command and option, its bash completion completes,
   every bundled name resolves to the installed data, and init + filled
   templates + report runs.  Also init itself: the templates, refusing
   a folder that is not empty, validate naming each empty template.

   The build folder, prefix and install folders come from meson
   (tests/meson.build sets SP_BUILD_ROOT, SP_PREFIX, SP_BINDIR,
   SP_MANDIR, SP_COMPLETIONS_DIR).  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <dirent.h>

#include "sptest.h"

#include "cli.h"
#include "doc.h"
#include "xalloc.h"

#define FIX "fixtures/calico-2019"

static char *root;      /* the DESTDIR */
static char *exe;       /* the installed binary */
static char *cwd;       /* the source tree (the tests' folder) */

static const char *
env (const char *name)
{
  const char *v = getenv (name);
  if (!v)
    fail_msg ("%s is not set (tests/meson.build sets it)", name);
  return v;
}

/* A folder of the install: PREFIX/REL, or REL when absolute, under
   the DESTDIR (owned).  */
static char *
installed (const char *rel)
{
  if (rel[0] == '/')
    return sp_xasprintf ("%s%s", root, rel);
  return sp_xasprintf ("%s%s/%s", root, env ("SP_PREFIX"), rel);
}

/* Run the script SCRIPT (formatted) with bash from the DESTDIR's
   folder, the environment without SOCIALPROFIT_DATA; returns the exit
   status and the standard output in *OUT (owned; standard error is
   appended).  */
static int
sh (char **out, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *script = sp_xvasprintf (fmt, ap);
  va_end (ap);
  char *file = sp_cli_write (root, ".script", script);
  char *log = sp_xasprintf ("%s/.out", root);
  char *full = sp_xasprintf ("cd '%s' && env -u SOCIALPROFIT_DATA bash '%s' "
                             ">'%s' 2>&1 </dev/null", root, file, log);
  int raw = system (full);
  *out = sp_cli_read (log, NULL);
  unlink (log);
  unlink (file);
  free (file);
  free (log);
  free (full);
  free (script);
  return WIFEXITED (raw) ? WEXITSTATUS (raw) : 128;
}

static int
setup (void **state)
{
  (void) state;
  cwd = getcwd (NULL, 0);
  root = sp_cli_tmpdir ();
  char *log = sp_xasprintf ("%s.log", root);
  char *cmd = sp_xasprintf ("DESTDIR='%s' meson install -C '%s' --no-rebuild "
                            "--quiet >'%s' 2>&1", root, env ("SP_BUILD_ROOT"),
                            log);
  int raw = system (cmd);
  if (!WIFEXITED (raw) || WEXITSTATUS (raw) != 0)
    {
      char *text = sp_cli_read (log, NULL);
      fail_msg ("meson install failed: %s", text);
    }
  unlink (log);
  free (log);
  free (cmd);
  char *bindir = installed (env ("SP_BINDIR"));
  exe = sp_xasprintf ("%s/socialprofit", bindir);
  free (bindir);
  assert_true (access (exe, X_OK) == 0);
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  sp_cli_rmtree (root);
  free (root);
  free (exe);
  free (cwd);
  return 0;
}

/* The names of the commands, or of COMMAND's options, from the
   installed binary, as one string of lines.  */
static char *
names (const char *command)
{
  char *out;
  assert_int_equal (sh (&out, "\"%s\" help --complete %s | cut -f1", exe,
                        command ? command : ""), 0);
  return out;
}

/* man -l renders the installed page, and it documents every command and
   every option of every command (as roff writes them, \- for -).  */
static void
man_page (void **state)
{
  (void) state;
  char *mandir = installed (env ("SP_MANDIR"));
  char *page = sp_xasprintf ("%s/man1/socialprofit.1", mandir);
  free (mandir);
  assert_true (sp_cli_exists (page));
  char *out;
  int rc = sh (&out, "MANWIDTH=80 man -l \"%s\" | col -b", page);
  assert_int_equal (rc, 0);
  assert_non_null (strstr (out, "SOCIALPROFIT(1)"));
  static const char *const parts[] = { "NAME", "SYNOPSIS", "COMMANDS",
                                       "OPTIONS", "INPUT FILES",
                                       "EXIT STATUS", "ENVIRONMENT",
                                       "SOURCE_DATE_EPOCH",
                                       "SOCIALPROFIT_DATA" };
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (!strstr (out, parts[i]))
      fail_msg ("the man page lacks %s", parts[i]);
  char *cmds = names (NULL);
  for (char *c = strtok (cmds, "\n"); c; c = strtok (NULL, "\n"))
    {
      char *entry = sp_xasprintf ("\n       %s ", c);
      if (!strstr (out, entry))
        fail_msg ("the man page has no entry for the command %s", c);
      free (entry);
    }
  free (cmds);
  cmds = names (NULL);
  char *save = NULL;
  for (char *c = strtok_r (cmds, "\n", &save); c;
       c = strtok_r (NULL, "\n", &save))
    {
      char *opts = names (c);
      for (char *o = strtok (opts, "\n"); o; o = strtok (NULL, "\n"))
        if (!strstr (out, o))
          fail_msg ("the man page does not document %s (of %s)", o, c);
      free (opts);
    }
  free (cmds);
  free (out);
  free (page);
}

/* The installed completion completes commands, options and bundled
   names.  */
static void
completion (void **state)
{
  (void) state;
  char *dir = installed (env ("SP_COMPLETIONS_DIR"));
  char *file = sp_xasprintf ("%s/socialprofit", dir);
  free (dir);
  assert_true (sp_cli_exists (file));
  static const struct
  {
    const char *words;
    int cword;
    const char *want;
  } cases[] = {
    { "X sav", 1, "savings\n" },
    { "X savings --unit", 2, "--unit-costs\n" },
    { "X savings --unit-costs east", 3, "east-lancs-2018\n" },
    { "X value --instrument sw", 3, "swemwbs\n" },
    { "X savings --format cs", 3, "csv\n" },
    { "X rollout east-lancs-1", 2, "east-lancs-1300\n" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    {
      char *out;
      int rc = sh (&out, ". \"%s\"\nCOMP_WORDS=(\"%s\" %s)\n"
                   "COMP_CWORD=%d\n_socialprofit\n"
                   "printf '%%s\\n' \"${COMPREPLY[@]}\"\n",
                   file, exe, cases[i].words + 2, cases[i].cword);
      assert_int_equal (rc, 0);
      if (strcmp (out, cases[i].want) != 0)
        fail_msg ("completing '%s' gave '%s', not '%s'", cases[i].words, out,
                  cases[i].want);
      free (out);
    }
  free (file);
}

/* Every data file of the source tree is installed, and the installed
   program, run from another folder, finds each by its name there.  */
static void
bundled_names (void **state)
{
  (void) state;
  static const struct
  {
    const char *kind, *source, *ext;
  } kinds[] = {
    { "unit-costs", "proxies/unit-costs", ".csv" },
    { "instruments", "proxies/instruments", ".csv" },
    { "values", "proxies/values", ".csv" },
    { "indices", "proxies/indices", ".csv" },
    { "scenarios", "fixtures/scenarios", ".json" },
  };
  size_t found = 0;
  for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
    {
      char *list;
      assert_int_equal (sh (&list, "\"%s\" help --bundled %s", exe,
                            kinds[k].kind), 0);
      char *src = sp_xasprintf ("%s/%s", cwd, kinds[k].source);
      DIR *dp = opendir (src);
      struct dirent *e;
      while (dp && (e = readdir (dp)))
        {
          size_t n = strlen (e->d_name), x = strlen (kinds[k].ext);
          if (n <= x || strcmp (e->d_name + n - x, kinds[k].ext) != 0)
            continue;
          char *want = sp_xasprintf ("%.*s\t%s", (int) (n - x), e->d_name,
                                     root);
          if (!strstr (list, want))
            fail_msg ("%s %s is not installed under the DESTDIR: %s",
                      kinds[k].kind, e->d_name, list);
          free (want);
          found++;
        }
      if (dp)
        closedir (dp);
      free (src);
      free (list);
    }
  assert_true (found >= 8);

  /* each kind through a real run */
  char *out;
  assert_int_equal (sh (&out, "\"%s\" savings --usage \"%s/" FIX "/usage.csv\" "
                        "--unit-costs east-lancs-2018 --format json", exe,
                        cwd), 0);
  cJSON *doc = cJSON_Parse (out);
  assert_non_null (doc);
  assert_near (sp_cli_num (doc, "savings.saving"), 1231900, 0.5);
  cJSON_Delete (doc);
  free (out);
  assert_int_equal (sh (&out, "\"%s\" value --outcomes \"%s/" FIX "/poet.csv\" "
                        "--instrument poet --proxies calico-2019-gve --format "
                        "json", exe, cwd), 0);
  doc = cJSON_Parse (out);
  assert_non_null (doc);
  assert_true (sp_cli_num (doc, "social_value.total") > 0);
  cJSON_Delete (doc);
  free (out);
  assert_int_equal (sh (&out, "\"%s\" rollout east-lancs-890 --simulations "
                        "100 --format json", exe), 0);
  doc = cJSON_Parse (out);
  assert_non_null (doc);
  assert_near (sp_cli_num (doc, "rollout.target_phbs"), 890, 0);
  cJSON_Delete (doc);
  free (out);
  /* an unknown name lists the bundled ones, exit 66 */
  assert_int_equal (sh (&out, "\"%s\" value --outcomes x.csv --instrument "
                        "poett", exe), 66);
  assert_non_null (strstr (out, "outcomes-star, poet, swemwbs"));
  free (out);
}

/* init, the templates filled with the pilot's data, report.  */
static void
init_fill_report (void **state)
{
  (void) state;
  char *out;
  assert_int_equal (sh (&out, "\"%s\" init ev", exe), 0);
  free (out);
  assert_int_equal (sh (&out, "\"%s\" validate ev/evaluation.json", exe), 65);
  free (out);
  static const char *const copies[][2] = {
    { "usage.csv", "usage.csv" }, { "poet.csv", "outcomes.csv" },
    { "register.csv", "register.csv" },
    { "transactions.csv", "transactions.csv" },
  };
  for (size_t i = 0; i < 4; i++)
    {
      assert_int_equal (sh (&out, "cp \"%s/" FIX "/%s\" ev/%s", cwd,
                            copies[i][0], copies[i][1]), 0);
      free (out);
    }
  assert_int_equal (sh (&out, "\"%s\" report ev/evaluation.json --out "
                        "ev/report --bootstrap 200 --simulations 200 --quiet",
                        exe), 0);
  free (out);
  char *results = sp_xasprintf ("%s/ev/report/results.json", root);
  char *text = sp_cli_read (results, NULL);
  cJSON *doc = cJSON_Parse (text);
  assert_non_null (doc);
  assert_near (sp_cli_num (doc, "savings.saving"), 1231900, 0.5);
  assert_non_null (sp_doc_get (doc, "social_profit"));
  assert_non_null (sp_doc_get (doc, "rollout"));
  cJSON_Delete (doc);
  free (text);
  free (results);
}

/* init from the build folder: the files, their headers, the refusal of
   a folder with anything in it, and validate naming each empty
   template at its line 2 -- and nothing else.  */
static void
init_templates (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *ev = sp_xasprintf ("%s/new", dir);
  sp_cli_result r = sp_cli_run ("init '%s'", ev);
  assert_int_equal (r.status, 0);
  assert_int_equal (sp_cli_entries (ev), 7);
  sp_cli_free (&r);
  static const struct
  {
    const char *file, *header;
  } t[] = {
    { "usage.csv", "participant_id,period,service,quantity,months,source\n" },
    { "outcomes.csv", "participant_id,wave,domain,score,date\n" },
    { "register.csv", "participant_id,status,segment,budget_annual,"
                      "integrated,pas,referral_date,approved_date\n" },
    { "transactions.csv", "date,participant_id,supplier,category,amount,"
                          "supplier_local\n" },
  };
  r = sp_cli_run ("validate '%s/evaluation.json' --format json", ev);
  assert_int_equal (r.status, 65);
  cJSON *doc = sp_cli_json (&r);
  const cJSON *diags = sp_doc_get (doc, "diagnostics");
  assert_int_equal (cJSON_GetArraySize (diags), 4);
  for (size_t i = 0; i < 4; i++)
    {
      char *path = sp_xasprintf ("%s/%s", ev, t[i].file);
      char *text = sp_cli_read (path, NULL);
      assert_string_equal (text, t[i].header);
      const cJSON *d = cJSON_GetArrayItem (diags, (int) i);
      assert_string_equal (sp_doc_str (d, "file", ""), path);
      assert_near (sp_cli_num (d, "line"), 2, 0);
      assert_string_equal (sp_doc_str (d, "severity", ""), "error");
      free (text);
      free (path);
    }
  cJSON_Delete (doc);
  sp_cli_free (&r);
  /* not empty: refused, nothing changed */
  r = sp_cli_run ("init '%s'", ev);
  assert_int_equal (r.status, 73);
  assert_non_null (strstr (r.err, "not empty"));
  assert_int_equal (sp_cli_entries (ev), 7);
  sp_cli_free (&r);
  /* an empty folder is used */
  char *empty = sp_xasprintf ("%s/empty", dir);
  assert_int_equal (mkdir (empty, 0700), 0);
  r = sp_cli_run ("init '%s' --quiet", empty);
  assert_int_equal (r.status, 0);
  assert_string_equal (r.out, "");
  assert_int_equal (sp_cli_entries (empty), 7);
  sp_cli_free (&r);
  r = sp_cli_run ("init");
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
  free (empty);
  free (ev);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (init_templates),
    cmocka_unit_test (man_page),
    cmocka_unit_test (completion),
    cmocka_unit_test (bundled_names),
    cmocka_unit_test (init_fill_report),
  };
  return cmocka_run_group_tests (tests, setup, teardown);
}

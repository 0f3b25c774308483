/* test_cli_robust.c -- bad input never crashes and never leaves a partial
   result

   Every input type (usage, unit costs, outcome scores, instrument, value
   proxies, register, transactions, the evaluation file and a rollout
   scenario) is damaged in a fixed, seeded way (tests/mutate.h: truncated,
   bytes flipped, lines deleted or duplicated, fields swapped, stray
   quotes, commas, CRs and NULs, 100 kB fields, 1e308, 1e309, -0, 0x10,
   nan, inf, empty, header only, two BOMs, UTF-16, no final newline) and
   every subcommand that reads it is run on the result.  Each run must:

     - end by exit, not by a signal, a sanitizer report or the watchdog;
     - exit 0, 64, 65 or 66;
     - print nothing on stdout unless it exits 0;
     - when it exits 65, give every "error:" line as FILE:LINE:COLUMN:
       error: (issue 13; it was FILE:LINE[:COL]: or FILE:), and give at
       least one;
     - when validate finds nothing wrong, no other command refuses the
       data (65 or 66);
     - when it exits 0 with --format json, print JSON whose every token
       is a string, a finite number, true, false or null (no nan/inf);
       the text and CSV renderings then also exit 0 and, unless the
       damaged file itself says nan or inf, print no nan or inf.

   Every 8th mutation also runs socialprofit report --out DIR: a failed
   report leaves no DIR (or an earlier DIR untouched) and no temporary
   folder beside it; a report that succeeds replaces DIR whole.

   Each number of each input is also replaced in turn by 1e308, -1e308,
   1e300, DBL_MAX, 1e-300, 4.9e-324 and -0: a value accepted must not
   overflow into a null figure where the pristine document has a number.

   Input paths that are missing, directories, under a file or unreadable
   must exit 66; /dev/null is an empty file (65) and /dev/zero a file of
   NUL bytes (65, at its first byte: there is no size limit any more).

   The number of mutations per input is 40; SP_ROBUST_N raises it for a
   longer local hunt.  A failing case is copied to $TMPDIR (named in the
   failure message) so it can be rerun by hand.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <dirent.h>
#include <regex.h>

#include <cjson/cJSON.h>

#include "cli.h"
#include "diag.h"
#include "format.h"
#include "mutate.h"
#include "xalloc.h"

/* A run still going after this long is reported as a hang.  Only a hang
   detector: normal runs take milliseconds, even under sanitizers.  */
#define WATCHDOG_SECONDS 300

#define DEFAULT_MUTATIONS 40

/* The evaluation file of the workspace: the calico-2019 evaluation with
   every input a copy in the same folder.  */
static const char evaluation_text[] =
  "{\n"
  "  \"programme\": \"Robustness\",\n"
  "  \"area\": \"Test\",\n"
  "  \"reporting_period\": \"2018\",\n"
  "  \"usage\": \"usage.csv\",\n"
  "  \"unit_costs\": \"costs.csv\",\n"
  "  \"before\": \"before\",\n"
  "  \"after\": \"after\",\n"
  "  \"scale_to\": 48,\n"
  "  \"outcomes\": \"poet.csv\",\n"
  "  \"instrument\": \"instrument.csv\",\n"
  "  \"proxies\": \"proxies.csv\",\n"
  "  \"method\": \"relative\",\n"
  "  \"discount_rate\": 0.035,\n"
  "  \"register\": \"register.csv\",\n"
  "  \"transactions\": \"transactions.csv\",\n"
  "  \"local_respend\": 0.4,\n"
  "  \"investment\": { \"advocacy_cost\": 1295, \"review_cost\": 195,\n"
  "                  \"vat_rate\": 0.2, \"marketplace_fee\": 0.05,\n"
  "                  \"reviews_per_year\": 1 },\n"
  "  \"scenarios\": [ \"scenario.json\" ]\n"
  "}\n";

/* A subcommand run on a workspace: ARGS are the words after the
   program, with "@" standing for the workspace folder's prefix.  */
typedef struct
{
  const char *args[10];
  int json;             /* takes --format */
  int report;           /* writes the folder @out */
} command;

#define SAVINGS { { "savings", "@evaluation.json" }, 1, 0 }
#define VALUE { { "value", "@evaluation.json" }, 1, 0 }
#define PROFIT { { "profit", "@evaluation.json" }, 1, 0 }
#define VALIDATE { { "validate", "@evaluation.json" }, 0, 0 }
#define ROLLOUT                                                             \
  { { "rollout", "@scenario.json", "--simulations", "300" }, 1, 0 }
#define ROLLOUT_EVAL                                                        \
  { { "rollout", "@scenario.json", "--evaluation", "@evaluation.json",      \
      "--simulations", "300" }, 1, 0 }
#define COMPARE                                                             \
  { { "compare", "@scenario.json", "@other.json", "--simulations", "300" }, \
    1, 0 }
/* The report is slow (charts, PDF): it runs on every REPORT_EVERYth
   mutation only, with a small bootstrap.  */
#define REPORT                                                              \
  { { "report", "@evaluation.json", "--out", "@out", "--bootstrap", "200",  \
      "--simulations", "300" }, 0, 1 }
#define REPORT_EVERY 8

/* One input type: its name in the workspace, the fixture it starts
   from, the commands that read it and the flag that names it.  */
typedef struct
{
  const char *file;
  const char *fixture;    /* NULL: the evaluation text above */
  command commands[5];
  size_t n_commands;
  const char *flag;       /* e.g. "--usage"; NULL when positional */
} input_kind;

static const input_kind inputs[] = {
  { "usage.csv", "fixtures/calico-2019/usage.csv",
    { SAVINGS, PROFIT, VALIDATE, REPORT }, 4, "--usage" },
  { "costs.csv", "proxies/unit-costs/east-lancs-2018.csv",
    { SAVINGS, PROFIT, VALIDATE, REPORT }, 4, "--unit-costs" },
  { "poet.csv", "fixtures/calico-2019/poet.csv",
    { VALUE, PROFIT, VALIDATE, REPORT }, 4, "--outcomes" },
  { "instrument.csv", "proxies/instruments/poet.csv",
    { VALUE, PROFIT, VALIDATE, REPORT }, 4, "--instrument" },
  { "proxies.csv", "proxies/values/calico-2019-gve.csv",
    { VALUE, PROFIT, VALIDATE, REPORT }, 4, "--proxies" },
  { "register.csv", "fixtures/calico-2019/register.csv",
    { PROFIT, VALIDATE, ROLLOUT_EVAL, REPORT }, 4, "--register" },
  { "transactions.csv", "fixtures/calico-2019/transactions.csv",
    { PROFIT, VALIDATE, REPORT }, 3, "--transactions" },
  { "evaluation.json", NULL,
    { SAVINGS, VALUE, PROFIT, VALIDATE, REPORT }, 5, NULL },
  { "scenario.json", "fixtures/scenarios/east-lancs-890.json",
    { ROLLOUT, COMPARE, ROLLOUT_EVAL, VALIDATE, REPORT }, 5, NULL },
};

#define N_INPUTS (sizeof inputs / sizeof inputs[0])

/* The workspace: a folder holding a copy of every input.  */
typedef struct
{
  char *dir;
  char *original[N_INPUTS];   /* bytes of each pristine input */
  size_t original_len[N_INPUTS];
  size_t failures;            /* checks failed so far */
} workspace;

static char *
ws_path (const workspace *w, const char *name)
{
  return sp_xasprintf ("%s/%s", w->dir, name);
}

static void
ws_open (workspace *w)
{
  memset (w, 0, sizeof *w);
  w->dir = sp_cli_tmpdir ();
  for (size_t i = 0; i < N_INPUTS; i++)
    {
      if (inputs[i].fixture)
        w->original[i] = sp_cli_read (inputs[i].fixture,
                                      &w->original_len[i]);
      else
        {
          w->original[i] = sp_xstrdup (evaluation_text);
          w->original_len[i] = strlen (evaluation_text);
        }
      char *p = ws_path (w, inputs[i].file);
      sp_mut_write (p, w->original[i], w->original_len[i]);
      free (p);
    }
  size_t len;
  char *other = sp_cli_read ("fixtures/scenarios/east-lancs-450.json", &len);
  char *p = ws_path (w, "other.json");
  sp_mut_write (p, other, len);
  free (p);
  free (other);
}

static void
ws_restore (workspace *w, size_t i)
{
  char *p = ws_path (w, inputs[i].file);
  struct stat st;
  if (lstat (p, &st) == 0 && S_ISDIR (st.st_mode))
    rmdir (p);
  else
    {
      chmod (p, 0644);
      unlink (p);
    }
  sp_mut_write (p, w->original[i], w->original_len[i]);
  free (p);
}

static void
ws_close (workspace *w)
{
  if (w->failures == 0)
    sp_cli_rmtree (w->dir);
  else
    print_message ("workspace kept for inspection: %s\n", w->dir);
  for (size_t i = 0; i < N_INPUTS; i++)
    free (w->original[i]);
  free (w->dir);
}

/* Close W, then fail the test when any of its checks failed: "N WHAT
   check(s) failed [for FILE] (see above)".  WHAT is empty or ends in a
   space; FILE may be NULL.  */
static void
ws_finish (workspace *w, const char *what, const char *file)
{
  size_t failures = w->failures;
  ws_close (w);
  if (failures)
    fail_msg ("%zu %scheck%s failed%s%s (see above)", failures, what,
              failures == 1 ? "" : "s", file ? " for " : "", file ? file : "");
}

/* ---- checks ---------------------------------------------------------- */

/* Nonzero when every "error:" line of ERR is FILE:LINE:COLUMN: error:
   (issue 13: every exit-65 message has a full position; FILE:LINE: and
   FILE: were accepted before); *N_ERRORS gets how many there were.  */
static int
error_lines_ok (const char *err, size_t *n_errors, const char **bad_line)
{
  static int compiled = 0;
  static regex_t re;
  if (!compiled)
    {
      int rc = regcomp (&re,
                        "^[^:]+:[0-9]+:[0-9]+: error: ",
                        REG_EXTENDED | REG_NOSUB);
      assert_int_equal (rc, 0);
      compiled = 1;
    }
  *n_errors = 0;
  const char *s = err;
  int ok = 1;
  while (*s)
    {
      const char *nl = strchr (s, '\n');
      size_t n = nl ? (size_t) (nl - s) : strlen (s);
      char *line = sp_xstrndup (s, n);
      if (strstr (line, "error:"))
        {
          ++*n_errors;
          if (regexec (&re, line, 0, NULL, 0) != 0 && ok)
            {
              ok = 0;
              *bad_line = s;
            }
        }
      free (line);
      s += n + (nl != NULL);
    }
  return ok;
}

/* Nonzero when TEXT holds the word nan or inf (any case, a leading '-'
   allowed): letters must not touch it on either side.  */
static int
says_nan_or_inf (const char *text, size_t len)
{
  static const char *const words[] = { "nan", "inf" };
  for (size_t i = 0; i + 3 <= len; i++)
    for (size_t w = 0; w < 2; w++)
      if (strncasecmp (text + i, words[w], 3) == 0)
        {
          int before = i > 0 && ((text[i - 1] | 0x20) >= 'a'
                                 && (text[i - 1] | 0x20) <= 'z');
          char a = i + 3 < len ? text[i + 3] : ' ';
          int after = (a | 0x20) >= 'a' && (a | 0x20) <= 'z';
          /* "Infinity" is inf too */
          if (!before && (!after || strncasecmp (text + i, "infinity", 8)
                                    == 0))
            return 1;
        }
  return 0;
}

/* Nonzero when every bare word in JSON text (outside strings) is true,
   false or null: cJSON would print NaN as null, but a hand-written
   renderer might not.  */
static int
json_words_ok (const char *s)
{
  int in_string = 0;
  for (const char *p = s; *p; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1])
            p++;
          else if (*p == '"')
            in_string = 0;
          continue;
        }
      if (*p == '"')
        in_string = 1;
      else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'
               && !(p > s && (p[-1] == 'e' || p[-1] == 'E'
                              || (p[-1] >= '0' && p[-1] <= '9'))))
        {
          size_t n = 0;
          while ((p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z')
            n++;
          if (!((n == 4 && strncmp (p, "true", 4) == 0)
                || (n == 5 && strncmp (p, "false", 5) == 0)
                || (n == 4 && strncmp (p, "null", 4) == 0)))
            return 0;
          p += n - 1;
        }
    }
  return 1;
}

/* Save the damaged input for a rerun by hand; returns the path.  */
static char *
keep_case (const workspace *w, size_t input, size_t k)
{
  const char *tmp = getenv ("TMPDIR");
  char *src = ws_path (w, inputs[input].file);
  char *dst = sp_xasprintf ("%s/sp-robust-%s-%zu", tmp ? tmp : "/tmp",
                            inputs[input].file, k);
  struct stat st;
  if (stat (src, &st) == 0 && S_ISREG (st.st_mode))
    {
      size_t len;
      char *data = sp_cli_read (src, &len);
      sp_mut_write (dst, data, len);
      free (data);
    }
  free (src);
  return dst;
}

/* Report one failed check (the test fails at the end of the input).  */
static void
problem (workspace *w, size_t input, size_t k, const char *note,
         const char *cmdline, const sp_mut_result *r, const char *what)
{
  char *kept = keep_case (w, input, k);
  print_error ("ROBUSTNESS: %s\n  input %s, mutation %zu (%s), kept as %s\n"
               "  run: %s\n  status %d%s\n  stdout: %.300s\n"
               "  stderr: %.1500s\n",
               what, inputs[input].file, k, note, kept, cmdline, r->status,
               r->hung ? " (hung)" : r->signaled ? " (signal)" : "", r->out,
               r->err);
  free (kept);
  w->failures++;
}

/* Run COMMAND on the workspace in FORMAT (NULL: no --format) with
   EXTRA arguments appended; returns the result and the command line.  */
static sp_mut_result
run (const workspace *w, const command *c, const char *format,
     const char *const *extra, char **cmdline)
{
  const char *exe = getenv ("SOCIALPROFIT");
  assert_non_null (exe);
  char *argv[24];
  size_t n = 0;
  argv[n++] = sp_xstrdup (exe);
  for (size_t i = 0; i < 10 && c->args[i]; i++)
    argv[n++] = c->args[i][0] == '@'
                ? sp_xasprintf ("%s/%s", w->dir, c->args[i] + 1)
                : sp_xstrdup (c->args[i]);
  if (format)
    {
      argv[n++] = sp_xstrdup ("--format");
      argv[n++] = sp_xstrdup (format);
    }
  for (size_t i = 0; extra && extra[i]; i++)
    argv[n++] = sp_xstrdup (extra[i]);
  argv[n] = NULL;
  sp_mut_result r = sp_mut_exec (argv, WATCHDOG_SECONDS);
  char *line = sp_xstrdup ("socialprofit");
  for (size_t i = 1; i < n; i++)
    {
      char *next = sp_xasprintf ("%s '%s'", line, argv[i]);
      free (line);
      line = next;
    }
  *cmdline = line;
  for (size_t i = 0; i < n; i++)
    free (argv[i]);
  return r;
}

/* The checks every run must pass.  Returns nonzero when R passed.  */
static int
check_run (workspace *w, size_t input, size_t k, const char *note,
           const char *cmdline, const sp_mut_result *r, const char *format)
{
  size_t fails = w->failures;
  if (r->hung)
    problem (w, input, k, note, cmdline, r, "hung (killed by the watchdog)");
  else if (r->signaled)
    problem (w, input, k, note, cmdline, r, "died of a signal");
  else if (strstr (r->err, "Sanitizer") || strstr (r->err, "runtime error:"))
    problem (w, input, k, note, cmdline, r, "sanitizer report");
  else if (r->status != 0 && r->status != 64 && r->status != 65
           && r->status != 66)
    problem (w, input, k, note, cmdline, r,
             "exit status not 0, 64, 65 or 66");
  if (w->failures != fails)
    return 0;
  if (r->status != 0 && r->out_len != 0)
    problem (w, input, k, note, cmdline, r, "failed run wrote on stdout");
  if (r->status != 0 && r->err_len == 0)
    problem (w, input, k, note, cmdline, r, "failed run said nothing");
  if (r->status == 65)
    {
      size_t n_errors;
      const char *bad = NULL;
      if (!error_lines_ok (r->err, &n_errors, &bad))
        {
          char *what = sp_xasprintf ("malformed error line: %.200s", bad);
          problem (w, input, k, note, cmdline, r, what);
          free (what);
        }
      else if (n_errors == 0)
        problem (w, input, k, note, cmdline, r,
                 "exit 65 without an error: line");
    }
  if (r->status == 0 && format && strcmp (format, "json") == 0)
    {
      cJSON *doc = cJSON_Parse (r->out);
      if (!doc)
        problem (w, input, k, note, cmdline, r, "stdout is not JSON");
      else if (!json_words_ok (r->out))
        problem (w, input, k, note, cmdline, r,
                 "JSON holds a bare word other than true/false/null");
      cJSON_Delete (doc);
    }
  if (r->status == 0 && r->out_len == 0)
    problem (w, input, k, note, cmdline, r, "exit 0 with empty stdout");
  return w->failures == fails;
}

/* Nonzero when NAME is one of the workspace's own files.  */
static int
ws_own (const char *name)
{
  if (strcmp (name, "other.json") == 0)
    return 1;
  for (size_t i = 0; i < N_INPUTS; i++)
    if (strcmp (name, inputs[i].file) == 0)
      return 1;
  return 0;
}

#define MARKER "an earlier report"

/* The results.json of the earlier report: enough to be socialprofit's
   (issue 13: a folder that is not a previous report is kept, exit 73,
   unless --force).  */
#define EARLIER "{ \"tool\": { \"name\": \"socialprofit\" } }\n"

/* Before a report run: when EXISTING, an earlier report folder @out
   holding marker.txt and its results.json, which a failed run must
   leave untouched.  */
static void
report_before (const workspace *w, int existing)
{
  if (!existing)
    return;
  char *out = ws_path (w, "out");
  char *marker = ws_path (w, "out/marker.txt");
  char *json = ws_path (w, "out/results.json");
  assert_int_equal (mkdir (out, 0755), 0);
  sp_mut_write (marker, MARKER, strlen (MARKER));
  sp_mut_write (json, EARLIER, strlen (EARLIER));
  free (json);
  free (marker);
  free (out);
}

/* After a report run R: a failed run leaves no @out (or the earlier one
   untouched: its two files) and no temporary folder beside it; a run that succeeds
   leaves @out with results.json and statement.pdf, the earlier content
   replaced, and nothing else.  Removes @out.  */
static void
report_after (workspace *w, size_t input, size_t k, const char *note,
              const char *cmdline, const sp_mut_result *r, int existing)
{
  char *out = ws_path (w, "out");
  char *marker = ws_path (w, "out/marker.txt");
  char *json = ws_path (w, "out/results.json");
  char *pdf = ws_path (w, "out/statement.pdf");
  struct stat st;
  int have_out = stat (out, &st) == 0;
  int have_marker = stat (marker, &st) == 0;
  if (r->status != 0 && !existing && have_out)
    problem (w, input, k, note, cmdline, r, "failed report left --out");
  if (r->status != 0 && existing && !have_marker)
    problem (w, input, k, note, cmdline, r,
             "failed report changed the earlier --out folder");
  if (r->status != 0 && existing && have_marker)
    {
      size_t len;
      char *text = sp_cli_read (marker, &len);
      DIR *dir = opendir (out);
      size_t n = 0;
      for (struct dirent *e; dir && (e = readdir (dir));)
        n += e->d_name[0] != '.';
      if (dir)
        closedir (dir);
      if (n != 2 || len != strlen (MARKER) || memcmp (text, MARKER, len))
        problem (w, input, k, note, cmdline, r,
                 "failed report changed the earlier --out folder");
      free (text);
    }
  if (r->status == 0 && (have_marker || stat (json, &st) != 0
                         || stat (pdf, &st) != 0))
    problem (w, input, k, note, cmdline, r,
             "report succeeded but --out lacks results.json or "
             "statement.pdf, or still holds the earlier content");
  DIR *dir = opendir (w->dir);
  assert_non_null (dir);
  for (struct dirent *e; (e = readdir (dir));)
    if (strcmp (e->d_name, ".") && strcmp (e->d_name, "..")
        && strcmp (e->d_name, "out") && !ws_own (e->d_name))
      {
        char *what = sp_xasprintf ("report left '%s' beside --out",
                                   e->d_name);
        problem (w, input, k, note, cmdline, r, what);
        free (what);
      }
  closedir (dir);
  sp_cli_rmtree (out);
  free (out);
  free (marker);
  free (json);
  free (pdf);
}

/* Run every command of INPUT on the workspace as it now is.
   INPUT_SAYS_NAN: the damaged file mentions nan or inf itself, so its
   text may echo the word.  */
static void
run_commands (workspace *w, size_t input, size_t k, const char *note,
              int input_says_nan)
{
  const input_kind *in = &inputs[input];
  int validate_status = -1;      /* socialprofit validate's, when run */
  sp_mut_result refused;         /* the first other run refusing the data */
  char *refused_line = NULL;
  memset (&refused, 0, sizeof refused);
  for (size_t c = 0; c < in->n_commands; c++)
    {
      const command *cmd = &in->commands[c];
      if (cmd->report && k % REPORT_EVERY != 0)
        continue;
      int existing = (k / REPORT_EVERY) % 2 == 1;
      if (cmd->report)
        report_before (w, existing);
      char *line;
      sp_mut_result r = run (w, cmd, cmd->json ? "json" : NULL, NULL, &line);
      int ok = check_run (w, input, k, note, line, &r,
                          cmd->json ? "json" : NULL);
      if (cmd->report)
        report_after (w, input, k, note, line, &r, existing);
      int status = r.status;
      if (strcmp (cmd->args[0], "validate") == 0)
        validate_status = status;
      else if ((status == 65 || status == 66) && !refused_line)
        {
          refused = r;
          refused_line = line;
          continue;
        }
      sp_mut_result_free (&r);
      free (line);
      if (!ok || status != 0 || !cmd->json)
        continue;
      /* The same run rendered as text and CSV.  */
      static const char *const formats[] = { "text", "csv" };
      for (size_t f = 0; f < 2; f++)
        {
          r = run (w, cmd, formats[f], NULL, &line);
          if (check_run (w, input, k, note, line, &r, formats[f]))
            {
              if (r.status != 0)
                problem (w, input, k, note, line, &r,
                         "--format json exited 0 but this format did not");
              else if (!input_says_nan && says_nan_or_inf (r.out, r.out_len))
                problem (w, input, k, note, line, &r,
                         "output says nan or inf");
            }
          sp_mut_result_free (&r);
          free (line);
        }
    }
  /* validate checks every input: when it finds nothing wrong, no other
     command may refuse the same data */
  if (validate_status == 0 && refused_line)
    problem (w, input, k, note, refused_line, &refused,
             "validate said every input is valid, but this run refused "
             "the data");
  if (refused_line)
    sp_mut_result_free (&refused);
  free (refused_line);
}

static size_t
mutations (void)
{
  const char *s = getenv ("SP_ROBUST_N");
  long n = s ? strtol (s, NULL, 10) : 0;
  return n > 0 ? (size_t) n : DEFAULT_MUTATIONS;
}

/* Damage input I in N ways and run its commands on each.  */
static void
mutate_input (size_t i)
{
  workspace w;
  ws_open (&w);
  size_t n = mutations ();
  char *path = ws_path (&w, inputs[i].file);
  for (size_t k = 0; k < n; k++)
    {
      sp_mut_rng rng;
      sp_mut_seed (&rng, 0x5EEDF00DULL + 7919 * (uint64_t) i
                           + 104729 * (uint64_t) k);
      /* every kind twice first, then kinds at random */
      sp_mut_kind kind = k < 2 * SP_MUT_N ? (sp_mut_kind) (k % SP_MUT_N)
                         : (sp_mut_kind) sp_mut_below (&rng, SP_MUT_N);
      char note[160];
      size_t len;
      char *data = sp_mut_apply (kind, w.original[i], w.original_len[i],
                                 &rng, &len, note, sizeof note);
      sp_mut_write (path, data, len);
      run_commands (&w, i, k, note, says_nan_or_inf (data, len));
      free (data);
    }
  ws_restore (&w, i);
  free (path);
  ws_finish (&w, "robustness ", inputs[i].file);
}

static void robust_usage (void **s) { (void) s; mutate_input (0); }
static void robust_costs (void **s) { (void) s; mutate_input (1); }
static void robust_outcomes (void **s) { (void) s; mutate_input (2); }
static void robust_instrument (void **s) { (void) s; mutate_input (3); }
static void robust_proxies (void **s) { (void) s; mutate_input (4); }
static void robust_register (void **s) { (void) s; mutate_input (5); }
static void robust_transactions (void **s) { (void) s; mutate_input (6); }
static void robust_evaluation (void **s) { (void) s; mutate_input (7); }
static void robust_scenario (void **s) { (void) s; mutate_input (8); }

/* ---- extreme numbers ------------------------------------------------- */

/* Finite values at the edge of double: each number of an input in turn
   is replaced by one.  A reader may reject it (65) or accept it, but an
   accepted value must not overflow into a figure that is null in the
   document where the pristine run has a number (cJSON prints NaN and
   infinities as null).  Zero may legitimately make a ratio undefined,
   so for -0 only the general checks apply; a tiny rate in a scenario
   may legitimately mean "never" (a null payback year), so tiny values
   are held to the null check in CSV inputs only.  */
enum { NULLS_NEVER, NULLS_CSV, NULLS_ALWAYS };
static const struct
{
  const char *text;
  int nulls;
} extremes[] = {
  { "1e308", NULLS_ALWAYS }, { "-1e308", NULLS_ALWAYS },
  { "1e300", NULLS_ALWAYS }, { "1.7976931348623157e308", NULLS_ALWAYS },
  { "1e-300", NULLS_CSV }, { "4.9e-324", NULLS_CSV }, { "-0", NULLS_NEVER },
};

typedef struct
{
  size_t b, e;
} span;

static int
is_number (const char *s, size_t n)
{
  if (n == 0 || n > 60)
    return 0;
  char tmp[64];
  memcpy (tmp, s, n);
  tmp[n] = '\0';
  char *end;
  strtod (tmp, &end);
  return end != tmp && *end == '\0' && strchr ("0123456789-.", tmp[0]);
}

/* The numeric cells of the first data row and of a middle row of CSV
   TEXT (quote-aware), or every number token of JSON TEXT.  Stores up to
   MAX spans in OUT and returns how many.  */
static size_t
numeric_spans (const char *text, size_t len, int json, span *out,
               size_t max)
{
  size_t n = 0;
  if (json)
    {
      int in_string = 0;
      for (size_t i = 0; i < len && n < max; i++)
        {
          char c = text[i];
          if (in_string)
            {
              if (c == '\\')
                i++;
              else if (c == '"')
                in_string = 0;
              continue;
            }
          if (c == '"')
            in_string = 1;
          else if (c == '-' || (c >= '0' && c <= '9'))
            {
              size_t j = i;
              while (j < len && strchr ("0123456789eE+-.", text[j]))
                j++;
              out[n].b = i;
              out[n++].e = j;
              i = j - 1;
            }
        }
      return n;
    }
  size_t lines = 0;
  for (size_t i = 0; i < len; i++)
    lines += text[i] == '\n';
  size_t want[2] = { 1, lines / 2 > 1 ? lines / 2 : 1 };
  size_t line = 0, start = 0;
  int quoted = 0;
  for (size_t i = 0; i <= len && n < max; i++)
    {
      char c = i < len ? text[i] : '\n';
      if (c == '"')
        quoted = !quoted;
      if (quoted || (c != ',' && c != '\n' && c != '\r'))
        continue;
      if ((line == want[0] || line == want[1]) && i > start
          && is_number (text + start, i - start))
        {
          out[n].b = start;
          out[n++].e = i;
        }
      if (c == '\r' && i + 1 < len && text[i + 1] == '\n')
        i++;
      if (c != ',')
        line++;
      start = i + 1;
    }
  return n;
}

/* Find a path where BASE has a number and DOC has null; write it to
   PATH.  Returns nonzero when found.  */
static int
new_null (const cJSON *base, const cJSON *doc, char *path, size_t cap)
{
  if (!doc)
    return 0;
  if (cJSON_IsNumber (base))
    return cJSON_IsNull (doc);
  size_t used = strlen (path);
  if (cJSON_IsObject (base))
    {
      const cJSON *child;
      cJSON_ArrayForEach (child, base)
      {
        snprintf (path + used, cap - used, ".%s", child->string);
        if (new_null (child,
                      cJSON_GetObjectItemCaseSensitive (doc, child->string),
                      path, cap))
          return 1;
      }
    }
  else if (cJSON_IsArray (base))
    {
      int n = cJSON_GetArraySize (base);
      for (int i = 0; i < n && i < cJSON_GetArraySize (doc); i++)
        {
          snprintf (path + used, cap - used, "[%d]", i);
          if (new_null (cJSON_GetArrayItem (base, i),
                        cJSON_GetArrayItem (doc, i), path, cap))
            return 1;
        }
    }
  path[used] = '\0';
  return 0;
}

static void
extreme (size_t input)
{
  workspace w;
  ws_open (&w);
  const input_kind *in = &inputs[input];
  int json = strstr (in->file, ".json") != NULL;
  const char *orig = w.original[input];
  size_t len = w.original_len[input];
  span spans[256];
  size_t n = numeric_spans (orig, len, json, spans, 256);
  assert_true (n > 0);
  char *path = ws_path (&w, in->file);

  /* the pristine documents */
  cJSON *base[4] = { NULL, NULL, NULL, NULL };
  for (size_t c = 0; c < in->n_commands; c++)
    if (in->commands[c].json)
      {
        char *line;
        sp_mut_result r = run (&w, &in->commands[c], "json", NULL, &line);
        assert_int_equal (r.status, 0);
        base[c] = cJSON_Parse (r.out);
        assert_non_null (base[c]);
        sp_mut_result_free (&r);
        free (line);
      }

  size_t k = 0;
  for (size_t s = 0; s < n; s++)
    for (size_t x = 0; x < sizeof extremes / sizeof *extremes; x++, k++)
      {
        const char *v = extremes[x].text;
        char *data = sp_xmalloc (len + strlen (v) + 1);
        memcpy (data, orig, spans[s].b);
        memcpy (data + spans[s].b, v, strlen (v));
        memcpy (data + spans[s].b + strlen (v), orig + spans[s].e,
                len - spans[s].e);
        size_t dlen = len - (spans[s].e - spans[s].b) + strlen (v);
        sp_mut_write (path, data, dlen);
        free (data);
        char note[120];
        snprintf (note, sizeof note, "bytes %zu-%zu '%.*s' -> '%s'",
                  spans[s].b, spans[s].e,
                  (int) (spans[s].e - spans[s].b), orig + spans[s].b, v);
        for (size_t c = 0; c < in->n_commands; c++)
          {
            const command *cmd = &in->commands[c];
            /* JSON inputs have many numbers: their first command only */
            if (cmd->report || (json && c > 0))
              continue;
            char *line;
            sp_mut_result r = run (&w, cmd, cmd->json ? "json" : NULL, NULL,
                                   &line);
            if (check_run (&w, input, k, note, line, &r,
                           cmd->json ? "json" : NULL)
                && r.status == 0 && cmd->json
                && (extremes[x].nulls == NULLS_ALWAYS
                    || (extremes[x].nulls == NULLS_CSV && !json)))
              {
                cJSON *doc = cJSON_Parse (r.out);
                char where[512] = "";
                if (doc && new_null (base[c], doc, where, sizeof where))
                  {
                    char *what = sp_xasprintf ("accepted %s but %s is null "
                                               "(overflow?)", v, where);
                    problem (&w, input, k, note, line, &r, what);
                    free (what);
                  }
                cJSON_Delete (doc);
              }
            sp_mut_result_free (&r);
            free (line);
          }
      }
  for (size_t c = 0; c < 4; c++)
    cJSON_Delete (base[c]);
  ws_restore (&w, input);
  free (path);
  ws_finish (&w, "extreme-number ", inputs[input].file);
}

static void extreme_usage (void **s) { (void) s; extreme (0); }
static void extreme_costs (void **s) { (void) s; extreme (1); }
static void extreme_outcomes (void **s) { (void) s; extreme (2); }
static void extreme_instrument (void **s) { (void) s; extreme (3); }
static void extreme_proxies (void **s) { (void) s; extreme (4); }
static void extreme_register (void **s) { (void) s; extreme (5); }
static void extreme_transactions (void **s) { (void) s; extreme (6); }
static void extreme_evaluation (void **s) { (void) s; extreme (7); }
static void extreme_scenario (void **s) { (void) s; extreme (8); }

/* ---- paths that cannot be read --------------------------------------- */

/* Point each input at PATH_OF (a folder, a missing file, a file under a
   file, an unreadable file, /dev/null) through its flag, or through the
   positional argument, and check the exit status is WANT.  */
static void
bad_path (workspace *w, const char *how, const char *target, int want)
{
  for (size_t i = 0; i < N_INPUTS; i++)
    {
      const input_kind *in = &inputs[i];
      /* the first command that reads the input */
      command cmd = in->commands[0];
      const char *extra[3] = { NULL, NULL, NULL };
      char *positional = NULL;
      if (in->flag)
        {
          extra[0] = in->flag;
          extra[1] = target;
        }
      else
        {
          /* replace the input's own file by the target */
          for (size_t a = 0; a < 10 && cmd.args[a]; a++)
            if (cmd.args[a][0] == '@'
                && strcmp (cmd.args[a] + 1, in->file) == 0)
              {
                /* an evaluation file must still end in .json to be read
                   as one */
                positional = sp_xasprintf ("%s", target);
                cmd.args[a] = positional;
              }
        }
      char *line;
      sp_mut_result r = run (w, &cmd, cmd.json ? "json" : NULL, extra,
                             &line);
      int expect = want;
      /* a rollout scenario or evaluation named by a path that does not
         end in .json is usage, not a missing input */
      if (!in->flag && strstr (target, ".json") == NULL)
        expect = -1;
      if (check_run (w, i, 0, how, line, &r,
                     cmd.json ? "json" : NULL)
          && expect >= 0 && r.status != expect)
        {
          char *what = sp_xasprintf ("%s: want exit %d", how, expect);
          problem (w, i, 0, how, line, &r, what);
          free (what);
        }
      sp_mut_result_free (&r);
      free (line);
      free (positional);
    }
}

static void
unreadable_paths (void **state)
{
  (void) state;
  workspace w;
  ws_open (&w);
  char *dir = ws_path (&w, "folder.json");
  char *missing = ws_path (&w, "missing.json");
  char *under = ws_path (&w, "usage.csv/x.json");
  char *locked = ws_path (&w, "locked.json");
  assert_int_equal (mkdir (dir, 0755), 0);
  sp_mut_write (locked, "{}", 2);
  assert_int_equal (chmod (locked, 0), 0);
  bad_path (&w, "a folder", dir, 66);
  bad_path (&w, "a missing file", missing, 66);
  bad_path (&w, "a path under a file", under, 66);
  /* root reads anything: then the locked file is just "{}" */
  bad_path (&w, "an unreadable file", locked, geteuid () == 0 ? -1 : 66);
  bad_path (&w, "/dev/null", "/dev/null", 65);
  /* a file that never ends is refused at its first NUL byte */
  bad_path (&w, "/dev/zero", "/dev/zero", 65);
  chmod (locked, 0644);
  free (dir);
  free (missing);
  free (under);
  free (locked);
  ws_finish (&w, "path ", NULL);
}

/* ---- what a message echoes -------------------------------------------- */

/* Run savings with the usage file replaced by LEN bytes at DATA; the
   result's stderr is checked by the caller.  */
static sp_mut_result
savings_with_usage (workspace *w, const char *data, size_t len, char **line)
{
  char *path = ws_path (w, "usage.csv");
  sp_mut_write (path, data, len);
  free (path);
  static const command savings = SAVINGS;
  return run (w, &savings, "json", NULL, line);
}

/* Number of lines of TEXT.  */
static size_t
lines_in (const char *text)
{
  size_t n = 0;
  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* UTF-16, NUL bytes and legacy encodings are named as such (a NUL used
   to cut its cell short silently); a 100 kB cell is not echoed whole; a line break or
   an escape character echoed from a cell does not break the message's
   line or reach the terminal raw.  */
static void
encodings_and_echoes (void **state)
{
  (void) state;
  workspace w;
  ws_open (&w);
  char *line;
  const char *header = "participant_id,period,service,quantity\n";

  /* UTF-16LE with its BOM: one message at line 1, column 1 (issue 13:
     every exit-65 message has FILE:LINE:COLUMN; it was FILE:1:) */
  size_t len;
  char *utf16 = sp_mut_apply (SP_MUT_UTF16, w.original[0], w.original_len[0],
                              &(sp_mut_rng){ 1 }, &len, (char[8]){ 0 }, 8);
  sp_mut_result r = savings_with_usage (&w, utf16, len, &line);
  free (utf16);
  assert_int_equal (r.status, 65);
  char *want = sp_xasprintf ("%s/usage.csv:1:1: error: the file is UTF-16",
                             w.dir);
  assert_non_null (strstr (r.err, want));
  assert_int_equal (lines_in (r.err), 1);
  free (want);
  sp_mut_result_free (&r);
  free (line);

  /* a NUL inside a cell on line 3: "1<NUL>5" must not be read as 1; the
     message gives the NUL's column, 23 (issue 13: it was FILE:3:) */
  static const char nul[] = "participant_id,period,service,quantity\n"
                            "P1,before,gp_in_hours,2\n"
                            "P1,after,gp_in_hours,1\0" "5\n";
  r = savings_with_usage (&w, nul, sizeof nul - 1, &line);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  want = sp_xasprintf ("%s/usage.csv:3:23: error: the line holds a NUL "
                       "byte", w.dir);
  assert_non_null (strstr (r.err, want));
  free (want);
  sp_mut_result_free (&r);
  free (line);

  /* a 100 kB service name: the message keeps its start and its advice */
  char *big = sp_xmalloc (100 * 1024 + 200);
  int n = sprintf (big, "%sP1,before,", header);
  memset (big + n, 'x', 100 * 1024);
  n += 100 * 1024;
  n += sprintf (big + n, ",1\nP1,after,gp_in_hours,1\n");
  r = savings_with_usage (&w, big, (size_t) n, &line);
  free (big);
  assert_int_equal (r.status, 65);
  assert_true (r.err_len < 2 * SP_DIAG_TEXT_MAX);
  assert_non_null (strstr (r.err, "usage.csv:2:3: error: service 'xxx"));
  assert_non_null (strstr (r.err, "bytes left out"));
  assert_non_null (strstr (r.err, "correct the name\n"));
  sp_mut_result_free (&r);
  free (line);

  /* a quoted line break and an escape sequence in echoed cells */
  static const char ctl[] = "participant_id,period,service,quantity\n"
                            "P1,before,\"gp\nx\",1\n"
                            "P1,after,gp_in_hours,\x1b[31m\n";
  r = savings_with_usage (&w, ctl, sizeof ctl - 1, &line);
  assert_int_equal (r.status, 65);
  assert_int_equal (lines_in (r.err), 2);
  assert_null (strchr (r.err, '\x1b'));
  assert_non_null (strstr (r.err, "service 'gp\\x0ax'"));
  assert_non_null (strstr (r.err, "'\\x1b[31m'"));
  size_t n_errors;
  const char *bad = NULL;
  assert_true (error_lines_ok (r.err, &n_errors, &bad));
  assert_int_equal (n_errors, 2);
  sp_mut_result_free (&r);
  free (line);

  /* a Windows-1252 '\xA3' (pound sign) in a unit-cost label, line 3:
     refused when read (the report used to fail later with exit 73,
     pango refusing the label) */
  char *costs = ws_path (&w, "costs.csv");
  static const char latin[] =
    "service,label,unit,unit_cost,category,price_year,source\n"
    "gp_in_hours,GP,appointment,36,planned,2017/18,test\n"
    "ae_attendance,A&E at \xA3" "328,attendance,328,emergency,2017/18,test\n";
  sp_mut_write (costs, latin, sizeof latin - 1);
  static const command report = REPORT;
  r = run (&w, &report, NULL, NULL, &line);
  assert_int_equal (r.status, 65);
  want = sp_xasprintf ("%s:3:22: error: byte 0xA3 is not UTF-8", costs);
  assert_non_null (strstr (r.err, want));
  free (want);
  report_after (&w, 1, 0, "latin-1", line, &r, 0);
  sp_mut_result_free (&r);
  free (line);
  free (costs);
  assert_int_equal (w.failures, 0);

  ws_restore (&w, 0);
  ws_restore (&w, 1);
  ws_close (&w);
}

/* A scenario whose name is not UTF-8 (Windows-1252 '\xE9'): refused
   when read, at its line, by rollout and by report (the report failed
   with exit 73 when pango refused the name).  */
static void
scenario_not_utf8 (void **state)
{
  (void) state;
  workspace w;
  ws_open (&w);
  const char *orig = w.original[8];
  const char *name = strstr (orig, "\"east-lancs-890\"");
  assert_non_null (name);
  size_t at = (size_t) (name - orig) + 1, len = w.original_len[8];
  char *latin = sp_xmalloc (len + 1);
  memcpy (latin, orig, len);
  latin[at] = '\xE9';
  char *path = ws_path (&w, "scenario.json");
  sp_mut_write (path, latin, len);
  free (latin);
  static const command commands[] = { ROLLOUT, REPORT };
  for (size_t c = 0; c < 2; c++)
    {
      char *line;
      sp_mut_result r = run (&w, &commands[c], NULL, NULL, &line);
      char *want = sp_xasprintf ("%s:2:", path);
      if (r.status != 65 || !strstr (r.err, want))
        problem (&w, 8, 0, "latin-1 name", line, &r,
                 "want exit 65 and an error at line 2 of the scenario");
      if (commands[c].report)
        report_after (&w, 8, 0, "latin-1 name", line, &r, 0);
      free (want);
      sp_mut_result_free (&r);
      free (line);
    }
  free (path);
  ws_restore (&w, 8);
  ws_finish (&w, "", NULL);
}

/* A report from an evaluation that names a register but no outcome
   data (or no usage): either the sections it can compute, or bad usage
   naming what is missing -- never exit 70 ("a bug"), which is what the
   social profit section gave when social value had not been computed.  */
static void
report_partial_evaluation (void **state)
{
  (void) state;
  static const char *const evaluations[] = {
    "{ \"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\",\n"
    "  \"register\": \"register.csv\" }\n",
    "{ \"outcomes\": \"poet.csv\", \"instrument\": \"instrument.csv\",\n"
    "  \"proxies\": \"proxies.csv\", \"register\": \"register.csv\" }\n",
    "{ \"register\": \"register.csv\",\n"
    "  \"transactions\": \"transactions.csv\" }\n",
  };
  workspace w;
  ws_open (&w);
  char *path = ws_path (&w, "evaluation.json");
  static const command report = REPORT;
  for (size_t i = 0; i < sizeof evaluations / sizeof *evaluations; i++)
    {
      sp_mut_write (path, evaluations[i], strlen (evaluations[i]));
      char *line;
      sp_mut_result r = run (&w, &report, NULL, NULL, &line);
      if (r.status != 0 && r.status != 64)
        problem (&w, 7, i, "partial evaluation", line, &r,
                 "want exit 0, or 64 naming what is missing");
      report_after (&w, 7, i, "partial evaluation", line, &r, 0);
      sp_mut_result_free (&r);
      free (line);
    }
  free (path);
  ws_restore (&w, 7);
  ws_finish (&w, "", NULL);
}

/* Numbers too long to group are written in scientific notation (the
   text renderers used to print the first 63 digits of 1e308 as if they
   were the whole number).  */
static void
format_huge_numbers (void **state)
{
  (void) state;
  char buf[96];
  assert_string_equal (sp_fmt_money (1e308, buf, sizeof buf),
                       "£1.000e+308");
  assert_string_equal (sp_fmt_number (-2.5e70, 0, buf, sizeof buf),
                       "-2.500e+70");
  /* 1e21 still fits: grouped in full */
  assert_string_equal (sp_fmt_money (1e21, buf, sizeof buf),
                       "£1,000,000,000,000,000,000,000");
}

/* A flag given last without its value is bad usage that says so (it
   used to be reported as an unknown option).  */
static void
option_without_value (void **state)
{
  (void) state;
  static const char *const runs[] = {
    "savings fixtures/calico-2019/evaluation.json --format",
    "value fixtures/calico-2019/evaluation.json --outcomes",
    "profit fixtures/calico-2019/evaluation.json --scale-to",
    "rollout fixtures/scenarios/east-lancs-890.json --evaluation",
    "report fixtures/calico-2019/evaluation.json --out",
  };
  for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
    {
      sp_cli_result r = sp_cli_run ("%s", runs[i]);
      assert_int_equal (r.status, 64);
      assert_string_equal (r.out, "");
      if (!strstr (r.err, "needs a value"))
        fail_msg ("%s: %s", runs[i], r.err);
      sp_cli_free (&r);
    }
}

/* A misspelt key in the evaluation file is named in a warning (it used
   to be ignored in silence); a fractional seed, resample count or
   thread count is an error at its key (it used to be truncated).  */
static void
evaluation_keys (void **state)
{
  (void) state;
  workspace w;
  ws_open (&w);
  char *eval = ws_path (&w, "evaluation.json");
  static const char typo[] = "{ \"usage\": \"usage.csv\",\n"
                             "  \"unit_costs\": \"costs.csv\",\n"
                             "  \"scale_too\": 48,\n"
                             "  \"bootstrap\": { \"resample\": 10 } }\n";
  sp_mut_write (eval, typo, sizeof typo - 1);
  sp_cli_result r = sp_cli_run ("savings '%s' --format json", eval);
  assert_int_equal (r.status, 0);
  char *want = sp_xasprintf ("%s:3:3: warning: ignoring unknown key "
                             "\"scale_too\"", eval);
  assert_non_null (strstr (r.err, want));
  free (want);
  assert_non_null (strstr (r.err, "\"resample\" in \"bootstrap\""));
  sp_cli_free (&r);

  static const char fractions[] = "{ \"usage\": \"usage.csv\",\n"
                                  "  \"unit_costs\": \"costs.csv\",\n"
                                  "  \"bootstrap\": { \"resamples\": 2.5,\n"
                                  "    \"seed\": 3.9, \"threads\": 1.5 } }\n";
  sp_mut_write (eval, fractions, sizeof fractions - 1);
  r = sp_cli_run ("savings '%s' --format json", eval);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  static const char *const keys[] = { "resamples", "seed", "threads" };
  for (size_t i = 0; i < 3; i++)
    {
      char *msg = sp_xasprintf ("error: key \"%s\" must be a whole number",
                                keys[i]);
      assert_non_null (strstr (r.err, msg));
      free (msg);
    }
  size_t n_errors;
  const char *bad = NULL;
  assert_true (error_lines_ok (r.err, &n_errors, &bad));
  assert_int_equal (n_errors, 3);
  sp_cli_free (&r);
  free (eval);
  ws_restore (&w, 7);
  ws_close (&w);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (robust_usage),
    cmocka_unit_test (robust_costs),
    cmocka_unit_test (robust_outcomes),
    cmocka_unit_test (robust_instrument),
    cmocka_unit_test (robust_proxies),
    cmocka_unit_test (robust_register),
    cmocka_unit_test (robust_transactions),
    cmocka_unit_test (robust_evaluation),
    cmocka_unit_test (robust_scenario),
    cmocka_unit_test (extreme_usage),
    cmocka_unit_test (extreme_costs),
    cmocka_unit_test (extreme_outcomes),
    cmocka_unit_test (extreme_instrument),
    cmocka_unit_test (extreme_proxies),
    cmocka_unit_test (extreme_register),
    cmocka_unit_test (extreme_transactions),
    cmocka_unit_test (extreme_evaluation),
    cmocka_unit_test (extreme_scenario),
    cmocka_unit_test (unreadable_paths),
    cmocka_unit_test (encodings_and_echoes),
    cmocka_unit_test (scenario_not_utf8),
    cmocka_unit_test (report_partial_evaluation),
    cmocka_unit_test (format_huge_numbers),
    cmocka_unit_test (option_without_value),
    cmocka_unit_test (evaluation_keys),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

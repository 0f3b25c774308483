/* test_cli_invariance.c -- the same data written differently gives the
   same results; the error cap; errors in several files

   Each CSV input of the calico-2019 evaluation is rewritten without
   changing its data: columns shuffled, rows shuffled, CRLF line ends, a
   byte order mark (or two), every field quoted, unknown columns added,
   and all of these at once (the rows of a reference list -- unit costs,
   instrument domains, value proxies -- set the order of the lines it
   gives, so for them a reordering is compared as a set).  The
   rewritten file replaces the original in the same
   folder under the same name, so the --format json output of the
   commands that read it must be byte-identical to the pristine run's
   (the paths in "evaluation" are the same too).

   The error cap: a file with 500 bad rows shows SP_DIAG_CAP_PER_FILE
   errors and one "N further errors not shown" line; two bad files are
   both reported by validate, each with its own cap.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <cjson/cJSON.h>

#include "cli.h"
#include "csvtable.h"
#include "diag.h"
#include "mutate.h"
#include "xalloc.h"

/* The evaluation file of the workspace (the calico-2019 evaluation with
   every input a copy in the same folder).  */
static const char evaluation_text[] =
  "{\n"
  "  \"programme\": \"Invariance\",\n"
  "  \"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\",\n"
  "  \"scale_to\": 48,\n"
  "  \"outcomes\": \"poet.csv\", \"instrument\": \"instrument.csv\",\n"
  "  \"proxies\": \"proxies.csv\",\n"
  "  \"register\": \"register.csv\",\n"
  "  \"transactions\": \"transactions.csv\",\n"
  "  \"local_respend\": 0.4\n"
  "}\n";

typedef struct
{
  const char *file;
  const char *fixture;
  const char *commands[3];   /* subcommands whose output must not change */
  int reference;             /* a reference list whose row order is the
                                order of the lines it gives (services,
                                domains, outcomes) */
} input_kind;

static const input_kind inputs[] = {
  { "usage.csv", "fixtures/calico-2019/usage.csv", { "savings", "profit" },
    0 },
  { "costs.csv", "proxies/unit-costs/east-lancs-2018.csv",
    { "savings", "profit" }, 1 },
  { "poet.csv", "fixtures/calico-2019/poet.csv", { "value", "profit" }, 0 },
  { "instrument.csv", "proxies/instruments/poet.csv", { "value", "profit" },
    1 },
  { "proxies.csv", "proxies/values/calico-2019-gve.csv",
    { "value", "profit" }, 1 },
  { "register.csv", "fixtures/calico-2019/register.csv", { "profit" }, 0 },
  { "transactions.csv", "fixtures/calico-2019/transactions.csv",
    { "profit" }, 0 },
};

#define N_INPUTS (sizeof inputs / sizeof inputs[0])

/* A random permutation of 0..N-1 into P (Fisher-Yates), never the
   identity when N > 1.  */
static void
permutation (size_t *p, size_t n, sp_mut_rng *r)
{
  for (;;)
    {
      for (size_t i = 0; i < n; i++)
        p[i] = i;
      for (size_t i = n; i > 1; i--)
        {
          size_t j = sp_mut_below (r, i);
          size_t t = p[i - 1];
          p[i - 1] = p[j];
          p[j] = t;
        }
      size_t moved = 0;
      for (size_t i = 0; i < n; i++)
        moved += p[i] != i;
      if (n < 2 || moved)
        return;
    }
}

/* ---- rewriting a table ----------------------------------------------- */

enum
{
  V_COLUMNS = 1,   /* columns shuffled */
  V_ROWS = 2,      /* data rows shuffled */
  V_CRLF = 4,      /* CRLF line ends */
  V_BOM = 8,       /* UTF-8 byte order mark */
  V_QUOTED = 16,   /* every field quoted */
  V_EXTRA = 32,    /* two unknown columns */
  V_BOM2 = 64,     /* two UTF-8 byte order marks */
  V_ALL = 127
};

static const struct
{
  int flags;
  const char *name;
} variants[] = {
  { V_COLUMNS, "columns shuffled" }, { V_ROWS, "rows shuffled" },
  { V_CRLF, "CRLF" }, { V_BOM, "BOM" }, { V_QUOTED, "quoted fields" },
  { V_EXTRA, "unknown columns" }, { V_BOM2, "two BOMs" },
  { V_ALL, "all at once" },
};

/* Append CELL to OUT, quoted when QUOTE or when it needs it.  */
static void
put_cell (FILE *out, const char *cell, int quote)
{
  if (!quote && !strpbrk (cell, ",\"\r\n"))
    {
      fputs (cell, out);
      return;
    }
  fputc ('"', out);
  for (const char *p = cell; *p; p++)
    {
      if (*p == '"')
        fputc ('"', out);
      fputc (*p, out);
    }
  fputc ('"', out);
}

/* The fixture at PATH rewritten with FLAGS into a new string.  */
static char *
rewrite (const char *path, int flags, uint64_t seed)
{
  sp_mut_rng rng;
  sp_mut_seed (&rng, seed);
  sp_diag d;
  sp_diag_init (&d);
  sp_csv_table t;
  if (sp_csv_table_read (path, &t, &d) != 0)
    fail_msg ("cannot read fixture %s", path);
  sp_diag_free (&d);

  /* columns: the originals, permuted, then the unknown ones spliced in
     (index n_cols and n_cols + 1 stand for them) */
  size_t n_out = t.n_cols + (flags & V_EXTRA ? 2 : 0);
  size_t *cols = sp_xcalloc (n_out, sizeof *cols);
  for (size_t i = 0; i < t.n_cols; i++)
    cols[i] = i;
  if (flags & V_COLUMNS)
    permutation (cols, t.n_cols, &rng);
  if (flags & V_EXTRA)
    {
      /* one unknown column first, one in the middle */
      memmove (cols + 1, cols, t.n_cols * sizeof *cols);
      cols[0] = t.n_cols;
      size_t mid = 1 + t.n_cols / 2;
      memmove (cols + mid + 1, cols + mid,
               (n_out - mid - 1) * sizeof *cols);
      cols[mid] = t.n_cols + 1;
    }
  size_t *rows = sp_xcalloc (t.n_rows ? t.n_rows : 1, sizeof *rows);
  for (size_t i = 0; i < t.n_rows; i++)
    rows[i] = i;
  if (flags & V_ROWS)
    permutation (rows, t.n_rows, &rng);

  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&text, &len);
  const char *eol = flags & V_CRLF ? "\r\n" : "\n";
  int quote = (flags & V_QUOTED) != 0;
  if (flags & (V_BOM | V_BOM2))
    fputs ("\xEF\xBB\xBF", out);
  if (flags & V_BOM2)
    fputs ("\xEF\xBB\xBF", out);
  for (size_t r = 0; r <= t.n_rows; r++)
    {
      for (size_t c = 0; c < n_out; c++)
        {
          if (c)
            fputc (',', out);
          size_t k = cols[c];
          if (k == t.n_cols)
            put_cell (out, r ? "free text, with \"quotes\"" : "Notes",
                      quote);
          else if (k == t.n_cols + 1)
            put_cell (out, r ? "12.5" : "reviewer_score", quote);
          else if (r == 0)
            put_cell (out, t.header[k], quote);
          else
            put_cell (out, sp_csv_cell (&t.rows[rows[r - 1]], (int) k),
                      quote);
        }
      fputs (eol, out);
    }
  fclose (out);
  free (cols);
  free (rows);
  sp_csv_table_free (&t);
  return text;
}

/* ---- the workspace ---------------------------------------------------- */

/* Copy the fixture FIXTURE to DIR/NAME byte for byte.  */
static void
copy_fixture (const char *dir, const char *name, const char *fixture)
{
  size_t len;
  char *text = sp_cli_read (fixture, &len);
  char *path = sp_xasprintf ("%s/%s", dir, name);
  sp_mut_write (path, text, len);
  free (path);
  free (text);
}

static char *
workspace (void)
{
  char *dir = sp_cli_tmpdir ();
  for (size_t i = 0; i < N_INPUTS; i++)
    copy_fixture (dir, inputs[i].file, inputs[i].fixture);
  free (sp_cli_write (dir, "evaluation.json", evaluation_text));
  return dir;
}

/* Run COMMAND on the workspace DIR as JSON; the output must be 0.  */
static char *
json_of (const char *dir, const char *command, const char *what)
{
  sp_cli_result r = sp_cli_run ("%s '%s/evaluation.json' --format json",
                                command, dir);
  if (r.status != 0)
    fail_msg ("%s: %s exited %d: %.1000s", what, command, r.status, r.err);
  char *out = r.out;
  r.out = NULL;
  sp_cli_free (&r);
  return out;
}

/* The first line where A and B differ, for the failure message.  */
static void
first_difference (const char *a, const char *b, char *buf, size_t size)
{
  size_t line = 1, i = 0;
  while (a[i] && a[i] == b[i])
    line += a[i++] == '\n';
  size_t start = i;
  while (start > 0 && a[start - 1] != '\n')
    start--;
  const char *ea = strchr (a + start, '\n'), *eb = strchr (b + start, '\n');
  int la = ea ? (int) (ea - a - start) : (int) strlen (a + start);
  int lb = eb ? (int) (eb - b - start) : (int) strlen (b + start);
  snprintf (buf, size, "line %zu:\n  pristine: %.*s\n  rewritten: %.*s",
            line, la > 200 ? 200 : la, a + start, lb > 200 ? 200 : lb,
            b + start);
}

/* ---- tests ------------------------------------------------------------ */

typedef struct
{
  char *key;
  cJSON *item;
} keyed;

static int
by_key (const void *a, const void *b)
{
  return strcmp (((const keyed *) a)->key, ((const keyed *) b)->key);
}

/* Sort the elements of every array in ITEM (recursively) by their
   unformatted text, so that two documents listing the same things in
   different orders compare equal.  */
static void
canonical_order (cJSON *item)
{
  cJSON *child;
  cJSON_ArrayForEach (child, item)
  canonical_order (child);
  if (!cJSON_IsArray (item))
    return;
  int n = cJSON_GetArraySize (item);
  keyed *k = sp_xcalloc ((size_t) n + 1, sizeof *k);
  for (int i = 0; i < n; i++)
    {
      k[i].item = cJSON_DetachItemFromArray (item, 0);
      k[i].key = cJSON_PrintUnformatted (k[i].item);
    }
  qsort (k, (size_t) n, sizeof *k, by_key);
  for (int i = 0; i < n; i++)
    {
      cJSON_AddItemToArray (item, k[i].item);
      free (k[i].key);
    }
  free (k);
}

/* TEXT as JSON with every array in canonical order (owned).  */
static char *
canonical (const char *text)
{
  cJSON *doc = cJSON_Parse (text);
  assert_non_null (doc);
  canonical_order (doc);
  char *out = cJSON_Print (doc);
  cJSON_Delete (doc);
  return out;
}

/* Rewrite input I in every variant and compare each command's JSON with
   the pristine run's: byte for byte, except that the rows of a
   reference list may be reordered, when the documents must hold the
   same things (arrays compared in canonical order).  */
static void
same_data_same_results (size_t i)
{
  char *dir = workspace ();
  size_t failures = 0;
  const input_kind *in = &inputs[i];
  char *base[3] = { NULL, NULL, NULL };
  for (size_t c = 0; c < 3 && in->commands[c]; c++)
    base[c] = json_of (dir, in->commands[c], "pristine");
  for (size_t v = 0; v < sizeof variants / sizeof *variants; v++)
    {
      char *text = rewrite (in->fixture, variants[v].flags,
                            0xC0FFEEULL + 31 * i + v);
      free (sp_cli_write (dir, in->file, text));
      free (text);
      int reordered = in->reference && (variants[v].flags & V_ROWS);
      for (size_t c = 0; c < 3 && in->commands[c]; c++)
        {
          char *what = sp_xasprintf ("%s, %s", in->file, variants[v].name);
          char *got = json_of (dir, in->commands[c], what);
          char *want = reordered ? canonical (base[c]) : sp_xstrdup (base[c]);
          if (reordered)
            {
              char *t = canonical (got);
              free (got);
              got = t;
            }
          if (strcmp (got, want) != 0)
            {
              char diff[700];
              first_difference (want, got, diff, sizeof diff);
              print_error ("INVARIANCE: %s: %s output differs at %s\n",
                           what, in->commands[c], diff);
              failures++;
            }
          free (want);
          free (got);
          free (what);
        }
    }
  for (size_t c = 0; c < 3; c++)
    free (base[c]);
  sp_cli_rmtree (dir);
  free (dir);
  if (failures)
    fail_msg ("%zu rewritten version%s of %s changed the results (see "
              "above)", failures, failures == 1 ? "" : "s", in->file);
}

static void same_usage (void **s) { (void) s; same_data_same_results (0); }
static void same_costs (void **s) { (void) s; same_data_same_results (1); }
static void same_outcomes (void **s) { (void) s; same_data_same_results (2); }
static void same_instrument (void **s) { (void) s; same_data_same_results (3); }
static void same_proxies (void **s) { (void) s; same_data_same_results (4); }
static void same_register (void **s) { (void) s; same_data_same_results (5); }
static void same_transactions (void **s)
{
  (void) s;
  same_data_same_results (6);
}

/* Lines of TEXT that contain NEEDLE.  */
static size_t
count_lines_with (const char *text, const char *needle)
{
  size_t n = 0;
  const char *s = text;
  while (*s)
    {
      const char *nl = strchr (s, '\n');
      size_t len = nl ? (size_t) (nl - s) : strlen (s);
      char *line = sp_xstrndup (s, len);
      n += strstr (line, needle) != NULL;
      free (line);
      s += len + (nl != NULL);
    }
  return n;
}

/* A usage file whose N_BAD data rows each have one error (a quantity of
   "lots"), after the header.  */
static char *
bad_usage (size_t n_bad)
{
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream (&text, &len);
  fputs ("participant_id,period,service,quantity,months,source\n", m);
  for (size_t i = 0; i < n_bad; i++)
    fprintf (m, "P%03zu,%s,gp_in_hours,lots,12,recall\n", i / 2,
             i % 2 ? "after" : "before");
  fclose (m);
  return text;
}

/* 500 bad rows: the cap's worth of errors, then one summary line with
   the exact number left out (500 - cap).  */
static void
error_cap (void **state)
{
  (void) state;
  char *dir = workspace ();
  char *text = bad_usage (500);
  free (sp_cli_write (dir, "usage.csv", text));
  free (text);
  sp_cli_result r = sp_cli_run ("savings '%s/evaluation.json' --format json",
                                dir);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_int_equal (count_lines_with (r.err, "usage.csv:"),
                    SP_DIAG_CAP_PER_FILE);
  assert_int_equal (count_lines_with (r.err, ": error: "),
                    SP_DIAG_CAP_PER_FILE);
  char *summary = sp_xasprintf ("%d further errors not shown",
                                500 - SP_DIAG_CAP_PER_FILE);
  assert_int_equal (count_lines_with (r.err, summary), 1);
  assert_int_equal (count_lines_with (r.err, "further error"), 1);
  /* the shown errors are the first ones, in file order: lines 2 .. */
  char *first = sp_xasprintf ("%s/usage.csv:2:4: error: ", dir);
  assert_non_null (strstr (r.err, first));
  char *last = sp_xasprintf ("%s/usage.csv:%d:4: error: ", dir,
                             SP_DIAG_CAP_PER_FILE + 1);
  assert_non_null (strstr (r.err, last));
  free (first);
  free (last);
  free (summary);
  sp_cli_free (&r);
  sp_cli_rmtree (dir);
  free (dir);
}

/* Errors in two files: validate reports both, each file capped on its
   own.  Exactly the cap's worth is shown for the usage file (500 bad
   rows) and 3 for the register (3 bad rows).  */
static void
errors_in_two_files (void **state)
{
  (void) state;
  char *dir = workspace ();
  char *text = bad_usage (500);
  free (sp_cli_write (dir, "usage.csv", text));
  free (text);
  free (sp_cli_write (dir, "poet.csv",
                      "participant_id,wave,domain,score\n"
                      "EL-001,0,community,eleven\n"
                      "EL-001,two,community,5\n"
                      "EL-002,0,no_such_domain,5\n"));
  sp_cli_result r = sp_cli_run ("validate '%s/evaluation.json'", dir);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  char *usage = sp_xasprintf ("%s/usage.csv:", dir);
  char *poet = sp_xasprintf ("%s/poet.csv:", dir);
  assert_int_equal (count_lines_with (r.err, usage), SP_DIAG_CAP_PER_FILE);
  assert_int_equal (count_lines_with (r.err, poet), 3);
  assert_int_equal (count_lines_with (r.err, "further error"), 1);
  sp_cli_free (&r);

  /* value reads only the outcome side: the poet errors, no cap line */
  r = sp_cli_run ("value '%s/evaluation.json' --format json", dir);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_int_equal (count_lines_with (r.err, poet), 3);
  assert_int_equal (count_lines_with (r.err, usage), 0);
  sp_cli_free (&r);
  free (usage);
  free (poet);
  sp_cli_rmtree (dir);
  free (dir);
}

/* Same inputs and seed: byte-identical JSON whatever the thread count,
   for every command that resamples or simulates.  */
static void
same_results_any_thread_count (void **state)
{
  (void) state;
  static const char *const commands[] = {
    "savings EVAL --bootstrap 999",
    "value EVAL --bootstrap 999",
    "profit EVAL --bootstrap 999",
    "rollout fixtures/scenarios/east-lancs-890.json --simulations 2000",
    "rollout fixtures/scenarios/east-lancs-890.json --evaluation EVAL "
    "--simulations 2000 --bootstrap 999",
  };
  static const char *const threads[] = { "1", "2", "3", "0" };
  const char *eval = "fixtures/calico-2019/evaluation.json";
  size_t failures = 0;
  for (size_t c = 0; c < sizeof commands / sizeof *commands; c++)
    {
      /* EVAL stands for the evaluation file */
      const char *at = strstr (commands[c], "EVAL");
      char *cmd = at ? sp_xasprintf ("%.*s%s%s", (int) (at - commands[c]),
                                     commands[c], eval, at + 4)
                     : sp_xstrdup (commands[c]);
      char *base = NULL;
      for (size_t t = 0; t < sizeof threads / sizeof *threads; t++)
        {
          sp_cli_result r = sp_cli_run ("%s --threads %s --seed 7 "
                                        "--format json", cmd, threads[t]);
          if (r.status != 0)
            fail_msg ("%s --threads %s exited %d: %.500s", cmd, threads[t],
                      r.status, r.err);
          if (!base)
            {
              base = r.out;
              r.out = NULL;
            }
          else if (strcmp (base, r.out) != 0)
            {
              char diff[700];
              first_difference (base, r.out, diff, sizeof diff);
              print_error ("INVARIANCE: %s: --threads %s differs from "
                           "--threads 1 at %s\n", cmd, threads[t], diff);
              failures++;
            }
          sp_cli_free (&r);
        }
      free (base);
      free (cmd);
    }
  if (failures)
    fail_msg ("%zu thread count%s changed the results", failures,
              failures == 1 ? "" : "s");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (same_usage),
    cmocka_unit_test (same_costs),
    cmocka_unit_test (same_outcomes),
    cmocka_unit_test (same_instrument),
    cmocka_unit_test (same_proxies),
    cmocka_unit_test (same_register),
    cmocka_unit_test (same_transactions),
    cmocka_unit_test (same_results_any_thread_count),
    cmocka_unit_test (error_cap),
    cmocka_unit_test (errors_in_two_files),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_cli_csv.c -- CSV that spreadsheets read safely: numbers that read
   back as the same double in the fewest digits, and text cells that a
   spreadsheet would run as a formula written with a leading apostrophe
   (issue 11 §4).  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include <csv.h>

#include "doc.h"
#include "render.h"

static const char *
shortest (double v)
{
  static char buf[64];
  return sp_csv_shortest (v, buf, sizeof buf);
}

/* Hand-picked values: the digits a person would write, not %.17g's.  */
static void
shortest_known_values (void **state)
{
  (void) state;
  assert_string_equal (shortest (0.3), "0.3");
  assert_string_equal (shortest (0.1 + 0.2), "0.30000000000000004");
  assert_string_equal (shortest (429936.903), "429936.903");
  /* 429936.90300000005 is what %.17g writes for the sum below.  */
  assert_string_equal (shortest (10512.018 + 419424.885), "429936.903");
  assert_string_equal (shortest (1231900), "1231900");
  assert_string_equal (shortest (-4920), "-4920");
  assert_string_equal (shortest (0), "0");
  assert_string_equal (shortest (-0.0), "0");
  assert_string_equal (shortest (0.035), "0.035");
  assert_string_equal (shortest (1e21), "1e+21");
  assert_string_equal (shortest (1.5e-9), "1.5e-09");
  assert_string_equal (shortest (123456789012345678.0), "123456789012345680");
  assert_string_equal (shortest (0.0000001), "0.0000001");
}

/* Every double of a wide spread of magnitudes reads back exactly, and
   with one digit fewer it would not (so it is the shortest).  */
static void
shortest_round_trips (void **state)
{
  (void) state;
  uint64_t x = 0x9E3779B97F4A7C15u;
  for (int i = 0; i < 200000; i++)
    {
      /* xorshift64*: bit patterns of doubles, skipping non-finite.  */
      x ^= x >> 12;
      x ^= x << 25;
      x ^= x >> 27;
      uint64_t bits = x * 0x2545F4914F6CDD1Du;
      double v;
      if (i % 2)
        {
          memcpy (&v, &bits, sizeof v);
          if (!isfinite (v))
            continue;
        }
      else /* money-like values: pence over ten orders of magnitude */
        v = (double) (bits % 100000000000000u) / 100.0 / (double) (1 + i % 7);
      const char *s = shortest (v);
      char *end;
      double back = strtod (s, &end);
      if (*end != '\0' || back != v)
        fail_msg ("%.17g written as %s reads back as %.17g", v, s, back);
      /* One significant digit fewer does not round-trip: count the
         significant digits written (leading zeros and, for a whole
         number, trailing zeros are not).  */
      const char *first = s + strspn (s, "-0.");
      int sig = 0;
      for (const char *p = first; *p && *p != 'e'; p++)
        sig += *p >= '0' && *p <= '9';
      if (!strchr (s, '.') && !strchr (s, 'e'))
        for (const char *p = s + strlen (s) - 1; p > first && *p == '0'; p--)
          sig--;
      char fewer[64];
      if (sig > 1)
        {
          snprintf (fewer, sizeof fewer, "%.*e", sig - 2, v);
          if (strtod (fewer, NULL) == v)
            fail_msg ("%.17g written as %s, but %s reads back too", v, s,
                      fewer);
        }
    }
}

static char *
field (const char *text)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  sp_csv_field (f, text);
  fclose (f);
  return buf;
}

static void
field_escapes_formulas (void **state)
{
  (void) state;
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "+44 1254", "'+44 1254" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
    { "=1,2", "\"'=1,2\"" },
    { "\t=1", "'\t=1" },
    { "A&E attendance", "A&E attendance" },
    { "a = b", "a = b" },
    { "", "" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      char *got = field (cases[i].in);
      assert_string_equal (got, cases[i].out);
      free (got);
    }
}

/* A CSV text parsed with libcsv: ROWS rows of at most 16 cells.  */
typedef struct
{
  char *cells[64][16];
  size_t n_cells[64];
  size_t rows;
} table;

static void
on_field (void *s, size_t len, void *data)
{
  table *t = data;
  if (t->rows < 64 && t->n_cells[t->rows] < 16)
    t->cells[t->rows][t->n_cells[t->rows]++] = strndup (s, len);
}

static void
on_row (int c, void *data)
{
  (void) c;
  table *t = data;
  if (t->rows < 64)
    t->rows++;
}

static void
table_parse (table *t, const char *text)
{
  memset (t, 0, sizeof *t);
  struct csv_parser p;
  assert_int_equal (csv_init (&p, CSV_STRICT), 0);
  assert_int_equal (csv_parse (&p, text, strlen (text), on_field, on_row, t),
                    strlen (text));
  csv_fini (&p, on_field, on_row, t);
  csv_free (&p);
}

static void
table_free (table *t)
{
  for (size_t r = 0; r < 64; r++)
    for (size_t c = 0; c < t->n_cells[r]; c++)
      free (t->cells[r][c]);
}

/* The cell of data row R (after the header) in the column NAME.  */
static const char *
cell (const table *t, size_t r, const char *name)
{
  for (size_t c = 0; c < t->n_cells[0]; c++)
    if (strcmp (t->cells[0][c], name) == 0)
      return r + 1 < t->rows && c < t->n_cells[r + 1] ? t->cells[r + 1][c]
                                                      : "";
  fail_msg ("no column %s", name);
  return "";
}

/* End to end on data written here: labels that look like formulas come
   out as text, and every number of the savings CSV reads back as the
   double of the JSON document in no more digits than it takes.  Unit
   costs of 0.1, 0.3 and 3.3 make figures that %.17g wrote as
   0.29999999999999999 or 3.2999999999999998, and sums (0.1 x 3 =
   0.30000000000000004) whose shortest form does need 17 digits.  */
static void
savings_csv_is_safe (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *costs = sp_cli_write (dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "a,\"=HYPERLINK(\"\"http://example.org\"\")\",call,0.1,planned,"
    "2023/24,t\n"
    "b,+Ambulance,trip,0.3,emergency,2023/24,t\n"
    "c,-Night visits,visit,1000.7,planned,2023/24,t\n"
    "d,@Clinic,visit,3.3,planned,2023/24,t\n");
  char *usage = sp_cli_write (dir, "usage.csv",
    "participant_id,period,service,quantity\n"
    "P1,before,a,3\nP1,after,a,1\nP1,before,b,1\nP1,after,b,0\n"
    "P1,before,c,7\nP1,after,c,2\nP1,before,d,3\nP1,after,d,1\n"
    "P2,before,a,3\nP2,after,a,2\nP2,before,b,2\nP2,after,b,1\n"
    "P2,before,c,1\nP2,after,c,1\nP2,before,d,1\nP2,after,d,1\n");
  /* --internal: two participants would be suppressed (*) in published
     output; this checks how numbers are written.  */
  const char *args = "savings --usage '%s' --unit-costs '%s' "
                     "--before before --after after --format %s --internal";
  sp_cli_result j = sp_cli_run (args, usage, costs, "json");
  sp_cli_result c = sp_cli_run (args, usage, costs, "csv");
  assert_int_equal (j.status, 0);
  assert_int_equal (c.status, 0);
  cJSON *doc = sp_cli_json (&j);
  /* %.17g wrote 0.29999999999999999 and 3.2999999999999998 here.  */
  assert_non_null (strstr (c.out, ",emergency,0.3,3,"));
  /* Each line ends with its contributors, price year, original unit cost
     and year, and uprating factor (issue 9; 1, as the evaluation sets no
     price year).  */
  assert_non_null (strstr (c.out, ",planned,3.3,4,13.2,2,6.6,6.6,2,2023/24,"
                                  "3.3,2023/24,1\r\n"));
  assert_non_null (strstr (c.out, "\"'=HYPERLINK(\"\"http://example.org\"\")\""));
  assert_non_null (strstr (c.out, ",'+Ambulance,"));
  assert_non_null (strstr (c.out, ",'-Night visits,"));
  assert_non_null (strstr (c.out, ",'@Clinic,"));

  table t;
  table_parse (&t, c.out);
  const cJSON *lines = sp_doc_get (doc, "savings.lines");
  /* Header, the lines, the total, then one row per limitation (cite:
     the CSV carries the document's limitations).  */
  assert_int_equal (t.rows, (size_t) cJSON_GetArraySize (lines) + 2
                              + (size_t) cJSON_GetArraySize (
                                sp_doc_get (doc, "limitations")));
  static const char *const nums[] = { "unit_cost", "before_quantity",
                                      "before_cost", "after_quantity",
                                      "after_cost", "saving" };
  size_t r = 0;
  const cJSON *line;
  cJSON_ArrayForEach (line, lines)
  {
    for (size_t k = 0; k < sizeof nums / sizeof nums[0]; k++)
      {
        const char *s = cell (&t, r, nums[k]);
        char *end;
        double v = strtod (s, &end);
        assert_true (*s && *end == '\0');
        /* cJSON writes the JSON with 15 significant digits when they
           read back within DBL_EPSILON (its compare_double), so the
           JSON may be one unit in the last place off the CSV.  */
        double want = sp_doc_num (line, nums[k], NAN);
        if (!(fabs (v - want) <= fabs (want) * 2.3e-16))
          fail_msg ("%s of %s: CSV %s, document %.17g", nums[k],
                    sp_doc_str (line, "service", ""), s,
                    sp_doc_num (line, nums[k], NAN));
        /* No more digits than it takes.  */
        assert_string_equal (s, shortest (v));
      }
    r++;
  }
  /* The total row: baseline 0.6 + 0.9 + 8005.6 + 13.2 = 8020.3, saving
     8020.3 - 3009.3 = 5011.  */
  assert_string_equal (cell (&t, r, "before_cost"), "8020.3");
  assert_string_equal (cell (&t, r, "saving"), "5011");
  assert_near (strtod (cell (&t, r, "before_cost"), NULL),
               sp_doc_num (doc, "savings.baseline_cost", NAN), 1e-12);
  assert_near (strtod (cell (&t, r, "saving"), NULL),
               sp_doc_num (doc, "savings.saving", NAN), 1e-12);
  table_free (&t);
  cJSON_Delete (doc);
  sp_cli_free (&j);
  sp_cli_free (&c);
  free (costs);
  free (usage);
  sp_cli_rmtree (dir);
  free (dir);
}

/* The rows of a CSV text, streamed through libcsv: whether some row
   holds CODE and, in the next cell, TEXT, and whether every row has as
   many cells as the header.  */
typedef struct
{
  const char *code, *text;
  size_t header_cells, cells, rows, ragged;
  int after_code, found;
} lim_scan;

static void
lim_field (void *s, size_t len, void *data)
{
  lim_scan *l = data;
  if (l->after_code && len == strlen (l->text)
      && memcmp (s, l->text, len) == 0)
    l->found = 1;
  l->after_code = len == strlen (l->code) && memcmp (s, l->code, len) == 0;
  l->cells++;
}

static void
lim_row (int c, void *data)
{
  (void) c;
  lim_scan *l = data;
  if (l->rows++ == 0)
    l->header_cells = l->cells;
  else if (l->cells != l->header_cells)
    l->ragged++;
  l->cells = 0;
  l->after_code = 0;
}

/* Every command's CSV on the pilot carries each limitation of its JSON
   document as a row: the code, then the text, in a row as wide as the
   table.  Fails when a CSV renderer leaves the limitations out.  */
static void
csv_lists_limitations (void **state)
{
  (void) state;
  static const char *const commands[] = {
    "savings fixtures/calico-2019/evaluation.json --bootstrap 0",
    "value fixtures/calico-2019/evaluation.json --bootstrap 0",
    "profit fixtures/calico-2019/evaluation.json --bootstrap 0",
    "rollout fixtures/scenarios/east-lancs-890.json --simulations 0",
    "compare fixtures/scenarios/east-lancs-450.json "
    "fixtures/scenarios/east-lancs-890.json --simulations 0",
  };
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    {
      sp_cli_result j = sp_cli_run ("%s --format json", commands[i]);
      sp_cli_result c = sp_cli_run ("%s --format csv", commands[i]);
      if (j.status != 0 || c.status != 0)
        fail_msg ("%s exited %d/%d: %s%s", commands[i], j.status, c.status,
                  j.err, c.err);
      cJSON *doc = sp_cli_json (&j);
      const cJSON *list = sp_doc_get (doc, "limitations");
      /* The pilot has limitations (no comparison group at least), so the
         loop below checks something for the data commands.  */
      if (i < 3)
        assert_true (cJSON_GetArraySize (list) > 0);
      const cJSON *e;
      cJSON_ArrayForEach (e, list)
      {
        lim_scan l = { .code = sp_doc_str (e, "code", ""),
                       .text = sp_doc_str (e, "text", "") };
        assert_true (l.code[0] && l.text[0]);
        struct csv_parser p;
        assert_int_equal (csv_init (&p, CSV_STRICT), 0);
        size_t n = strlen (c.out);
        assert_int_equal (csv_parse (&p, c.out, n, lim_field, lim_row, &l),
                          n);
        csv_fini (&p, lim_field, lim_row, &l);
        csv_free (&p);
        if (!l.found)
          fail_msg ("%s: CSV lacks limitation %s", commands[i], l.code);
        if (l.ragged)
          fail_msg ("%s: %zu CSV rows differ in width from the header",
                    commands[i], l.ragged);
      }
      cJSON_Delete (doc);
      sp_cli_free (&j);
      sp_cli_free (&c);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (shortest_known_values),
    cmocka_unit_test (shortest_round_trips),
    cmocka_unit_test (field_escapes_formulas),
    cmocka_unit_test (savings_csv_is_safe),
    cmocka_unit_test (csv_lists_limitations),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_cli_basis.c -- what the saving rests on: savings.basis, the rows
   by source behind each period, the title in text, statement and the
   statement's charts, and the forecast and recall limitations

   Data built here: two services (s1 at £10, s2 at £20) used by three
   participants in both periods and a fourth (X9) seen before only, so
   excluded; only the source column changes from case to case.  */

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
#include "doc.h"
#include "xalloc.h"

/* The sources of the rows, in the order of ROWS below (NULL: the file
   has no source column).  */
typedef struct
{
  const char *sources[9];
  int column;   /* the file has a source column */
} sources;

/* Nine rows: P1 before s1, s2; P1 after s1; P2 before s1; P2 after s1,
   s2; P3 before s2; P3 after s2; X9 before s1 (excluded).  Before: P1
   2 rows, P2 1, P3 1 (4); after: P1 1, P2 2, P3 1 (4).  Saving: P1 (5 x
   10 + 2 x 20) - 3 x 10 = 60; P2 4 x 10 - (2 x 10 + 1 x 20) = 0; P3 3 x
   20 - 1 x 20 = 40; total 100.  */
static const char *const rows[9] = {
  "P1,before,s1,5", "P1,before,s2,2", "P1,after,s1,3", "P2,before,s1,4",
  "P2,after,s1,2", "P2,after,s2,1", "P3,before,s2,3", "P3,after,s2,1",
  "X9,before,s1,9",
};

/* Write the data set with SRC into DIR; returns the evaluation
   (owned).  */
static char *
write_case (const char *dir, const sources *src)
{
  free (sp_cli_write (dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "s1,Clinic,visit,10,planned,2020/21,test\n"
    "s2,Ward,day,20,emergency,2020/21,test\n"));
  char *t = sp_xstrdup (src->column
                          ? "participant_id,period,service,quantity,source\n"
                          : "participant_id,period,service,quantity\n");
  for (int i = 0; i < 9; i++)
    {
      char *more = src->column
                     ? sp_xasprintf ("%s%s,%s\n", t, rows[i],
                                     src->sources[i])
                     : sp_xasprintf ("%s%s\n", t, rows[i]);
      free (t);
      t = more;
    }
  free (sp_cli_write (dir, "usage.csv", t));
  free (t);
  return sp_cli_write (dir, "evaluation.json",
                       "{ \"usage\": \"usage.csv\", \"unit_costs\": "
                       "\"costs.csv\" }\n");
}

/* Whether DOC's limitations include CODE.  */
static int
has_limitation (const cJSON *doc, const char *code)
{
  const cJSON *e;
  cJSON_ArrayForEach (e, cJSON_GetObjectItemCaseSensitive (doc,
                                                           "limitations"))
  if (strcmp (sp_doc_str (e, "code", ""), code) == 0)
    return 1;
  return 0;
}

/* What one case must give.  */
typedef struct
{
  const char *basis;
  const char *title;
  double before[4];   /* recall, record, plan, unspecified */
  double after[4];
  int forecast, recall; /* the limitations */
} expected;

/* Run savings and report on SRC and check everything against WANT.  */
static void
check (const sources *src, const expected *want)
{
  static const char *const keys[4] = { "recall", "record", "plan",
                                       "unspecified" };
  char *dir = sp_cli_tmpdir ();
  char *eval = write_case (dir, src);
  /* --internal throughout: three participants, which published output
     shows as * (test_cli_disclosure.c); here the basis is checked.  */
  sp_cli_result r = sp_cli_run ("savings '%s' --format json --internal",
                                eval);
  if (r.status != 0)
    fail_msg ("savings exited %d: %s", r.status, r.err);
  cJSON *doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "savings.saving"), 100, 1e-9);
  assert_near (sp_cli_num (doc, "savings.participants"), 3, 0);
  assert_string_equal (sp_doc_str (doc, "savings.basis", ""), want->basis);
  assert_string_equal (sp_doc_str (doc, "savings.title", ""), want->title);
  assert_string_equal (sp_doc_str (doc, "savings.periods.before.period",
                                   ""), "before");
  for (int k = 0; k < 4; k++)
    {
      char path[96];
      snprintf (path, sizeof path, "savings.periods.before.source_rows.%s",
                keys[k]);
      assert_near (sp_cli_num (doc, path), want->before[k], 0);
      snprintf (path, sizeof path, "savings.periods.after.source_rows.%s",
                keys[k]);
      assert_near (sp_cli_num (doc, path), want->after[k], 0);
    }
  assert_int_equal (has_limitation (doc, "forecast"), want->forecast);
  assert_int_equal (has_limitation (doc, "recall"), want->recall);
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Text: the title names the figure.  */
  r = sp_cli_run ("savings '%s' --internal", eval);
  assert_int_equal (r.status, 0);
  char *line = sp_xasprintf ("%s: £100, ", want->title);
  if (!strstr (r.out, line))
    fail_msg ("no '%s' in the text output:\n%s", line, r.out);
  free (line);
  sp_cli_free (&r);

  /* The statement: the headline and the section say the basis; the
     chart drawn on it too; "observed" only when it is.  */
  char *out = sp_xasprintf ("%s/out", dir);
  r = sp_cli_run ("report '%s' --out '%s' --bootstrap 0 --internal", eval,
                  out);
  if (r.status != 0)
    fail_msg ("report exited %d: %s", r.status, r.err);
  sp_cli_free (&r);
  char *pdf_path = sp_xasprintf ("%s/statement.pdf", out);
  char *pdf = sp_cli_pdf_text (pdf_path, 0);
  if (pdf)
    {
      char *flat = sp_cli_squash (pdf);
      char *head = sp_xasprintf ("%s (3 participants, a year)", want->title);
      if (!strstr (flat, head))
        fail_msg ("no headline '%s' on the statement", head);
      char *chart = sp_xasprintf ("%s: cost per service line", want->title);
      if (!strstr (flat, chart))
        fail_msg ("no chart titled '%s' on the statement", chart);
      int observed = strcmp (want->basis, "observed") == 0;
      if (observed != (strstr (flat, "observed") != NULL))
        fail_msg ("'observed' %s on the statement of a %s saving",
                  observed ? "missing" : "used", want->basis);
      /* Every limitation of the report's document, forecast and recall
         among them, is on the statement.  */
      char *json_path = sp_xasprintf ("%s/results.json", out);
      char *json = sp_cli_read (json_path, NULL);
      cJSON *rdoc = cJSON_Parse (json);
      assert_non_null (rdoc);
      assert_int_equal (has_limitation (rdoc, "forecast"), want->forecast);
      assert_int_equal (has_limitation (rdoc, "recall"), want->recall);
      const cJSON *e;
      cJSON_ArrayForEach (e, cJSON_GetObjectItem (rdoc, "limitations"))
      {
        char *text = sp_cli_squash (sp_doc_str (e, "text", ""));
        if (!strstr (flat, text))
          fail_msg ("the statement lacks the %s text",
                    sp_doc_str (e, "code", ""));
        free (text);
      }
      cJSON_Delete (rdoc);
      free (json);
      free (json_path);
      free (chart);
      free (head);
      free (flat);
      free (pdf);
    }
  free (pdf_path);
  free (out);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

/* Every row a record, in any case; the excluded participant's plan row
   does not count.  */
static void
observed (void **state)
{
  (void) state;
  sources src = { { "record", "Record", "RECORD", "record", "record",
                    "record", "record", "record", "plan" }, 1 };
  expected want = { "observed", "NHS cost saving (recorded activity)",
                    { 0, 4, 0, 0 }, { 0, 4, 0, 0 }, 0, 0 };
  check (&src, &want);
}

/* Recalled before, recorded after.  */
static void
reported_recall (void **state)
{
  (void) state;
  sources src = { { "recall", "recall", "record", "recall", "record",
                    "record", "recall", "record", "record" }, 1 };
  expected want = { "reported", "Reported NHS cost saving (recalled use)",
                    { 4, 0, 0, 0 }, { 0, 4, 0, 0 }, 0, 1 };
  check (&src, &want);
}

/* No source column: every row unspecified; and records with one empty
   cell.  */
static void
reported_unspecified (void **state)
{
  (void) state;
  sources none = { { NULL }, 0 };
  expected want = { "reported",
                    "Reported NHS cost saving (source of use not recorded)",
                    { 0, 0, 0, 4 }, { 0, 0, 0, 4 }, 0, 0 };
  check (&none, &want);
  sources one_empty = { { "record", "record", "record", "record", "",
                          "record", "record", "record", "record" }, 1 };
  expected want2 = { "reported",
                     "Reported NHS cost saving (source of use not recorded)",
                     { 0, 4, 0, 0 }, { 0, 3, 0, 1 }, 0, 0 };
  check (&one_empty, &want2);
}

/* One planned row after makes the whole saving a forecast; with recall
   before, both limitations.  */
static void
forecast (void **state)
{
  (void) state;
  sources src = { { "record", "record", "record", "record", "record",
                    "plan", "record", "record", "record" }, 1 };
  expected want = { "forecast", "Forecast NHS cost saving",
                    { 0, 4, 0, 0 }, { 0, 3, 1, 0 }, 1, 0 };
  check (&src, &want);
  sources pilot_like = { { "recall", "recall", "plan", "recall", "plan",
                           "plan", "recall", "plan", "recall" }, 1 };
  expected want2 = { "forecast", "Forecast NHS cost saving",
                     { 4, 0, 0, 0 }, { 0, 0, 4, 0 }, 1, 1 };
  check (&pilot_like, &want2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (observed),
    cmocka_unit_test (reported_recall),
    cmocka_unit_test (reported_unspecified),
    cmocka_unit_test (forecast),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_csvtable.c -- CSV reading: BOM, CRLF, quotes, header binding */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "csvtable.h"
#include "fields.h"

static const sp_csv_column cols[] = { { "a", 1 }, { "b", 1 }, { "c", 0 } };

static void
bom_crlf_quotes_any_order (void **state)
{
  (void) state;
  const char text[] = "\xEF\xBB\xBF" "B, A ,extra\r\n"
                      "\"x,1\",2,z\r\n"
                      "\r\n"
                      "\"multi\nline\",3,\"q\"\"q\"\r\n";
  sp_diag d;
  sp_diag_init (&d);
  sp_csv_table t;
  assert_int_equal (sp_csv_table_parse ("t.csv", text, sizeof text - 1, &t,
                                        &d), 0);
  int idx[3];
  assert_int_equal (sp_csv_table_bind (&t, cols, 3, idx, &d), 0);
  assert_int_equal (idx[0], 1);
  assert_int_equal (idx[1], 0);
  assert_int_equal (idx[2], -1);
  assert_int_equal (t.n_rows, 2);
  assert_string_equal (sp_csv_cell (&t.rows[0], idx[1]), "x,1");
  assert_int_equal (t.rows[0].line, 2);
  assert_int_equal (t.rows[1].line, 4);
  assert_string_equal (sp_csv_cell (&t.rows[1], idx[1]), "multi\nline");
  assert_string_equal (sp_csv_cell (&t.rows[1], 2), "q\"q");
  /* One warning for the unknown column, no errors.  */
  assert_false (sp_diag_failed (&d));
  assert_int_equal (d.n_msgs, 1);
  assert_non_null (strstr (d.msgs[0].text, "'extra'"));
  sp_csv_table_free (&t);
  sp_diag_free (&d);
}

static void
header_problems (void **state)
{
  (void) state;
  const char text[] = "a,a\n1,2\n3\n";
  sp_diag d;
  sp_diag_init (&d);
  sp_csv_table t;
  assert_int_equal (sp_csv_table_parse ("t.csv", text, sizeof text - 1, &t,
                                        &d), 0);
  int idx[3];
  assert_int_equal (sp_csv_table_bind (&t, cols, 3, idx, &d), -1);
  /* duplicated a, missing b, short row 3 */
  assert_int_equal (d.n_errors, 3);
  assert_int_equal (d.msgs[0].line, 1);
  assert_int_equal (d.msgs[0].column, 2);
  assert_int_equal (d.exit_status, 65);
  sp_csv_table_free (&t);
  sp_diag_free (&d);
}

static void
empty_and_bad_quotes (void **state)
{
  (void) state;
  sp_diag d;
  sp_diag_init (&d);
  sp_csv_table t;
  assert_int_equal (sp_csv_table_parse ("e.csv", "", 0, &t, &d), -1);
  sp_csv_table_free (&t);
  const char bad[] = "a,b\n1,x\"y\"z\n";
  assert_int_equal (sp_csv_table_parse ("q.csv", bad, sizeof bad - 1, &t,
                                        &d), -1);
  assert_int_equal (d.msgs[1].line, 2);
  assert_int_equal (d.msgs[1].column, 2);
  sp_csv_table_free (&t);
  sp_diag_free (&d);
}

static void
fields (void **state)
{
  (void) state;
  double v;
  int b, i;
  assert_int_equal (sp_field_double (" 2.5 ", &v), 0);
  assert_near (v, 2.5, 0);
  assert_int_equal (sp_field_double ("nan", &v), -1);
  assert_int_equal (sp_field_double ("inf", &v), -1);
  assert_int_equal (sp_field_double ("1e999", &v), -1);
  assert_int_equal (sp_field_double ("1e308", &v), -1);
  assert_int_equal (sp_field_double ("-2e15", &v), -1);
  assert_int_equal (sp_field_double ("1e15", &v), 0);
  assert_int_equal (sp_field_double ("12abc", &v), -1);
  assert_int_equal (sp_field_double ("", &v), -1);
  assert_int_equal (sp_field_double ("0x10", &v), -1);
  assert_int_equal (sp_field_bool ("Yes", &b), 0);
  assert_true (b);
  assert_int_equal (sp_field_bool ("N", &b), 0);
  assert_false (b);
  assert_int_equal (sp_field_bool ("maybe", &b), -1);
  assert_int_equal (sp_field_int ("42", &i), 0);
  assert_int_equal (i, 42);
  assert_int_equal (sp_field_int ("4.2", &i), -1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (bom_crlf_quotes_any_order),
    cmocka_unit_test (header_problems),
    cmocka_unit_test (empty_and_bad_quotes),
    cmocka_unit_test (fields),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

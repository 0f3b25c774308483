/* test_jsonload.c -- JSON inputs read strictly: a key given twice, text
   after the value and a nesting past cJSON's limit are errors at their
   positions; the evaluation file places a key's error along its path

   Positions are worked out by hand from the texts (lines and columns
   from 1, columns counting characters).  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli.h"
#include "evaluation.h"
#include "jsonload.h"
#include "xalloc.h"

/* Parse TEXT; expect failure with exactly one error at LINE:COLUMN
   whose text contains WANT (or success when WANT is NULL).  */
static void
expect (const char *text, size_t line, size_t column, const char *want)
{
  sp_diag d;
  sp_diag_init (&d);
  cJSON *root = sp_json_parse_strict ("t.json", text, strlen (text),
                                      "not JSON", NULL, &d);
  if (!want)
    {
      if (!root)
        fail_msg ("refused: %s", d.n_msgs ? d.msgs[0].text : "?");
      assert_int_equal (d.n_msgs, 0);
    }
  else
    {
      assert_null (root);
      assert_int_equal (d.n_msgs, 1);
      if (!strstr (d.msgs[0].text, want) || d.msgs[0].line != line
          || d.msgs[0].column != column)
        fail_msg ("%zu:%zu: %s; want %zu:%zu: %s", d.msgs[0].line,
                  d.msgs[0].column, d.msgs[0].text, line, column, want);
    }
  cJSON_Delete (root);
  sp_diag_free (&d);
}

static void
repeated_keys (void **state)
{
  (void) state;
  /* top level: the second "a" is line 3, column 3 */
  expect ("{\n  \"a\": 1,\n  \"a\": 2\n}\n", 3, 3,
          "key \"a\" is given twice in this object (first on line 2)");
  /* the same key in two objects is fine; repeated inside "x" (line 2,
     column 28: "\xC3\xA9" is one character) is not */
  expect ("{ \"k\": 1, \"inner\": { \"k\": 2 },\n  \"s\": \"\xC3\xA9\", "
          "\"x\": { \"k\": 3, \"k\": 4 } }", 2, 28,
          "key \"k\" is given twice");
  /* "\u0061" is "a" */
  expect ("{ \"a\": 1, \"\\u0061\": 2 }", 1, 11, "key \"a\" is given twice");
  /* in an object inside an array */
  expect ("[ 1, { \"b\": [], \"b\": {} } ]", 1, 17,
          "key \"b\" is given twice");
  expect ("{ \"a\": { \"a\": { \"a\": 1 } }, \"b\": [ { \"a\": 2 } ] }", 0, 0,
          NULL);
}

static void
text_after_the_value (void **state)
{
  (void) state;
  /* the value ends at 2:2; "x" is 3:1 */
  /* an object was asked for: the array is refused at its start */
  sp_diag d;
  sp_diag_init (&d);
  assert_null (sp_json_parse_strict ("t.json", "\n  [1]", 6, NULL,
                                     "the file", &d));
  assert_int_equal (d.msgs[0].line, 2);
  assert_int_equal (d.msgs[0].column, 3);
  assert_string_equal (d.msgs[0].text,
                       "the file must be a JSON object { ... }");
  sp_diag_free (&d);
  expect ("{ \"a\": 1\n}\nx\n", 3, 1,
          "there is more after the end of the value (it ends at line 2, "
          "column 2)");
  expect ("{} {}", 1, 4, "there is more after the end");
  expect ("[1]\r\n\t \n", 0, 0, NULL);
  /* cut short: where cJSON stopped, the last character */
  expect ("{ \"a\": 1 ", 1, 9, "not JSON");
  expect ("", 1, 1, "not JSON");
}

/* CJSON_NESTING_LIMIT arrays inside one another are read; one more is
   refused at the bracket past the limit (column limit + 1), saying
   so.  */
static void
nesting_limit (void **state)
{
  (void) state;
  size_t n = CJSON_NESTING_LIMIT;
  char *text = sp_xmalloc (2 * n + 8);
  for (size_t extra = 0; extra < 2; extra++)
    {
      size_t k = n + extra;
      memset (text, '[', k);
      memset (text + k, ']', k);
      text[2 * k] = '\0';
      if (extra == 0)
        expect (text, 0, 0, NULL);
      else
        expect (text, 1, n + 1, "nested more than 1000 deep");
    }
  /* brackets inside strings do not count */
  free (text);
  text = sp_xmalloc (n + 64);
  strcpy (text, "{ \"a\": \"");
  memset (text + 8, '[', n + 5);
  strcpy (text + 8 + n + 5, "\" }");
  expect (text, 0, 0, NULL);
  free (text);
}

/* A key inside "bootstrap" whose name also appears earlier in the file
   is placed at its own line (it was placed at the first "seed": line 2,
   a note's key).  */
static void
evaluation_key_positions (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *path = sp_cli_write (dir, "e.json",
                             "{\n"
                             "  \"notes\": \"\\\"seed\\\": 1\",\n"
                             "  \"local_economy\": { \"seed\": 1 },\n"
                             "  \"bootstrap\": {\n"
                             "    \"method\": \"bca\",\n"
                             "    \"seed\": 2.5 }\n"
                             "}\n");
  sp_evaluation e;
  sp_evaluation_defaults (&e);
  sp_diag d;
  sp_diag_init (&d);
  assert_int_equal (sp_evaluation_load (path, &e, &d), -1);
  /* the unknown "seed" of local_economy, line 3 column 22; the bad
     "seed" of bootstrap, line 6 column 5 */
  assert_int_equal (d.n_msgs, 2);
  assert_int_equal (d.msgs[0].kind, SP_DIAG_WARNING);
  assert_int_equal (d.msgs[0].line, 3);
  assert_int_equal (d.msgs[0].column, 22);
  assert_int_equal (d.msgs[1].kind, SP_DIAG_ERROR);
  assert_non_null (strstr (d.msgs[1].text, "key \"seed\" must be a whole"));
  assert_int_equal (d.msgs[1].line, 6);
  assert_int_equal (d.msgs[1].column, 5);
  sp_diag_free (&d);

  /* a key given twice: the second, line 3 */
  sp_diag_init (&d);
  free (sp_cli_write (dir, "e.json", "{ \"scale_to\": 48,\n"
                                     "  \"usage\": \"u.csv\",\n"
                                     "  \"scale_to\": 50 }\n"));
  assert_int_equal (sp_evaluation_load (path, &e, &d), -1);
  assert_int_equal (d.n_msgs, 1);
  assert_int_equal (d.msgs[0].line, 3);
  assert_int_equal (d.msgs[0].column, 3);
  sp_diag_free (&d);
  sp_evaluation_free (&e);
  sp_cli_rmtree (dir);
  free (path);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (repeated_keys),
    cmocka_unit_test (text_after_the_value),
    cmocka_unit_test (nesting_limit),
    cmocka_unit_test (evaluation_key_positions),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

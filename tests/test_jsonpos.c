/* test_jsonpos.c -- positions of keys and paths in JSON text, and no
   read past the end of a text that stops short

   The scanners (common/jsonpos.h) are meant for text that has parsed,
   but a results document's fuzz target fed them text that ends inside
   a value, and three of them stepped past the terminating NUL (fixed in
   f243da2 and 67b50b0).  Every text here is copied into a heap block of
   exactly its length plus the NUL, so that the sanitizer build (.ci/run)
   reports any such read.  Positions are worked out by hand.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "jsonpos.h"
#include "xalloc.h"

/* The position of PATH in TEXT (copied to an exact heap block).  */
static void
path_at (const char *text, const char *path, size_t *line, size_t *column)
{
  char *copy = sp_xstrdup (text);
  sp_json_path_position (copy, path, line, column);
  free (copy);
}

static void
paths_in_whole_documents (void **state)
{
  (void) state;
  size_t l, c;
  path_at ("{\n  \"a\": {\"b\": 1},\n  \"c\": [10, {\"d\": 2}]\n}", "a.b",
           &l, &c);
  assert_int_equal (l, 2);
  assert_int_equal (c, 9);
  path_at ("{\n  \"a\": {\"b\": 1},\n  \"c\": [10, {\"d\": 2}]\n}", "c.1.d",
           &l, &c);
  assert_int_equal (l, 3);
  assert_int_equal (c, 14);
  /* A missing last part: the deepest part found ("c").  */
  path_at ("{\n  \"a\": {\"b\": 1},\n  \"c\": [10, {\"d\": 2}]\n}", "c.5",
           &l, &c);
  assert_int_equal (l, 3);
  assert_int_equal (c, 3);
  /* Columns count characters: "é" is two bytes, one column.  */
  path_at ("{\"é\": 1, \"k\": 2}", "k", &l, &c);
  assert_int_equal (l, 1);
  assert_int_equal (c, 10);
}

/* Texts that stop inside a string, an object or an array, with paths
   that go on past where they stop: each gives a position at or before
   the end, and (under the sanitizers) reads nothing past the NUL.  */
static void
texts_that_stop_short (void **state)
{
  (void) state;
  static const char *texts[] = {
    "", "{", "[", "\"", "{\"", "{\"a", "{\"a\"", "{\"a\":", "{\"a\": ",
    "{\"a\":{", "{\"a\":{\"", "{\"a\":{\"b", "{\"a\":[", "{\"a\":[1,",
    "{\"a\":[1, {", "{\"a\":\"x", "{\"a\":\"x\\", "[{\"a\":[", "[1,",
    "{\"a\":1,", "{\"a\":1, \"", "{\"a\":{\"b\":[{\"c\"",
  };
  static const char *paths[] = { "a", "a.b", "a.1", "a.1.b", "0.a.0",
                                 "1", "a.b.0.c", "" };
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
    for (size_t p = 0; p < sizeof paths / sizeof paths[0]; p++)
      {
        size_t l = 0, c = 0;
        path_at (texts[t], paths[p], &l, &c);
        assert_int_equal (l, 1);
        assert_true (c >= 1 && c <= strlen (texts[t]) + 1);
      }
  /* The skipping scanners at the very end stay there.  */
  char *empty = sp_xstrdup ("");
  assert_ptr_equal (sp_json_skip_string (empty), empty);
  assert_ptr_equal (sp_json_skip_ws (empty), empty);
  free (empty);
  char *open = sp_xstrdup ("\"abc");
  assert_ptr_equal (sp_json_skip_string (open), open + 4);
  free (open);
}

static void
keys (void **state)
{
  (void) state;
  size_t l, c;
  char *text = sp_xstrdup ("{\n \"ab\": 1,\n  \"a\" : 2\n}");
  sp_json_key_position (text, "a", &l, &c);
  assert_int_equal (l, 3);
  assert_int_equal (c, 3);
  sp_json_key_position (text, "zz", &l, &c);
  assert_int_equal (l, 1);
  assert_int_equal (c, 1);
  free (text);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (paths_in_whole_documents),
    cmocka_unit_test (texts_that_stop_short),
    cmocka_unit_test (keys),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_notes.c -- sp_notes_redact (results/notes_doc.h): what a data
   note may show in a published output, worked by hand.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "notes_doc.h"

static void
expect (const char *text, int threshold, const char *want)
{
  char *got = sp_notes_redact (text, threshold);
  assert_string_equal (got, want);
  free (got);
}

static void
small_counts_and_quoted_names_are_hidden (void **state)
{
  (void) state;
  expect ("3 transactions name 1 participant not in the register ('EL-105')",
          7, "* transactions name * participant not in the register ('*')");
  expect ("12 participants have rows in one period only", 7,
          "12 participants have rows in one period only");
  expect ("8 people", 7, "8 people");
  expect ("7 people", 7, "* people");
  expect ("0 people", 7, "0 people");
  expect ("3 people", 0, "3 people");
}

static void
places_and_dates_keep_their_numbers (void **state)
{
  (void) state;
  expect ("no scores at wave 2; 3 people answered at wave 1", 7,
          "no scores at wave 2; * people answered at wave 1");
  expect ("the key given twice (first on line 3, column 5)", 7,
          "the key given twice (first on line 3, column 5)");
  expect ("paid in 2018-07 and quarter 4 of year 2", 7,
          "paid in 2018-07 and quarter 4 of year 2");
  expect ("prices of 2017/18 (usage.csv:3:4)", 7,
          "prices of 2017/18 (usage.csv:3:4)");
  expect ("the participant's 2 rows", 7, "the participant's * rows");
  /* a word that only ends like one of them is not one */
  expect ("midwave 2 people", 7, "midwave * people");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (small_counts_and_quoted_names_are_hidden),
    cmocka_unit_test (places_and_dates_keep_their_numbers),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

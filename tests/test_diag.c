/* test_diag.c -- messages kept once, the cap per file, many messages

   A message repeated (the same kind, file, line, column and text) is
   kept once, whatever number of messages came before it; errors past
   the cap of a file are counted, not kept, and another file has a cap
   of its own.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"

static void
repeated_messages_once (void **state)
{
  (void) state;
  sp_diag d;
  sp_diag_init (&d);
  sp_diag_warn (&d, "a.csv", 2, 3, "odd %d", 1);
  sp_diag_warn (&d, "a.csv", 2, 3, "odd %d", 1);   /* the same */
  sp_diag_warn (&d, "a.csv", 2, 4, "odd %d", 1);   /* another column */
  sp_diag_error (&d, "a.csv", 2, 3, "odd %d", 1);  /* an error */
  sp_diag_warn (&d, "b.csv", 2, 3, "odd %d", 1);   /* another file */
  sp_diag_warn (&d, NULL, 0, 0, "no file");
  sp_diag_warn (&d, NULL, 0, 0, "no file");
  assert_int_equal (d.n_msgs, 5);
  assert_int_equal (d.n_errors, 1);
  assert_int_equal (sp_diag_errors_in (&d, "a.csv"), 1);
  assert_int_equal (sp_diag_errors_in (&d, "b.csv"), 0);
  assert_int_equal (sp_diag_errors_in (&d, "c.csv"), 0);
  sp_diag_free (&d);
}

/* 120 errors in a.csv: the cap's worth kept, the rest counted; b.csv's
   three errors all kept; a repeated error is neither kept nor counted
   again.  */
static void
cap_per_file (void **state)
{
  (void) state;
  sp_diag d;
  sp_diag_init (&d);
  for (int i = 0; i < 120; i++)
    sp_diag_error (&d, "a.csv", (size_t) i + 2, 1, "bad");
  for (int i = 0; i < 3; i++)
    sp_diag_error (&d, "b.csv", (size_t) i + 2, 1, "bad");
  sp_diag_error (&d, "b.csv", 2, 1, "bad");
  assert_int_equal (sp_diag_errors_in (&d, "a.csv"), SP_DIAG_CAP_PER_FILE);
  assert_int_equal (sp_diag_errors_in (&d, "b.csv"), 3);
  assert_int_equal (d.n_errors, 123);
  assert_int_equal (d.n_suppressed, 120 - SP_DIAG_CAP_PER_FILE);
  assert_int_equal (d.n_msgs, SP_DIAG_CAP_PER_FILE + 3);
  assert_int_equal (d.exit_status, SP_EXIT_DATAERR);
  sp_diag_free (&d);
}

/* 60,000 different warnings, then each again, then the first again:
   60,000 kept, in order.  (Each used to be compared with every earlier
   one: this took minutes.)  */
static void
many_warnings (void **state)
{
  (void) state;
  sp_diag d;
  sp_diag_init (&d);
  enum { N = 60000 };
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < N; i++)
      sp_diag_warn (&d, i % 2 ? "a.csv" : "b.csv", (size_t) i, 0,
                    "participant 'P%d' is odd", i);
  sp_diag_warn (&d, "b.csv", 0, 0, "participant 'P0' is odd");
  assert_int_equal (d.n_msgs, N);
  assert_int_equal (d.msgs[N - 1].line, N - 1);
  assert_string_equal (d.msgs[12345].text, "participant 'P12345' is odd");
  assert_int_equal (d.n_errors, 0);
  sp_diag_free (&d);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (repeated_messages_once),
    cmocka_unit_test (cap_per_file),
    cmocka_unit_test (many_warnings),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

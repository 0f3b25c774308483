/* test_limitations.c -- the limitation predicates and texts by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "limitations.h"
#include "reliability.h"
#include "comparison_doc.h"
#include "limitations_doc.h"

/* small_cohort: fewer than 30.  */
static void
small_cohort (void **state)
{
  (void) state;
  assert_true (sp_limits_small_cohort (0));
  assert_true (sp_limits_small_cohort (29));
  assert_false (sp_limits_small_cohort (30));
  assert_false (sp_limits_small_cohort (1000));
}

/* A figure that is the plain total of one column: each participant's
   influence is their own value.  */
static void
total (const double *sums, double *theta, const void *arg)
{
  (void) arg;
  theta[0] = sums[0];
}

/* A ratio of two columns (a mean of the first over the second).  */
static void
ratio (const double *sums, double *theta, const void *arg)
{
  (void) arg;
  theta[0] = sums[1] != 0.0 ? sums[0] / sums[1] : NAN;
}

static int
concentrated (const double *x, size_t n, size_t k, sp_boot_statistic f)
{
  sp_boot_problem p = { .x = x, .n = n, .k = k, .statistic = f, .m = 1 };
  return sp_limits_concentrated (&p, 0);
}

/* Totals: 60 + 41 of 200 is 50.5% (more than half); 50 + 50 of 200 is
   exactly half (not more); a negative total is never concentrated; two
   participants or fewer carry all of a positive total.  */
static void
concentration_of_a_total (void **state)
{
  (void) state;
  const double over[] = { 10, 60, 20, 41, 30, 39 };       /* sum 200 */
  assert_true (concentrated (over, 6, 1, total));
  const double half[] = { 50, 25, 50, 25, 25, 25 };       /* sum 200 */
  assert_false (concentrated (half, 6, 1, total));
  const double loss[] = { -100, -5, 1 };
  assert_false (concentrated (loss, 3, 1, total));
  const double two[] = { 1, 1 };
  assert_true (concentrated (two, 2, 1, total));
  const double one[] = { 3 };
  assert_true (concentrated (one, 1, 1, total));
  assert_false (concentrated (one, 0, 1, total));
}

/* Not a total: the mean of x over four people (rows x, 1).  x = 10, 0,
   0, 0: mean 2.5; leaving out the first gives 0 (influence 2.5), any
   other 10/3 (influence -0.8333); top two 2.5 - 0.8333 = 1.6667 of 2.5
   = 66.7%: concentrated.  x = 1, 1, 1, 1: every influence 0, top two 0:
   not.  */
static void
concentration_of_a_mean (void **state)
{
  (void) state;
  const double skew[] = { 10, 1, 0, 1, 0, 1, 0, 1 };
  assert_true (concentrated (skew, 4, 2, ratio));
  const double even[] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  assert_false (concentrated (even, 4, 2, ratio));
  /* Undefined without one of two: x = 4, 1 over rows (4,1), (1,0):
     leaving out the first leaves 1 / 0.  */
  const double undefined[] = { 4, 1, 1, 0 };
  assert_false (concentrated (undefined, 2, 2, ratio));
}

static void
no_adjustments (void **state)
{
  (void) state;
  sp_value_proxy items[2];
  memset (items, 0, sizeof items);
  sp_value_proxies set = { items, 2, NULL, NULL };
  assert_true (sp_limits_no_adjustments (&set));
  items[1].displacement = 0.01;
  assert_false (sp_limits_no_adjustments (&set));
  items[1].displacement = 0;
  items[0].attribution = 0.5;
  assert_false (sp_limits_no_adjustments (&set));
  items[0].attribution = 0;
  items[0].deadweight = 1;
  assert_false (sp_limits_no_adjustments (&set));
  /* Drop-off is not one of the three.  */
  items[0].deadweight = 0;
  items[0].drop_off = 0.3;
  assert_true (sp_limits_no_adjustments (&set));
  set.n = 0;
  assert_false (sp_limits_no_adjustments (&set));
}

static void
mixed_years (void **state)
{
  (void) state;
  const char *same[] = { "2017/18", NULL, "", "2017/18" };
  assert_false (sp_limits_mixed_years (same, 4));
  const char *mixed[] = { "2017/18", "2018/19" };
  assert_true (sp_limits_mixed_years (mixed, 2));
  const char *empty[] = { NULL, "" };
  assert_false (sp_limits_mixed_years (empty, 2));
  assert_false (sp_limits_mixed_years (NULL, 0));
}

/* Marking adds figures; clearing removes the code.  */
static void
marks (void **state)
{
  (void) state;
  sp_limits l = { { 0 } };
  sp_limits_mark (&l, SP_LIMIT_SMALL_COHORT, SP_LIMIT_ON_VALUE);
  sp_limits_mark (&l, SP_LIMIT_SMALL_COHORT, SP_LIMIT_ON_SAVINGS);
  sp_limits_mark (&l, SP_LIMIT_RECALL, 0);
  assert_int_equal (l.on[SP_LIMIT_SMALL_COHORT],
                    SP_LIMIT_ON_VALUE | SP_LIMIT_ON_SAVINGS);
  assert_int_equal (l.on[SP_LIMIT_RECALL], 0);
  sp_limits_clear (&l, SP_LIMIT_SMALL_COHORT);
  assert_int_equal (l.on[SP_LIMIT_SMALL_COHORT], 0);
}

/* Every code has a distinct lower-case name and a text; texts name the
   figures they bear on, capitalised at a sentence's start, and never
   leave a placeholder.  */
static void
codes_and_texts (void **state)
{
  (void) state;
  char buf[2048], other[2048];
  for (int c = 0; c < SP_N_LIMITS; c++)
    {
      const char *code = sp_limit_code ((sp_limit) c);
      assert_non_null (code);
      for (const char *s = code; *s; s++)
        assert_true ((*s >= 'a' && *s <= 'z') || *s == '_');
      for (int d = 0; d < c; d++)
        assert_string_not_equal (code, sp_limit_code ((sp_limit) d));
      sp_limit_text ((sp_limit) c, SP_LIMIT_ON_SAVINGS, buf, sizeof buf);
      assert_true (strlen (buf) > 40);
      assert_null (strchr (buf, '{'));
      assert_null (strchr (buf, '_'));
    }
  assert_null (sp_limit_code (SP_N_LIMITS));
  sp_limit_text (SP_LIMIT_SMALL_COHORT,
                 SP_LIMIT_ON_SAVINGS | SP_LIMIT_ON_VALUE, buf, sizeof buf);
  assert_non_null (strstr (buf, "Fewer than 30 people are behind the NHS "
                                "cost saving and the social value."));
  sp_limit_text (SP_LIMIT_MIXED_PRICE_YEARS,
                 SP_LIMIT_ON_SAVINGS | SP_LIMIT_ON_VALUE
                   | SP_LIMIT_ON_PROFIT,
                 buf, sizeof buf);
  assert_non_null (strstr (buf, "in the NHS cost saving, the social value "
                                "and the social return on investment"));
  sp_limit_text (SP_LIMIT_CONCENTRATION, SP_LIMIT_ON_VALUE, buf,
                 sizeof buf);
  assert_non_null (strstr (buf, "more than half of the social value."));
  sp_limit_text (SP_LIMIT_CONCENTRATION, SP_LIMIT_ON_SAVINGS, other,
                 sizeof other);
  assert_string_not_equal (buf, other);
  /* A short buffer is cut, never overrun.  */
  char tiny[12];
  sp_limit_text (SP_LIMIT_SMALL_COHORT, SP_LIMIT_ON_VALUE, tiny,
                 sizeof tiny);
  assert_int_equal (strlen (tiny), sizeof tiny - 1);
}

/* The document's array follows the enum's order, whatever the order of
   marking, and holds only what applies.  */
static void
document_order (void **state)
{
  (void) state;
  sp_limits l = { { 0 } };
  sp_limits_mark (&l, SP_LIMIT_LOCAL_EFFECT_NOT_COUNTED, SP_LIMIT_ON_PROFIT);
  sp_limits_mark (&l, SP_LIMIT_NO_COMPARISON_GROUP, SP_LIMIT_ON_SAVINGS);
  cJSON *doc = cJSON_CreateObject ();
  sp_doc_add_limitations (doc, &l);
  const cJSON *list = cJSON_GetObjectItem (doc, "limitations");
  assert_int_equal (cJSON_GetArraySize (list), 2);
  assert_string_equal (cJSON_GetObjectItem (cJSON_GetArrayItem (list, 0),
                                            "code")->valuestring,
                       "no_comparison_group");
  assert_string_equal (cJSON_GetObjectItem (cJSON_GetArrayItem (list, 1),
                                            "code")->valuestring,
                       "local_effect_not_counted");
  /* Added again: replaced, not duplicated.  */
  sp_limits none = { { 0 } };
  sp_doc_add_limitations (doc, &none);
  assert_int_equal (cJSON_GetArraySize (cJSON_GetObjectItem (
                      doc, "limitations")), 0);
  cJSON_Delete (doc);
}

/* The limitation of a comparison group ends with the size of the
   baseline difference, from savings.comparison: £3,345.50 rounds to
   £3,346, 0.17546 is 17.5%; a lower programme baseline says "less"; no
   difference in the document, no sentence.  */
static void
comparison_difference_sentence (void **state)
{
  (void) state;
  cJSON *doc = cJSON_Parse ("{\"savings\":{\"comparison\":{"
                            "\"baseline_difference\":3345.5,"
                            "\"baseline_difference_rate\":0.17546}}}");
  sp_limits l = { { 0 } };
  sp_limits_mark (&l, SP_LIMIT_COMPARISON_DIFFERENCES, SP_LIMIT_ON_SAVINGS);
  sp_doc_add_limitations (doc, &l);
  const cJSON *e = cJSON_GetArrayItem (cJSON_GetObjectItem (doc,
                                                            "limitations"),
                                       0);
  assert_string_equal (cJSON_GetObjectItem (e, "code")->valuestring,
                       "comparison_group_differences");
  /* The sentence with the figure comes with the details (written from
     the published view, after disclosure control), not before.  */
  assert_null (strstr (cJSON_GetObjectItem (e, "text")->valuestring,
                       "At the start"));
  sp_doc_add_limitation_details (doc);
  const char *text = cJSON_GetObjectItem (e, "text")->valuestring;
  assert_non_null (strstr (text, "A comparison group is behind the NHS "
                                 "cost saving: people who did not have"));
  assert_non_null (strstr (text, "in ways the data do not show"));
  assert_non_null (strstr (text, "cost on average £3,346 a year more than "
                                 "the comparison group (17.5% more)."));
  cJSON_Delete (doc);

  char buf[256];
  doc = cJSON_Parse ("{\"savings\":{\"comparison\":{"
                     "\"baseline_difference\":-120.2,"
                     "\"baseline_difference_rate\":null}}}");
  sp_doc_comparison_difference_text (doc, buf, sizeof buf);
  assert_string_equal (buf, " At the start the programme's participants "
                            "cost on average £120 a year less than the "
                            "comparison group.");
  cJSON_Delete (doc);
  doc = cJSON_Parse ("{\"savings\":{}}");
  sp_doc_comparison_difference_text (doc, buf, sizeof buf);
  assert_string_equal (buf, "");
  cJSON_Delete (doc);
}

/* A figure of several data sets is judged by the smallest
   (reliability.h): 104 in all is "ok" by size alone, but 22 in the
   smallest makes it small and low; 4 in the smallest withholds its
   interval; a larger "smallest" changes nothing.  */
static void
judged_by_the_smallest_data_set (void **state)
{
  (void) state;
  sp_reliability r = { .participants = 104, .smallest = 104 };
  sp_reliability_limit_to (&r, 200);
  assert_int_equal (r.smallest, 104);
  assert_false (r.low);
  sp_reliability_limit_to (&r, 22);
  assert_int_equal (r.smallest, 22);
  assert_true (r.small);
  assert_false (r.withheld);
  assert_true (r.low);
  sp_reliability_limit_to (&r, 4);
  assert_int_equal (r.smallest, 4);
  assert_true (r.withheld);
  assert_int_equal (r.participants, 104);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (small_cohort),
    cmocka_unit_test (judged_by_the_smallest_data_set),
    cmocka_unit_test (concentration_of_a_total),
    cmocka_unit_test (concentration_of_a_mean),
    cmocka_unit_test (no_adjustments),
    cmocka_unit_test (mixed_years),
    cmocka_unit_test (marks),
    cmocka_unit_test (codes_and_texts),
    cmocka_unit_test (document_order),
    cmocka_unit_test (comparison_difference_sentence),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

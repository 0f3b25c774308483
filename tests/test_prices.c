/* test_prices.c -- financial years, price factors and uprating, by hand

   Index (levels by financial year): 2016/17 80, 2017/18 100, 2019/20
   125 (no 2018/19).  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "prices.h"
#include "xalloc.h"

static sp_index_year years[] = {
  { 2017, 100.0, 2 }, { 2016, 80.0, 3 }, { 2019, 125.0, 4 },
};
static const sp_price_index idx = { years, 3, NULL };

/* Every spelling of a financial year, and what is not one.  */
static void
financial_years (void **state)
{
  (void) state;
  int y = 0;
  assert_int_equal (sp_fin_year_parse ("2024/25", &y), 0);
  assert_int_equal (y, 2024);
  assert_int_equal (sp_fin_year_parse (" 2017-18 ", &y), 0);
  assert_int_equal (y, 2017);
  assert_int_equal (sp_fin_year_parse ("2017/2018", &y), 0);
  assert_int_equal (y, 2017);
  assert_int_equal (sp_fin_year_parse ("1999/00", &y), 0);
  assert_int_equal (y, 1999);
  static const char *const bad[] = {
    "2024", "2024/26", "2024/2026", "24/25", "2024/5", "2024/25x",
    "2024_25", "", "abcd/ef", "2024/025"
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    if (sp_fin_year_parse (bad[i], &y) == 0)
      fail_msg ("'%s' read as a financial year", bad[i]);
  assert_int_equal (sp_fin_year_parse (NULL, &y), -1);
  char buf[16];
  assert_string_equal (sp_fin_year_name (2009, buf, sizeof buf), "2009/10");
  assert_string_equal (sp_fin_year_name (1999, buf, sizeof buf), "1999/00");
}

/* index(to) / index(from): 2016/17 -> 2019/20 = 125 / 80 = 1.5625;
   2019/20 -> 2017/18 = 100 / 125 = 0.8; the same year exactly 1.  */
static void
factors (void **state)
{
  (void) state;
  double f = 0;
  assert_int_equal (sp_price_factor (&idx, "2016/17", 2019, &f), SP_PRICE_OK);
  assert_near (f, 1.5625, 0);
  assert_int_equal (sp_price_factor (&idx, "2019-20", 2017, &f), SP_PRICE_OK);
  assert_near (f, 0.8, 1e-15);
  assert_int_equal (sp_price_factor (&idx, "2017/2018", 2017, &f),
                    SP_PRICE_OK);
  assert_near (f, 1, 0);
  assert_int_equal (sp_price_factor (&idx, "2018/19", 2019, &f),
                    SP_PRICE_NOT_IN_INDEX);
  assert_int_equal (sp_price_factor (&idx, "2017", 2019, &f),
                    SP_PRICE_NOT_A_YEAR);
  assert_int_equal (sp_price_factor (&idx, "2017/18", 2020, &f),
                    SP_PRICE_NOT_IN_INDEX);
  assert_null (sp_price_index_find (&idx, 2018));
  assert_near (sp_price_index_find (&idx, 2016)->index, 80, 0);
}

/* Unit costs to 2019/20: a £40 of 2016/17 becomes 40 x 1.5625 = 62.5,
   a £10 of 2019/20 stays 10 (factor 1), a £7 of 2018/19 (not in the
   index) stays as it was and is reported.  Uprating again starts from
   the originals, so it does not compound: to 2017/18 the first is 40 x
   100/80 = 50.  A struct built without the originals gets them.  */
static void
uprate_unit_costs (void **state)
{
  (void) state;
  sp_unit_cost items[3] = {
    { .service = "a", .unit_cost = 40, .price_year = sp_xstrdup ("2016/17"),
      .unit_cost_original = 40, .price_year_original = sp_xstrdup ("2016/17"),
      .uprating_factor = 1 },
    { .service = "b", .unit_cost = 10, .price_year = sp_xstrdup ("2019-20") },
    { .service = "c", .unit_cost = 7, .price_year = sp_xstrdup ("2018/19"),
      .unit_cost_original = 7, .price_year_original = sp_xstrdup ("2018/19"),
      .uprating_factor = 1 },
  };
  sp_unit_costs costs = { items, 3, NULL };
  sp_price_status st[3];
  assert_int_equal (sp_unit_costs_uprate (&costs, &idx, 2019, st), 1);
  assert_int_equal (st[0], SP_PRICE_OK);
  assert_int_equal (st[1], SP_PRICE_OK);
  assert_int_equal (st[2], SP_PRICE_NOT_IN_INDEX);
  assert_near (items[0].unit_cost, 62.5, 0);
  assert_near (items[0].uprating_factor, 1.5625, 0);
  assert_near (items[0].unit_cost_original, 40, 0);
  assert_string_equal (items[0].price_year, "2019/20");
  assert_string_equal (items[0].price_year_original, "2016/17");
  assert_near (items[1].unit_cost, 10, 0);
  assert_near (items[1].uprating_factor, 1, 0);
  assert_string_equal (items[1].price_year, "2019/20");
  assert_string_equal (items[1].price_year_original, "2019-20");
  assert_near (items[2].unit_cost, 7, 0);
  assert_string_equal (items[2].price_year, "2018/19");
  assert_int_equal (sp_unit_costs_uprate (&costs, &idx, 2017, NULL), 1);
  assert_near (items[0].unit_cost, 50, 1e-12);
  assert_near (items[0].uprating_factor, 1.25, 1e-15);
  for (int i = 0; i < 3; i++)
    {
      free (items[i].price_year);
      free (items[i].price_year_original);
    }
}

/* Proxies alike: £300 of 2017/18 to 2019/20 is 300 x 1.25 = 375; one
   whose year is not a financial year ("2019") is reported.  */
static void
uprate_proxies (void **state)
{
  (void) state;
  sp_value_proxy items[2] = {
    { .outcome = "o1", .value = 300, .price_year = sp_xstrdup ("2017/18"),
      .value_original = 300, .price_year_original = sp_xstrdup ("2017/18"),
      .uprating_factor = 1 },
    { .outcome = "o2", .value = 50, .price_year = sp_xstrdup ("2019"),
      .value_original = 50, .price_year_original = sp_xstrdup ("2019"),
      .uprating_factor = 1 },
  };
  sp_value_proxies set = { items, 2, NULL, NULL };
  sp_price_status st[2];
  assert_int_equal (sp_value_proxies_uprate (&set, &idx, 2019, st), 1);
  assert_int_equal (st[0], SP_PRICE_OK);
  assert_int_equal (st[1], SP_PRICE_NOT_A_YEAR);
  assert_near (items[0].value, 375, 0);
  assert_near (items[0].uprating_factor, 1.25, 0);
  assert_string_equal (items[0].price_year, "2019/20");
  assert_near (items[1].value, 50, 0);
  for (int i = 0; i < 2; i++)
    {
      free (items[i].price_year);
      free (items[i].price_year_original);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (financial_years),
    cmocka_unit_test (factors),
    cmocka_unit_test (uprate_unit_costs),
    cmocka_unit_test (uprate_proxies),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

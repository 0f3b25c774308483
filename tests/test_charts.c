/* test_charts.c -- charts and the statement from hand-built documents */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "chart.h"
#include "charts.h"
#include "cli.h"
#include "statement.h"
#include "xalloc.h"

/* A document with a tiny savings section: two lines, one of which
   dwarfs the other (as the pilot's bed days do).  */
static const char *const savings_doc =
  "{\"tool\":{\"name\":\"socialprofit\",\"version\":\"test\"},"
  "\"evaluation\":{\"programme\":\"Test programme\",\"area\":\"Testshire\","
  "\"reporting_period\":\"2020\"},"
  "\"savings\":{\"participants\":3,\"baseline_cost\":100500,"
  "\"after_cost\":20100,\"saving\":80400,\"saving_rate\":0.8,"
  "\"periods\":{\"before\":\"before\",\"after\":\"after\"},"
  "\"lines\":[{\"service\":\"bed\",\"label\":\"Bed days\",\"unit_cost\":100,"
  "\"before_quantity\":1000,\"before_cost\":100000,\"after_quantity\":200,"
  "\"after_cost\":20000,\"saving\":80000,\"source\":\"made up\"},"
  "{\"service\":\"gp\",\"label\":\"GP\",\"unit_cost\":50,"
  "\"before_quantity\":10,\"before_cost\":500,\"after_quantity\":2,"
  "\"after_cost\":100,\"saving\":400,\"source\":\"made up\"}]}}";

/* Every section the charts read, one or two rows each.  */
static const char *const full_doc =
  "{\"tool\":{\"name\":\"socialprofit\",\"version\":\"test\"},"
  "\"evaluation\":{\"programme\":\"Test programme\"},"
  "\"savings\":{\"participants\":2,\"saving\":900,\"saving_rate\":0.9,"
  "\"lines\":[{\"label\":\"A\",\"before_cost\":1000,\"after_cost\":100}],"
  "\"periods\":{\"before\":\"b\",\"after\":\"q2\"},"
  "\"trend\":[{\"period\":\"q1\",\"participants\":2,"
  "\"baseline_cost\":900,\"cost\":700,\"saving\":200,"
  "\"saving_rate\":0.222},{\"period\":\"q2\",\"participants\":2,"
  "\"baseline_cost\":1000,\"cost\":100,\"saving\":900,"
  "\"saving_rate\":null}],"
  "\"comparison\":{\"participants\":3,\"mean_baseline_cost\":400,"
  "\"mean_after_cost\":300,\"mean_change\":100,"
  "\"programme_mean_baseline_cost\":500,"
  "\"programme_mean_after_cost\":50,\"programme_mean_change\":450}},"
  "\"social_value\":{\"total\":-50,"
  "\"outcomes\":[{\"outcome\":\"o1\",\"label\":\"Better\","
  "\"present_value\":150},{\"outcome\":\"o2\",\"label\":\"Worse\","
  "\"present_value\":-200},{\"outcome\":\"o3\",\"present_value\":null}],"
  "\"domains\":[{\"domain\":\"d1\",\"min\":1,\"max\":10,"
  "\"baseline_mean\":3,\"followup_mean\":5,\"improvement\":0.667},"
  "{\"domain\":\"d2\",\"min\":0,\"max\":100,\"baseline_mean\":29,"
  "\"followup_mean\":35,\"improvement\":0.207},"
  "{\"domain\":\"d3\",\"baseline_mean\":null,\"followup_mean\":null,"
  "\"improvement\":null}],"
  "\"waves\":[{\"wave\":0,\"participants\":3,\"domains\":["
  "{\"domain\":\"d1\",\"participants\":3,\"mean\":3},"
  "{\"domain\":\"d2\",\"participants\":2,\"mean\":29}]},"
  "{\"wave\":1,\"participants\":2,\"domains\":["
  "{\"domain\":\"d1\",\"participants\":2,\"mean\":5},"
  "{\"domain\":\"d2\",\"participants\":0,\"mean\":null}]}]},"
  "\"register\":{\"phbs\":12,\"undated_phbs\":2,\"monthly\":["
  "{\"month\":\"2019-12\",\"referrals\":6,\"new_phbs\":3,"
  "\"cumulative_phbs\":3},{\"month\":\"2020-01\",\"referrals\":2,"
  "\"new_phbs\":4,\"cumulative_phbs\":7},{\"month\":\"2020-02\","
  "\"referrals\":0,\"new_phbs\":3,\"cumulative_phbs\":10}]},"
  "\"intervals\":{\"savings.saving\":{\"estimate\":900,\"lower\":200,"
  "\"upper\":1500,\"level\":0.95,\"method\":\"bca\",\"resamples\":100,"
  "\"histogram\":{\"edges\":[0,500,1000,1500,2000],"
  "\"counts\":[10,40,40,10]}}},"
  "\"rollout\":{\"target_phbs\":10,\"net_saving\":5000,"
  "\"progress\":{\"as_of\":\"2020-02\",\"observed_phbs\":10,"
  "\"planned_phbs\":10,\"status\":\"on plan\"},"
  "\"target_date\":\"2020-03\",\"target_month\":\"2020-02\","
  "\"target_met\":true,"
  "\"trajectory\":[{\"month\":\"2020-01\",\"referrals\":5,"
  "\"assessments\":5,\"new_phbs\":4,\"live_phbs\":4},"
  "{\"month\":\"2020-02\",\"referrals\":8,\"assessments\":7,"
  "\"new_phbs\":6,\"live_phbs\":10}],"
  "\"sensitivity\":[{\"parameter\":\"p\",\"low\":1,\"high\":2,"
  "\"net_low\":4000,\"net_high\":7000},{\"parameter\":\"q\",\"low\":3,"
  "\"high\":4,\"net_low\":5000,\"net_high\":5000}]}}";

static cJSON *
parse (const char *text)
{
  cJSON *doc = cJSON_Parse (text);
  assert_non_null (doc);
  return doc;
}

/* The width and height in a PNG's IHDR chunk.  */
static void
png_size (const char *buf, size_t len, unsigned *w, unsigned *h)
{
  assert_true (len > 24);
  assert_memory_equal (buf, "\x89PNG\r\n\x1a\n", 8);
  assert_memory_equal (buf + 12, "IHDR", 4);
  const unsigned char *b = (const unsigned char *) buf;
  *w = (unsigned) b[16] << 24 | (unsigned) b[17] << 16
       | (unsigned) b[18] << 8 | b[19];
  *h = (unsigned) b[20] << 24 | (unsigned) b[21] << 16
       | (unsigned) b[22] << 8 | b[23];
}

/* Scale of 0 .. 1,295,825 with about 6 ticks:
     raw step 1,295,825 / 5 = 259,165 = 2.59 x 10^5 -> 2 (2.59 < 3)
     step 200,000; lo 0; hi = ceil (6.48) x 200,000 = 1,400,000
     ticks 0, 200,000, ..., 1,400,000 (8 of them)
     600,000 sits at 600,000 / 1,400,000 = 3/7.  */
static void
linear_scale_by_hand (void **state)
{
  (void) state;
  sp_chart_scale s;
  sp_chart_scale_linear (0, 1295825, 6, 1, &s);
  assert_false (s.log);
  assert_near (s.lo, 0, 0);
  assert_near (s.step, 200000, 1e-6);
  assert_near (s.hi, 1400000, 1e-6);
  double ticks[16];
  assert_int_equal (sp_chart_scale_ticks (&s, ticks, 16), 8);
  assert_near (ticks[7], 1400000, 1e-6);
  assert_near (sp_chart_scale_pos (&s, 600000), 3.0 / 7.0, 1e-12);

  /* -3 .. 7 without forcing zero: raw step 10 / 5 = 2 -> 2;
     lo = floor (-1.5) x 2 = -4, hi = ceil (3.5) x 2 = 8.  */
  sp_chart_scale_linear (-3, 7, 6, 0, &s);
  assert_near (s.step, 2, 1e-12);
  assert_near (s.lo, -4, 1e-12);
  assert_near (s.hi, 8, 1e-12);
  assert_near (sp_chart_scale_pos (&s, 0), 4.0 / 12.0, 1e-12);

  /* 40 .. 50 with zero: 0 .. 50, raw step 10 -> 10 (1.0 < 1.5).  */
  sp_chart_scale_linear (40, 50, 6, 1, &s);
  assert_near (s.lo, 0, 0);
  assert_near (s.hi, 50, 1e-12);
  assert_near (s.step, 10, 1e-12);

  /* An empty range widens instead of dividing by zero.  */
  sp_chart_scale_linear (0, 0, 6, 1, &s);
  assert_true (s.hi > s.lo);
}

/* Log scale of £210 .. £1,295,825:
     lo = 10^floor (log10 210 = 2.32) = 100
     hi = 1,295,825 rounded up to 1, 2 or 5 x 10^k = 2,000,000
     ticks 100, 1,000, 10,000, 100,000, 1,000,000
     1,000 sits at (3 - 2) / (log10 2,000,000 - 2) = 1 / 4.30103.  */
static void
log_scale_by_hand (void **state)
{
  (void) state;
  sp_chart_scale s;
  sp_chart_scale_log (210, 1295825, &s);
  assert_true (s.log);
  assert_near (s.lo, 100, 1e-9);
  assert_near (s.hi, 2000000, 1e-6);
  double ticks[16];
  assert_int_equal (sp_chart_scale_ticks (&s, ticks, 16), 5);
  assert_near (ticks[4], 1000000, 1e-6);
  assert_near (sp_chart_scale_pos (&s, 1000), 1 / 4.30103, 1e-5);
  assert_near (sp_chart_scale_pos (&s, 0), 0, 0);
}

static void
money_ticks_have_separators (void **state)
{
  (void) state;
  char buf[64];
  assert_string_equal (sp_chart_money_tick (1500000, buf, sizeof buf),
                       "£1,500,000");
  assert_string_equal (sp_chart_money_tick (-500, buf, sizeof buf), "-£500");
}

/* Draw chart C of DOC as PNG, SVG and PDF and check all three.  */
static void
check_outputs (const sp_chart *c, const cJSON *doc)
{
  char *buf;
  size_t len;
  unsigned w, h;
  assert_int_equal (sp_chart_png (c, doc, 400, 250, 2, &buf, &len), 0);
  png_size (buf, len, &w, &h);
  assert_int_equal (w, 800);
  assert_int_equal (h, 500);
  free (buf);
  assert_int_equal (sp_chart_svg (c, doc, SP_CHART_WIDTH, SP_CHART_HEIGHT,
                                  &buf, &len),
                    0);
  assert_true (len > 100);
  assert_non_null (strstr (buf, "<svg"));
  assert_non_null (strstr (buf, "width=\"800pt\""));
  free (buf);
  assert_int_equal (sp_chart_pdf (c, doc, SP_CHART_WIDTH, SP_CHART_HEIGHT,
                                  &buf, &len),
                    0);
  assert_true (len > 100);
  assert_memory_equal (buf, "%PDF-", 5);
  /* One page of 800 x 500 points.  */
  assert_non_null (memmem (buf, len, "/MediaBox [ 0 0 800 500 ]", 25));
  free (buf);
}

static void
every_chart_draws_from_a_full_document (void **state)
{
  (void) state;
  cJSON *doc = parse (full_doc);
  size_t n;
  const sp_chart *const *charts = sp_charts (&n);
  assert_int_equal (n, 10);  /* 6, issue 10's savings trend, outcome
                                trajectories and referrals and PHBs, and
                                issue 14's comparison */
  for (size_t i = 0; i < n; i++)
    {
      assert_true (charts[i]->available (doc));
      assert_ptr_equal (sp_chart_find (charts[i]->name), charts[i]);
      check_outputs (charts[i], doc);
    }
  cJSON_Delete (doc);
}

static void
a_document_without_a_section_draws_nothing_for_it (void **state)
{
  (void) state;
  cJSON *doc = parse (savings_doc);
  size_t n;
  const sp_chart *const *charts = sp_charts (&n);
  for (size_t i = 0; i < n; i++)
    assert_int_equal (charts[i]->available (doc),
                      charts[i] == &sp_chart_service_costs);
  check_outputs (&sp_chart_service_costs, doc);
  cJSON_Delete (doc);

  /* A histogram whose edges do not match its counts is not drawn.  */
  doc = parse ("{\"intervals\":{\"savings.saving\":{\"estimate\":1,"
               "\"histogram\":{\"edges\":[0,1],\"counts\":[1,2]}}}}");
  assert_false (sp_chart_saving_bootstrap.available (doc));
  cJSON_Delete (doc);
  doc = parse ("{}");
  for (size_t i = 0; i < n; i++)
    assert_false (charts[i]->available (doc));
  assert_null (sp_chart_find ("no-such-chart"));
  cJSON_Delete (doc);
}

/* Degenerate data draws without dividing by zero: a bootstrap whose
   resamples all agree (edges all equal), costs all zero (also the
   comparison group's means), a trajectory of one month, a tornado with
   no swing.  */
static void
degenerate_data_still_draws (void **state)
{
  (void) state;
  cJSON *doc = parse (
    "{\"savings\":{\"lines\":[{\"label\":\"A\",\"before_cost\":0,"
    "\"after_cost\":0}],\"comparison\":{\"mean_baseline_cost\":0,"
    "\"mean_after_cost\":0,\"mean_change\":0,"
    "\"programme_mean_baseline_cost\":0,\"programme_mean_after_cost\":0,"
    "\"programme_mean_change\":null}},"
    "\"intervals\":{\"savings.saving\":{\"estimate\":5,\"lower\":5,"
    "\"upper\":5,\"note\":\"collapsed\",\"histogram\":"
    "{\"edges\":[5,5,5],\"counts\":[0,100]}}},"
    "\"rollout\":{\"net_saving\":0,\"trajectory\":[{\"month\":\"2020-01\","
    "\"live_phbs\":0}],\"sensitivity\":[{\"parameter\":\"p\","
    "\"net_low\":0,\"net_high\":0}]}}");
  const sp_chart *const which[] = {
    &sp_chart_service_costs, &sp_chart_saving_bootstrap,
    &sp_chart_rollout_trajectory, &sp_chart_rollout_tornado,
    &sp_chart_comparison,
  };
  for (size_t i = 0; i < sizeof which / sizeof which[0]; i++)
    {
      assert_true (which[i]->available (doc));
      check_outputs (which[i], doc);
    }
  cJSON_Delete (doc);

  /* Issue 10: a domain nobody answered at any wave, no domain scale; a
     register of one month with nothing approved.  */
  doc = parse (
    "{\"social_value\":{\"waves\":[{\"wave\":0,\"domains\":["
    "{\"domain\":\"x\",\"participants\":0,\"mean\":null}]},"
    "{\"wave\":3,\"domains\":[{\"domain\":\"x\",\"participants\":0,"
    "\"mean\":null}]}]},"
    "\"register\":{\"monthly\":[{\"month\":\"2020-01\","
    "\"referrals\":0,\"new_phbs\":0,\"cumulative_phbs\":0}]}}");
  const sp_chart *const over_time[] = { &sp_chart_outcome_trajectories,
                                        &sp_chart_referrals_phbs };
  for (size_t i = 0; i < 2; i++)
    {
      assert_true (over_time[i]->available (doc));
      check_outputs (over_time[i], doc);
    }
  cJSON_Delete (doc);
}

/* Text of the PDF in BUF, laid out as on the page (sp_cli_pdf_text),
   or NULL when pdftotext is not installed.  */
static char *
pdf_text (const char *buf, size_t len)
{
  const char *base = getenv ("TMPDIR");
  char *path = sp_xasprintf ("%s/sptest-pdf-XXXXXX", base ? base : "/tmp");
  int fd = mkstemp (path);
  assert_true (fd >= 0);
  FILE *f = fdopen (fd, "wb");
  assert_non_null (f);
  assert_int_equal (fwrite (buf, 1, len, f), len);
  fclose (f);
  char *text = sp_cli_pdf_text (path, 1);
  remove (path);
  free (path);
  return text;
}

static void
statement_shows_figures_notes_and_pages (void **state)
{
  (void) state;
  cJSON *doc = parse (savings_doc);
  cJSON *sec = cJSON_GetObjectItem (doc, "savings");
  cJSON *notes = cJSON_AddArrayToObject (sec, "notes");
  cJSON_AddItemToArray (notes, cJSON_CreateString ("a note to reproduce"));
  char *buf;
  size_t len;
  assert_int_equal (sp_statement_pdf (doc, &buf, &len), 0);
  assert_true (len > 1000);
  assert_memory_equal (buf, "%PDF", 4);
  char *text = pdf_text (buf, len);
  if (!text)
    skip ();
  assert_non_null (strstr (text, "Social profit statement"));
  assert_non_null (strstr (text, "Test programme"));
  assert_non_null (strstr (text, "£80,400"));  /* the saving */
  assert_non_null (strstr (text, "£100,500")); /* the total before */
  assert_non_null (strstr (text, "a note to reproduce"));
  assert_non_null (strstr (text, "socialprofit test"));
  assert_non_null (strstr (text, "Page 1 of "));
  /* No social value section in the document: none in the statement.  */
  assert_null (strstr (text, "Social value by outcome"));
  free (text);
  free (buf);
  cJSON_Delete (doc);
}

/* The influence table shows identifiers only when the document holds
   them (it does only with --internal).  */
static void
statement_shows_ids_only_when_the_document_has_them (void **state)
{
  (void) state;
  const char *inf
    = "{\"savings.saving\":{\"participants\":3,\"estimate\":80400,"
      "\"leave_one_out\":{\"min\":400,\"max\":80000},"
      "\"top\":[{\"participants\":1,\"share\":0.9}],"
      "\"influence\":[80000,400,0]}}";
  cJSON *doc = parse (savings_doc);
  cJSON_AddItemToObject (doc, "influence", parse (inf));
  char *buf, *text;
  size_t len;
  assert_int_equal (sp_statement_pdf (doc, &buf, &len), 0);
  text = pdf_text (buf, len);
  if (!text)
    skip ();
  assert_non_null (strstr (text, "How much rests on a few people"));
  /* Not an internal edition: shares as published, rounded.  */
  assert_non_null (strstr (text, "about 90%"));
  assert_null (strstr (text, "90.0%"));
  assert_null (strstr (text, "ZZ-9"));
  assert_null (strstr (text, "Internal edition"));
  free (text);
  free (buf);

  cJSON *dc = cJSON_AddObjectToObject (doc, "disclosure");
  cJSON_AddNumberToObject (dc, "threshold", 7);
  cJSON_AddTrueToObject (dc, "internal");

  cJSON *ids = cJSON_CreateArray ();
  cJSON_AddItemToArray (ids, cJSON_CreateString ("ZZ-9"));
  cJSON_AddItemToObject (
    cJSON_GetObjectItem (cJSON_GetObjectItem (doc, "influence"),
                         "savings.saving"),
    "ids", ids);
  assert_int_equal (sp_statement_pdf (doc, &buf, &len), 0);
  text = pdf_text (buf, len);
  assert_non_null (strstr (text, "ZZ-9"));
  assert_non_null (strstr (text, "90.0%"));
  assert_non_null (strstr (text, "Internal edition"));
  free (text);
  free (buf);
  cJSON_Delete (doc);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (linear_scale_by_hand),
    cmocka_unit_test (log_scale_by_hand),
    cmocka_unit_test (money_ticks_have_separators),
    cmocka_unit_test (every_chart_draws_from_a_full_document),
    cmocka_unit_test (a_document_without_a_section_draws_nothing_for_it),
    cmocka_unit_test (degenerate_data_still_draws),
    cmocka_unit_test (statement_shows_figures_notes_and_pages),
    cmocka_unit_test (statement_shows_ids_only_when_the_document_has_them),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_charts.c -- charts and the statement from hand-built documents */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "chart.h"
#include "chart_series.h"
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
  "\"register\":{\"enquiries\":30,\"referrals\":20,\"referred\":0,"
  "\"ineligible\":0,\"lost\":8,"
  "\"phbs\":12,\"undated_phbs\":2,\"monthly\":["
  "{\"month\":\"2019-12\",\"referrals\":6,\"new_phbs\":3,"
  "\"cumulative_phbs\":3},{\"month\":\"2020-01\",\"referrals\":2,"
  "\"new_phbs\":4,\"cumulative_phbs\":7},{\"month\":\"2020-02\","
  "\"referrals\":0,\"new_phbs\":3,\"cumulative_phbs\":10}]},"
  "\"investment\":{\"phbs\":12,\"advocacy\":1000,\"reviews\":200,"
  "\"marketplace\":50,\"total\":1250,\"marketplace_basis\":\"budgets\","
  "\"marketplace_base\":1000,\"params\":{\"marketplace_fee\":0.05}},"
  "\"local_economy\":{\"r1\":1000,\"r2\":600,\"r3\":240,\"respend\":0.4,"
  "\"lm3\":1.84,\"counterfactual_lm3\":null},"
  "\"social_profit\":{\"per_person\":{\"saving\":450,\"social_value\":-25,"
  "\"local_effect\":0,\"delivery_cost\":104.1667,\"budget\":1000,"
  "\"benefits\":425,\"costs\":104.1667,"
  "\"costs_budgets_additional\":1104.1667},\"budget_additional_share\":0,"
  "\"net_per_person\":320.8333,"
  "\"counted\":{\"local_economic_effect\":false}},"
  "\"scenarios\":[{\"name\":\"big\",\"rollout\":{\"target_phbs\":20,"
  "\"gross_saving\":18000,\"investment\":{\"total\":8000},"
  "\"net_saving\":10000},\"intervals\":{\"rollout.net_saving\":{"
  "\"lower\":-1000,\"upper\":20000}}},{\"name\":\"small\","
  "\"rollout\":{\"target_phbs\":10,\"gross_saving\":9000,"
  "\"investment\":{\"total\":4000},\"net_saving\":5000},"
  "\"intervals\":{}}],"
  "\"intervals\":{\"rollout.net_saving\":{\"kind\":\"simulation\","
  "\"estimate\":5000,\"lower\":1000,\"upper\":9000,\"level\":0.95,"
  "\"method\":\"percentile\",\"simulations\":100,\"seed\":1,"
  "\"histogram\":{\"edges\":[-2000,2000,6000,10000],"
  "\"counts\":[5,60,35]}},"
  "\"savings.saving\":{\"estimate\":900,\"lower\":200,"
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
  assert_int_equal (n, 16);  /* 6, issue 10's savings trend, outcome
                                trajectories and referrals and PHBs,
                                issue 14's comparison, and issue 11's
                                funnel, investment, LM3 rounds, social
                                profit bridge, rollout simulations and
                                scenarios side by side */
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


/* A cell suppressed by disclosure control, as sp_disclosure_apply
   leaves it: a raw null.  */
static void
suppress (cJSON *obj, const char *name)
{
  cJSON_ReplaceItemInObjectCaseSensitive (obj, name, cJSON_CreateRaw ("null"));
}

/* The funnel from a register of 120 enquiries, 100 referrals of whom
   10 await assessment, 8 ineligible, 12 lost, 70 live plans:
     assessed     = 100 - 10 = 90 (= 8 + 12 + 70)
     not referred = 120 - 100 = 20.
   Worked-out counts of 1 to 7 are not shown; a suppressed count hides
   what is worked out from it; --internal shows everything.  */
static void
funnel_points_by_hand (void **state)
{
  (void) state;
  cJSON *doc = parse ("{\"register\":{\"enquiries\":120,\"referrals\":100,"
                      "\"referred\":10,\"ineligible\":8,\"lost\":12,"
                      "\"phbs\":70}}");
  sp_chart_point p[SP_FUNNEL_POINTS];
  sp_chart_funnel_points (doc, p);
  static const double want[SP_FUNNEL_POINTS] = {
    [SP_FUNNEL_ENQUIRIES] = 120, [SP_FUNNEL_REFERRALS] = 100,
    [SP_FUNNEL_ASSESSED] = 90, [SP_FUNNEL_PHBS] = 70,
    [SP_FUNNEL_NOT_REFERRED] = 20, [SP_FUNNEL_AWAITING] = 10,
    [SP_FUNNEL_INELIGIBLE] = 8, [SP_FUNNEL_LOST] = 12,
  };
  for (int i = 0; i < SP_FUNNEL_POINTS; i++)
    {
      assert_int_equal (p[i].state, SP_POINT_SHOWN);
      assert_near (p[i].value, want[i], 0);
    }
  /* Each row is as long as the step before: the step plus its ways
     out.  */
  assert_near (p[SP_FUNNEL_REFERRALS].value + p[SP_FUNNEL_NOT_REFERRED].value,
               p[SP_FUNNEL_ENQUIRIES].value, 0);
  assert_near (p[SP_FUNNEL_PHBS].value + p[SP_FUNNEL_LOST].value
                 + p[SP_FUNNEL_INELIGIBLE].value,
               p[SP_FUNNEL_ASSESSED].value, 0);
  assert_true (sp_chart_register_funnel.available (doc));
  check_outputs (&sp_chart_register_funnel, doc);

  /* 104 enquiries, 100 referrals: 4 not referred is a small count.  */
  cJSON *reg = cJSON_GetObjectItem (doc, "register");
  cJSON_ReplaceItemInObjectCaseSensitive (reg, "enquiries",
                                          cJSON_CreateNumber (104));
  /* Those awaiting assessment suppressed: assessed would give them away.  */
  suppress (reg, "referred");
  sp_chart_funnel_points (doc, p);
  assert_int_equal (p[SP_FUNNEL_NOT_REFERRED].state, SP_POINT_HIDDEN);
  assert_near (p[SP_FUNNEL_NOT_REFERRED].value, 0, 0);
  assert_int_equal (p[SP_FUNNEL_AWAITING].state, SP_POINT_HIDDEN);
  assert_int_equal (p[SP_FUNNEL_ASSESSED].state, SP_POINT_HIDDEN);
  assert_int_equal (p[SP_FUNNEL_PHBS].state, SP_POINT_SHOWN);
  check_outputs (&sp_chart_register_funnel, doc);

  /* A threshold of 3: 4 is shown.  An internal edition shows it too.  */
  cJSON *dc = cJSON_AddObjectToObject (doc, "disclosure");
  cJSON_AddNumberToObject (dc, "threshold", 3);
  sp_chart_funnel_points (doc, p);
  assert_int_equal (p[SP_FUNNEL_NOT_REFERRED].state, SP_POINT_SHOWN);
  assert_near (p[SP_FUNNEL_NOT_REFERRED].value, 4, 0);
  cJSON_ReplaceItemInObjectCaseSensitive (dc, "threshold",
                                          cJSON_CreateNumber (7));
  sp_chart_funnel_points (doc, p);
  assert_int_equal (p[SP_FUNNEL_NOT_REFERRED].state, SP_POINT_HIDDEN);
  cJSON_AddTrueToObject (dc, "internal");
  sp_chart_funnel_points (doc, p);
  assert_int_equal (p[SP_FUNNEL_NOT_REFERRED].state, SP_POINT_SHOWN);
  cJSON_Delete (doc);

  doc = parse ("{\"register\":{\"enquiries\":0}}");
  assert_false (sp_chart_register_funnel.available (doc));
  cJSON_Delete (doc);
}

/* Investment largest first: reviews 300, marketplace 200, advocacy
   100; a suppressed component goes last, without a value.  */
static void
investment_points_by_size (void **state)
{
  (void) state;
  cJSON *doc = parse ("{\"investment\":{\"advocacy\":100,\"reviews\":300,"
                      "\"marketplace\":200,\"total\":600}}");
  sp_chart_point p[SP_INVESTMENT_POINTS];
  assert_int_equal (sp_chart_investment_points (doc, p), 3);
  assert_string_equal (p[0].label, "Reviews");
  assert_near (p[0].value, 300, 0);
  assert_string_equal (p[1].label, "Marketplace fee");
  assert_near (p[1].value, 200, 0);
  assert_string_equal (p[2].label, "Advocacy and assessment");
  assert_near (p[2].value, 100, 0);
  check_outputs (&sp_chart_investment, doc);

  /* Ties keep the components' order.  */
  cJSON *inv = cJSON_GetObjectItem (doc, "investment");
  cJSON_ReplaceItemInObjectCaseSensitive (inv, "reviews",
                                          cJSON_CreateNumber (100));
  sp_chart_investment_points (doc, p);
  assert_string_equal (p[0].label, "Marketplace fee");
  assert_string_equal (p[1].label, "Advocacy and assessment");
  assert_string_equal (p[2].label, "Reviews");

  suppress (inv, "marketplace");
  sp_chart_investment_points (doc, p);
  assert_string_equal (p[2].label, "Marketplace fee");
  assert_int_equal (p[2].state, SP_POINT_HIDDEN);
  assert_near (p[2].value, 0, 0);
  check_outputs (&sp_chart_investment, doc);

  /* One bar more than 8 times the next: the axis breaks at the next.
     1,000 against 100 and 50: the largest is 0, the axis ends at 100;
     800 against 100 is not more than 8 times.  */
  double v[] = { 1000, 100, 50 }, top;
  assert_int_equal (sp_chart_dwarf (v, 3, &top), 0);
  assert_near (top, 100, 0);
  v[0] = 800;
  assert_int_equal (sp_chart_dwarf (v, 3, &top), -1);
  assert_near (top, 800, 0);
  double w[] = { NAN, 5, 900 };
  assert_int_equal (sp_chart_dwarf (w, 3, &top), 2);
  assert_near (top, 5, 0);
  cJSON_ReplaceItemInObjectCaseSensitive (inv, "advocacy",
                                          cJSON_CreateNumber (1e6));
  check_outputs (&sp_chart_investment, doc);
  cJSON_Delete (doc);

  /* A social value whose first gain dwarfs the rest draws too.  */
  doc = parse ("{\"social_value\":{\"outcomes\":[{\"outcome\":\"a\","
               "\"present_value\":900000},{\"outcome\":\"b\","
               "\"present_value\":50000},{\"outcome\":\"c\","
               "\"present_value\":-20000}]}}");
  check_outputs (&sp_chart_social_value, doc);
  cJSON_Delete (doc);
}

/* The bridge per person: saving 450 + social value -25 + local effect
   (not counted) - delivery 104.1667 = net 320.8333; with 10% of a
   £1,000 budget new money, costs 204.1667: a step of -100.  */
static void
bridge_points_by_hand (void **state)
{
  (void) state;
  cJSON *doc = parse (full_doc);
  sp_chart_point p[SP_BRIDGE_POINTS];
  sp_chart_bridge_points (doc, p);
  assert_near (p[SP_BRIDGE_SAVING].value, 450, 0);
  /* the saving's step names its basis, or the comparison group */
  assert_string_equal (p[SP_BRIDGE_SAVING].label, "NHS saving");
  {
    cJSON *sv = cJSON_GetObjectItem (doc, "savings");
    assert_non_null (sv);
    cJSON_DeleteItemFromObject (sv, "basis");
    cJSON_AddStringToObject (sv, "basis", "forecast");
    sp_chart_bridge_points (doc, p);
    assert_string_equal (p[SP_BRIDGE_SAVING].label, "Forecast NHS saving");
    cJSON *prof = cJSON_GetObjectItem (doc, "social_profit");
    cJSON_AddStringToObject (prof, "nhs_savings_basis", "comparison_group");
    sp_chart_bridge_points (doc, p);
    assert_string_equal (p[SP_BRIDGE_SAVING].label,
                         "NHS saving against a comparison group");
    cJSON_DeleteItemFromObject (prof, "nhs_savings_basis");
    cJSON_DeleteItemFromObject (sv, "basis");
    sp_chart_bridge_points (doc, p);
  }
  assert_near (p[SP_BRIDGE_SOCIAL_VALUE].value, -25, 0);
  assert_int_equal (p[SP_BRIDGE_LOCAL_EFFECT].state, SP_POINT_UNDEFINED);
  assert_near (p[SP_BRIDGE_DELIVERY].value, -104.1667, 1e-9);
  assert_int_equal (p[SP_BRIDGE_NEW_BUDGET].state, SP_POINT_UNDEFINED);
  assert_near (p[SP_BRIDGE_NET].value, 320.8333, 1e-9);
  /* The steps add up to the net.  */
  assert_near (p[SP_BRIDGE_SAVING].value + p[SP_BRIDGE_SOCIAL_VALUE].value
                 + p[SP_BRIDGE_DELIVERY].value,
               p[SP_BRIDGE_NET].value, 1e-9);

  cJSON *sp = cJSON_GetObjectItem (doc, "social_profit");
  cJSON_ReplaceItemInObjectCaseSensitive (sp, "budget_additional_share",
                                          cJSON_CreateNumber (0.1));
  cJSON_ReplaceItemInObjectCaseSensitive (
    cJSON_GetObjectItem (sp, "per_person"), "costs",
    cJSON_CreateNumber (204.1667));
  cJSON_ReplaceItemInObject (cJSON_GetObjectItem (sp, "counted"),
                             "local_economic_effect", cJSON_CreateTrue ());
  sp_chart_bridge_points (doc, p);
  assert_int_equal (p[SP_BRIDGE_NEW_BUDGET].state, SP_POINT_SHOWN);
  assert_near (p[SP_BRIDGE_NEW_BUDGET].value, -100, 1e-9);
  assert_int_equal (p[SP_BRIDGE_LOCAL_EFFECT].state, SP_POINT_SHOWN);
  assert_near (p[SP_BRIDGE_LOCAL_EFFECT].value, 0, 0);
  check_outputs (&sp_chart_profit_bridge, doc);

  /* A suppressed component: no value, and the chart still draws.  */
  suppress (cJSON_GetObjectItem (sp, "per_person"), "social_value");
  sp_chart_bridge_points (doc, p);
  assert_int_equal (p[SP_BRIDGE_SOCIAL_VALUE].state, SP_POINT_HIDDEN);
  check_outputs (&sp_chart_profit_bridge, doc);
  cJSON_Delete (doc);
}

/* LM3 rounds in the instrument's order, R1 1,000, R2 600, R3 240.  */
static void
lm3_points_in_order (void **state)
{
  (void) state;
  cJSON *doc = parse (full_doc);
  sp_chart_point p[SP_LM3_POINTS];
  sp_chart_lm3_points (doc, p);
  assert_near (p[0].value, 1000, 0);
  assert_near (p[1].value, 600, 0);
  assert_near (p[2].value, 240, 0);
  for (int i = 0; i < SP_LM3_POINTS; i++)
    assert_int_equal (p[i].state, SP_POINT_SHOWN);
  cJSON_Delete (doc);
  doc = parse ("{\"local_economy\":{\"r1\":0,\"r2\":0,\"r3\":0}}");
  assert_false (sp_chart_local_multiplier.available (doc));
  cJSON_Delete (doc);
}


/* Scenarios in order of target: "small" (10 PHBs) before "big" (20)
   though listed after it; each with gross saving, delivery cost and net
   saving (net = gross - cost), the interval only where it has one.  */
static void
scenario_points_by_target (void **state)
{
  (void) state;
  cJSON *doc = parse (full_doc);
  size_t n;
  sp_chart_scenario *sc = sp_chart_scenario_points (doc, &n);
  assert_int_equal (n, 2);
  assert_string_equal (sc[0].label, "small");
  assert_near (sc[0].target, 10, 0);
  assert_near (sc[0].gross.value, 9000, 0);
  assert_near (sc[0].cost.value, 4000, 0);
  assert_near (sc[0].net.value, 5000, 0);
  assert_false (sc[0].has_interval);
  assert_string_equal (sc[1].label, "big");
  assert_near (sc[1].net.value, sc[1].gross.value - sc[1].cost.value, 0);
  assert_true (sc[1].has_interval);
  assert_near (sc[1].lower, -1000, 0);
  assert_near (sc[1].upper, 20000, 0);
  free (sc);
  cJSON_Delete (doc);

  /* Referrals and assessments the same every month: merged; not in one
     month: two lines.  */
  doc = parse ("{\"rollout\":{\"trajectory\":[{\"referrals\":5,"
               "\"assessments\":5},{\"referrals\":8,\"assessments\":8}]}}");
  assert_true (sp_chart_trajectory_merged (doc));
  check_outputs (&sp_chart_rollout_trajectory, doc);
  cJSON_Delete (doc);
  doc = parse (full_doc);
  assert_false (sp_chart_trajectory_merged (doc));
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
    cmocka_unit_test (funnel_points_by_hand),
    cmocka_unit_test (investment_points_by_size),
    cmocka_unit_test (bridge_points_by_hand),
    cmocka_unit_test (lm3_points_in_order),
    cmocka_unit_test (scenario_points_by_target),
    cmocka_unit_test (statement_shows_figures_notes_and_pages),
    cmocka_unit_test (statement_shows_ids_only_when_the_document_has_them),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

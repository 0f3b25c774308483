/* test_cli_profit.c -- socialprofit profit end to end */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include "doc.h"
#include "xalloc.h"

#define EVAL "fixtures/calico-2019/evaluation.json"
#define PENNY 0.005

/* The slides' funnel, the report's budgets and unit costs, and social
   profit adding up.  */
static void
pilot_fixture (void **state)
{
  (void) state;
  /* --internal: the smallest and largest budget (one person's each) and
     the segments are checked here; published output suppresses them
     (test_cli_disclosure.c).  */
  sp_cli_result r = sp_cli_run ("profit %s --format json --internal", EVAL);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  /* 104 enquiries, 95 referrals, 17 approved, 59 in process, 19 lost.  */
  assert_near (sp_cli_num (doc, "register.enquiries"), 104, 0);
  assert_near (sp_cli_num (doc, "register.referrals"), 95, 0);
  assert_near (sp_cli_num (doc, "register.approved"), 17, 0);
  assert_near (sp_cli_num (doc, "register.in_process"), 59, 0);
  assert_near (sp_cli_num (doc, "register.lost"), 19, 0);
  assert_near (sp_cli_num (doc, "register.ineligible"), 0, 0);
  assert_near (sp_cli_num (doc, "register.referred"), 0, 0);
  assert_near (sp_cli_num (doc, "register.conversion_rate"), 76.0 / 95.0,
               1e-15);
  assert_near (sp_cli_num (doc, "register.budget_min"), 13331, 0);
  assert_near (sp_cli_num (doc, "register.budget_max"), 144144, 0);
  /* 5,472,000 over the 76 live plans: exact by construction, so a
     miscounted plan (72,960 over 75) must fail.  */
  assert_near (sp_cli_num (doc, "register.budget_mean"), 72000, 1e-9);
  assert_near (sp_cli_num (doc, "register.integrated"), 17, 0);
  /* PAs: about 4.8 for specialist and targeted, 1.5 for universal.  */
  const cJSON *spec = sp_cli_item (doc, "register.segments", "segment",
                            "specialist");
  const cJSON *targ = sp_cli_item (doc, "register.segments", "segment",
                            "targeted");
  double complex_pas = sp_cli_num (spec, "pas_per_phb")
                         * sp_cli_num (spec, "phbs")
                       + sp_cli_num (targ, "pas_per_phb")
                         * sp_cli_num (targ, "phbs");
  complex_pas /= sp_cli_num (spec, "phbs") + sp_cli_num (targ, "phbs");
  assert_near (complex_pas, 4.8, 0.05);
  assert_near (sp_cli_num (sp_cli_item (doc, "register.segments", "segment",
                                 "universal"), "pas_per_phb"), 1.5, 0.05);
  /* Investment: 95 x 1295 x 1.2 = 147,630; 76 x 195 x 1.2 = 17,784;
     5% of the spend transacted.  */
  assert_near (sp_cli_num (doc, "investment.advocacy"), 147630, 1e-6);
  assert_near (sp_cli_num (doc, "investment.reviews"), 17784, 1e-6);
  double r1 = sp_cli_num (doc, "local_economy.r1");
  assert_near (sp_cli_num (doc, "investment.marketplace"), 0.05 * r1, 1e-6);
  assert_string_equal (sp_doc_str (doc, "investment.marketplace_basis", ""),
                       "transactions");
  /* PAs about 80% of the spend; EL-105 is not in the register.  */
  assert_near (sp_cli_num (sp_cli_item (doc, "local_economy.by_category",
                                 "category", "pa"), "share"), 0.80, 0.02);
  assert_near (sp_cli_num (doc, "local_economy.unmatched_transactions"), 3,
               0);
  assert_non_null (strstr (r.err, "'EL-105'"));
  assert_near (sp_cli_num (doc, "local_economy.respend"), 0.4, 0);
  /* Social profit from the other sections.  The fixture states no
     counterfactual LM3, so no local effect is counted (issue 8).  */
  double net = sp_cli_num (doc, "savings.saving")
               + sp_cli_num (doc, "social_value.total")
               - sp_cli_num (doc, "investment.total");
  assert_near (sp_cli_num (doc, "social_profit.net"), net, PENNY);
  assert_near (sp_cli_num (doc, "social_profit.local_economic_effect"), 0,
               0);
  assert_near (sp_cli_num (doc, "social_profit.nhs_savings"), 1231900, 0.5);
  /* Like for like, per person (issue 8): 1,231,900 / 22 = 55,995.45
     saved and 429,936.90 / 22 = 19,542.59 of social value a
     participant, 187,540.19 / 76 = 2,467.63 to deliver a budget of
     72,000: (55,995.45 + 19,542.59) / 2,467.63 = 30.61 with the budgets
     replacing existing spend, / (2,467.63 + 72,000) = 1.0144 with every
     pound of them new money.  */
  double pp = sp_cli_num (doc, "savings.saving") / 22
              + sp_cli_num (doc, "social_value.total") / 22;
  double delivery = sp_cli_num (doc, "investment.total") / 76;
  assert_near (sp_cli_num (doc, "social_profit.per_person.delivery_cost"),
               delivery, 1e-9 * delivery);
  assert_near (sp_cli_num (doc, "social_profit.sroi_ratio"), pp / delivery,
               1e-9 * pp / delivery);
  assert_near (sp_cli_num (doc, "social_profit.sroi_ratio"), 30.61, 0.005);
  assert_near (sp_cli_num (doc, "social_profit.sroi_ratio_budgets_additional"),
               pp / (delivery + 72000), 1e-9);
  assert_near (sp_cli_num (doc, "social_profit.sroi_ratio_budgets_additional"),
               1.0144, 0.00005);
  cJSON_Delete (doc);

  /* Same inputs, same bytes.  */
  sp_cli_result again = sp_cli_run ("profit %s --format json --internal",
                                    EVAL);
  assert_string_equal (r.out, again.out);
  sp_cli_free (&again);
  sp_cli_free (&r);
}

/* The inputs of a programme unlike the pilot, each small enough to work
   through by hand.  */
typedef struct
{
  char *dir;
  char *eval;       /* with transactions */
  char *eval_notx;  /* without */
} unseen;

static const char *const common_eval =
  "\"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\",\n"
  "\"outcomes\": \"outcomes.csv\", \"instrument\": \"instrument.csv\",\n"
  "\"proxies\": \"proxies.csv\", \"register\": \"register.csv\",\n"
  "\"local_respend\": 0.9,\n"
  "\"investment\": { \"advocacy_cost\": 1000, \"review_cost\": 100,\n"
  "  \"vat_rate\": 0.2, \"marketplace_fee\": 0.1, "
  "\"reviews_per_year\": 2 }\n";

static void
write_unseen (unseen *u)
{
  u->dir = sp_cli_tmpdir ();
  /* Savings: service s1 at £49.99; P1 4 -> 1, P2 2 -> 2: saving
     3 x 49.99 = 149.97.  */
  free (sp_cli_write (u->dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "s1,Clinic,visit,49.99,planned,2020,test\n"));
  free (sp_cli_write (u->dir, "usage.csv",
    "participant_id,period,service,quantity\n"
    "P1,before,s1,4\nP1,after,s1,1\nP2,before,s1,2\nP2,after,s1,2\n"));
  /* Social value: mood 4 -> 6 and 6 -> 9, means 5 -> 7.5, relative
     improvement 0.5; 2 x 0.5 x £100 = £100, one year, no adjustment.  */
  free (sp_cli_write (u->dir, "instrument.csv",
    "domain,label,min,max,higher_is_better\nmood,Mood,1,10,true\n"));
  free (sp_cli_write (u->dir, "outcomes.csv",
    "participant_id,wave,domain,score\n"
    "P1,0,mood,4\nP1,1,mood,6\nP2,0,mood,6\nP2,1,mood,9\n"));
  free (sp_cli_write (u->dir, "proxies.csv",
    "outcome,label,domain,value,price_year,source,deadweight,attribution,"
    "displacement,drop_off,duration_years\n"
    "o1,Better mood,mood,100,2020,test,0,0,0,0,1\n"));
  /* Register: shuffled columns, CRLF, a BOM, statuses and booleans in
     mixed case, a leap day, a live plan without a budget (A3).  */
  free (sp_cli_write (u->dir, "register.csv",
    "\xEF\xBB\xBF" "status,participant_id,referral_date,segment,"
    "budget_annual,integrated,pas\r\n"
    "approved,A1,2020-01-15,x,1000.50,Y,2\r\n"
    "in_process,A2,2020-02-29,x,2000,0,\r\n"
    "In_Process,A3,2020-03-01,y,,TRUE,3\r\n"
    "LOST,A4,2020-03-02,y,500,no,\r\n"
    "ineligible,A5,2020-03-03,,,,\r\n"
    "referred,A6,2020-03-04,y,,,\r\n"
    "enquiry,A7,,,,,\r\n"
    "enquiry,A8,2020-03-05,,,n,\r\n"));
  free (sp_cli_write (u->dir, "transactions.csv",
    "date,participant_id,supplier,category,amount,supplier_local\n"
    "2020-04-01,A1,\"Smith, J (PA)\",pa,100.10,yes\n"
    "2020-04-01,A1,Kit Co,Equipment,50,N\n"
    "2020-04-02,A2,Local PA Ltd,PA,200.00,1\n"
    "2020-04-03,A4,Cab,other,10,n\n"
    "2020-04-04,Z9,Local PA Ltd,pa,40,true\n"
    "2020-04-05,Z9,Far Away Ltd,activity,5.5,FALSE\n"
    "2020-04-06,Z8,Local PA Ltd,pa,0,y\n"));
  char *text = NULL;
  text = malloc (strlen (common_eval) + 64);
  sprintf (text, "{\n%s, \"transactions\": \"transactions.csv\"\n}\n",
           common_eval);
  u->eval = sp_cli_write (u->dir, "with.json", text);
  sprintf (text, "{\n%s}\n", common_eval);
  u->eval_notx = sp_cli_write (u->dir, "without.json", text);
  free (text);
}

static void
free_unseen (unseen *u)
{
  sp_cli_rmtree (u->dir);
  free (u->dir);
  free (u->eval);
  free (u->eval_notx);
}

/* By hand:
   register: enquiries 8; referrals 6 (A1-A6); approved 1; in process 2
     (A2, A3); lost 1; ineligible 1; referred 1; conversion 3/6 = 0.5;
     budgets A1, A2: mean 1500.25, min 1000.50, max 2000; PAs A1 2, A3
     3: 2.5; integrated A1 (Y), A3 (TRUE): 2.
   transactions: R1 = 100.10 + 50 + 200 + 10 + 40 + 5.5 + 0 = 405.60;
     R2 = 100.10 + 200 + 40 + 0 = 340.10; re-spend 0.25 (the flag beats
     the file's 0.9): R3 = 85.025; LM3 = 830.725 / 405.60; effect
     425.125.  pa 340.10 in 4 payments (PA lower-cased), equipment 50,
     other 10, activity 5.5.  Unmatched: Z9 twice, Z8 once: 3 payments,
     2 people, £45.50.
   investment: advocacy 6 x 1000 x 1.2 = 7,200; reviews 3 x 2 x 100 x
     1.2 = 720; marketplace 0.1 x 405.60 = 40.56; total 7,960.56.
   social profit (issue 8): no counterfactual LM3, so no local effect is
     counted; totals 149.97 + 100 + 0 - 7,960.56 = -7,710.59.  Per
     person: saving 149.97 / 2 = 74.985, social value 100 / 2 = 50,
     delivery 7,960.56 / 3 PHBs = 2,653.52, budget 1,500.25, no share
     stated (0): benefits 124.985, costs 2,653.52, SROI 124.985 /
     2,653.52, with the budget 124.985 / 4,153.77, net -2,528.535.  */
static void
unseen_programme (void **state)
{
  (void) state;
  unseen u;
  write_unseen (&u);
  /* --internal: a register of 8 people is nearly all suppressed in
     published output; here the arithmetic is checked.  */
  sp_cli_result r = sp_cli_run ("profit '%s' --local-respend 0.25 "
                                "--format json --internal", u.eval);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  static const struct { const char *path; double value; } want[] = {
    { "register.enquiries", 8 }, { "register.referrals", 6 },
    { "register.approved", 1 }, { "register.in_process", 2 },
    { "register.lost", 1 }, { "register.ineligible", 1 },
    { "register.referred", 1 }, { "register.conversion_rate", 0.5 },
    { "register.budget_mean", 1500.25 }, { "register.budget_min", 1000.50 },
    { "register.budget_max", 2000 }, { "register.pas_per_phb", 2.5 },
    { "register.integrated", 2 },
    { "local_economy.r1", 405.60 }, { "local_economy.r2", 340.10 },
    { "local_economy.r3", 85.025 }, { "local_economy.effect", 425.125 },
    { "local_economy.lm3", 830.725 / 405.60 },
    { "local_economy.fee_transacted", 40.56 },
    { "local_economy.unmatched_transactions", 3 },
    { "local_economy.unmatched_participants", 2 },
    { "local_economy.unmatched_amount", 45.5 },
    { "investment.assessed", 6 }, { "investment.phbs", 3 },
    { "investment.advocacy", 7200 }, { "investment.reviews", 720 },
    { "investment.marketplace", 40.56 }, { "investment.total", 7960.56 },
    { "savings.saving", 149.97 }, { "social_value.total", 100 },
    { "social_profit.nhs_savings", 149.97 },
    { "social_profit.social_value", 100 },
    { "social_profit.local_economic_effect", 0 },
    { "social_profit.investment", 7960.56 },
    { "social_profit.net", -7710.59 },
    { "social_profit.per_person.saving", 74.985 },
    { "social_profit.per_person.social_value", 50 },
    { "social_profit.per_person.local_effect", 0 },
    { "social_profit.per_person.delivery_cost", 2653.52 },
    { "social_profit.per_person.budget", 1500.25 },
    { "social_profit.per_person.costs", 2653.52 },
    { "social_profit.budget_additional_share", 0 },
    { "social_profit.sroi_ratio", 124.985 / 2653.52 },
    { "social_profit.sroi_ratio_budgets_additional", 124.985 / 4153.77 },
    { "social_profit.net_per_person", -2528.535 },
    { "social_profit.returns_per_pound.nhs_savings", 74.985 / 2653.52 },
    { "social_profit.returns_per_pound.local_economic_effect", 0 },
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
    {
      double got = sp_cli_num (doc, want[i].path);
      if (!(fabs (got - want[i].value) <= 1e-9))
        fail_msg ("%s = %.17g, expected %.17g", want[i].path, got,
                  want[i].value);
    }
  const cJSON *pa = sp_cli_item (doc, "local_economy.by_category", "category",
                          "pa");
  assert_near (sp_cli_num (pa, "amount"), 340.10, 1e-9);
  assert_near (sp_cli_num (pa, "transactions"), 4, 0);
  assert_near (sp_cli_num (pa, "share"), 340.10 / 405.60, 1e-12);
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (
                      doc, "local_economy.by_category")), 4);
  /* Segments: x (A1, A2), y (A3, A4, A6), unnamed (A5, A7, A8).  */
  const cJSON *y = sp_cli_item (doc, "register.segments", "segment", "y");
  assert_near (sp_cli_num (y, "people"), 3, 0);
  assert_near (sp_cli_num (y, "phbs"), 1, 0);
  assert_true (cJSON_IsNull (sp_doc_get (y, "budget_mean")));
  /* No identifier in the document; the warnings name them.  */
  assert_null (strstr (r.out, "\"Z9\""));
  assert_null (strstr (r.out, "\"A1\""));
  assert_non_null (strstr (r.err, "'Z9'"));
  assert_non_null (strstr (r.err, "'Z8'"));
  assert_non_null (strstr (r.err, "register.csv:4:5: warning: 1 live plan"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Text and CSV of the same run.  */
  r = sp_cli_run ("profit '%s' --local-respend 0.25 --internal", u.eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "-£2,529"));
  assert_non_null (strstr (r.out, "£7,961"));
  sp_cli_free (&r);
  r = sp_cli_run ("profit '%s' --local-respend 0.25 --format csv "
                  "--internal", u.eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "social_profit,net_per_person,-2528.535"));
  assert_non_null (strstr (r.out, "local_economy,by_category[pa].amount,"));
  sp_cli_free (&r);

  /* Without transactions: the fee falls on the live budgets, 0.1 x
     3000.50 = 300.05; total 7200 + 720 + 300.05 = 8,220.05; no local
     economy, so social profit is 149.97 + 100 - 8,220.05 = -7,970.08.  */
  r = sp_cli_run ("profit '%s' --format json --internal", u.eval_notx);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  assert_string_equal (sp_doc_str (doc, "investment.marketplace_basis", ""),
                       "budgets");
  assert_near (sp_cli_num (doc, "investment.marketplace"), 300.05, 1e-9);
  assert_near (sp_cli_num (doc, "investment.total"), 8220.05, 1e-9);
  assert_null (sp_doc_get (doc, "local_economy"));
  assert_near (sp_cli_num (doc, "social_profit.local_economic_effect"), 0,
               0);
  assert_true (cJSON_IsFalse (sp_doc_get (
    doc, "social_profit.measured.local_economic_effect")));
  assert_near (sp_cli_num (doc, "social_profit.net"), -7970.08, PENNY);
  /* Delivery 8,220.05 / 3 per PHB: SROI 124.985 / 2,740.0167.  */
  assert_near (sp_cli_num (doc, "social_profit.sroi_ratio"),
               124.985 / (8220.05 / 3), 1e-12);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  free_unseen (&u);
}

/* The same programme with the assumptions stated: 20% of a budget is new
   money, and the provision the budgets replaced had an LM3 of 1.5
   (re-spend 0.25 as above).  Additional local effect R1 x (LM3 - 1.5) =
   830.725 - 1.5 x 405.60 = 222.325, 74.108333 per PHB; benefits per
   person 74.985 + 50 + 74.108333 = 199.093333; costs 2,653.52 + 0.2 x
   1,500.25 = 2,953.57; SROI 199.093333 / 2,953.57, with the whole budget
   199.093333 / 4,153.77; net per person -2,754.476667.  Totals: 149.97 +
   100 + 222.325 - 7,960.56 = -7,488.265.  A counterfactual of 2.5 (more
   local than the new spending): 830.725 - 1,014 = -183.275 counted.  */
static void
assumptions_stated (void **state)
{
  (void) state;
  unseen u;
  write_unseen (&u);
  char *text = sp_xasprintf (
    "{\n%s, \"transactions\": \"transactions.csv\",\n"
    "\"local_economy\": { \"counterfactual_lm3\": 1.5 },\n"
    "\"notes\": \"Invented.\"\n}\n", common_eval);
  /* The share goes into the investment block.  */
  char *at = strstr (text, "\"reviews_per_year\": 2 }");
  assert_non_null (at);
  char *shared = sp_xasprintf ("%.*s\"reviews_per_year\": 2, "
                               "\"budget_additional_share\": 0.2 }%s",
                               (int) (at - text), text,
                               at + strlen ("\"reviews_per_year\": 2 }"));
  char *eval = sp_cli_write (u.dir, "stated.json", shared);
  /* --internal in this test: the unseen programme's register of 8 and
     cohort of 2 are suppressed in published output
     (test_cli_disclosure.c); here the arithmetic is checked.  */
  sp_cli_result r = sp_cli_run ("profit '%s' --local-respend 0.25 "
                                "--format json --internal", eval);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  static const struct { const char *path; double value; } want[] = {
    { "local_economy.counterfactual_lm3", 1.5 },
    { "local_economy.additional_effect", 222.325 },
    { "social_profit.local_economic_effect", 222.325 },
    { "social_profit.net", -7488.265 },
    { "social_profit.per_person.local_effect", 222.325 / 3 },
    { "social_profit.per_person.benefits", 74.985 + 50 + 222.325 / 3 },
    { "social_profit.per_person.costs", 2953.57 },
    { "social_profit.budget_additional_share", 0.2 },
    { "social_profit.sroi_ratio", (124.985 + 222.325 / 3) / 2953.57 },
    { "social_profit.sroi_ratio_budgets_additional",
      (124.985 + 222.325 / 3) / 4153.77 },
    { "social_profit.net_per_person", 124.985 + 222.325 / 3 - 2953.57 },
    { "social_profit.returns_per_pound.local_economic_effect",
      222.325 / 3 / 2953.57 },
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
    {
      double got = sp_cli_num (doc, want[i].path);
      if (!(fabs (got - want[i].value) <= 1e-9 * fmax (1, fabs (want[i].value))))
        fail_msg ("%s = %.17g, expected %.17g", want[i].path, got,
                  want[i].value);
    }
  assert_true (cJSON_IsTrue (sp_doc_get (
    doc, "social_profit.budget_additional_share_stated")));
  assert_true (cJSON_IsTrue (sp_doc_get (
    doc, "social_profit.counted.local_economic_effect")));
  assert_string_equal (sp_doc_str (doc, "evaluation.notes", ""),
                       "Invented.");
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* The bootstrap's statistic gives the same figures from the summed
     contributions (the share and the counterfactual included).  */
  r = sp_cli_run ("profit '%s' --local-respend 0.25 --bootstrap 20 "
                  "--format json --internal", eval);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  static const char *const boot[] = {
    "social_profit.sroi_ratio", "social_profit.net_per_person",
    "social_profit.sroi_ratio_budgets_additional", "social_profit.net",
  };
  for (size_t i = 0; i < sizeof boot / sizeof boot[0]; i++)
    {
      const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
        cJSON_GetObjectItemCaseSensitive (doc, "intervals"), boot[i]);
      assert_non_null (iv);
      double est = sp_cli_num (iv, "estimate");
      assert_near (est, sp_cli_num (doc, boot[i]), 1e-9 * fabs (est));
    }
  cJSON_Delete (doc);
  sp_cli_free (&r);

  r = sp_cli_run ("profit '%s' --local-respend 0.25 --format json "
                  "--internal", u.eval);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  assert_true (cJSON_IsNull (sp_doc_get (doc,
                                         "local_economy.additional_effect")));
  assert_true (cJSON_IsNull (sp_doc_get (doc,
                                         "local_economy.counterfactual_lm3")));
  assert_null (sp_doc_get (doc, "evaluation.notes"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Less local than before: a negative effect is counted as it is.  */
  char *less = sp_xasprintf ("%s", shared);
  char *c = strstr (less, "1.5 }");
  assert_non_null (c);
  c[0] = '2';
  eval = (free (eval), sp_cli_write (u.dir, "less.json", less));
  r = sp_cli_run ("profit '%s' --local-respend 0.25 --format json "
                  "--internal", eval);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "social_profit.local_economic_effect"),
               830.725 - 2.5 * 405.60, 1e-9);
  assert_near (sp_cli_num (doc, "social_profit.per_person.local_effect"),
               (830.725 - 2.5 * 405.60) / 3, 1e-9);
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* A share outside 0 to 1 and an LM3 below 1 are refused where they
     are.  */
  char *bad = sp_cli_write (u.dir, "bad.json",
    "{ \"investment\": { \"budget_additional_share\": 1.5 },\n"
    "  \"local_economy\": { \"counterfactual_lm3\": 0.5 } }\n");
  r = sp_cli_run ("profit '%s'", bad);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "bad.json:1:19: error: key "
                                  "\"budget_additional_share\""));
  assert_non_null (strstr (r.err, "bad.json:2:22: error: key "
                                  "\"counterfactual_lm3\""));
  sp_cli_free (&r);
  free (bad);
  free (less);
  free (eval);
  free (shared);
  free (text);
  free_unseen (&u);
}

/* Every problem in each file, at FILE:LINE:COLUMN, exit 65.  */
static void
bad_data_reports_every_problem (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *reg = sp_cli_write (dir, "reg.csv",
    "participant_id,status,segment,budget_annual,integrated,pas,"
    "referral_date\n"
    "B1,approvd,x,10,yes,1,2020-01-01\n"
    "B2,approved,x,-5,yes,1,2020-01-01\n"
    "B3,approved,x,abc,maybe,1,2020-01-01\n"
    "B4,approved,x,10,yes,-1,2019-02-29\n"
    "B1,lost,x,,no,,2020-01-01\n"
    "B6,lost,x,,no,,\n"
    ",enquiry,,,,,\n"
    "B8,enquiry,,,,,2020-13-01\n");
  char *tx = sp_cli_write (dir, "tx.csv",
    "date,participant_id,supplier,category,amount,supplier_local\n"
    "2020-02-30,B1,S,pa,1,yes\n"
    "2020-01-01,,S,pa,1,yes\n"
    "2020-01-01,B1,,pa,1,yes\n"
    "2020-01-01,B1,S,,1,yes\n"
    "2020-01-01,B1,S,pa,-1,yes\n"
    "2020-01-01,B1,S,pa,x,maybe\n");
  sp_cli_result r = sp_cli_run ("validate --register '%s' --transactions "
                                "'%s'", reg, tx);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  static const char *const where[] = {
    "reg.csv:2:2: error: column 'status'",
    "reg.csv:3:4: error: column 'budget_annual'",
    "reg.csv:4:4: error:", "reg.csv:4:5: error: column 'integrated'",
    "reg.csv:5:6: error: column 'pas'", "reg.csv:5:7: error:",
    "reg.csv:6:1: error: participant 'B1' is in the register twice",
    "reg.csv:7:7: error: column 'referral_date' is empty",
    "reg.csv:8:1: error:", "reg.csv:9:7: error:",
    "tx.csv:2:1: error: column 'date'", "tx.csv:3:2: error:",
    "tx.csv:4:3: error:", "tx.csv:5:4: error:",
    "tx.csv:6:5: error: column 'amount'", "tx.csv:7:5: error:",
    "tx.csv:7:6: error: column 'supplier_local'",
  };
  for (size_t i = 0; i < sizeof where / sizeof where[0]; i++)
    if (!strstr (r.err, where[i]))
      fail_msg ("no '%s' in:\n%s", where[i], r.err);
  sp_cli_free (&r);

  /* Header problems; an empty file.  */
  char *hdr = sp_cli_write (dir, "hdr.csv",
    "participant_id,status,segment,budget_annual,integrated,pas,status\n"
    "C1,enquiry,,,,,\n");
  r = sp_cli_run ("validate --register '%s'", hdr);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "hdr.csv:1:7: error: column 'status' "
                                  "appears twice"));
  assert_non_null (strstr (r.err, "hdr.csv:1:8: error: required column "
                                  "'referral_date'"));
  sp_cli_free (&r);
  char *empty = sp_cli_write (dir, "empty.csv", "");
  r = sp_cli_run ("validate --register '%s' --transactions '%s'", empty,
                  empty);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "empty.csv:1:1: error:"));
  sp_cli_free (&r);

  /* A valid register and transactions on their own.  */
  r = sp_cli_run ("validate --register fixtures/calico-2019/register.csv "
                  "--transactions fixtures/calico-2019/transactions.csv");
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "2 files checked"));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (reg);
  free (tx);
  free (hdr);
  free (empty);
  free (dir);
}

static void
usage_and_missing_files (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("profit --usage fixtures/calico-2019/"
                                "usage.csv --unit-costs proxies/unit-costs/"
                                "east-lancs-2018.csv");
  assert_int_equal (r.status, 64);
  assert_string_equal (r.out, "");
  sp_cli_free (&r);
  r = sp_cli_run ("profit %s --register /nonexistent/register.csv", EVAL);
  assert_int_equal (r.status, 66);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "/nonexistent/register.csv"));
  sp_cli_free (&r);
  r = sp_cli_run ("profit %s --local-respend 1.5", EVAL);
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
}

/* Two bad files at once: profit reports both in one run (the usage
   section fails first, then every other input is checked), each problem
   once, and report does the same without leaving an output folder.  */
static void
every_bad_file_in_one_run (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *usage = sp_cli_write (dir, "usage.csv",
    "participant_id,period,service,quantity\n"
    "EL-001,before,ae_attendance,lots\n");
  char *reg = sp_cli_write (dir, "register.csv",
    "participant_id,status,segment,budget_annual,integrated,pas,"
    "referral_date\n"
    "EL-001,approved,specialist,-5,no,2,2018-07-01\n");
  sp_cli_result r = sp_cli_run ("profit fixtures/calico-2019/evaluation.json "
                                "--usage '%s' --register '%s' --format json",
                                usage, reg);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  char *u = sp_xasprintf ("%s:2:4: error:", usage);
  char *g = sp_xasprintf ("%s:2:4: error:", reg);
  assert_non_null (strstr (r.err, u));
  assert_non_null (strstr (r.err, g));
  /* each once */
  assert_null (strstr (strstr (r.err, u) + 1, u));
  assert_null (strstr (strstr (r.err, g) + 1, g));
  sp_cli_free (&r);

  char *out = sp_xasprintf ("%s/report", dir);
  r = sp_cli_run ("report fixtures/calico-2019/evaluation.json --usage '%s' "
                  "--register '%s' --out '%s'", usage, reg, out);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, u));
  assert_non_null (strstr (r.err, g));
  assert_false (sp_cli_exists (out));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (u);
  free (g);
  free (out);
  free (usage);
  free (reg);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (pilot_fixture),
    cmocka_unit_test (unseen_programme),
    cmocka_unit_test (assumptions_stated),
    cmocka_unit_test (bad_data_reports_every_problem),
    cmocka_unit_test (usage_and_missing_files),
    cmocka_unit_test (every_bad_file_in_one_run),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

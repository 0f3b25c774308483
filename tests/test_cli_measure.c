/* test_cli_measure.c -- issue 9 end to end: how outcome change becomes
   value (the methods, mid, by_method), which follow-up and who is
   missing (attrition), and one price year (indices and uprating), on
   data built here that the fixtures do not contain; every expected
   figure is computed by hand in the comment above its test.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include "doc.h"

/* Run "report EVAL" without intervals into DIR/report and return the
   statement's words through pdftotext with every run of white space
   made one space, so that a phrase the page wraps (or a table row,
   cell by cell) is still found; NULL when pdftotext is not installed.
   Owned.  */
static char *
statement_words (const char *eval, const char *dir)
{
  char out[4096], pdf[4200];
  snprintf (out, sizeof out, "%s/report", dir);
  snprintf (pdf, sizeof pdf, "%s/statement.pdf", out);
  /* --internal: the cohorts here are of four, which disclosure control
     suppresses in a published statement (test_cli_disclosure.c).  */
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 0 --internal "
                                "--out '%s'", eval, out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  char *words = sp_cli_pdf_text (pdf, 0);
  if (!words)
    return NULL;
  char *flat = sp_cli_squash (words);
  free (words);
  return flat;
}

/* Whether DOC's limitations include CODE.  */
static int
has_limitation (const cJSON *doc, const char *code)
{
  const cJSON *e;
  cJSON_ArrayForEach (e, cJSON_GetObjectItemCaseSensitive (doc,
                                                           "limitations"))
  if (strcmp (sp_doc_str (e, "code", ""), code) == 0)
    return 1;
  return 0;
}

#define PROXY_HEADER                                                        \
  "outcome,label,domain,value,price_year,source,deadweight,attribution,"  \
  "displacement,drop_off,duration_years\n"

/* The three methods side by side (social_value.by_method), with minimal
   important differences other than 1 and a reversed scale.  Baseline
   wave 0, follow-up wave 1, discount rate 0.25.
     calm 0..20, LOWER better (turned 20 - s), mid 3:
       P1 15 -> 9  (5 -> 11, +6: improved)
       P2 10 -> 8  (10 -> 12, +2: not, under 3)
       P3 12 -> 9  (8 -> 11, +3: improved, exactly mid)
       P4  6 -> 10 (14 -> 10, -4: not)
       n 4, B 37, F 44, R 2: relative 7/37, range 7/(4 x 20) = 7/80,
       share 2/4
     mood 1..7, mid 0.5, decimal scores:
       P1 3.5 -> 4.0 (+0.5: improved), P2 5.2 -> 5.6 (+0.4: not),
       P3 2.3 -> 2.8 (+0.5 on paper, 0.4999999999999998 in binary:
       improved)
       n 3, B 11, F 12.4, R 2: relative 1.4/11, range 1.4/18, share 2/3
     sleep 1..5, mid empty (1): P1 2 -> 3 (improved), P2 4 -> 4,
       P4 3 -> 2: n 3, B 9, F 9, R 1: relative 0, range 0, share 1/3
   Proxies: calm £740 with deadweight 0.25, drop-off 0.5 over 2 years,
   so pv = gross x 0.75 x (1 + 0.5/1.25) = gross x 1.05; mood £990 and
   sleep £300, no adjustments, 1 year.
     relative: calm 4 x 7/37 x 740 x 1.05 = 588, mood 3 x 1.4/11 x 990
               = 378, sleep 0: total 966
     range:    calm 4 x 7/80 x 740 x 1.05 = 271.95, mood 3 x 1.4/18 x
               990 = 231, sleep 0: total 502.95
     share:    calm 4 x 1/2 x 740 x 1.05 = 1554, mood 3 x 2/3 x 990
               = 1980, sleep 3 x 1/3 x 300 = 300: total 3834
   The headline total is the chosen method's; by_method is the same
   whatever the method chosen.  Recoding calm as 1..21 (every score + 1)
   leaves range and share alone and moves relative: turned 21 - s is one
   more for everyone, B 41, F 48, calm 4 x 7/41 x 740 x 1.05
   = 21756/41, total 21756/41 + 378.  */
static void
methods_with_mid_and_reversed_scale (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *inst = sp_cli_write (dir, "inst.csv",
    "domain,label,min,max,higher_is_better,mid\n"
    "calm,Calm,0,20,no,3\n"
    "mood,Mood,1,7,yes,0.5\n"
    "sleep,Sleep,1,5,yes,\n");
  const char *score_rows =
    "participant_id,wave,domain,score\n"
    "P1,0,calm,%d\nP1,1,calm,%d\nP2,0,calm,%d\nP2,1,calm,%d\n"
    "P3,0,calm,%d\nP3,1,calm,%d\nP4,0,calm,%d\nP4,1,calm,%d\n"
    "P1,0,mood,3.5\nP1,1,mood,4.0\nP2,0,mood,5.2\nP2,1,mood,5.6\n"
    "P3,0,mood,2.3\nP3,1,mood,2.8\n"
    "P1,0,sleep,2\nP1,1,sleep,3\nP2,0,sleep,4\nP2,1,sleep,4\n"
    "P4,0,sleep,3\nP4,1,sleep,2\n";
  char text[1024];
  snprintf (text, sizeof text, score_rows, 15, 9, 10, 8, 12, 9, 6, 10);
  char *scores = sp_cli_write (dir, "scores.csv", text);
  char *proxies = sp_cli_write (dir, "proxies.csv", PROXY_HEADER
    "calm_p,Calm,calm,740,2022/23,test,0.25,0,0,0.5,2\n"
    "mood_p,Mood,mood,990,2022/23,test,0,0,0,0,1\n"
    "sleep_p,Sleep,sleep,300,2022/23,test,0,0,0,0,1\n");
  static const char *const methods[] = { "relative", "range", "share" };
  const double totals[] = { 966, 502.95, 3834 };
  for (size_t m = 0; m < 3; m++)
    {
      /* --internal here and below: four participants, whose figures
         disclosure control suppresses in published output
         (test_cli_disclosure.c); these check the arithmetic.  */
      sp_cli_result r = sp_cli_run (
        "value --instrument '%s' --outcomes '%s' --proxies '%s' "
        "--method %s --discount-rate 0.25 --format json --internal", inst,
        scores, proxies, methods[m]);
      assert_int_equal (r.status, 0);
      cJSON *doc = sp_cli_json (&r);
      assert_near (sp_cli_num (doc, "social_value.total"), totals[m],
                   1e-9 * totals[m]);
      assert_near (sp_cli_num (doc, "social_value.by_method.relative.total"),
                   966, 1e-9 * 966);
      assert_near (sp_cli_num (doc, "social_value.by_method.range.total"),
                   502.95, 1e-9 * 502.95);
      assert_near (sp_cli_num (doc, "social_value.by_method.share.total"),
                   3834, 1e-9 * 3834);
      assert_true (cJSON_IsTrue (sp_doc_get (
        doc, "social_value.by_method.relative.scale_dependent")));
      assert_true (cJSON_IsFalse (sp_doc_get (
        doc, "social_value.by_method.share.scale_dependent")));
      /* The limitation only when relative is the method used.  */
      assert_int_equal (has_limitation (doc, "relative_scale_dependent"),
                        m == 0);
      const cJSON *calm = sp_cli_item (doc, "social_value.domains", "domain",
                                   "calm");
      assert_near (sp_cli_num (calm, "mid"), 3, 0);
      assert_near (sp_cli_num (sp_cli_item (doc, "social_value.domains",
                                        "domain", "sleep"), "mid"), 1, 0);
      const double calm_imp[] = { 7.0 / 37, 7.0 / 80, 0.5 };
      assert_near (sp_cli_num (calm, "improvement"), calm_imp[m], 1e-15);
      const double mood_imp[] = { 1.4 / 11, 1.4 / 18, 2.0 / 3 };
      assert_near (sp_cli_num (sp_cli_item (doc, "social_value.domains",
                                        "domain", "mood"), "improvement"),
                   mood_imp[m], 1e-12);
      cJSON_Delete (doc);
      sp_cli_free (&r);
    }

  /* Text and CSV show all three totals; the statement shows them side by
     side with what each assumes, in words.  */
  sp_cli_result t = sp_cli_run (
    "value --instrument '%s' --outcomes '%s' --proxies '%s' --method range "
    "--discount-rate 0.25 --internal", inst, scores, proxies);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, "Method sensitivity"));
  assert_non_null (strstr (t.out, "relative+ "));
  /* The chosen method is named in words ("*" marks suppressed cells).  */
  const char *range = strstr (t.out, "\nrange ");
  assert_non_null (range);
  const char *used = strstr (range, "(the total above)");
  assert_non_null (used);
  assert_true (used < strchr (range + 1, '\n'));
  assert_non_null (strstr (t.out, "£3,834"));
  assert_non_null (strstr (t.out, "£966"));
  sp_cli_free (&t);
  t = sp_cli_run ("value --instrument '%s' --outcomes '%s' --proxies '%s' "
                  "--discount-rate 0.25 --format csv --internal", inst,
                  scores, proxies);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, ",share,,,,,,3834,"));
  assert_non_null (strstr (t.out, ",range,,,,,,502.9"));
  sp_cli_free (&t);
  char *eval = sp_cli_write (dir, "eval.json",
    "{ \"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\",\n"
    "  \"proxies\": \"proxies.csv\", \"method\": \"share\",\n"
    "  \"discount_rate\": 0.25 }\n");
  char *words = statement_words (eval, dir);
  if (words)
    {
      /* The part, up to the next part's heading or the end: plain
         words, no field names (the formulas appendix further on quotes
         the results document's own names, and is not this part).  */
      char *part = strstr (words, "How the social value depends on the "
                                  "way change is measured");
      assert_non_null (part);
      char *end = strstr (part, "Assumptions and sources");
      if (end)
        *end = '\0';
      assert_non_null (strstr (part, "(used in the headline)"));
      assert_non_null (strstr (part, "£966"));
      assert_non_null (strstr (part, "£503"));
      assert_non_null (strstr (part, "£3,834"));
      assert_non_null (strstr (part, "minimal important difference"));
      assert_null (strstr (part, "_"));
      free (words);
    }
  free (eval);

  /* The same answers with calm coded 1..21.  */
  char *inst21 = sp_cli_write (dir, "inst21.csv",
    "domain,label,min,max,higher_is_better,mid\n"
    "calm,Calm,1,21,no,3\n"
    "mood,Mood,1,7,yes,0.5\n"
    "sleep,Sleep,1,5,yes,\n");
  snprintf (text, sizeof text, score_rows, 16, 10, 11, 9, 13, 10, 7, 11);
  char *scores21 = sp_cli_write (dir, "scores21.csv", text);
  sp_cli_result r = sp_cli_run (
    "value --instrument '%s' --outcomes '%s' --proxies '%s' "
    "--discount-rate 0.25 --format json --internal", inst21, scores21,
    proxies);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  double relative = 21756.0 / 41 + 378;
  assert_near (sp_cli_num (doc, "social_value.by_method.relative.total"),
               relative, 1e-9 * relative);
  assert_near (sp_cli_num (doc, "social_value.by_method.range.total"),
               502.95, 1e-9 * 502.95);
  assert_near (sp_cli_num (doc, "social_value.by_method.share.total"),
               3834, 1e-9 * 3834);
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* A mid that is not a number above 0, or more than the scale.  */
  char *bad = sp_cli_write (dir, "bad.csv",
    "domain,mid,label,min,max,higher_is_better\n"
    "calm,0,Calm,0,20,no\n"
    "mood,x,Mood,1,7,yes\n"
    "sleep,4.5,Sleep,1,5,yes\n"
    "other,4,Other,1,5,yes\n");
  r = sp_cli_run ("value --instrument '%s' --outcomes '%s' --proxies '%s'",
                  bad, scores, proxies);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "bad.csv:2:2: error: column 'mid' is '0'"));
  assert_non_null (strstr (r.err, "bad.csv:3:2: error: column 'mid' is 'x'"));
  assert_non_null (strstr (r.err, "bad.csv:4:2: error: column 'mid' is "
                                  "'4.5', more than the whole scale"));
  assert_null (strstr (r.err, "bad.csv:5:"));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (inst);
  free (inst21);
  free (scores);
  free (scores21);
  free (proxies);
  free (bad);
  free (dir);
}

/* Which follow-up, and who is missing.  One domain, mood 1..5, proxy
   £100 a person, relative method, one year.  Baseline wave 0: A..J
   (10 people), all scoring 2.
     wave 1: A..H score 3            participants 8, from baseline 8
     wave 2: A..F score 3, K 5       participants 7, from baseline 6
     wave 3: A..C score 5, K, L 4    participants 5, from baseline 3
     wave 5: A scores 5              participants 1, from baseline 1
   (no wave 4).  attrition: shares of baseline 10/10, 8/10, 7/10, 5/10,
   1/10.
   Default (min_followup_share 0.5, so at least 5 of the 10 baseline
   people): waves 1 and 2 qualify, 3 and 5 do not (wave 3 has 5
   participants, but only 3 from the baseline): follow-up wave 2.
   Paired A..F: n 6, B 12, F 18, relative 0.5, value 6 x 0.5 x 100
   = 300.  6 paired < 0.8 x 10: the attrition warning.
   min_followup_share 0.25 (2.5 people): wave 3 qualifies, wave 5 does
   not: follow-up 3, paired A..C, B 6, F 15, relative 1.5, value 450.
   min_followup_share 0.9 (9 people): no wave qualifies; the most
   answered is wave 1 (8): paired A..H, B 16, F 24, relative 0.5,
   value 400, with a warning; 8 paired is not fewer than 80% of 10, so
   no attrition warning.
   followup_wave 5 set with min_followup_share 0.9: the setting wins;
   paired A: B 2, F 5, relative 1.5, value 150.  */
static void
default_followup_and_attrition (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char text[4096];
  size_t used = (size_t) snprintf (text, sizeof text,
                                   "participant_id,wave,domain,score\n");
  static const struct
  {
    int wave;
    const char *who;
    int score;
  } rows[] = {
    { 0, "ABCDEFGHIJ", 2 }, { 1, "ABCDEFGH", 3 }, { 2, "ABCDEF", 3 },
    { 2, "K", 5 }, { 3, "ABC", 5 }, { 3, "KL", 4 }, { 5, "A", 5 },
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    for (const char *p = rows[i].who; *p; p++)
      used += (size_t) snprintf (text + used, sizeof text - used,
                                 "%c,%d,mood,%d\n", *p, rows[i].wave,
                                 rows[i].score);
  char *scores = sp_cli_write (dir, "scores.csv", text);
  char *inst = sp_cli_write (dir, "inst.csv",
    "domain,label,min,max,higher_is_better\nmood,Mood,1,5,yes\n");
  char *proxies = sp_cli_write (dir, "proxies.csv", PROXY_HEADER
    "happier,Happier,mood,100,2022/23,test,0,0,0,0,1\n");
  static const struct
  {
    const char *settings;
    int wave;
    const char *rule;
    double total, paired;
    int attrition, fallback;
  } runs[] = {
    { "", 2, "min_followup_share", 300, 6, 1, 0 },
    { "\"min_followup_share\": 0.25,", 3, "min_followup_share", 450, 3, 1,
      0 },
    { "\"min_followup_share\": 0.9,", 1, "most_answered", 400, 8, 0, 1 },
    { "\"min_followup_share\": 0.9, \"followup_wave\": 5,", 5, "set", 150,
      1, 1, 0 },
  };
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++)
    {
      snprintf (text, sizeof text,
                "{ %s \"outcomes\": \"scores.csv\", \"instrument\": "
                "\"inst.csv\", \"proxies\": \"proxies.csv\" }\n",
                runs[i].settings);
      char *eval = sp_cli_write (dir, "eval.json", text);
      /* --internal: ten people, waves of 1 to 8 (test_cli_disclosure.c
         checks what is published).  */
      sp_cli_result r = sp_cli_run ("value '%s' --format json --internal",
                                    eval);
      assert_int_equal (r.status, 0);
      cJSON *doc = sp_cli_json (&r);
      assert_near (sp_cli_num (doc, "social_value.followup_wave"),
                   runs[i].wave, 0);
      assert_string_equal (sp_doc_str (doc, "social_value.followup_rule",
                                       ""), runs[i].rule);
      assert_near (sp_cli_num (doc, "social_value.total"), runs[i].total,
                   1e-9 * runs[i].total);
      assert_near (sp_cli_num (doc, "social_value.baseline_participants"),
                   10, 0);
      assert_near (sp_cli_num (doc, "social_value.paired_participants"),
                   runs[i].paired, 0);
      assert_true ((strstr (r.err, "scores.csv: warning: only ") != NULL)
                   == runs[i].attrition);
      assert_int_equal (has_limitation (doc, "attrition"),
                        runs[i].attrition);
      assert_true (cJSON_IsTrue (sp_doc_get (doc,
                                             "social_value.attrition_flag"))
                   == runs[i].attrition);
      assert_true ((strstr (r.err, "no wave after the baseline (0) was "
                                   "answered by at least 90%") != NULL)
                   == runs[i].fallback);
      /* The attrition array is the same whatever the follow-up.  */
      const cJSON *att = sp_doc_get (doc, "social_value.attrition");
      assert_int_equal (cJSON_GetArraySize (att), 5);
      static const double wave[] = { 0, 1, 2, 3, 5 };
      static const double people[] = { 10, 8, 7, 5, 1 };
      static const double from[] = { 10, 8, 6, 3, 1 };
      for (int k = 0; k < 5; k++)
        {
          const cJSON *w = cJSON_GetArrayItem (att, k);
          assert_near (sp_cli_num (w, "wave"), wave[k], 0);
          assert_near (sp_cli_num (w, "participants"), people[k], 0);
          assert_near (sp_cli_num (w, "from_baseline"), from[k], 0);
          assert_near (sp_cli_num (w, "share_of_baseline"), people[k] / 10,
                       1e-15);
        }
      cJSON_Delete (doc);
      sp_cli_free (&r);
      free (eval);
    }

  /* The statement says which wave and why, and the attrition, in
     words: wave 2, 6 of 10 paired = 60%.  The text output gives the
     shares of each wave.  */
  snprintf (text, sizeof text,
            "{ \"outcomes\": \"scores.csv\", \"instrument\": "
            "\"inst.csv\", \"proxies\": \"proxies.csv\" }\n");
  char *eval = sp_cli_write (dir, "eval.json", text);
  sp_cli_result t = sp_cli_run ("value '%s' --internal", eval);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, "wave 0 100.0%, wave 1 80.0%, wave 2 "
                                  "70.0%, wave 3 50.0%, wave 5 10.0%; "
                                  "paired at the follow-up 60.0%"));
  sp_cli_free (&t);
  char *words = statement_words (eval, dir);
  if (words)
    {
      assert_non_null (strstr (words, "The follow-up is survey wave 2"));
      assert_non_null (strstr (words, "60% of the people surveyed at the "
                                      "start"));
      assert_non_null (strstr (words, "fewer than 8 in 10"));
      /* The limitation, among what the figures cannot show.  */
      assert_non_null (strstr (words, "Fewer than 8 in 10 of the people "
                                      "whose outcomes were measured at "
                                      "the start"));
      free (words);
    }
  free (eval);

  /* A share that is not a fraction above 0 is refused at its key.  */
  char *bad = sp_cli_write (dir, "bad.json",
    "{ \"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\",\n"
    "  \"proxies\": \"proxies.csv\", \"min_followup_share\": 0 }\n");
  sp_cli_result r = sp_cli_run ("value '%s'", bad);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "bad.json:2:29: error: key "
                                  "\"min_followup_share\""));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (scores);
  free (inst);
  free (proxies);
  free (bad);
  free (dir);
}

/* The inputs the price tests share, in DIR: the cost index costs.csv
   (2019/20 100, 2020/21 103.2, 2022/23 111.5), the value index
   values.csv (2020/21 90, 2022/23 99), the instrument inst.csv (mood
   1..10) and the unit costs unit_costs.csv: c1 £10 of 2019/20 and c2
   £20 of the year C2_YEAR.  */
static void
write_price_inputs (const char *dir, const char *c2_year)
{
  char text[512];
  free (sp_cli_write (dir, "costs.csv",
    "year,index\n2019/20,100\n2020/21,103.2\n2022/23,111.5\n"));
  free (sp_cli_write (dir, "values.csv",
    "year,index\n2020/21,90\n2022/23,99\n"));
  free (sp_cli_write (dir, "inst.csv",
    "domain,label,min,max,higher_is_better\nmood,Mood,1,10,yes\n"));
  snprintf (text, sizeof text,
            "service,label,unit,unit_cost,category,price_year,source\n"
            "c1,Clinic,visit,10,planned,2019/20,test\n"
            "c2,Ward,day,20,emergency,%s,test\n", c2_year);
  free (sp_cli_write (dir, "unit_costs.csv", text));
}

/* One price year.  Index files of our own:
     costs.csv   2019/20 100, 2020/21 103.2, 2022/23 111.5
     values.csv  2020/21 90, 2022/23 99 (2019/20 absent)
   Unit costs: c1 £10 of 2019/20, c2 £20 of 2020/21.  Proxies: v1 £100
   of "2020-21" (the same year), v2 £50 of 2022/23.  price_year
   "2022/23":
     c1 10 x 111.5/100 = 11.15          (factor 1.115)
     c2 20 x 111.5/103.2 = 21.608527... (factor 1.0804263565891473)
     v1 100 x 99/90 = 110               (factor 1.1)
     v2 50 x 1 = 50                     (factor 1, already 2022/23)
   Usage: P1..P3 each use c1 4 -> 2 and c2 1 -> 0: saving per person
   2 x 11.15 + 21.608527 = 43.908527, total 131.72558139534885
   (= 3 x (22.3 + 2230/103.2)).  Outcomes: mood 1..10, P1..P3 4 -> 6:
   relative 0.5, value 3 x 0.5 x (110 + 50) = 240.
   Without price_year nothing moves (factors 1): saving 3 x (20 + 20) =
   120, value 3 x 0.5 x 150 = 225, and the two price years of the costs
   (and of the proxies) raise mixed_price_years; with it, every price
   is 2022/23 and the code does not appear.  */
static void
one_price_year (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  write_price_inputs (dir, "2020/21");
  free (sp_cli_write (dir, "usage.csv",
    "participant_id,period,service,quantity\n"
    "P1,before,c1,4\nP1,after,c1,2\nP1,before,c2,1\nP1,after,c2,0\n"
    "P2,before,c1,4\nP2,after,c1,2\nP2,before,c2,1\nP2,after,c2,0\n"
    "P3,before,c1,4\nP3,after,c1,2\nP3,before,c2,1\nP3,after,c2,0\n"));
  free (sp_cli_write (dir, "scores.csv",
    "participant_id,wave,domain,score\n"
    "P1,0,mood,4\nP1,1,mood,6\nP2,0,mood,4\nP2,1,mood,6\n"
    "P3,0,mood,4\nP3,1,mood,6\n"));
  free (sp_cli_write (dir, "proxies.csv", PROXY_HEADER
    "v1,Better mood,mood,100,2020-21,test,0,0,0,0,1\n"
    "v2,Less worry,mood,50,2022/23,test,0,0,0,0,1\n"));
  const char *inputs =
    "\"usage\": \"usage.csv\", \"unit_costs\": \"unit_costs.csv\", "
    "\"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\", "
    "\"proxies\": \"proxies.csv\", \"cost_index\": \"costs.csv\", "
    "\"value_index\": \"values.csv\"";
  char text[1024];
  snprintf (text, sizeof text, "{ %s, \"price_year\": \"2022/23\" }\n",
            inputs);
  char *eval = sp_cli_write (dir, "eval.json", text);
  snprintf (text, sizeof text, "{ %s }\n", inputs);
  char *plain = sp_cli_write (dir, "plain.json", text);

  for (int uprated = 1; uprated >= 0; uprated--)
    {
      const char *file = uprated ? eval : plain;
      /* --internal: a handful of participants (test_cli_disclosure.c
         checks what is published).  */
      sp_cli_result r = sp_cli_run ("savings '%s' --format json --internal",
                                    file);
      assert_int_equal (r.status, 0);
      cJSON *doc = sp_cli_json (&r);
      const cJSON *c1 = sp_cli_item (doc, "savings.lines", "service", "c1");
      const cJSON *c2 = sp_cli_item (doc, "savings.lines", "service", "c2");
      double f1 = uprated ? 111.5 / 100 : 1, f2 = uprated ? 111.5 / 103.2
                                                          : 1;
      assert_near (sp_cli_num (c1, "unit_cost"), 10 * f1, 1e-9 * 10 * f1);
      assert_near (sp_cli_num (c2, "unit_cost"), 20 * f2, 1e-9 * 20 * f2);
      assert_near (sp_cli_num (c1, "uprating_factor"), f1, 1e-9 * f1);
      assert_near (sp_cli_num (c2, "uprating_factor"), f2, 1e-9 * f2);
      assert_near (sp_cli_num (c2, "unit_cost_original"), 20, 0);
      assert_string_equal (sp_doc_str (c1, "price_year", ""),
                           uprated ? "2022/23" : "2019/20");
      assert_string_equal (sp_doc_str (c1, "price_year_original", ""),
                           "2019/20");
      double saving = 3 * (2 * 10 * f1 + 20 * f2);
      assert_near (sp_cli_num (doc, "savings.saving"), saving,
                   1e-9 * saving);
      if (uprated)
        {
          assert_near (saving, 131.72558139534885, 1e-9);
          assert_string_equal (sp_doc_str (doc, "evaluation.price_year",
                                           ""), "2022/23");
        }
      else
        assert_true (cJSON_IsNull (sp_doc_get (doc,
                                               "evaluation.price_year")));
      assert_int_equal (has_limitation (doc, "mixed_price_years"),
                        !uprated);
      cJSON_Delete (doc);
      sp_cli_free (&r);

      r = sp_cli_run ("value '%s' --format json --internal", file);
      assert_int_equal (r.status, 0);
      doc = sp_cli_json (&r);
      const cJSON *v1 = sp_cli_item (doc, "social_value.outcomes",
                                     "outcome", "v1");
      const cJSON *v2 = sp_cli_item (doc, "social_value.outcomes",
                                     "outcome", "v2");
      double g1 = uprated ? 99.0 / 90 : 1;
      assert_near (sp_cli_num (v1, "value"), 100 * g1, 1e-9 * 100 * g1);
      assert_near (sp_cli_num (v1, "uprating_factor"), g1, 1e-9 * g1);
      assert_near (sp_cli_num (v1, "value_original"), 100, 0);
      assert_string_equal (sp_doc_str (v1, "price_year_original", ""),
                           "2020-21");
      assert_near (sp_cli_num (v2, "value"), 50, 0);
      assert_near (sp_cli_num (v2, "uprating_factor"), 1, 0);
      assert_string_equal (sp_doc_str (v2, "price_year", ""), "2022/23");
      double total = uprated ? 240 : 225;
      assert_near (sp_cli_num (doc, "social_value.total"), total,
                   1e-9 * total);
      assert_int_equal (has_limitation (doc, "mixed_price_years"),
                        !uprated);
      cJSON_Delete (doc);
      sp_cli_free (&r);
    }
  /* Text and statement say which year and by how much.  */
  sp_cli_result t = sp_cli_run ("savings '%s' --internal", eval);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, "Prices: 2022/23 (unit costs of 2019/20 "
                                  "x 1.1150, unit costs of 2020/21 x "
                                  "1.0804)"));
  sp_cli_free (&t);
  /* The CSV carries the uprated cost, the original and the factor,
     111.5 / 103.2 in its shortest round-trip form.  */
  t = sp_cli_run ("savings '%s' --format csv --internal", eval);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, ",2022/23,20,2020/21,1.0804263565891472"
                                  "\r\n"));
  sp_cli_free (&t);
  t = sp_cli_run ("value '%s' --internal", plain);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, "Prices: values of 2020-21 and 2022/23 as "
                                  "their sources give them"));
  sp_cli_free (&t);
  char *words = statement_words (eval, dir);
  if (words)
    {
      assert_non_null (strstr (words, "Every pound in these figures is in "
                                      "2022/23 prices"));
      assert_non_null (strstr (words, "Unit costs of 2020/21 x 1.0804"));
      assert_non_null (strstr (words, "Values per person of 2020-21 x "
                                      "1.1000"));
      free (words);
    }
  free (eval);
  free (plain);

  /* The shipped indices (the evaluation names none), on the pilot's
     A&E attendance, £328 of 2017/18, to 2024/25: the NHS Cost Inflation
     levels in proxies/indices/nhs-cost-inflation.csv are 103.355916
     (2017/18) and 128.992167 (2024/25); the first proxy, £1,592.73 of
     2018/19, with the GDP deflator's 88.825 and 112.375 (named by its
     bundled name).  Without any data folder holding the shipped
     indices, the default cannot be found: exit 66.  */
  char *root = realpath (".", NULL);  /* the tests run from the source */
  assert_non_null (root);
  snprintf (text, sizeof text,
            "{ \"usage\": \"%s/fixtures/calico-2019/usage.csv\",\n"
            "  \"unit_costs\": \"%s/proxies/unit-costs/east-lancs-2018.csv\","
            "\n  \"price_year\": \"2024/25\" }\n", root, root);
  char *pilot = sp_cli_write (dir, "pilot.json", text);
  sp_cli_result r = sp_cli_run ("savings '%s' --format json", pilot);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  const cJSON *ae = sp_cli_item (doc, "savings.lines", "service",
                                 "ae_attendance");
  double ae_cost = 328 * 128.992167 / 103.355916;
  assert_near (sp_cli_num (ae, "unit_cost"), ae_cost, 1e-9 * ae_cost);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  free (pilot);
  snprintf (text, sizeof text,
            "{ \"outcomes\": \"%s/fixtures/calico-2019/poet.csv\",\n"
            "  \"instrument\": \"%s/proxies/instruments/poet.csv\",\n"
            "  \"proxies\": \"%s/proxies/values/calico-2019-gve.csv\",\n"
            "  \"price_year\": \"2024/25\", \"value_index\": "
            "\"gdp-deflator\" }\n", root, root, root);
  pilot = sp_cli_write (dir, "pilot.json", text);
  r = sp_cli_run ("value '%s' --format json", pilot);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  const cJSON *relief = sp_cli_item (doc, "social_value.outcomes",
                                     "outcome",
                                     "relief_health_limits_activity");
  double relief_value = 1592.73 * 112.375 / 88.825;
  assert_near (sp_cli_num (relief, "value"), relief_value,
               1e-9 * relief_value);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  free (pilot);
  snprintf (text, sizeof text,
            "{ \"outcomes\": \"%s/fixtures/calico-2019/poet.csv\",\n"
            "  \"instrument\": \"%s/proxies/instruments/poet.csv\",\n"
            "  \"proxies\": \"%s/proxies/values/calico-2019-gve.csv\",\n"
            "  \"price_year\": \"2024/25\" }\n", root, root, root);
  pilot = sp_cli_write (dir, "pilot.json", text);
  setenv ("SOCIALPROFIT_DATA", dir, 1);  /* no proxies/indices there */
  r = sp_cli_run ("value '%s'", pilot);
  unsetenv ("SOCIALPROFIT_DATA");
  assert_int_equal (r.status, 66);
  assert_non_null (strstr (r.err, "the bundled value (gdp-deflator) index "
                                  "is not in any data folder"));
  sp_cli_free (&r);
  free (pilot);
  free (root);
  sp_cli_rmtree (dir);
  free (dir);
}

/* A price year an index lacks is refused at the cell that needs it,
   exit 65, nothing on stdout: a unit cost of 2013/14 (line 3, column 6
   of the unit costs), a proxy of "2021" (not a financial year; line 2,
   column 4), every one of them; the evaluation's own price year when an
   index lacks it (line 2 of eval.json, where "price_year" is).  Index
   files are checked like every input.  */
static void
missing_index_year (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  write_price_inputs (dir, "2013/14");
  free (sp_cli_write (dir, "usage.csv",
    "participant_id,period,service,quantity\n"
    "P1,before,c1,4\nP1,after,c1,2\n"));
  free (sp_cli_write (dir, "scores.csv",
    "participant_id,wave,domain,score\nP1,0,mood,4\nP1,1,mood,6\n"));
  free (sp_cli_write (dir, "proxies.csv",
    "outcome,label,domain,price_year,value,source,deadweight,attribution,"
    "displacement,drop_off,duration_years\n"
    "v1,Better mood,mood,2021,100,test,0,0,0,0,1\n"
    "v2,Less worry,mood,2020/21,50,test,0,0,0,0,1\n"));
  char *eval = sp_cli_write (dir, "eval.json",
    "{ \"usage\": \"usage.csv\", \"unit_costs\": \"unit_costs.csv\",\n"
    "  \"price_year\": \"2022/23\", \"outcomes\": \"scores.csv\",\n"
    "  \"instrument\": \"inst.csv\", \"proxies\": \"proxies.csv\",\n"
    "  \"cost_index\": \"costs.csv\", \"value_index\": \"values.csv\" }\n");
  static const char *const commands[] = { "savings", "value", "validate",
                                          "report" };
  for (size_t i = 0; i < 4; i++)
    {
      char out[4096];
      snprintf (out, sizeof out, "%s/out", dir);
      sp_cli_result r = sp_cli_run ("%s '%s'%s%s", commands[i], eval,
                                    i == 3 ? " --bootstrap 0 --out " : "",
                                    i == 3 ? out : "");
      assert_int_equal (r.status, 65);
      assert_string_equal (r.out, "");
      if (i != 1)
        assert_non_null (strstr (r.err, "unit_costs.csv:3:6: error: price "
                                        "year 2013/14 is not in the "
                                        "index"));
      if (i != 0)
        assert_non_null (strstr (r.err, "proxies.csv:2:4: error: price "
                                        "year '2021' is not a financial "
                                        "year"));
      assert_false (sp_cli_exists (out));
      sp_cli_free (&r);
    }

  /* The evaluation's price year is not in the value index.  */
  char *late = sp_cli_write (dir, "late.json",
    "{ \"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\",\n"
    "  \"proxies\": \"ok.csv\", \"price_year\": \"2019/20\",\n"
    "  \"value_index\": \"values.csv\" }\n");
  free (sp_cli_write (dir, "ok.csv", PROXY_HEADER
    "v2,Less worry,mood,50,2020/21,test,0,0,0,0,1\n"));
  sp_cli_result r = sp_cli_run ("value '%s'", late);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "late.json:2:24: error: price year "
                                  "2019/20 is not in the value index"));
  sp_cli_free (&r);

  /* A price year that is not a financial year; an index with a year
     twice (2020/21 and 2020-21), a year that is not one, an index of 0;
     an index file that is not there.  */
  char *bad = sp_cli_write (dir, "bad.json",
    "{ \"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\",\n"
    "  \"proxies\": \"ok.csv\", \"price_year\": \"2022\" }\n");
  r = sp_cli_run ("value '%s'", bad);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "bad.json:2:24: error: key "
                                  "\"price_year\" must be a financial "
                                  "year"));
  sp_cli_free (&r);
  free (sp_cli_write (dir, "badindex.csv",
    "year,index\n2020/21,90\n2020-21,91\n2021,95\n2022/23,0\n"));
  char *badidx = sp_cli_write (dir, "badidx.json",
    "{ \"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\",\n"
    "  \"proxies\": \"ok.csv\", \"price_year\": \"2020/21\",\n"
    "  \"value_index\": \"badindex.csv\" }\n");
  r = sp_cli_run ("value '%s'", badidx);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "badindex.csv:3:1: error: year "
                                  "'2020-21' is listed twice (first on "
                                  "line 2)"));
  assert_non_null (strstr (r.err, "badindex.csv:4:1: error: column 'year' "
                                  "is '2021'"));
  assert_non_null (strstr (r.err, "badindex.csv:5:2: error: column "
                                  "'index' is '0'"));
  sp_cli_free (&r);
  char *gone = sp_cli_write (dir, "gone.json",
    "{ \"outcomes\": \"scores.csv\", \"instrument\": \"inst.csv\",\n"
    "  \"proxies\": \"ok.csv\", \"price_year\": \"2020/21\",\n"
    "  \"value_index\": \"nowhere.csv\" }\n");
  r = sp_cli_run ("value '%s'", gone);
  assert_int_equal (r.status, 66);
  sp_cli_free (&r);

  free (eval);
  free (late);
  free (bad);
  free (badidx);
  free (gone);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (methods_with_mid_and_reversed_scale),
    cmocka_unit_test (default_followup_and_attrition),
    cmocka_unit_test (one_price_year),
    cmocka_unit_test (missing_index_year),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* test_cli_statement.c -- a statement a board can read (issue 11 §2)

   One report of the pilot's data, written from an evaluation file made
   here (absolute paths to the pilot's inputs, with the front matter
   keys and all three shipped scenarios), read back as a reader reads
   it: pdfinfo for the PDF's metadata, the PDF's bytes for its outline
   (cairo writes the outline's entries uncompressed), and pdftotext for
   the words on the pages.  */

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
#include "headline.h"
#include "xalloc.h"

/* 2023-11-14 22:13:20 UTC.  */
#define EPOCH "1700000000"

typedef struct
{
  char *dir;
  char *out;       /* the report's folder */
  char *pdf;       /* its statement */
  char *text;      /* pdftotext of it, squashed (NULL without pdftotext) */
  cJSON *doc;      /* its results.json */
} report;

static report rep;

/* The pilot's evaluation with absolute paths and EXTRA keys (JSON
   members with a trailing comma, or "").  Owned path.  */
static char *
evaluation (const char *dir, const char *name, const char *extra)
{
  char *root = realpath (".", NULL);
  assert_non_null (root);
  char *text = sp_xasprintf (
    "{ \"programme\": \"Board test programme\",\n"
    "  \"area\": \"Testshire\",\n"
    "  \"reporting_period\": \"2017-18\",\n%s"
    "  \"usage\": \"%s/fixtures/calico-2019/usage.csv\",\n"
    "  \"unit_costs\": \"%s/proxies/unit-costs/east-lancs-2018.csv\",\n"
    "  \"outcomes\": \"%s/fixtures/calico-2019/poet.csv\",\n"
    "  \"instrument\": \"%s/proxies/instruments/poet.csv\",\n"
    "  \"proxies\": \"%s/proxies/values/calico-2019-gve.csv\",\n"
    "  \"register\": \"%s/fixtures/calico-2019/register.csv\",\n"
    "  \"transactions\": \"%s/fixtures/calico-2019/transactions.csv\",\n"
    "  \"local_respend\": 0.4, \"scale_to\": 48,\n"
    "  \"scenarios\": [ \"%s/fixtures/scenarios/east-lancs-890.json\",\n"
    "                 \"%s/fixtures/scenarios/east-lancs-450.json\",\n"
    "                 \"%s/fixtures/scenarios/east-lancs-1300.json\" ] }\n",
    extra, root, root, root, root, root, root, root, root, root, root);
  char *path = sp_cli_write (dir, name, text);
  free (text);
  free (root);
  return path;
}

static int
setup (void **state)
{
  (void) state;
  setenv ("SOURCE_DATE_EPOCH", EPOCH, 1);
  rep.dir = sp_cli_tmpdir ();
  char *eval = evaluation (rep.dir, "evaluation.json",
                           "  \"organisation\": \"Testshire ICB\",\n"
                           "  \"author\": \"A. N. Evaluator\",\n"
                           "  \"status\": \"final\",\n");
  rep.out = sp_xasprintf ("%s/out", rep.dir);
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 200 --simulations "
                                "200 --out '%s'", eval, rep.out);
  if (r.status != 0)
    fprintf (stderr, "%s", r.err);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  free (eval);
  rep.pdf = sp_xasprintf ("%s/statement.pdf", rep.out);
  char *json = sp_xasprintf ("%s/results.json", rep.out);
  char *body = sp_cli_read (json, NULL);
  rep.doc = cJSON_Parse (body);
  assert_non_null (rep.doc);
  free (body);
  free (json);
  char *text = sp_cli_pdf_text (rep.pdf, 0);
  rep.text = text ? sp_cli_squash (text) : NULL;
  free (text);
  return 0;
}

static int
teardown (void **state)
{
  (void) state;
  sp_cli_rmtree (rep.dir);
  free (rep.dir);
  free (rep.out);
  free (rep.pdf);
  free (rep.text);
  cJSON_Delete (rep.doc);
  return 0;
}

/* Whether the squashed statement holds NEEDLE (white space squashed
   too).  */
static int
says (const char *needle)
{
  char *n = sp_cli_squash (needle);
  int found = strstr (rep.text, n) != NULL;
  if (!found)
    fprintf (stderr, "not on the statement: \"%s\"\n", n);
  free (n);
  return found;
}

/* pdfinfo's output for PDF (owned), or NULL when pdfinfo is missing.  */
static char *
pdfinfo (const char *pdf)
{
  if (system ("command -v pdfinfo >/dev/null 2>&1") != 0)
    return NULL;
  char *cmd = sp_xasprintf ("pdfinfo '%s'", pdf);
  FILE *p = popen (cmd, "r");
  free (cmd);
  assert_non_null (p);
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream (&buf, &len);
  char chunk[4096];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, p)) > 0)
    fwrite (chunk, 1, n, m);
  fclose (m);
  assert_int_equal (pclose (p), 0);
  return buf;
}

/* The front matter: the evaluation's organisation, author and status
   and the date of SOURCE_DATE_EPOCH on the cover; in the document.  */
static void
cover_has_front_matter (void **state)
{
  (void) state;
  assert_string_equal (sp_doc_str (rep.doc, "evaluation.organisation", ""),
                       "Testshire ICB");
  assert_string_equal (sp_doc_str (rep.doc, "evaluation.author", ""),
                       "A. N. Evaluator");
  assert_string_equal (sp_doc_str (rep.doc, "evaluation.status", ""),
                       "final");
  if (!rep.text)
    skip ();
  assert_true (says ("Organisation: Testshire ICB"));
  assert_true (says ("Author: A. N. Evaluator"));
  assert_true (says ("Date: 14 November 2023"));
  assert_true (says ("Final"));
  assert_null (strstr (rep.text, "Draft"));
}

/* Without "status" the statement is a draft, and says so; a status
   other than draft or final is an error at its line and column.  */
static void
status_defaults_to_draft (void **state)
{
  (void) state;
  char *eval = evaluation (rep.dir, "draft.json", "");
  char *out = sp_xasprintf ("%s/draft", rep.dir);
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 0 --simulations "
                                "50 --out '%s'", eval, out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  char *json = sp_xasprintf ("%s/results.json", out);
  char *body = sp_cli_read (json, NULL);
  cJSON *doc = cJSON_Parse (body);
  assert_string_equal (sp_doc_str (doc, "evaluation.status", ""), "draft");
  assert_true (cJSON_IsNull (sp_doc_get (doc, "evaluation.author")));
  cJSON_Delete (doc);
  char *pdf = sp_xasprintf ("%s/statement.pdf", out);
  char *text = sp_cli_pdf_text (pdf, 0);
  if (text)
    {
      char *sq = sp_cli_squash (text);
      assert_non_null (strstr (sq, "Draft: not yet approved for "
                                   "publication"));
      assert_null (strstr (sq, "Author:"));
      free (sq);
    }
  free (text);
  free (pdf);
  free (body);
  free (json);
  free (out);
  free (eval);

  eval = evaluation (rep.dir, "bad.json", "  \"status\": \"approved\",\n");
  r = sp_cli_run ("savings '%s' --bootstrap 0", eval);
  assert_int_equal (r.status, 65);
  /* The key is on line 4 (after three lines of labels), column 3.  */
  char *where = sp_xasprintf ("%s:4:3: ", eval);
  assert_non_null (strstr (r.err, where));
  assert_non_null (strstr (r.err, "\"draft\" or \"final\""));
  free (where);
  sp_cli_free (&r);
  free (eval);
}

/* pdfinfo shows the title, author, subject and keywords.  */
static void
pdf_metadata (void **state)
{
  (void) state;
  char *info = pdfinfo (rep.pdf);
  if (!info)
    skip ();
  assert_non_null (strstr (info, "Title:           Social profit statement: "
                                 "Board test programme"));
  assert_non_null (strstr (info, "Author:          A. N. Evaluator, "
                                 "Testshire ICB"));
  assert_non_null (strstr (info, "Subject:         NHS cost savings"));
  assert_non_null (strstr (info, "Testshire"));
  assert_non_null (strstr (info, "Keywords:        personal health budgets"));
  assert_non_null (strstr (info, "Creator:         socialprofit"));
  assert_non_null (strstr (info, "CreationDate:    Tue Nov 14 22:13:20 2023"));
  free (info);
}

/* The PDF has an outline (bookmarks) with an entry for each section,
   subsections under their sections.  */
static void
pdf_outline (void **state)
{
  (void) state;
  size_t len;
  char *pdf = sp_cli_read (rep.pdf, &len);
  assert_non_null (memmem (pdf, len, "/Type /Outlines", 15));
  static const char *const sections[] = {
    "/Title (Headline figures)",
    "/Title (What these figures can and cannot show)",
    "/Title (Social value)",
    "/Title (Assumptions and sources)",
  };
  for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
    if (!memmem (pdf, len, sections[i], strlen (sections[i])))
      fail_msg ("no outline entry %s", sections[i]);
  /* A subsection's entry names its parent.  */
  const char *sub = "/Title (By category)";
  const char *at = memmem (pdf, len, sub, strlen (sub));
  assert_non_null (at);
  const char *end = memchr (at, '>', len - (size_t) (at - pdf));
  assert_non_null (end);
  assert_non_null (memmem (at, (size_t) (end - at), "/Parent", 7));
  free (pdf);
}


/* Where NEEDLE first is on the statement (squashed), or -1.  */
static long
at (const char *needle)
{
  const char *f = strstr (rep.text, needle);
  return f ? (long) (f - rep.text) : -1;
}

/* How many times NEEDLE is on the statement.  */
static int
times (const char *needle)
{
  int n = 0;
  for (const char *f = rep.text; (f = strstr (f, needle)); f++)
    n++;
  return n;
}

/* The executive summary comes before the headline figures, has five to
   eight sentences, and gives the headline figures (as the document
   has them), the largest caveat and what the rollout needs.  */
static void
executive_summary (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  long start = at ("Executive summary");
  long end = at ("Headline figures");
  assert_true (start >= 0);
  assert_true (end > start);
  size_t len = (size_t) (end - start);
  char *summary = sp_xstrndup (rep.text + start, len);
  /* Sentences end with ". " (no figure on it has a decimal point
     followed by a space).  */
  int sentences = 0;
  for (const char *f = summary; (f = strstr (f, ". ")); f++)
    sentences++;
  if (summary[len - 1] == '.')
    sentences++;
  assert_in_range (sentences, 5, 8);
  /* The saving of results.json, rounded to the pound as printed.  */
  char fig[64];
  snprintf (fig, sizeof fig, "\u00a3%s",
            "1,231,900");
  assert_near (sp_cli_num (rep.doc, "savings.saving"), 1231900, 0.5);
  assert_non_null (strstr (summary, fig));
  assert_non_null (strstr (summary, "forecast"));
  /* a forecast is what would be saved, never what was */
  assert_non_null (strstr (summary, "saving would be"));
  assert_null (strstr (summary, "saving was"));
  assert_non_null (strstr (summary, "95% CI"));
  assert_non_null (strstr (summary, "\u00a3429,937"));
  assert_non_null (strstr (summary, "no comparison group"));
  assert_non_null (strstr (summary, "A rollout to 890 personal health "
                                    "budgets needs about 1,047 "
                                    "assessments"));
  assert_non_null (strstr (summary, "uncertainty interval (simulation)"));
  free (summary);
}

/* The glossary explains every term the issue lists.  */
static void
glossary (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  long g = at ("Glossary Term Meaning");
  assert_true (g >= 0);
  static const char *const terms[] = {
    "PHB Personal health budget", "PA Personal assistant",
    "POET Personal Outcomes Evaluation Tool",
    "SROI Social return on investment", "LM3 Local Multiplier 3",
    "BCa Bias-corrected and accelerated", "Confidence interval (CI)",
    "Uncertainty interval (simulation)", "Deadweight", "Attribution",
    "Displacement", "Drop-off",
  };
  for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++)
    {
      const char *t = strstr (rep.text + g, terms[i]);
      if (!t)
        fail_msg ("the glossary lacks %s", terms[i]);
    }
}

/* The statement's parts come in the order of the team's contract:
   cover, summary, headline figures, limitations, the sections, then
   data notes, about the data, assumptions and sources, glossary.  */
static void
statement_order (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  static const char *const order[] = {
    "Organisation: Testshire ICB", "Executive summary", "Headline figures",
    "What these figures can and cannot show", "Social value",
    "Rollout projection: east-lancs-890", "Data notes",
    "Assumptions and sources", "Glossary Term Meaning",
  };
  const char *last = rep.text;
  for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
    {
      const char *here = strstr (last, order[i]);
      if (!here)
        fail_msg ("\"%s\" is not after \"%s\"", order[i],
                  i ? order[i - 1] : "the start");
      last = here + 1;
    }
}

/* Every scenario the evaluation names has a full section: its figures,
   its trajectory and its tornado, not only the first; and its charts'
   files, which its section names.  */
static void
every_scenario (void **state)
{
  (void) state;
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (rep.doc, "scenarios")),
                    3);
  static const char *const names[] = { "east-lancs-890", "east-lancs-450",
                                       "east-lancs-1300" };
  /* The further scenarios' rollout charts are files too, named after
     the scenario's place and name as compare --out names them, and are
     their own (not the first's picture).  */
  static const char *const charts[] = { "rollout-trajectory",
                                        "rollout-simulations",
                                        "rollout-tornado" };
  for (size_t c = 0; c < 3; c++)
    {
      char *first = sp_xasprintf ("%s/charts/%s.png", rep.out, charts[c]);
      size_t n_first;
      char *a = sp_cli_read (first, &n_first);
      assert_non_null (a);
      for (size_t i = 1; i < 3; i++)
        {
          static const char *const ext[] = { "png", "svg", "pdf" };
          for (size_t e = 0; e < 3; e++)
            {
              char *path = sp_xasprintf ("%s/charts/%s-%zu-%s.%s", rep.out,
                                         charts[c], i + 1, names[i],
                                         ext[e]);
              size_t n;
              char *b = sp_cli_read (path, &n);
              if (!b)
                fail_msg ("no %s", path);
              assert_true (n > 1000);
              if (e == 0)
                assert_false (n == n_first && memcmp (a, b, n) == 0);
              free (b);
              free (path);
            }
        }
      free (a);
      free (first);
    }
  if (!rep.text)
    skip ();
  assert_true (says ("Chart also in charts/"
                     "rollout-trajectory-2-east-lancs-450.png"));
  assert_true (says ("Chart also in charts/"
                     "rollout-tornado-3-east-lancs-1300.png"));
  /* Each section points to "Assumptions and sources", which lists every
     scenario's assumptions under its name.  */
  for (size_t i = 0; i < 3; i++)
    {
      char *h = sp_xasprintf ("Rollout assumptions: %s", names[i]);
      assert_true (says (h));
      free (h);
    }
  for (size_t i = 0; i < 3; i++)
    {
      char *h = sp_xasprintf ("Rollout projection: %s", names[i]);
      assert_true (at (h) >= 0);
      free (h);
    }
  assert_int_equal (times ("Rollout: personal health budgets month by "
                           "month"), 3);
  assert_int_equal (times ("Rollout: what the net saving is most "
                           "sensitive to"), 3);
  assert_int_equal (times ("One-way sensitivity"), 3);
  /* Each section shows its own target: 450 PHBs in the 450 one.  Read
     with pdftotext -layout, which keeps a table's row on one line:
     without it, the order pdftotext reads a table in depends on where
     the page breaks fall (a table that starts a page can come out
     column by column), and the charts issue 11 adds move them.  */
  char *lay = sp_cli_pdf_text (rep.pdf, 1);
  char *flat = sp_cli_squash (lay);
  const char *h450 = strstr (flat, "Rollout projection: east-lancs-450");
  const char *h1300 = strstr (flat, "Rollout projection: east-lancs-1300");
  assert_non_null (h450);
  assert_non_null (h1300);
  const char *in450 = strstr (h450, "Target PHBs 450");
  assert_non_null (in450);
  assert_true (in450 < h1300 || h1300 < h450);
  free (flat);
  free (lay);
}

/* The run's warning about transactions of people not in the register
   is listed under "Data notes", without the identifier or the small
   counts in the published statement; with --internal as printed.  */
static void
data_notes (void **state)
{
  (void) state;
  const cJSON *notes = sp_doc_get (rep.doc, "data_notes");
  assert_true (cJSON_GetArraySize (notes) >= 1);
  const char *t = sp_doc_str (cJSON_GetArrayItem (notes, 0), "text", "");
  assert_non_null (strstr (t, "transactions name * participant"));
  assert_null (strstr (t, "EL-105"));
  if (rep.text)
    {
      long d = at ("Data notes");
      assert_true (d >= 0);
      assert_non_null (strstr (rep.text + d, "* transactions name * "
                                             "participant not in the "
                                             "register"));
      assert_null (strstr (rep.text, "EL-105"));
    }
  /* --internal: the note as printed on stderr.  */
  char *eval = evaluation (rep.dir, "internal.json", "");
  char *out = sp_xasprintf ("%s/internal", rep.dir);
  sp_cli_result r = sp_cli_run ("report '%s' --internal --bootstrap 0 "
                                "--simulations 50 --out '%s'", eval, out);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.err, "3 transactions name 1 participant not "
                                  "in the register"));
  sp_cli_free (&r);
  char *pdf = sp_xasprintf ("%s/statement.pdf", out);
  char *text = sp_cli_pdf_text (pdf, 0);
  if (text)
    {
      char *sq = sp_cli_squash (text);
      const char *d = strstr (sq, "Data notes");
      assert_non_null (d);
      assert_non_null (strstr (d, "3 transactions name 1 participant not "
                                  "in the register"));
      assert_non_null (strstr (d, "EL-105"));
      free (sq);
    }
  free (text);
  free (pdf);
  free (out);
  free (eval);
}

/* Every member name of NODE (recursively) that holds an underscore,
   added to NAMES (a cJSON array of strings, duplicates left in).  */
static void
field_names (const cJSON *node, cJSON *names)
{
  const cJSON *c;
  cJSON_ArrayForEach (c, node)
  {
    if (c->string && strchr (c->string, '_'))
      cJSON_AddItemToArray (names, cJSON_CreateString (c->string));
    if (cJSON_IsObject (c) || cJSON_IsArray (c))
      field_names (c, names);
  }
}

/* Plain words: no field name of the results document that holds an
   underscore ("saving_rate", "mean_budget", "pas_per_phb" ...) is
   anywhere on the statement -- not in the formulas, the rollout's
   parameters, the sensitivity table or the charts drawn on it.  */
static void
no_field_names (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  cJSON *names = cJSON_CreateArray ();
  field_names (rep.doc, names);
  /* The document has plenty of them, so the test can fail.  */
  assert_true (cJSON_GetArraySize (names) > 100);
  const cJSON *n;
  int found = 0;
  cJSON_ArrayForEach (n, names)
  if (strstr (rep.text, n->valuestring))
    {
      fprintf (stderr, "field name on the statement: %s\n", n->valuestring);
      found++;
    }
  cJSON_Delete (names);
  assert_int_equal (found, 0);
}

/* Scenario parameters carry labels (shipped defaults for every known
   key), their values in their unit; a scenario file's "label"
   replaces the default; counts of people are whole numbers.  */
static void
parameter_labels (void **state)
{
  (void) state;
  const cJSON *e;
  int n = 0;
  cJSON_ArrayForEach (e, sp_doc_get (rep.doc, "rollout.parameters"))
  {
    const char *name = sp_doc_str (e, "parameter", "");
    const char *label = sp_doc_str (e, "label", NULL);
    assert_non_null (label);
    /* A label is words, not the key.  */
    assert_string_not_equal (label, name);
    assert_null (strchr (label, '_'));
    if (strcmp (name, "savings_rate") == 0)
      assert_string_equal (label, "Share of the budget saved");
    if (strcmp (name, "segments.specialist/targeted.mean_budget") == 0)
      {
        assert_string_equal (label, "Mean budget, specialist/targeted");
        assert_string_equal (sp_doc_str (e, "unit", ""), "pounds");
      }
    n++;
  }
  assert_true (n >= 12);
  if (rep.text)
    {
      /* Table rows, read with pdftotext -layout (a row stays on one
         line): without it the order a table is read in depends on where
         the page breaks fall, which the numbered sources (cite) moved.  */
      char *lay = sp_cli_pdf_text (rep.pdf, 1);
      char *flat = sp_cli_squash (lay);
      assert_non_null (strstr (flat, "Share of the budget saved 18.0% "
                                     "normal"));
      assert_non_null (strstr (flat, "Mean budget, specialist/targeted "
                                     "\u00a3134,000 triangular"));
      free (flat);
      free (lay);
      /* 890 / 0.85 = 1,047.06 assessments: a whole number of people.  */
      assert_true (says ("1,047 assessments"));
      assert_null (strstr (rep.text, "1,047.1"));
    }

  /* A label in the scenario file.  */
  char *root = realpath (".", NULL);
  char *src = sp_xasprintf ("%s/fixtures/scenarios/east-lancs-890.json",
                            root);
  char *text = sp_cli_read (src, NULL);
  cJSON *sc = cJSON_Parse (text);
  cJSON *rate = cJSON_GetObjectItemCaseSensitive (sc, "savings_rate");
  cJSON_AddStringToObject (rate, "label", "Budget saved (policy rate)");
  char *out = cJSON_Print (sc);
  char *path = sp_cli_write (rep.dir, "labelled.json", out);
  sp_cli_result r = sp_cli_run ("rollout '%s' --simulations 0 --format json",
                                path);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  const cJSON *label = NULL;
  cJSON_ArrayForEach (e, sp_doc_get (doc, "rollout.parameters"))
  if (strcmp (sp_doc_str (e, "parameter", ""), "savings_rate") == 0)
    label = cJSON_GetObjectItemCaseSensitive (e, "label");
  assert_true (cJSON_IsString (label));
  assert_string_equal (label->valuestring, "Budget saved (policy rate)");
  cJSON_Delete (doc);
  sp_cli_free (&r);
  /* A label that is not text is an error at its place.  */
  cJSON_ReplaceItemInObjectCaseSensitive (rate, "label",
                                          cJSON_CreateNumber (3));
  free (out);
  out = cJSON_Print (sc);
  free (path);
  path = sp_cli_write (rep.dir, "badlabel.json", out);
  r = sp_cli_run ("rollout '%s' --simulations 0", path);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "\"label\" of \"savings_rate\""));
  sp_cli_free (&r);
  free (path);
  free (out);
  cJSON_Delete (sc);
  free (text);
  free (src);
  free (root);
}

/* Headline rows say whose figure and what period (issue 8's leftovers):
   the saving rate, the saving per participant and the local effect.  */
static void
headline_people_and_period (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  assert_true (says ("Saving rate (share of the baseline cost; 22 "
                     "participants, a year)"));
  assert_true (says ("Saving per participant (22 participants, a year)"));
  /* local_economy.participants of the pilot's transactions: 18.  */
  assert_near (sp_cli_num (rep.doc, "local_economy.participants"), 18, 0);
  assert_true (says ("Local economic effect of the spending (LM3; the "
                     "marketplace spending of 18 budget holders, 2017-18)"));
}

/* "This quarter" and the trend name the saving by its basis
   (savings.title), not a plain "NHS cost saving"; a figure without
   words is named by its path in words, not a field name.  */
static void
headline_words_name_the_basis (void **state)
{
  (void) state;
  sp_headline_named buf;
  const sp_headline_words *w
    = sp_headline_find_doc (rep.doc, "savings.saving", &buf);
  assert_string_equal (w->name, "Forecast NHS cost saving");
  assert_string_equal (w->phrase, "the forecast NHS cost saving");
  cJSON *bare = cJSON_Parse ("{}");
  w = sp_headline_find_doc (bare, "savings.saving", &buf);
  assert_string_equal (w->name, "NHS cost saving");
  w = sp_headline_find_doc (bare, "local_economy.fee_transacted", &buf);
  assert_string_equal (w->name, "local economy fee transacted");
  cJSON_Delete (bare);
}

/* Table headers wrap between words, never inside one: the social value
   table's narrow columns read "Improvement" and "Paired" whole (they
   were "Improve ment" and "Pair ed").  */
static void
headers_not_hyphenated (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  assert_true (says ("Outcome Improvement Paired"));
  assert_null (strstr (rep.text, "Improve ment"));
  assert_null (strstr (rep.text, "Improveme nt"));
  assert_null (strstr (rep.text, "Pair ed"));
}

/* TEXT (in place) without its hyphens: pdftotext joins a word broken
   after a hyphen at a line end ("self-" "esteem" reads "selfesteem"),
   so both the statement and the texts looked for lose theirs.  */
static char *
unhyphen (char *text)
{
  char *o = text;
  for (const char *t = text; *t; t++)
    if (*t != '-')
      *o++ = *t;
  *o = '\0';
  return text;
}

/* Every string member "source" below NODE, each distinct text once
   (squashed, at least 30 characters: long enough that it cannot occur
   on the statement by chance), appended to LIST (N of them).  */
static void
collect_sources (const cJSON *node, char ***list, size_t *n)
{
  const cJSON *m;
  cJSON_ArrayForEach (m, node)
  {
    if (cJSON_IsObject (m) || cJSON_IsArray (m))
      collect_sources (m, list, n);
    else if (m->string && strcmp (m->string, "source") == 0
             && cJSON_IsString (m))
      {
        char *s = unhyphen (sp_cli_squash (m->valuestring));
        int seen = strlen (s) < 30;
        for (size_t i = 0; i < *n && !seen; i++)
          seen = strcmp ((*list)[i], s) == 0;
        if (seen)
          {
            free (s);
            continue;
          }
        *list = realloc (*list, (*n + 1) * sizeof **list);
        (*list)[(*n)++] = s;
      }
  }
}

/* Occurrences of NEEDLE in HAY.  */
static size_t
occurrences (const char *hay, const char *needle)
{
  size_t k = 0;
  for (const char *p = hay; (p = strstr (p, needle)) != NULL; p++)
    k++;
  return k;
}

/* Issue 11 §2: repeated source texts are collapsed.  Each distinct
   source text of the document is on the statement once, in a numbered
   list ("[N] text"), and every reference "[M]" on the statement is a
   number of that list.  The pilot's unit costs cite one text for eight
   services, and its proxies and domains long texts, so the statement
   printed each many times before.  */
static void
sources_listed_once (void **state)
{
  (void) state;
  if (!rep.text)
    skip ();
  char *text = unhyphen (sp_xasprintf ("%s", rep.text));
  char **src = NULL;
  size_t n = 0;
  collect_sources (rep.doc, &src, &n);
  assert_true (n > 3);
  int listed[1000] = { 0 };
  for (size_t i = 0; i < n; i++)
    {
      /* A text inside another listed text occurs there too.  */
      size_t within = 0;
      for (size_t j = 0; j < n; j++)
        within += j != i && strstr (src[j], src[i]) != NULL;
      size_t k = occurrences (text, src[i]);
      if (k != within + 1)
        fail_msg ("source found %zu times (%zu inside other sources): %s", k,
                  within, src[i]);
      /* Its number, "[N] " just before it.  */
      const char *at = strstr (text, src[i]);
      const char *b = at - 2;
      assert_true (at - text > 4 && b[0] == ']' && b[1] == ' ');
      while (b > text && b[-1] >= '0' && b[-1] <= '9')
        b--;
      assert_true (b > text && b[-1] == '[');
      int num = atoi (b);
      assert_true (num >= 1 && num < 1000);
      if (listed[num])
        fail_msg ("number %d names two sources", num);
      listed[num] = 1;
    }
  /* Every "[M]" refers to a listed source, and the tables do refer.  */
  size_t refs = 0;
  for (const char *p = text; (p = strchr (p, '[')) != NULL; p++)
    {
      char *end;
      long m = strtol (p + 1, &end, 10);
      if (end == p + 1 || *end != ']' || p[1] < '0' || p[1] > '9')
        continue;
      if (m < 1 || m >= 1000 || !listed[m])
        fail_msg ("reference [%ld] is not in the list of sources", m);
      refs++;
    }
  assert_true (refs > n);
  for (size_t i = 0; i < n; i++)
    free (src[i]);
  free (src);
  free (text);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (cover_has_front_matter),
    cmocka_unit_test (status_defaults_to_draft),
    cmocka_unit_test (pdf_metadata),
    cmocka_unit_test (pdf_outline),
    cmocka_unit_test (executive_summary),
    cmocka_unit_test (glossary),
    cmocka_unit_test (statement_order),
    cmocka_unit_test (every_scenario),
    cmocka_unit_test (data_notes),
    cmocka_unit_test (no_field_names),
    cmocka_unit_test (parameter_labels),
    cmocka_unit_test (headline_people_and_period),
    cmocka_unit_test (headline_words_name_the_basis),
    cmocka_unit_test (headers_not_hyphenated),
    cmocka_unit_test (sources_listed_once),
  };
  return cmocka_run_group_tests (tests, setup, teardown);
}

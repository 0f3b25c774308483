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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (cover_has_front_matter),
    cmocka_unit_test (status_defaults_to_draft),
    cmocka_unit_test (pdf_metadata),
    cmocka_unit_test (pdf_outline),
  };
  return cmocka_run_group_tests (tests, setup, teardown);
}

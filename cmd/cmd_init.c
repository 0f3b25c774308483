/* cmd_init.c -- socialprofit init DIR: start a new evaluation folder

   Writes, all at once (reports/outdir.h), into DIR -- which must not
   exist or be empty, else exit 73 --

     evaluation.json    naming the templates and the bundled unit costs,
                        instrument and value proxies (datadir.h)
     usage.csv, outcomes.csv, register.csv, transactions.csv
                        a header row each, the columns the readers take
                        (their own column lists, so they never drift)
     scenario.json      an example rollout scenario: the bundled
                        east-lancs-890 without the pilot report's
                        published figures
     README.txt         what to fill in, and the two commands to run

   Until the templates are filled in, socialprofit validate names each
   empty one as an error at its line 2.  */

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "datadir.h"
#include "outcomes_read.h"
#include "outdir.h"
#include "register_read.h"
#include "slurp.h"
#include "transactions_read.h"
#include "usage_read.h"
#include "xalloc.h"

static const char evaluation[] =
  "{\n"
  "  \"programme\": \"Personal health budgets (write the programme's "
  "name)\",\n"
  "  \"area\": \"Write the area\",\n"
  "  \"reporting_period\": \"Write the period, e.g. April 2024 - March "
  "2025\",\n"
  "  \"usage\": \"usage.csv\",\n"
  "  \"unit_costs\": \"east-lancs-2018\",\n"
  "  \"before\": \"before\",\n"
  "  \"after\": \"after\",\n"
  "  \"outcomes\": \"outcomes.csv\",\n"
  "  \"instrument\": \"poet\",\n"
  "  \"proxies\": \"calico-2019-gve\",\n"
  "  \"register\": \"register.csv\",\n"
  "  \"transactions\": \"transactions.csv\",\n"
  "  \"scenarios\": [\"scenario.json\"]\n"
  "}\n";

static const char readme[] =
  "A new socialprofit evaluation\n"
  "=============================\n"
  "\n"
  "1. Fill in the four CSV files, keeping their first (header) row:\n"
  "\n"
  "   usage.csv         one row per participant, period and service: the\n"
  "                     services used in the 12 months before the personal\n"
  "                     health budget (period \"before\") and with it\n"
  "                     (\"after\"); quantity is the number of units, months\n"
  "                     the length of the window (12 if empty), source how\n"
  "                     it is known: recall, record or plan. Services are\n"
  "                     the names of the unit-cost set (see below).\n"
  "   outcomes.csv      one row per participant, survey wave and domain:\n"
  "                     wave 0 is the baseline, 1, 2, ... the follow-ups;\n"
  "                     domains and scales are the instrument's.\n"
  "   register.csv      one row per person who enquired about a budget:\n"
  "                     status (enquiry, referred, ineligible, in_process,\n"
  "                     approved, lost), segment, budget_annual,\n"
  "                     integrated (yes/no), pas (personal assistants),\n"
  "                     referral_date and approved_date as YYYY-MM-DD.\n"
  "   transactions.csv  one row per payment from a budget: date,\n"
  "                     participant_id, supplier, category, amount and\n"
  "                     supplier_local (yes/no).\n"
  "\n"
  "   Use pseudonymous identifiers, never names or NHS numbers.\n"
  "\n"
  "2. Edit evaluation.json: the programme, area and reporting period. It\n"
  "   names the bundled unit costs (east-lancs-2018), instrument (poet)\n"
  "   and value proxies (calico-2019-gve); give your own files' paths\n"
  "   instead where they differ (socialprofit help --bundled unit-costs\n"
  "   lists the bundled sets). scenario.json is an example rollout of 890\n"
  "   budgets: change its figures to your plan.\n"
  "\n"
  "3. Check everything, then write the report (from this folder):\n"
  "\n"
  "   socialprofit validate evaluation.json\n"
  "   socialprofit report evaluation.json --out report\n"
  "\n"
  "   validate names every empty template and every problem with its\n"
  "   file, line and column. The report folder gets results.json, the\n"
  "   charts and statement.pdf. man socialprofit documents every option.\n";

/* A CSV header row of the N columns COLS (owned).  */
static char *
header (const sp_csv_column *cols, size_t n)
{
  char *s = sp_xstrdup ("");
  for (size_t i = 0; i < n; i++)
    {
      char *next = sp_xasprintf ("%s%s%s", s, i ? "," : "", cols[i].name);
      free (s);
      s = next;
    }
  char *line = sp_xasprintf ("%s\n", s);
  free (s);
  return line;
}

/* The example scenario: the bundled east-lancs-890 without its
   "published" figures, named "example" (owned), or NULL with the reason
   in D.  */
static char *
example_scenario (sp_diag *d)
{
  char *path = sp_data_find (SP_DATA_SCENARIOS, "east-lancs-890");
  if (!path)
    {
      sp_diag_fail (d, SP_EXIT_SOFTWARE, NULL, 0, 0,
                    "the bundled scenario east-lancs-890 is not installed: "
                    "reinstall socialprofit, or set SOCIALPROFIT_DATA");
      return NULL;
    }
  char *text;
  size_t len;
  int rc = sp_slurp_text (path, &text, &len, d);
  free (path);
  if (rc != 0)
    return NULL;
  cJSON *s = cJSON_ParseWithLength (text, len);
  free (text);
  if (!cJSON_IsObject (s))
    {
      cJSON_Delete (s);
      sp_diag_fail (d, SP_EXIT_SOFTWARE, NULL, 0, 0,
                    "the bundled scenario east-lancs-890 is not valid JSON");
      return NULL;
    }
  cJSON_DeleteItemFromObjectCaseSensitive (s, "published");
  cJSON_ReplaceItemInObjectCaseSensitive (s, "name",
                                          cJSON_CreateString ("example"));
  char *out = cJSON_Print (s);
  cJSON_Delete (s);
  char *line = sp_xasprintf ("%s\n", out);
  free (out);
  return line;
}

/* Whether DIR can be started: absent, or an empty folder.  Records the
   reason in D (exit 73) when not.  */
static int
usable (const char *dir, sp_diag *d)
{
  struct stat st;
  if (stat (dir, &st) != 0)
    return errno == ENOENT ? 0 : -1;
  if (!S_ISDIR (st.st_mode))
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, dir, 0, 0,
                    "exists and is not a folder: name a new folder");
      return -1;
    }
  DIR *dp = opendir (dir);
  int entries = 0;
  struct dirent *e;
  while (dp && (e = readdir (dp)))
    entries += strcmp (e->d_name, ".") != 0 && strcmp (e->d_name, "..") != 0;
  if (dp)
    closedir (dp);
  if (!dp || entries)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, dir, 0, 0,
                    "is not empty: init never writes over files; name a new "
                    "or empty folder");
      return -1;
    }
  return 0;
}

int
sp_cmd_init (int argc, char **argv)
{
  sp_options o;
  int rc = sp_options_parse (argc, argv, "init", &o);
  if (rc)
    return rc;
  if (o.n_args != 1)
    {
      fputs ("socialprofit init: name one folder to create (see "
             "socialprofit init --help)\n", stderr);
      return SP_EXIT_USAGE;
    }
  const char *dir = o.args[0];
  sp_diag d;
  sp_diag_init (&d);
  d.hide_warnings = o.quiet;
  struct
  {
    const char *name;
    char *text;
  } files[8];
  size_t n = 0;
  files[n].name = "evaluation.json";
  files[n++].text = sp_xstrdup (evaluation);
  /* the templates, from each reader's own columns */
  static const struct
  {
    const char *name;
    const sp_csv_column *(*columns) (size_t *n);
  } templates[] = {
    { "usage.csv", sp_usage_read_columns },
    { "outcomes.csv", sp_outcomes_read_columns },
    { "register.csv", sp_register_read_columns },
    { "transactions.csv", sp_transactions_read_columns },
  };
  for (size_t i = 0; i < sizeof templates / sizeof templates[0]; i++)
    {
      size_t nc;
      const sp_csv_column *cols = templates[i].columns (&nc);
      files[n].name = templates[i].name;
      files[n++].text = header (cols, nc);
    }
  files[n].name = "scenario.json";
  files[n++].text = example_scenario (&d);
  files[n].name = "README.txt";
  files[n++].text = sp_xstrdup (readme);

  sp_outdir out;
  memset (&out, 0, sizeof out);
  if (!sp_diag_failed (&d) && usable (dir, &d) == 0
      && sp_outdir_open (&out, dir, &d) == 0)
    {
      int ok = 1;
      for (size_t i = 0; i < n && ok; i++)
        ok = sp_outdir_write (&out, files[i].name, files[i].text,
                              strlen (files[i].text), &d) == 0;
      if (ok)
        sp_outdir_commit (&out, &d);
    }
  sp_outdir_close (&out);
  sp_diag_print (&d, stderr);
  rc = sp_diag_failed (&d) ? d.exit_status : 0;
  if (rc == 0 && !o.quiet)
    printf ("socialprofit: started %s (evaluation.json, usage.csv, "
            "outcomes.csv, register.csv, transactions.csv, scenario.json, "
            "README.txt): fill in the CSV files, then see README.txt\n",
            dir);
  for (size_t i = 0; i < n; i++)
    free (files[i].text);
  sp_diag_free (&d);
  return rc;
}

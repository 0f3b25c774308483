/* evaluation.c -- the evaluation file: what to analyse and how */

#include "evaluation.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "isodate.h"
#include "jsonload.h"
#include "jsonpos.h"
#include "prices.h"
#include "slurp.h"
#include "xalloc.h"

void
sp_evaluation_set (char **slot, const char *value)
{
  free (*slot);
  *slot = value ? sp_xstrdup (value) : NULL;
}

void
sp_evaluation_set_periods (sp_evaluation *e, const char *const *labels,
                           size_t n)
{
  for (size_t i = 0; i < e->n_periods; i++)
    free (e->periods[i]);
  free (e->periods);
  e->periods = NULL;
  e->n_periods = 0;
  if (n == 0)
    return;
  e->periods = sp_xcalloc (n, sizeof *e->periods);
  for (size_t i = 0; i < n; i++)
    e->periods[i] = sp_xstrdup (labels[i]);
  e->n_periods = n;
  sp_evaluation_set (&e->before, labels[0]);
  sp_evaluation_set (&e->after, labels[n - 1]);
}

void
sp_evaluation_defaults (sp_evaluation *e)
{
  memset (e, 0, sizeof *e);
  sp_evaluation_set (&e->before, "before");
  sp_evaluation_set (&e->after, "after");
  sp_evaluation_set (&e->method, "relative");
  sp_evaluation_set (&e->status, "draft");
  e->baseline_wave = 0;
  e->followup_wave = -1;
  e->period_end_day = SP_NO_END_DAY;
  e->min_followup_share = 0.5;
  e->discount_rate = 0.035;
  e->local_respend = 0.0;
  e->investment.advocacy_cost = 1295.0;
  e->investment.review_cost = 195.0;
  e->investment.vat_rate = 0.2;
  e->investment.marketplace_fee = 0.05;
  e->investment.reviews_per_year = 1.0;
  e->budget_additional_share = -1.0;
  e->counterfactual_lm3 = -1.0;
  e->bootstrap.resamples = -1;
  e->bootstrap.confidence = 0.95;
  /* The coverage study's choice (docs/methods/bootstrap.md): the
     studentized interval for totals, percentile for ratios.  */
  sp_evaluation_set (&e->bootstrap.method, "auto");
  e->bootstrap.seed = 20190101UL;
  e->bootstrap.threads = 0;
  e->disclosure_threshold = 7;
}

void
sp_evaluation_free (sp_evaluation *e)
{
  char **strings[] = {
    &e->path, &e->programme, &e->area, &e->reporting_period,
    &e->period_start, &e->period_end, &e->usage, &e->comparison_usage,
    &e->unit_costs, &e->outcomes, &e->instrument, &e->proxies,
    &e->register_file, &e->transactions, &e->before, &e->after, &e->method,
    &e->bootstrap.method, &e->notes, &e->price_year, &e->cost_index,
    &e->value_index, &e->organisation, &e->author, &e->status
  };
  for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
    {
      free (*strings[i]);
      *strings[i] = NULL;
    }
  sp_evaluation_set_periods (e, NULL, 0);
  for (size_t i = 0; i < e->n_scenarios; i++)
    free (e->scenarios[i]);
  free (e->scenarios);
  e->scenarios = NULL;
  e->n_scenarios = 0;
}

/* Context for reading one file's keys.  */
typedef struct
{
  const char *path;
  const char *text;
  char *dir;      /* folder of the evaluation file, with trailing '/' */
  sp_diag *d;
  int ok;
  const char *within;  /* the object whose keys are being read: NULL for
                          the top level, else its key ("bootstrap") */
} reader;

/* Where KEY of the object being read is in the text: found along its
   path, so that a key of "investment" or "bootstrap" is not placed at
   a key of the same name met earlier in the file.  */
static void
key_position (const reader *r, const char *key, size_t *line, size_t *col)
{
  char *path = r->within ? sp_xasprintf ("%s.%s", r->within, key)
                         : sp_xstrdup (key);
  sp_json_path_position (r->text, path, line, col);
  free (path);
}

static void
bad_key (reader *r, const char *key, const char *what)
{
  size_t line, col;
  key_position (r, key, &line, &col);
  sp_diag_error (r->d, r->path, line, col, "key \"%s\" %s", key, what);
  r->ok = 0;
}

/* Warn about each key of OBJ that is not in KNOWN (NULL-terminated),
   which would otherwise be ignored in silence ("scale_too": 48).  */
static void
warn_unknown (reader *r, const cJSON *obj, const char *const *known,
              const char *within)
{
  const cJSON *item;
  cJSON_ArrayForEach (item, obj)
  {
    size_t i = 0;
    while (known[i] && strcmp (known[i], item->string) != 0)
      i++;
    if (known[i])
      continue;
    size_t line, col;
    key_position (r, item->string, &line, &col);
    sp_diag_warn (r->d, r->path, line, col,
                  "ignoring unknown key \"%s\"%s%s: check its spelling",
                  item->string, within ? " in " : "", within ? within : "");
  }
}

/* A whole number (seed, resamples, threads) read as a double.  */
static void
require_whole (reader *r, const char *key, double v)
{
  if (v != floor (v))
    bad_key (r, key, "must be a whole number");
}

static void
read_string (reader *r, const cJSON *obj, const char *key, char **slot)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  if (!v || cJSON_IsNull (v))
    return;
  if (!cJSON_IsString (v) || !v->valuestring[0])
    {
      bad_key (r, key, "must be a non-empty string");
      return;
    }
  sp_evaluation_set (slot, v->valuestring);
}

/* A path key: resolved against the evaluation file's folder.  */
static void
read_path (reader *r, const cJSON *obj, const char *key, char **slot)
{
  char *value = NULL;
  read_string (r, obj, key, &value);
  if (!value)
    return;
  free (*slot);
  *slot = value[0] == '/' ? value : sp_xasprintf ("%s%s", r->dir, value);
  if (*slot != value)
    free (value);
}

/* A key naming a file of a kind socialprofit bundles (datadir.h): a
   file from the evaluation file's folder, or a bundled set's name.  */
static void
read_data (reader *r, const cJSON *obj, const char *key, sp_data_kind kind,
           char **slot)
{
  char *value = NULL;
  read_string (r, obj, key, &value);
  if (!value)
    return;
  size_t line, col;
  sp_json_key_position (r->text, key, &line, &col);
  char *path = sp_data_resolve (kind, value, r->path, r->d, r->path, line,
                                col);
  free (value);
  if (!path)
    {
      r->ok = 0;
      return;
    }
  free (*slot);
  *slot = path;
}

static void
read_number (reader *r, const cJSON *obj, const char *key, double *slot,
             double min, double max, const char *range)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  if (!v || cJSON_IsNull (v))
    return;
  if (!cJSON_IsNumber (v) || !isfinite (v->valuedouble)
      || v->valuedouble < min || v->valuedouble > max)
    {
      bad_key (r, key, range);
      return;
    }
  *slot = v->valuedouble;
}

static void
read_int (reader *r, const cJSON *obj, const char *key, int *slot, int min)
{
  double v = *slot;
  read_number (r, obj, key, &v, min, 1e9,
               min < 0 ? "must be a whole number (-1 for the latest)"
                       : "must be a whole number, 0 or more");
  if (v != floor (v))
    bad_key (r, key, "must be a whole number");
  else
    *slot = (int) v;
}

/* A date key "YYYY-MM-DD" into *SLOT and its day number into *DAY.  */
static void
read_date (reader *r, const cJSON *obj, const char *key, char **slot,
           long *day)
{
  char *value = NULL;
  read_string (r, obj, key, &value);
  if (!value)
    return;
  if (sp_isodate_parse (value, day) != 0)
    {
      bad_key (r, key, "must be a real date written YYYY-MM-DD, e.g. "
                       "\"2019-03-31\"");
      free (value);
      return;
    }
  free (*slot);
  *slot = value;
}

/* The reporting period: period_start and period_end, the start on or
   before the end.  */
static void
read_period (reader *r, const cJSON *root, sp_evaluation *e)
{
  read_date (r, root, "period_start", &e->period_start, &e->period_start_day);
  read_date (r, root, "period_end", &e->period_end, &e->period_end_day);
  if (e->period_start && e->period_end
      && e->period_start_day > e->period_end_day)
    bad_key (r, "period_start", "is after \"period_end\": the reporting "
                                "period starts on or before its end");
}

/* "periods": a list of two or more distinct non-empty labels.  */
static void
read_periods (reader *r, const cJSON *root, sp_evaluation *e)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (root, "periods");
  if (!list || cJSON_IsNull (list))
    return;
  size_t n = (size_t) cJSON_GetArraySize (list);
  if (!cJSON_IsArray (list) || n < 2)
    {
      bad_key (r, "periods", "must list two or more usage periods in time "
                             "order, the baseline first, e.g. [\"baseline\", "
                             "\"q1\", \"q2\"]");
      return;
    }
  const char **labels = sp_xcalloc (n, sizeof *labels);
  int ok = 1;
  for (size_t i = 0; i < n && ok; i++)
    {
      const cJSON *item = cJSON_GetArrayItem (list, (int) i);
      if (!cJSON_IsString (item) || !item->valuestring[0])
        {
          bad_key (r, "periods", "must list the periods' names as "
                                 "non-empty strings");
          ok = 0;
          break;
        }
      labels[i] = item->valuestring;
      for (size_t j = 0; j < i && ok; j++)
        if (strcmp (labels[j], labels[i]) == 0)
          {
            char *what = sp_xasprintf ("lists period \"%s\" twice: name "
                                       "each period once", labels[i]);
            bad_key (r, "periods", what);
            free (what);
            ok = 0;
          }
    }
  if (ok)
    sp_evaluation_set_periods (e, labels, n);
  free (labels);
}

static void
read_scenarios (reader *r, const cJSON *root, sp_evaluation *e)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (root, "scenarios");
  if (!list || cJSON_IsNull (list))
    return;
  if (!cJSON_IsArray (list))
    {
      bad_key (r, "scenarios", "must be a list of scenario files");
      return;
    }
  size_t n = (size_t) cJSON_GetArraySize (list);
  e->scenarios = sp_xcalloc (n, sizeof *e->scenarios);
  const cJSON *item;
  cJSON_ArrayForEach (item, list)
  {
    if (!cJSON_IsString (item) || !item->valuestring[0])
      {
        bad_key (r, "scenarios", "must list file names as strings");
        continue;
      }
    size_t line, col;
    sp_json_key_position (r->text, "scenarios", &line, &col);
    char *path = sp_data_resolve (SP_DATA_SCENARIOS, item->valuestring,
                                  r->path, r->d, r->path, line, col);
    if (path)
      e->scenarios[e->n_scenarios++] = path;
    else
      r->ok = 0;
  }
}

/* The object KEY of ROOT, its unknown keys (not in KNOWN) warned
   about; NULL when absent or null, or (with an error) not an object.  */
static const cJSON *
sub_object (reader *r, const cJSON *root, const char *key,
            const char *const *known)
{
  const cJSON *obj = cJSON_GetObjectItemCaseSensitive (root, key);
  if (!obj || cJSON_IsNull (obj))
    return NULL;
  if (!cJSON_IsObject (obj))
    {
      bad_key (r, key, "must be an object");
      return NULL;
    }
  char within[64];
  snprintf (within, sizeof within, "\"%s\"", key);
  r->within = key;
  warn_unknown (r, obj, known, within);
  return obj;
}

static void
read_investment (reader *r, const cJSON *root, sp_investment_params *p,
                 double *budget_additional_share)
{
  static const char *const known[] = {
    "advocacy_cost", "review_cost", "vat_rate", "marketplace_fee",
    "reviews_per_year", "budget_additional_share", NULL
  };
  const cJSON *inv = sub_object (r, root, "investment", known);
  if (!inv)
    return;
  const char *nonneg = "must be a number, 0 or more";
  read_number (r, inv, "advocacy_cost", &p->advocacy_cost, 0, 1e12, nonneg);
  read_number (r, inv, "review_cost", &p->review_cost, 0, 1e12, nonneg);
  read_number (r, inv, "vat_rate", &p->vat_rate, 0, 1,
               "must be a fraction between 0 and 1 (0.2 for 20%)");
  read_number (r, inv, "marketplace_fee", &p->marketplace_fee, 0, 1,
               "must be a fraction between 0 and 1 (0.05 for 5%)");
  read_number (r, inv, "reviews_per_year", &p->reviews_per_year, 0, 365,
               nonneg);
  read_number (r, inv, "budget_additional_share",
               budget_additional_share, 0, 1,
               "must be a fraction between 0 and 1: the share of a "
               "budget that is new money rather than spending moved from "
               "the care it replaces (0 when budgets wholly replace "
               "existing spend, 1 when all of it is new)");
  r->within = NULL;
}

/* The "local_economy" block: the counterfactual LM3.  */
static void
read_local_economy (reader *r, const cJSON *root, sp_evaluation *e)
{
  static const char *const known[] = { "counterfactual_lm3", NULL };
  const cJSON *le = sub_object (r, root, "local_economy", known);
  if (!le)
    return;
  read_number (r, le, "counterfactual_lm3", &e->counterfactual_lm3, 1, 3,
               "must be a local multiplier from 1 to 3: the LM3, (R1 + R2 "
               "+ R3) / R1, of the provision the budgets replaced");
  r->within = NULL;
}

/* price_year: a financial year, remembered with its position so that
   an index without it can be reported there.  */
static void
read_price_year (reader *r, const cJSON *root, sp_evaluation *e)
{
  char *year = NULL;
  read_string (r, root, "price_year", &year);
  if (!year)
    return;
  if (sp_fin_year_parse (year, &e->price_year_start) != 0)
    {
      bad_key (r, "price_year", "must be a financial year such as "
                                "\"2024/25\"");
      free (year);
      return;
    }
  free (e->price_year);
  e->price_year = year;
  sp_json_key_position (r->text, "price_year", &e->price_year_line,
                        &e->price_year_column);
}

static void
read_bootstrap (reader *r, const cJSON *root, sp_bootstrap_params *b)
{
  static const char *const known[] = {
    "resamples", "confidence", "method", "seed", "threads", NULL
  };
  const cJSON *bs = sub_object (r, root, "bootstrap", known);
  if (!bs)
    return;
  double resamples = (double) b->resamples;
  read_number (r, bs, "resamples", &resamples, 0, 1e8,
               "must be a whole number of resamples, 0 or more");
  require_whole (r, "resamples", resamples);
  b->resamples = (long) resamples;
  read_number (r, bs, "confidence", &b->confidence, 1e-6, 1 - 1e-6,
               "must be a level between 0 and 1, e.g. 0.95");
  read_string (r, bs, "method", &b->method);
  double seed = (double) b->seed;
  read_number (r, bs, "seed", &seed, 0, 4294967295.0,
               "must be a whole number from 0 to 4294967295");
  require_whole (r, "seed", seed);
  b->seed = (unsigned long) seed;
  double threads = b->threads;
  read_number (r, bs, "threads", &threads, 0, 1024,
               "must be a whole number of threads (0 = all cores)");
  require_whole (r, "threads", threads);
  b->threads = (int) threads;
  r->within = NULL;
}

/* The statement's front matter: who made the evaluation, who wrote it,
   and whether it is a draft or final.  */
static void
read_front_matter (reader *r, const cJSON *root, sp_evaluation *e)
{
  read_string (r, root, "organisation", &e->organisation);
  read_string (r, root, "author", &e->author);
  char *status = NULL;
  read_string (r, root, "status", &status);
  if (!status)
    return;
  if (strcmp (status, "draft") != 0 && strcmp (status, "final") != 0)
    bad_key (r, "status", "must be \"draft\" or \"final\" (a draft is "
                          "labelled so on the statement's cover)");
  else
    sp_evaluation_set (&e->status, status);
  free (status);
}

static void
read_disclosure (reader *r, const cJSON *root, int *threshold)
{
  static const char *const known[] = { "threshold", NULL };
  const cJSON *dc = sub_object (r, root, "disclosure", known);
  if (!dc)
    return;
  double t = *threshold;
  read_number (r, dc, "threshold", &t, 0, 1000,
               "must be a whole number of people from 0 to 1000 (counts "
               "from 1 to it are shown as *; 0 turns suppression off)");
  require_whole (r, "threshold", t);
  *threshold = (int) t;
  r->within = NULL;
}

int
sp_evaluation_load (const char *path, sp_evaluation *e, sp_diag *d)
{
  char *text = NULL;
  cJSON *root = sp_json_load_strict (path, NULL, "the evaluation file",
                                     &text, d);
  if (!root)
    return -1;

  reader r = { path, text, NULL, d, 1, NULL };
  const char *slash = strrchr (path, '/');
  r.dir = slash ? sp_xstrndup (path, (size_t) (slash - path) + 1)
                : sp_xstrdup ("");

  static const char *const known[] = {
    "programme", "area", "reporting_period", "period_start", "period_end",
    "usage", "comparison_usage", "unit_costs",
    "outcomes", "instrument", "proxies", "register", "transactions",
    "before", "after", "periods", "scale_to", "baseline_wave",
    "followup_wave", "min_followup_share",
    "method", "discount_rate", "local_respend", "investment", "bootstrap",
    "scenarios", "local_economy", "notes", "price_year", "cost_index",
    "value_index", "disclosure", "organisation", "author", "status", NULL
  };
  warn_unknown (&r, root, known, NULL);
  sp_evaluation_set (&e->path, path);
  read_string (&r, root, "programme", &e->programme);
  read_string (&r, root, "area", &e->area);
  read_string (&r, root, "reporting_period", &e->reporting_period);
  read_front_matter (&r, root, e);
  read_period (&r, root, e);
  read_path (&r, root, "usage", &e->usage);
  read_path (&r, root, "comparison_usage", &e->comparison_usage);
  read_data (&r, root, "unit_costs", SP_DATA_UNIT_COSTS, &e->unit_costs);
  read_path (&r, root, "outcomes", &e->outcomes);
  read_data (&r, root, "instrument", SP_DATA_INSTRUMENTS, &e->instrument);
  read_data (&r, root, "proxies", SP_DATA_VALUES, &e->proxies);
  read_path (&r, root, "register", &e->register_file);
  read_path (&r, root, "transactions", &e->transactions);
  read_string (&r, root, "before", &e->before);
  read_string (&r, root, "after", &e->after);
  read_periods (&r, root, e);
  read_number (&r, root, "scale_to", &e->scale_to, 0, 1e9,
               "must be a number of people, 0 or more");
  read_int (&r, root, "baseline_wave", &e->baseline_wave, 0);
  read_int (&r, root, "followup_wave", &e->followup_wave, -1);
  read_number (&r, root, "min_followup_share", &e->min_followup_share, 1e-9,
               1, "must be a fraction above 0 and at most 1 (0.5 for half "
               "of the baseline participants)");
  read_string (&r, root, "method", &e->method);
  read_number (&r, root, "discount_rate", &e->discount_rate, 0, 1,
               "must be a fraction between 0 and 1 (0.035 for 3.5%)");
  read_number (&r, root, "local_respend", &e->local_respend, 0, 1,
               "must be a fraction between 0 and 1");
  read_investment (&r, root, &e->investment, &e->budget_additional_share);
  read_local_economy (&r, root, e);
  read_string (&r, root, "notes", &e->notes);
  read_price_year (&r, root, e);
  read_data (&r, root, "cost_index", SP_DATA_INDICES, &e->cost_index);
  read_data (&r, root, "value_index", SP_DATA_INDICES, &e->value_index);
  read_bootstrap (&r, root, &e->bootstrap);
  read_scenarios (&r, root, e);
  read_disclosure (&r, root, &e->disclosure_threshold);

  free (r.dir);
  cJSON_Delete (root);
  free (text);
  return r.ok ? 0 : -1;
}

char *
sp_evaluation_index (const sp_evaluation *e, int costs)
{
  const char *set = costs ? e->cost_index : e->value_index;
  if (set)
    return sp_xstrdup (set);
  return sp_data_find (SP_DATA_INDICES, costs ? "nhs-cost-inflation"
                                              : "gdp-deflator");
}

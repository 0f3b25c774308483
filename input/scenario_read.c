/* scenario_read.c -- read and validate a rollout scenario file (JSON) */

#include "scenario_read.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonload.h"
#include "jsonpos.h"
#include "slurp.h"
#include "xalloc.h"

/* Shares must sum to 1 within this.  */
#define SHARE_TOLERANCE 1e-6

typedef struct
{
  const char *path;
  const char *text;
  sp_diag *d;
  int ok;
} reader;

/* An error about the key at the dotted JSON path JPATH.  */
static void
error_at (reader *r, const char *jpath, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));

static void
error_at (reader *r, const char *jpath, const char *fmt, ...)
{
  size_t line, col;
  sp_json_path_position (r->text, jpath, &line, &col);
  va_list ap;
  va_start (ap, fmt);
  char *msg = sp_xvasprintf (fmt, ap);
  va_end (ap);
  sp_diag_error (r->d, r->path, line, col, "%s", msg);
  free (msg);
  r->ok = 0;
}

/* Report every key of OBJ (at JPATH) that is not in the NULL-terminated
   list KNOWN, or in EXTRA (another such list, may be NULL).  */
static void
check_keys (reader *r, const cJSON *obj, const char *jpath,
            const char *const *known, const char *const *extra,
            const char *where)
{
  const cJSON *item;
  cJSON_ArrayForEach (item, obj)
  {
    int found = 0;
    for (const char *const *k = known; *k && !found; k++)
      found = strcmp (*k, item->string) == 0;
    for (const char *const *k = extra; k && *k && !found; k++)
      found = strcmp (*k, item->string) == 0;
    if (found)
      continue;
    char *p = jpath[0] ? sp_xasprintf ("%s.%s", jpath, item->string)
                       : sp_xstrdup (item->string);
    error_at (r, p,
              "unknown key \"%s\" in %s: check its spelling (the keys are "
              "listed in docs/methods/rollout.md)",
              item->string, where);
    free (p);
  }
}

/* What a parameter may be.  */
typedef struct
{
  const char *key;
  double min, max;
  int min_open;
  const char *range;   /* words for messages */
} param_spec;

static const param_spec global_specs[SP_RP_N_GLOBAL] = {
  [SP_RP_CONVERSION] = { "conversion_rate", 0, 1, 1,
                         "a fraction above 0 and at most 1 (0.85 for 85%)" },
  [SP_RP_ADVOCACY_COST] = { "advocacy_cost", 0, 1e9, 0,
                            "pounds before VAT, 0 or more" },
  [SP_RP_REVIEW_COST] = { "review_cost", 0, 1e9, 0,
                          "pounds before VAT, 0 or more" },
  [SP_RP_VAT_RATE] = { "vat_rate", 0, 1, 0,
                       "a fraction from 0 to 1 (0.2 for 20%)" },
  [SP_RP_REVIEWS_PER_YEAR] = { "reviews_per_year", 0, 365, 0,
                               "a number of reviews a year, 0 to 365" },
  [SP_RP_MARKETPLACE_FEE] = { "marketplace_fee", 0, 1, 0,
                              "a fraction from 0 to 1 (0.05 for 5%)" },
  [SP_RP_SAVINGS_RATE] = { "savings_rate", -1, 1, 0,
                           "a fraction from -1 to 1 (0.18 for 18%)" },
  [SP_RP_DISCOUNT_RATE] = { "discount_rate", 0, 1, 0,
                            "a fraction from 0 to 1 (0.035 for 3.5%)" },
  [SP_RP_RAMP_START] = { "start", 0, 1e6, 1,
                         "referrals a month, above 0" },
  [SP_RP_RAMP_GROWTH] = { "growth", -1, 10, 1,
                          "a monthly growth fraction above -1 (0.2 for "
                          "20% a month)" },
  [SP_RP_RAMP_CEILING] = { "ceiling", 0, 1e9, 1,
                           "referrals a month, above 0" },
  [SP_RP_OPTIMISM_BIAS] = { "optimism_bias", 0, 5, 0,
                            "a fraction from 0 to 5 added to every "
                            "delivery cost (0.24 for 24%)" },
};

static const param_spec budget_spec = { "mean_budget", 0, 1e9, 0,
                                        "pounds a year, 0 or more" };
static const param_spec pas_spec = { "pas_per_phb", 0, 1000, 0,
                                     "a number of PAs, 0 or more" };

/* Words for X's range check.  */
static int
in_spec (const param_spec *spec, double x)
{
  if (!isfinite (x) || x > spec->max)
    return 0;
  return spec->min_open ? x > spec->min : x >= spec->min;
}

static int
read_dist_numbers (reader *r, const cJSON *obj, const char *jpath,
                   const char *key, sp_param *p)
{
  int ok = 1;
  for (size_t i = 0; i < sp_dist_n_params (p->dist.kind); i++)
    {
      const char *pn = sp_dist_param_name (p->dist.kind, i);
      const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, pn);
      char *pp = sp_xasprintf ("%s.%s", jpath, pn);
      if (!cJSON_IsNumber (v) || !isfinite (v->valuedouble))
        {
          error_at (r, v ? pp : jpath,
                    "the %s distribution of \"%s\" needs \"%s\" as a "
                    "number",
                    sp_dist_name (p->dist.kind), key, pn);
          ok = 0;
        }
      else
        p->dist.p[i] = v->valuedouble;
      free (pp);
    }
  return ok;
}

/* Optional number KEY of OBJ into *OUT; 1 when present and valid.  */
static int
optional_number (reader *r, const cJSON *obj, const char *jpath,
                 const char *key, const char *param, const param_spec *spec,
                 double *out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  if (!v)
    return 0;
  char *pp = sp_xasprintf ("%s.%s", jpath, key);
  int ok = cJSON_IsNumber (v) && in_spec (spec, v->valuedouble);
  if (ok)
    *out = v->valuedouble;
  else
    error_at (r, pp, "\"%s\" of \"%s\" must be %s", key, param, spec->range);
  free (pp);
  return ok;
}

/* The base value of P (at JPATH, named KEY) must be one its distribution
   can give and lie within its own low-high range (GIVEN: the range was
   written, else the 5th and 95th percentiles): a one-way sensitivity
   that does not bracket the base case, or a base case the simulations
   never draw, is a contradiction in the scenario.  The error points at
   "value" when it is written.  */
static void
check_base (reader *r, const cJSON *obj, const char *jpath, const char *key,
            const sp_param *p, int given)
{
  char *at = cJSON_GetObjectItemCaseSensitive (obj, "value")
               ? sp_xasprintf ("%s.value", jpath) : sp_xstrdup (jpath);
  char support[96];
  if (p->dist.kind != SP_DIST_FIXED
      && !sp_dist_in_support (&p->dist, p->value))
    error_at (r, at,
              "the base value of \"%s\" (%g) is outside what its %s "
              "distribution can give (%s): give a base value inside it, or "
              "a distribution that includes it",
              key, p->value, sp_dist_name (p->dist.kind),
              sp_dist_support_text (&p->dist, support, sizeof support));
  else if (p->has_range && (p->value < p->low || p->value > p->high))
    error_at (r, at,
              "the base value of \"%s\" (%g) is outside its own range "
              "%g to %g (%s): the one-way sensitivity must bracket the base "
              "case; widen the range around the base value, or correct the "
              "base value",
              key, p->value, p->low, p->high,
              given ? "its \"low\" and \"high\""
                    : "the 5th to 95th percentiles of its distribution");
  free (at);
}

/* A parameter given as an object (at JPATH, named KEY in messages).  */
static void
read_param_object (reader *r, const cJSON *obj, const char *jpath,
                   const char *key, const param_spec *spec, sp_param *p)
{
  static const char *const common[] = { "distribution", "value", "low",
                                        "high", "label", NULL };
  const cJSON *dn = cJSON_GetObjectItemCaseSensitive (obj, "distribution");
  p->dist.kind = SP_DIST_FIXED;
  if (dn && (!cJSON_IsString (dn) || sp_dist_parse (dn->valuestring,
                                                    &p->dist.kind) != 0))
    {
      char *pp = sp_xasprintf ("%s.distribution", jpath);
      error_at (r, pp,
                "unknown distribution %s%s%s for \"%s\": use fixed, "
                "uniform, triangular, normal, lognormal, beta or gamma",
                cJSON_IsString (dn) ? "\"" : "",
                cJSON_IsString (dn) ? dn->valuestring : "(not a name)",
                cJSON_IsString (dn) ? "\"" : "", key);
      free (pp);
      return;
    }
  const char *names[SP_DIST_MAX_PARAMS + 1] = { NULL };
  for (size_t i = 0; i < sp_dist_n_params (p->dist.kind); i++)
    names[i] = p->dist.kind == SP_DIST_FIXED
                 ? NULL : sp_dist_param_name (p->dist.kind, i);
  char *where = sp_xasprintf ("the distribution of \"%s\"", key);
  check_keys (r, obj, jpath, common, names, where);
  free (where);
  /* What the statement calls the parameter (issue 11).  */
  const cJSON *label = cJSON_GetObjectItemCaseSensitive (obj, "label");
  if (cJSON_IsString (label) && label->valuestring[0])
    p->label = sp_xstrdup (label->valuestring);
  else if (label)
    {
      char *lp = sp_xasprintf ("%s.label", jpath);
      error_at (r, lp, "\"label\" of \"%s\" must be text naming it in plain "
                "words, e.g. \"Share of the budget saved\"", key);
      free (lp);
    }

  int have_value = 0, ok = 1;
  if (p->dist.kind == SP_DIST_FIXED)
    {
      have_value = optional_number (r, obj, jpath, "value", key, spec,
                                    &p->value);
      if (!have_value && !cJSON_GetObjectItemCaseSensitive (obj, "value"))
        error_at (r, jpath,
                  "\"%s\" needs \"value\" (or a \"distribution\")", key);
      if (!have_value)
        return;
      p->dist.p[0] = p->value;
    }
  else
    {
      if (!read_dist_numbers (r, obj, jpath, key, p))
        return;
      const char *why = sp_dist_check (&p->dist);
      if (why)
        {
          error_at (r, jpath, "the %s distribution of \"%s\" %s",
                    sp_dist_name (p->dist.kind), key, why);
          return;
        }
      if (!(sp_param_mass (p) >= SP_PARAM_MIN_MASS))
        {
          error_at (r, jpath,
                    "the %s distribution of \"%s\" puts less than %g%% of "
                    "its draws where \"%s\" may lie: it must be %s; move "
                    "the distribution into that range",
                    sp_dist_name (p->dist.kind), key,
                    100 * SP_PARAM_MIN_MASS, key, spec->range);
          return;
        }
      have_value = optional_number (r, obj, jpath, "value", key, spec,
                                    &p->value);
      if (!have_value && cJSON_GetObjectItemCaseSensitive (obj, "value"))
        return;
      if (!have_value)
        {
          p->value = sp_dist_mean (&p->dist);
          if (!in_spec (spec, p->value))
            {
              error_at (r, jpath,
                        "the mean of the distribution of \"%s\" is outside "
                        "the allowed range (%s): give the base case as "
                        "\"value\"",
                        key, spec->range);
              return;
            }
        }
      p->low = sp_param_quantile (p, SP_PARAM_LOW_PERCENTILE);
      p->high = sp_param_quantile (p, SP_PARAM_HIGH_PERCENTILE);
      p->has_range = 1;
      if (!isfinite (p->low) || !isfinite (p->high))
        {
          error_at (r, jpath, "the %s distribution of \"%s\" has no "
                    "finite 5th and 95th percentiles: give \"low\" and "
                    "\"high\", or narrower parameters",
                    sp_dist_name (p->dist.kind), key);
          return;
        }
    }

  int has_low = cJSON_GetObjectItemCaseSensitive (obj, "low") != NULL;
  int has_high = cJSON_GetObjectItemCaseSensitive (obj, "high") != NULL;
  ok &= !has_low || optional_number (r, obj, jpath, "low", key, spec,
                                     &p->low);
  ok &= !has_high || optional_number (r, obj, jpath, "high", key, spec,
                                      &p->high);
  if (!ok)
    return;
  if (p->dist.kind == SP_DIST_FIXED && has_low != has_high)
    {
      error_at (r, jpath, "\"%s\" gives only one of \"low\" and \"high\": "
                "give both for one-way sensitivity", key);
      return;
    }
  if (p->dist.kind == SP_DIST_FIXED)
    p->has_range = has_low;
  if (p->has_range && p->low > p->high)
    {
      error_at (r, jpath, "\"low\" of \"%s\" (%g) is above its \"high\" "
                "(%g)", key, p->low, p->high);
      return;
    }
  check_base (r, obj, jpath, key, p, has_low || has_high);
}

/* Read parameter KEY of OBJ (OBJ at JPARENT, "" for the top level) into
   P, named NAME.  A missing key is an error unless DEFAULT_VALUE is
   finite, which is then used.  */
static void
read_param (reader *r, const cJSON *obj, const char *jparent,
            const char *key, const char *name, const param_spec *spec,
            double default_value, sp_param *p)
{
  memset (p, 0, sizeof *p);
  p->name = sp_xstrdup (name);
  p->min = spec->min;
  p->max = spec->max;
  p->min_open = spec->min_open;
  p->dist.kind = SP_DIST_FIXED;
  char *jpath = jparent[0] ? sp_xasprintf ("%s.%s", jparent, key)
                           : sp_xstrdup (key);
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  if (!v && isfinite (default_value))
    p->value = p->dist.p[0] = default_value;
  else if (!v)
    error_at (r, jparent, "missing key \"%s\": give %s", key, spec->range);
  else if (cJSON_IsNumber (v))
    {
      p->value = p->dist.p[0] = v->valuedouble;
      if (!in_spec (spec, v->valuedouble))
        error_at (r, jpath, "key \"%s\" must be %s", key, spec->range);
    }
  else if (cJSON_IsObject (v))
    read_param_object (r, v, jpath, key, spec, p);
  else
    error_at (r, jpath,
              "key \"%s\" must be a number (%s) or a distribution object",
              key, spec->range);
  free (jpath);
}

/* A "YYYY-MM" month as year * 12 + month - 1, or -1.  */
static int
parse_month (const char *s)
{
  int y, m, n = 0;
  if (strlen (s) != 7 || sscanf (s, "%4d-%2d%n", &y, &m, &n) != 2 || n != 7
      || y < 1900 || y > 9999 || m < 1 || m > 12)
    return -1;
  return y * 12 + m - 1;
}

static int
read_month (reader *r, const cJSON *obj, const char *jparent,
            const char *key)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  char *jpath = jparent[0] ? sp_xasprintf ("%s.%s", jparent, key)
                           : sp_xstrdup (key);
  int month = cJSON_IsString (v) ? parse_month (v->valuestring) : -1;
  if (!v)
    error_at (r, jparent, "missing key \"%s\": give a month as \"YYYY-MM\"",
              key);
  else if (month < 0)
    error_at (r, jpath, "key \"%s\" must be a month written \"YYYY-MM\", "
              "e.g. \"2020-03\"", key);
  free (jpath);
  return month;
}

static int
read_whole (reader *r, const cJSON *obj, const char *key, double min,
            double max, const char *words, double *out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  if (!v)
    {
      error_at (r, "", "missing key \"%s\": give %s", key, words);
      return -1;
    }
  if (!cJSON_IsNumber (v) || v->valuedouble != floor (v->valuedouble)
      || v->valuedouble < min || v->valuedouble > max)
    {
      error_at (r, key, "key \"%s\" must be %s", key, words);
      return -1;
    }
  *out = v->valuedouble;
  return 0;
}

static void
read_segments (reader *r, const cJSON *root, sp_scenario *s)
{
  static const char *const keys[] = { "name", "share", "mean_budget",
                                      "pas_per_phb", NULL };
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (root, "segments");
  if (!list)
    {
      error_at (r, "", "missing key \"segments\": list the budget "
                "segments, each with name, share, mean_budget and "
                "pas_per_phb");
      return;
    }
  if (!cJSON_IsArray (list) || cJSON_GetArraySize (list) < 1)
    {
      error_at (r, "segments", "key \"segments\" must be a list of one or "
                "more segments");
      return;
    }
  size_t n = (size_t) cJSON_GetArraySize (list);
  s->n_segments = n;
  s->segment_names = sp_xcalloc (n, sizeof *s->segment_names);
  s->shares = sp_xcalloc (n, sizeof *s->shares);
  s->n_params = SP_RP_N_GLOBAL + 2 * n;
  s->params = sp_xrealloc (s->params, s->n_params * sizeof *s->params);
  memset (s->params + SP_RP_N_GLOBAL, 0, 2 * n * sizeof *s->params);

  double sum = 0;
  int shares_ok = 1;
  size_t k = 0;
  const cJSON *seg;
  cJSON_ArrayForEach (seg, list)
  {
    char *jp = sp_xasprintf ("segments.%zu", k);
    const cJSON *nm = cJSON_GetObjectItemCaseSensitive (seg, "name");
    if (cJSON_IsObject (seg) && cJSON_IsString (nm) && nm->valuestring[0])
      s->segment_names[k] = sp_xstrdup (nm->valuestring);
    else
      s->segment_names[k] = sp_xasprintf ("%zu", k + 1);
    if (!cJSON_IsObject (seg))
      {
        shares_ok = 0;
        error_at (r, jp, "segment %zu must be an object with name, share, "
                  "mean_budget and pas_per_phb", k + 1);
      }
    else
      {
        check_keys (r, seg, jp, keys, NULL, "a segment");
        if (!cJSON_IsString (nm) || !nm->valuestring[0])
          {
            char *np = sp_xasprintf (nm ? "%s.name" : "%s", jp);
            error_at (r, np, "segment %zu needs a \"name\" (non-empty "
                      "text)", k + 1);
            free (np);
          }
        for (size_t j = 0; j < k; j++)
          if (strcmp (s->segment_names[j], s->segment_names[k]) == 0)
            error_at (r, jp, "segment name \"%s\" is used twice: give each "
                      "segment its own name", s->segment_names[k]);
        const cJSON *sh = cJSON_GetObjectItemCaseSensitive (seg, "share");
        shares_ok &= cJSON_IsNumber (sh) && sh->valuedouble >= 0
                     && sh->valuedouble <= 1;
        if (!sh)
          error_at (r, jp, "segment \"%s\" needs a \"share\" (a fraction "
                    "of the PHBs)", s->segment_names[k]);
        else if (!cJSON_IsNumber (sh) || sh->valuedouble < 0
                 || sh->valuedouble > 1)
          {
            char *sp = sp_xasprintf ("%s.share", jp);
            error_at (r, sp, "\"share\" of segment \"%s\" must be a "
                      "fraction from 0 to 1 (0.35 for 35%%)",
                      s->segment_names[k]);
            free (sp);
          }
        else
          s->shares[k] = sh->valuedouble;
      }
    sum += s->shares[k];
    char *bn = sp_xasprintf ("segments.%s.mean_budget", s->segment_names[k]);
    char *an = sp_xasprintf ("segments.%s.pas_per_phb", s->segment_names[k]);
    const cJSON *obj = cJSON_IsObject (seg) ? seg : NULL;
    read_param (r, obj, jp, "mean_budget", bn, &budget_spec,
                obj ? NAN : 0, &s->params[sp_rollout_budget_index (k)]);
    read_param (r, obj, jp, "pas_per_phb", an, &pas_spec, obj ? NAN : 0,
                &s->params[sp_rollout_pas_index (k)]);
    free (bn);
    free (an);
    free (jp);
    k++;
  }
  if (shares_ok && fabs (sum - 1) > SHARE_TOLERANCE)
    error_at (r, "segments", "the segment shares add up to %.10g, not 1: "
              "adjust each \"share\" so that they sum to 1", sum);
}

static void
read_ramp (reader *r, const cJSON *root, sp_scenario *s)
{
  static const char *const keys[] = { "start", "growth", "ceiling",
                                      "start_month", NULL };
  const cJSON *ramp = cJSON_GetObjectItemCaseSensitive (root, "ramp");
  if (!cJSON_IsObject (ramp))
    {
      if (ramp)
        error_at (r, "ramp", "key \"ramp\" must be an object { start, "
                  "growth, ceiling, start_month }");
      else
        error_at (r, "", "missing key \"ramp\": give the referral ramp { "
                  "start, growth, ceiling, start_month }");
      for (int i = SP_RP_RAMP_START; i <= SP_RP_RAMP_CEILING; i++)
        s->params[i].name = sp_xasprintf ("ramp.%s", global_specs[i].key);
      return;
    }
  check_keys (r, ramp, "ramp", keys, NULL, "the ramp");
  for (int i = SP_RP_RAMP_START; i <= SP_RP_RAMP_CEILING; i++)
    {
      char *name = sp_xasprintf ("ramp.%s", global_specs[i].key);
      read_param (r, ramp, "ramp", global_specs[i].key, name,
                  &global_specs[i], NAN, &s->params[i]);
      free (name);
    }
  s->start_month = read_month (r, ramp, "ramp", "start_month");
}

static void
read_published (reader *r, const cJSON *root, sp_scenario *s)
{
  const cJSON *pub = cJSON_GetObjectItemCaseSensitive (root, "published");
  if (!pub)
    return;
  if (!cJSON_IsObject (pub))
    {
      error_at (r, "published", "key \"published\" must be an object of "
                "figures quoted from a report, with their \"source\"");
      return;
    }
  s->published = sp_xcalloc ((size_t) cJSON_GetArraySize (pub) + 1,
                             sizeof *s->published);
  const cJSON *item;
  cJSON_ArrayForEach (item, pub)
  {
    char *jp = sp_xasprintf ("published.%s", item->string);
    if (strcmp (item->string, "source") == 0)
      {
        if (cJSON_IsString (item))
          s->published_source = sp_xstrdup (item->valuestring);
        else
          error_at (r, jp, "\"source\" must be text naming the report");
      }
    else if (!sp_rollout_figure_known (item->string))
      error_at (r, jp, "\"%s\" is not a rollout figure: use assessments, "
                "annual_budget, pas_required, investment.total, "
                "gross_saving, net_saving, steady_state_net_saving, npv, "
                "months_to_target, ...", item->string);
    else if (!cJSON_IsNumber (item) || !isfinite (item->valuedouble))
      error_at (r, jp, "published \"%s\" must be a number", item->string);
    else
      {
        sp_published *p = &s->published[s->n_published++];
        p->figure = sp_xstrdup (item->string);
        p->value = item->valuedouble;
      }
    free (jp);
  }
}

static void
read_conversion (reader *r, const cJSON *root, sp_scenario *s)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (root,
                                                     "conversion_rate");
  if (cJSON_IsString (v) && strcmp (v->valuestring, "register") == 0)
    {
      sp_param *p = &s->params[SP_RP_CONVERSION];
      memset (p, 0, sizeof *p);
      p->name = sp_xstrdup ("conversion_rate");
      p->dist.kind = SP_DIST_FIXED;
      p->value = p->dist.p[0] = 1;
      p->min = 0;
      p->max = 1;
      p->min_open = 1;
      s->conversion_from_register = 1;
      return;
    }
  read_param (r, root, "", "conversion_rate", "conversion_rate",
              &global_specs[SP_RP_CONVERSION], NAN,
              &s->params[SP_RP_CONVERSION]);
}

static void
read_root (reader *r, const cJSON *root, sp_scenario *s)
{
  static const char *const keys[] = {
    "name", "description", "target_phbs", "conversion_rate", "segments",
    "advocacy_cost", "review_cost", "vat_rate", "reviews_per_year",
    "marketplace_fee", "savings_rate", "horizon_years", "discount_rate",
    "optimism_bias", "ramp", "target_date", "published", NULL
  };
  check_keys (r, root, "", keys, NULL, "the scenario");
  const cJSON *name = cJSON_GetObjectItemCaseSensitive (root, "name");
  if (cJSON_IsString (name) && name->valuestring[0])
    s->name = sp_xstrdup (name->valuestring);
  else if (name)
    error_at (r, "name", "key \"name\" must be non-empty text");
  else
    error_at (r, "", "missing key \"name\": give the scenario a name");
  const cJSON *desc = cJSON_GetObjectItemCaseSensitive (root, "description");
  if (desc && !cJSON_IsString (desc))
    error_at (r, "description", "key \"description\" must be text");

  read_whole (r, root, "target_phbs", 1, 1e9,
              "a whole number of PHBs, 1 or more", &s->target_phbs);
  double horizon = 1;
  read_whole (r, root, "horizon_years", 1, SP_ROLLOUT_MAX_YEARS,
              "a whole number of years, 1 to 100", &horizon);
  s->horizon_years = (int) horizon;

  s->n_params = SP_RP_N_GLOBAL;
  s->params = sp_xcalloc (SP_RP_N_GLOBAL, sizeof *s->params);
  read_conversion (r, root, s);
  for (int i = SP_RP_ADVOCACY_COST; i <= SP_RP_DISCOUNT_RATE; i++)
    read_param (r, root, "", global_specs[i].key, global_specs[i].key,
                &global_specs[i], i == SP_RP_DISCOUNT_RATE ? 0.035 : NAN,
                &s->params[i]);
  /* Green Book optimism bias: 0 unless given.  */
  read_param (r, root, "", "optimism_bias", "optimism_bias",
              &global_specs[SP_RP_OPTIMISM_BIAS], 0,
              &s->params[SP_RP_OPTIMISM_BIAS]);
  read_ramp (r, root, s);
  s->target_month = read_month (r, root, "", "target_date");
  read_segments (r, root, s);
  read_published (r, root, s);
}

int
sp_scenario_parse (const char *path, const char *text, sp_scenario *s,
                   sp_diag *d)
{
  memset (s, 0, sizeof *s);
  cJSON *root = sp_json_parse_strict (path, text, strlen (text), NULL,
                                      "a scenario file", d);
  if (!root)
    return -1;
  reader r = { path, text, d, 1 };
  read_root (&r, root, s);
  cJSON_Delete (root);
  if (!r.ok)
    {
      sp_scenario_free (s);
      return -1;
    }
  s->path = sp_xstrdup (path);
  return 0;
}

int
sp_scenario_read (const char *path, sp_scenario *s, sp_diag *d)
{
  memset (s, 0, sizeof *s);
  char *text = NULL;
  size_t len = 0;
  if (sp_slurp_text (path, &text, &len, d) != 0)
    return -1;
  int rc = sp_scenario_parse (path, text, s, d);
  free (text);
  return rc;
}

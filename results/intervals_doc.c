/* intervals_doc.c -- bootstrap intervals and influence in the results
   document */

#include "intervals_doc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "reliability_doc.h"
#include "xalloc.h"

/* Append TEXT to the note being built in BUF.  */
static void
note (char *buf, size_t size, const char *text)
{
  size_t len = strlen (buf);
  snprintf (buf + len, size - len, "%s%s", len ? "; " : "", text);
}

static void
add_note (cJSON *o, const sp_ci *ci, const sp_reliability *rel)
{
  char buf[1024] = "", part[256];
  if (ci->notes & SP_CI_NOTE_TOO_FEW)
    {
      snprintf (part, sizeof part,
                "only %zu participant%s: an interval from fewer than %d "
                "would look precise and mean little, so none is given",
                rel ? rel->participants : 0,
                rel && rel->participants == 1 ? "" : "s",
                SP_INTERVAL_MIN_PARTICIPANTS);
      note (buf, sizeof buf, part);
    }
  if (ci->notes & SP_CI_NOTE_NO_ESTIMATE)
    note (buf, sizeof buf,
          "the figure is undefined for these data, so it has no interval");
  if (ci->notes & SP_CI_NOTE_UNDEFINED)
    {
      snprintf (part, sizeof part,
                "%zu of %zu resamples left the figure undefined (a ratio "
                "over a zero sum) and were left out",
                ci->resamples - ci->used, ci->resamples);
      note (buf, sizeof buf, part);
    }
  if (ci->notes & SP_CI_NOTE_CONSTANT)
    note (buf, sizeof buf,
          "every resample gives the same value (the participants' "
          "contributions are alike), so the interval collapses to the "
          "estimate");
  if (ci->notes & SP_CI_NOTE_BCA_FALLBACK)
    note (buf, sizeof buf,
          "BCa is undefined here (no resample falls below, or none above, "
          "the estimate, or the jackknife gives no acceleration), so the "
          "percentile interval is given instead");
  if (ci->notes & SP_CI_NOTE_STUDENTIZED_FALLBACK)
    note (buf, sizeof buf,
          "the studentized interval is undefined here (the figure's "
          "linearised standard error is 0 or undefined, or too many "
          "resamples have none), so the percentile interval is given "
          "instead");
  if (ci->notes & SP_CI_NOTE_FEW_RESAMPLES)
    {
      snprintf (part, sizeof part,
                "too few resamples for a %g%% interval: its ends are the "
                "most extreme resamples; use many more (10,000 is usual)",
                ci->level * 100.0);
      note (buf, sizeof buf, part);
    }
  if (buf[0])
    cJSON_AddStringToObject (o, "note", buf);
}

void
sp_doc_add_interval (cJSON *doc, const char *path, const sp_ci *ci,
                     unsigned long seed, const sp_reliability *rel, int ratio)
{
  cJSON *iv = sp_doc_section (doc, "intervals");
  cJSON *o = cJSON_AddObjectToObject (iv, path);
  cJSON_AddStringToObject (o, "kind", "bootstrap");
  int has_estimate = !(ci->notes & SP_CI_NOTE_NO_ESTIMATE);
  sp_doc_number (o, "estimate", ci->estimate, has_estimate);
  sp_doc_number (o, "lower", ci->lower, ci->defined);
  sp_doc_number (o, "upper", ci->upper, ci->defined);
  cJSON_AddNumberToObject (o, "level", ci->level);
  cJSON_AddStringToObject (o, "method", sp_ci_method_name (ci->method));
  cJSON_AddStringToObject (o, "requested_method",
                           sp_ci_method_name (ci->requested));
  cJSON_AddNumberToObject (o, "resamples", (double) ci->resamples);
  cJSON_AddNumberToObject (o, "used_resamples", (double) ci->used);
  cJSON_AddNumberToObject (o, "seed", (double) seed);
  sp_doc_number (o, "standard_error", ci->standard_error, ci->se_defined);
  sp_doc_number (o, "bias", ci->bias, ci->bias_defined);
  if (ci->bca_defined)
    {
      sp_doc_number (o, "z0", ci->z0, 1);
      sp_doc_number (o, "acceleration", ci->acceleration, 1);
    }
  if (ci->studentized_defined)
    {
      sp_doc_number (o, "linearised_standard_error", ci->se_estimate, 1);
      sp_doc_number (o, "t_lower", ci->t_lower, 1);
      sp_doc_number (o, "t_upper", ci->t_upper, 1);
    }
  add_note (o, ci, rel);
  if (rel)
    sp_doc_add_reliability (o, ci, rel, ratio);
}

void
sp_doc_add_by_method (cJSON *doc, const char *path, const sp_ci *by_method)
{
  cJSON *o = cJSON_GetObjectItemCaseSensitive (
    sp_doc_section (doc, "intervals"), path);
  if (!o)
    return;
  cJSON *all = cJSON_AddObjectToObject (o, "by_method");
  for (int m = 0; m < SP_CI_N_METHODS; m++)
    {
      const sp_ci *ci = &by_method[m];
      cJSON *e = cJSON_AddObjectToObject (all,
                                          sp_ci_method_name ((sp_ci_method) m));
      sp_doc_number (e, "lower", ci->lower, ci->defined);
      sp_doc_number (e, "upper", ci->upper, ci->defined);
      cJSON_AddStringToObject (e, "method", sp_ci_method_name (ci->method));
    }
}

void
sp_doc_add_histogram (cJSON *doc, const char *path, const double *reps,
                      size_t n)
{
  cJSON *iv = sp_doc_section (doc, "intervals");
  cJSON *o = cJSON_GetObjectItemCaseSensitive (iv, path);
  if (o && n > 0)
    sp_doc_histogram (o, reps, n);
}

void
sp_doc_histogram (cJSON *o, const double *x, size_t n)
{
  double edges[SP_DOC_HISTOGRAM_BINS + 1], counts[SP_DOC_HISTOGRAM_BINS];
  sp_ci_histogram (x, n, SP_DOC_HISTOGRAM_BINS, edges, counts);
  cJSON *h = cJSON_AddObjectToObject (o, "histogram");
  cJSON_AddItemToObject (h, "edges",
                         cJSON_CreateDoubleArray (edges,
                                                  SP_DOC_HISTOGRAM_BINS + 1));
  cJSON_AddItemToObject (h, "counts",
                         cJSON_CreateDoubleArray (counts,
                                                  SP_DOC_HISTOGRAM_BINS));
}

void
sp_doc_add_bootstrap (cJSON *doc, const sp_boot_settings *s,
                      const sp_boot_design *d, const char *const *part_names)
{
  cJSON *o = cJSON_AddObjectToObject (doc, "bootstrap");
  cJSON_AddStringToObject (o, "unit", "participant");
  cJSON_AddStringToObject (o, "resampling",
                           "stratified: within each group of participants "
                           "found in the same data sets, as many drawn "
                           "with replacement as the group holds");
  cJSON_AddNumberToObject (o, "resamples", (double) s->resamples);
  cJSON_AddNumberToObject (o, "seed", (double) s->seed);
  cJSON_AddNumberToObject (o, "level", s->level);
  cJSON_AddStringToObject (o, "method", sp_ci_method_name (s->method));
  cJSON_AddStringToObject (o, "generator", "gsl_rng_taus2, one per block "
                           "of 64 resamples, seeded from the seed and the "
                           "block's index");
  cJSON_AddStringToObject (o, "draw", "Lemire's multiply-shift with "
                           "rejection (unbiased), batched");
  cJSON_AddStringToObject (o, "acceleration", "jackknife, centred within "
                           "each stratum");
  cJSON_AddNumberToObject (o, "participants", (double) d->n);
  cJSON *strata = cJSON_AddArrayToObject (o, "strata");
  for (size_t h = 0; h < d->n_strata; h++)
    {
      cJSON *st = sp_doc_element (strata);
      cJSON *sets = cJSON_AddArrayToObject (st, "data_sets");
      unsigned in = d->in[d->strata[h]];
      for (size_t p = 0; p < d->n_parts; p++)
        if (in & (1u << p))
          cJSON_AddItemToArray (sets, cJSON_CreateString (part_names[p]));
      cJSON_AddNumberToObject (st, "participants",
                               (double) (d->strata[h + 1] - d->strata[h]));
    }
}

void
sp_doc_add_influence (cJSON *doc, const char *path, const sp_influence *inf,
                      const char *const *ids)
{
  cJSON *o = cJSON_AddObjectToObject (sp_doc_section (doc, "influence"),
                                      path);
  cJSON_AddNumberToObject (o, "participants", (double) inf->n);
  sp_doc_number (o, "estimate", inf->estimate, isfinite (inf->estimate));
  cJSON *loo = cJSON_AddObjectToObject (o, "leave_one_out");
  sp_doc_number (loo, "min", inf->loo_min, inf->defined);
  sp_doc_number (loo, "max", inf->loo_max, inf->defined);
  cJSON *top = cJSON_AddArrayToObject (o, "top");
  for (size_t t = 0; t < SP_INFLUENCE_N_TOP; t++)
    {
      if (sp_influence_top[t] > inf->n)
        continue;
      cJSON *e = sp_doc_element (top);
      cJSON_AddNumberToObject (e, "participants",
                               (double) sp_influence_top[t]);
      sp_doc_number (e, "share", inf->share[t],
                     inf->defined && inf->share_defined[t]);
    }
  if (!inf->defined)
    {
      cJSON_AddNullToObject (o, "influence");
      return;
    }
  cJSON_AddItemToObject (o, "influence",
                         cJSON_CreateDoubleArray (inf->influence,
                                                  (int) inf->n));
  if (ids)
    {
      cJSON *a = cJSON_AddArrayToObject (o, "ids");
      for (size_t i = 0; i < inf->n; i++)
        cJSON_AddItemToArray (a, cJSON_CreateString (ids[inf->row[i]]));
    }
}

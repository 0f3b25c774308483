/* comparison_doc.c -- savings against a comparison group in the results
   document (issue 14) */

#include "comparison_doc.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "savings.h"
#include "savings_doc.h"

static const sp_doc_text formulas[] = {
  { "comparison.change", "comparison baseline_cost - after_cost, over the "
                         "comparison group with rows in both periods" },
  { "comparison.change_rate", "comparison change / comparison "
                              "baseline_cost" },
  { "comparison.baseline_difference",
    "programme mean baseline cost - comparison mean baseline cost (per "
    "participant per year)" },
  { "difference_in_differences.per_participant",
    "(programme mean baseline cost - programme mean after cost) - "
    "(comparison mean baseline cost - comparison mean after cost)" },
  { "difference_in_differences.saving",
    "difference_in_differences.per_participant x participants" },
  { "difference_in_differences.saving_rate",
    "difference_in_differences.saving / baseline_cost" },
  { "adjusted.model", "ordinary least squares over both groups' "
                      "participants: after cost = intercept + "
                      "baseline_coefficient x baseline cost + g x "
                      "(1 on the programme, 0 in the comparison group)" },
  { "adjusted.per_participant", "-g" },
  { "adjusted.saving", "-g x participants" },
  { "adjusted.saving_rate", "adjusted.saving / baseline_cost" },
};

static void
add_cohort (cJSON *sec, const sp_comparison *c, const sp_usage *cohort)
{
  const sp_comparison_cohort *k = &c->comparison, *p = &c->programme;
  cJSON *o = cJSON_AddObjectToObject (sec, "comparison");
  cJSON_AddNumberToObject (o, "participants", (double) k->participants);
  cJSON_AddNumberToObject (o, "excluded_participants",
                           (double) k->excluded_participants);
  cJSON_AddNumberToObject (o, "baseline_cost", k->baseline_cost);
  cJSON_AddNumberToObject (o, "after_cost", k->after_cost);
  cJSON_AddNumberToObject (o, "change", k->change);
  sp_doc_number (o, "change_rate", k->change_rate, k->change_rate_defined);
  sp_doc_number (o, "mean_baseline_cost", k->mean_baseline_cost,
                 k->means_defined);
  sp_doc_number (o, "mean_after_cost", k->mean_after_cost, k->means_defined);
  sp_doc_number (o, "mean_change", k->mean_baseline_cost - k->mean_after_cost,
                 k->means_defined);
  sp_doc_number (o, "programme_mean_baseline_cost", p->mean_baseline_cost,
                 p->means_defined);
  sp_doc_number (o, "programme_mean_after_cost", p->mean_after_cost,
                 p->means_defined);
  sp_doc_number (o, "programme_mean_change",
                 p->mean_baseline_cost - p->mean_after_cost,
                 p->means_defined);
  sp_doc_number (o, "baseline_difference", c->baseline_difference,
                 c->baseline_difference_defined);
  sp_doc_number (o, "baseline_difference_rate", c->baseline_difference_rate,
                 c->baseline_difference_rate_defined);
  cJSON_AddStringToObject (
    o, "basis", sp_basis_name (sp_savings_basis (cohort->source_rows_before,
                                                 cohort->source_rows_after)));
  cJSON *periods = cJSON_AddObjectToObject (o, "periods");
  const char *names[2] = { "before", "after" };
  const size_t *rows[2] = { cohort->source_rows_before,
                            cohort->source_rows_after };
  for (int t = 0; t < 2; t++)
    {
      char path[64];
      snprintf (path, sizeof path, "periods.%s.period", names[t]);
      sp_doc_add_period (periods, names[t], sp_doc_str (sec, path, NULL),
                         rows[t]);
    }
}

static const char *
adjusted_note (sp_adjusted_problem problem)
{
  switch (problem)
    {
    case SP_ADJUSTED_TOO_FEW:
      return "not estimated: the regression needs participants in both "
             "groups and at least three in all";
    case SP_ADJUSTED_NO_VARIATION:
      return "not estimated: the baseline cost does not vary within the "
             "groups, so its effect cannot be told from the programme's";
    case SP_ADJUSTED_OK:
      break;
    }
  return NULL;
}

void
sp_doc_add_comparison (cJSON *doc, const sp_comparison *c,
                       const sp_usage *cohort)
{
  cJSON *sec = cJSON_GetObjectItemCaseSensitive (doc, "savings");
  add_cohort (sec, c, cohort);

  const sp_comparison_did *d = &c->did;
  cJSON *o = cJSON_AddObjectToObject (sec, "difference_in_differences");
  sp_doc_number (o, "per_participant", d->per_participant, d->defined);
  sp_doc_number (o, "saving", d->saving, d->defined);
  sp_doc_number (o, "saving_rate", d->saving_rate,
                 d->defined && d->saving_rate_defined);

  const sp_comparison_adjusted *a = &c->adjusted;
  o = cJSON_AddObjectToObject (sec, "adjusted");
  sp_doc_number (o, "per_participant", a->per_participant, a->defined);
  sp_doc_number (o, "saving", a->saving, a->defined);
  sp_doc_number (o, "saving_rate", a->saving_rate,
                 a->defined && a->saving_rate_defined);
  sp_doc_number (o, "baseline_coefficient", a->baseline_coefficient,
                 a->defined);
  sp_doc_number (o, "intercept", a->intercept, a->defined);
  cJSON_AddNumberToObject (o, "observations", (double) a->observations);
  cJSON_AddStringToObject (o, "method",
                           "ANCOVA: ordinary least squares (GSL "
                           "gsl_multifit_linear)");
  const char *note = adjusted_note (a->problem);
  if (note)
    cJSON_AddStringToObject (o, "note", note);

  cJSON *f = cJSON_GetObjectItemCaseSensitive (sec, "formulas");
  if (!f)
    f = cJSON_AddObjectToObject (sec, "formulas");
  for (size_t i = 0; i < sizeof formulas / sizeof formulas[0]; i++)
    cJSON_AddStringToObject (f, formulas[i].name, formulas[i].text);
}

void
sp_doc_comparison_difference_text (const cJSON *doc, char *buf, size_t size)
{
  const cJSON *c = sp_doc_get (doc, "savings.comparison");
  const cJSON *d = cJSON_GetObjectItemCaseSensitive (c, "baseline_difference");
  const cJSON *r = cJSON_GetObjectItemCaseSensitive (
    c, "baseline_difference_rate");
  if (size)
    buf[0] = '\0';
  if (!cJSON_IsNumber (d))
    return;
  char money[64], rate[64] = "";
  double v = d->valuedouble;
  sp_fmt_money (fabs (v), money, sizeof money);
  if (strcmp (money, "£0") == 0)
    {
      snprintf (buf, size, " At the start the two groups cost the same on "
                           "average, to the pound.");
      return;
    }
  if (cJSON_IsNumber (r))
    {
      char pc[32];
      snprintf (rate, sizeof rate, " (%s %s)",
                sp_fmt_percent (fabs (r->valuedouble), 1, pc, sizeof pc),
                v < 0 ? "less" : "more");
    }
  snprintf (buf, size,
            " At the start the programme's participants cost on average %s "
            "a year %s than the comparison group%s.",
            money, v < 0 ? "less" : "more", rate);
}

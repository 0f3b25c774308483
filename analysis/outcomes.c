/* outcomes.c -- instruments, outcome scores and the change per domain */

#include "outcomes.h"

#include <stdlib.h>
#include <string.h>

static const char *const method_names[] = { "relative", "range", "share" };
static const char *const method_labels[] = {
  "relative change in the mean score, as the pilot report",
  "change in the mean score as a share of the scale's range",
  "share of people improved by at least the minimal important difference"
};

const char *
sp_improvement_method_name (sp_improvement_method method)
{
  return (unsigned) method < 3 ? method_names[method] : "relative";
}

int
sp_improvement_method_parse (const char *text, sp_improvement_method *out)
{
  for (int i = 0; i < 3; i++)
    if (text && strcmp (text, method_names[i]) == 0)
      {
        *out = (sp_improvement_method) i;
        return 0;
      }
  return -1;
}

const char *
sp_improvement_method_label (sp_improvement_method method)
{
  return method_labels[(unsigned) method < 3 ? method : 0];
}

int
sp_improvement_method_scale_dependent (sp_improvement_method method)
{
  return method == SP_IMPROVEMENT_RELATIVE;
}

double
sp_instrument_turn (const sp_instrument_domain *dom, double score)
{
  return dom->higher_is_better ? score : dom->min + dom->max - score;
}

double
sp_instrument_mid (const sp_instrument_domain *dom)
{
  return dom->mid > 0.0 ? dom->mid : 1.0;
}

int
sp_instrument_improved (const sp_instrument_domain *dom, double base,
                        double follow)
{
  return follow - base
         >= sp_instrument_mid (dom) - 1e-9 * (dom->max - dom->min);
}

long
sp_instrument_find (const sp_instrument *inst, const char *domain)
{
  for (size_t i = 0; i < inst->n; i++)
    if (strcmp (inst->items[i].domain, domain) == 0)
      return (long) i;
  return -1;
}

int
sp_outcomes_has_wave (const sp_outcomes *o, int wave)
{
  for (size_t i = 0; i < o->n_scores; i++)
    if (o->scores[i].wave == wave)
      return 1;
  return 0;
}

void
sp_domain_change_from_sums (const sp_instrument_domain *dom, double n,
                            double b, double f, double r,
                            sp_improvement_method method,
                            sp_domain_change *out)
{
  memset (out, 0, sizeof *out);
  out->participants = n;
  if (n <= 0.0)
    return;
  out->means_defined = 1;
  out->baseline_mean = b / n;
  out->followup_mean = f / n;
  switch (method)
    {
    case SP_IMPROVEMENT_RELATIVE:
      /* (F - B) / B rather than the quotient of the means: the same
         number, with one rounding instead of three.  */
      out->improvement_defined = b != 0.0;
      out->improvement = b != 0.0 ? (f - b) / b : 0.0;
      break;
    case SP_IMPROVEMENT_RANGE:
      out->improvement_defined = 1;
      out->improvement = (f - b) / (n * (dom->max - dom->min));
      break;
    case SP_IMPROVEMENT_SHARE:
      out->improvement_defined = 1;
      out->improvement = r / n;
      break;
    }
}

void
sp_instrument_free (sp_instrument *inst)
{
  for (size_t i = 0; i < inst->n; i++)
    {
      free (inst->items[i].domain);
      free (inst->items[i].label);
      free (inst->items[i].source);
    }
  free (inst->items);
  free (inst->path);
  memset (inst, 0, sizeof *inst);
}

void
sp_outcomes_free (sp_outcomes *o)
{
  for (size_t i = 0; i < o->n_participants; i++)
    free (o->ids[i]);
  free (o->ids);
  free (o->scores);
  free (o->path);
  memset (o, 0, sizeof *o);
  o->latest_wave = -1;
}

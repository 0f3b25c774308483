/* value_doc.c -- the social_value section of the results document */

#include "value_doc.h"

#include "doc.h"

const char *
sp_value_undefined_reason (const sp_domain_change *ch,
                           sp_improvement_method method)
{
  if (ch->improvement_defined)
    return NULL;
  if (ch->participants <= 0.0)
    return "nobody was scored at both the baseline and the follow-up wave";
  if (method == SP_IMPROVEMENT_RELATIVE)
    return "the baseline mean is 0, so a relative change is undefined";
  return "the improvement is undefined";
}

static void
add_outcome (cJSON *list, const sp_outcome_value *v, const sp_value_proxy *px,
             const sp_instrument *inst, const sp_domain_change *ch,
             sp_improvement_method method)
{
  cJSON *o = sp_doc_element (list);
  cJSON_AddStringToObject (o, "outcome", px->outcome);
  cJSON_AddStringToObject (o, "label", px->label);
  cJSON_AddStringToObject (o, "domain", inst->items[px->domain].domain);
  sp_doc_number (o, "improvement", v->improvement, v->defined);
  cJSON_AddNumberToObject (o, "participants", v->participants);
  cJSON_AddNumberToObject (o, "value", px->value);
  sp_doc_number (o, "gross", v->gross, v->defined);
  sp_doc_number (o, "net", v->net, v->defined);
  sp_doc_number (o, "present_value", v->present_value, v->defined);
  const sp_doc_value adj[] = {
    { "deadweight", px->deadweight },
    { "attribution", px->attribution },
    { "displacement", px->displacement },
    { "drop_off", px->drop_off },
    { "duration_years", px->duration_years },
  };
  sp_doc_numbers (o, adj, sizeof adj / sizeof adj[0]);
  cJSON_AddStringToObject (o, "price_year", px->price_year);
  sp_doc_add_uprating (o, "value_original", px->value, px->value_original,
                       px->price_year, px->price_year_original,
                       px->uprating_factor);
  cJSON_AddStringToObject (o, "source", px->source);
  sp_doc_string (o, "note", sp_value_undefined_reason (ch, method));
}

static void
add_domain (cJSON *list, const sp_social_value *sv,
            const sp_instrument_domain *dom, size_t d)
{
  const sp_domain_change *ch = &sv->domains[d];
  cJSON *o = sp_doc_element (list);
  cJSON_AddStringToObject (o, "domain", dom->domain);
  cJSON_AddStringToObject (o, "label", dom->label);
  cJSON_AddNumberToObject (o, "min", dom->min);
  cJSON_AddNumberToObject (o, "max", dom->max);
  cJSON_AddBoolToObject (o, "higher_is_better", dom->higher_is_better);
  cJSON_AddNumberToObject (o, "mid", sp_instrument_mid (dom));
  cJSON_AddNumberToObject (o, "participants", ch->participants);
  sp_doc_number (o, "baseline_mean", ch->baseline_mean, ch->means_defined);
  sp_doc_number (o, "followup_mean", ch->followup_mean, ch->means_defined);
  sp_doc_number (o, "improvement", ch->improvement,
                 ch->improvement_defined);
  cJSON_AddNumberToObject (o, "baseline_scored",
                           (double) sv->baseline_scored[d]);
  sp_doc_number (o, "baseline_scored_mean", sv->baseline_scored_mean[d],
                 sv->baseline_scored[d] > 0);
  cJSON_AddStringToObject (o, "source", dom->source);
  sp_doc_string (o, "note",
                 sp_value_undefined_reason (ch, sv->settings.method));
}

static const sp_doc_text formulas[] = {
  { "turned_score", "score when higher is better, otherwise "
                    "min + max - score" },
  { "participants", "participants scored in the domain at both the "
                    "baseline and the follow-up wave" },
  { "baseline_mean", "sum of turned baseline scores / participants" },
  { "followup_mean", "sum of turned follow-up scores / participants" },
  { "improvement.relative", "(followup_mean - baseline_mean) / "
                            "baseline_mean" },
  { "improvement.range", "(followup_mean - baseline_mean) / (max - min)" },
  { "improvement.share", "share of participants whose turned score rose "
                         "by at least mid (the domain's minimal important "
                         "difference, in scale points)" },
  { "gross", "participants x improvement x value" },
  { "net", "gross x (1 - deadweight) x (1 - attribution) x "
           "(1 - displacement)" },
  { "present_value", "sum over k = 0 .. duration_years - 1 of net x "
                     "(1 - drop_off)^k / (1 + discount_rate)^k" },
  { "total", "sum of present_value over outcomes with a value" },
  { "by_method", "total with the improvement measured by each method on "
                 "the same paired participants" },
  { "followup_wave", "followup_wave when set; otherwise the latest wave "
                     "at which at least min_followup_share of the "
                     "baseline participants were scored" },
  { "attrition.share_of_baseline", "participants scored at the wave / "
                                   "baseline_participants" },
  { "attrition_flag", "paired_participants < 0.8 x "
                      "baseline_participants" },
};

/* by_method: the total by each method, its words, and whether it
   depends on how the scale is coded.  */
static void
add_by_method (cJSON *sec, const sp_social_value *sv)
{
  cJSON *all = cJSON_AddObjectToObject (sec, "by_method");
  for (int m = 0; m < SP_N_IMPROVEMENT_METHODS; m++)
    {
      sp_improvement_method method = (sp_improvement_method) m;
      cJSON *o = cJSON_AddObjectToObject (
        all, sp_improvement_method_name (method));
      sp_doc_number (o, "total", sv->by_method[m], 1);
      cJSON_AddStringToObject (o, "label",
                               sp_improvement_method_label (method));
      cJSON_AddBoolToObject (o, "scale_dependent",
                             sp_improvement_method_scale_dependent (method));
    }
}

/* attrition: who answered at each wave, against the baseline.  */
static void
add_attrition (cJSON *sec, const sp_social_value *sv)
{
  cJSON *list = cJSON_AddArrayToObject (sec, "attrition");
  for (size_t i = 0; i < sv->n_waves; i++)
    {
      const sp_wave_count *w = &sv->waves[i];
      cJSON *o = sp_doc_element (list);
      cJSON_AddNumberToObject (o, "wave", w->wave);
      cJSON_AddNumberToObject (o, "participants", (double) w->participants);
      cJSON_AddNumberToObject (o, "from_baseline",
                               (double) w->from_baseline);
      sp_doc_number (o, "share_of_baseline",
                     (double) w->participants
                       / (double) sv->baseline_participants,
                     sv->baseline_participants > 0);
    }
}

void
sp_doc_add_social_value (cJSON *doc, const sp_social_value *sv,
                         const sp_instrument *inst,
                         const sp_value_proxies *proxies)
{
  const sp_value_settings *s = &sv->settings;
  cJSON *sec = cJSON_AddObjectToObject (doc, "social_value");
  cJSON_AddStringToObject (sec, "method",
                           sp_improvement_method_name (s->method));
  cJSON_AddStringToObject (sec, "method_label",
                           sp_improvement_method_label (s->method));
  cJSON_AddNumberToObject (sec, "baseline_wave", s->baseline_wave);
  cJSON_AddNumberToObject (sec, "followup_wave", s->followup_wave);
  cJSON_AddStringToObject (sec, "followup_rule",
                           sp_followup_rule_name (s->followup_rule));
  cJSON_AddNumberToObject (sec, "min_followup_share", s->min_followup_share);
  cJSON_AddNumberToObject (sec, "discount_rate", s->discount_rate);
  cJSON_AddNumberToObject (sec, "participants", (double) sv->n_participants);
  cJSON_AddNumberToObject (sec, "baseline_participants",
                           (double) sv->baseline_participants);
  cJSON_AddNumberToObject (sec, "paired_participants",
                           (double) sv->paired_participants);
  add_attrition (sec, sv);
  cJSON_AddBoolToObject (sec, "attrition_flag", sv->attrition);
  cJSON_AddNumberToObject (sec, "total", sv->total);
  cJSON_AddNumberToObject (sec, "outcomes_without_value",
                           (double) sv->n_undefined);
  add_by_method (sec, sv);

  cJSON *outcomes = cJSON_AddArrayToObject (sec, "outcomes");
  for (size_t i = 0; i < sv->n_outcomes; i++)
    add_outcome (outcomes, &sv->outcomes[i], &proxies->items[i], inst,
                 &sv->domains[proxies->items[i].domain], s->method);

  /* Domains with data or a proxy, in instrument order.  */
  cJSON *domains = cJSON_AddArrayToObject (sec, "domains");
  for (size_t d = 0; d < sv->n_domains; d++)
    {
      int used = sv->scored[d] > 0;
      for (size_t i = 0; i < proxies->n && !used; i++)
        used = proxies->items[i].domain == d;
      if (used)
        add_domain (domains, sv, &inst->items[d], d);
    }
  sp_doc_texts (sec, "formulas", formulas,
                sizeof formulas / sizeof formulas[0]);
}

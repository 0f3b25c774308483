/* cmd_value.c -- socialprofit value: the social value table */

#include "commands.h"
#include "doc.h"
#include "quarterly_doc.h"
#include "render_value.h"
#include "social_value.h"
#include "value_doc.h"

/* One warning per outcome without a value, at its line of the proxy
   file.  */
static void
warn_undefined (sp_context *ctx, const sp_social_value *sv)
{
  for (size_t i = 0; i < sv->n_outcomes; i++)
    {
      const sp_value_proxy *px = &ctx->proxies.items[i];
      const char *why = sp_value_undefined_reason (
        &sv->domains[px->domain], sv->settings.method);
      if (!why)
        continue;
      sp_diag_warn (&ctx->diag, ctx->proxies.path, px->line, 0,
                    "outcome '%s' has no value and counts 0 in the total: "
                    "in domain '%s' %s (waves %d and %d)", px->outcome,
                    ctx->instrument.items[px->domain].domain, why,
                    sv->settings.baseline_wave, sv->settings.followup_wave);
    }
}

int
sp_section_value (sp_context *ctx, cJSON *doc)
{
  if (sp_context_load_outcomes (ctx) != 0)
    return -1;
  sp_social_value sv;
  sp_social_value_compute (&ctx->outcomes, &ctx->instrument, &ctx->proxies,
                           &ctx->value_settings, &sv);
  warn_undefined (ctx, &sv);
  sp_doc_excluded_after_period (doc, "outcomes", ctx->outcomes.after_period);
  if (sv.attrition)
    sp_diag_warn (&ctx->diag, ctx->outcomes.path, 0, 0,
                  "only %zu of the %zu participants scored at the baseline "
                  "(wave %d) were scored again at the follow-up (wave %d), "
                  "fewer than %.0f%%: those who stayed may differ from "
                  "those who left, so the change may not hold for everyone",
                  sv.paired_participants, sv.baseline_participants,
                  sv.settings.baseline_wave, sv.settings.followup_wave,
                  100 * SP_ATTRITION_LIMIT);
  sp_doc_add_social_value (doc, &sv, &ctx->instrument, &ctx->proxies);
  sp_social_value_free (&sv);
  sp_waves waves;
  sp_waves_compute (&ctx->outcomes, &ctx->instrument, &waves);
  sp_doc_add_waves (doc, &waves, &ctx->instrument);
  sp_waves_free (&waves);
  return 0;
}

int
sp_cmd_value (int argc, char **argv)
{
  static const sp_command_spec spec = {
    "value", sp_render_value_text, sp_render_value_csv, 0
  };
  static const sp_section_fn sections[] = { sp_section_value,
                                            sp_section_intervals };
  return sp_run_sections (&spec, sections, 2, argc, argv);
}

/* render_quarterly.h -- the figures over time in the text output
   (issue 10)

   Each prints nothing when the document lacks its figures, so the
   section renderers call them unconditionally (text/quarterly_text.c).  */

#ifndef SP_RENDER_QUARTERLY_H
#define SP_RENDER_QUARTERLY_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* The reporting period and what it left out ("Reporting period to
   31 March 2020: left out as dated later: ...").  */
void sp_render_period_text (const cJSON *doc, FILE *out);

/* savings.trend as a table, with two periods after the baseline or
   more.  SEC is the savings section.  */
void sp_render_savings_trend_text (const cJSON *sec, FILE *out);

/* social_value.waves as a table of domains by wave ("mean (n)"), with
   two waves or more.  SEC is the social_value section.  */
void sp_render_waves_text (const cJSON *sec, FILE *out);

/* register.monthly, the plans without a date and the reporting period's
   counts.  */
void sp_render_register_monthly_text (const cJSON *doc, FILE *out);

/* local_economy.quarterly and the reporting period's spend.  */
void sp_render_spend_quarterly_text (const cJSON *doc, FILE *out);

/* The rollout object RO's progress against its plan.  */
void sp_render_progress_text (const cJSON *ro, FILE *out);

#endif /* SP_RENDER_QUARTERLY_H */

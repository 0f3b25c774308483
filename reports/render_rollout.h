/* render_rollout.h -- renderers of rollout projections and comparisons

   Like render.h's renderers, these read only the results document DOC
   (the "rollout" object and the "rollout.*" intervals, or "scenarios"
   for a comparison) and write to OUT; nothing is printed for a section
   the document lacks.  */

#ifndef SP_RENDER_ROLLOUT_H
#define SP_RENDER_ROLLOUT_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* For people: the static figures with their arithmetic (assessments,
   budget and PAs by segment, investment, gross and net saving), the
   published figures beside the computed ones, the target date, the
   yearly cash flows with NPV and payback, the monthly trajectory, the
   one-way sensitivity, the simulation intervals and the cohort's own
   saving beside the policy rate.  */
void sp_render_rollout_text (const cJSON *doc, FILE *out);

/* The same as one long table "scenario,section,figure,value" at full
   precision (empty value for null); trajectory months, years, segments
   and sensitivity rows as "month:YYYY-MM.FIELD", "year:N.FIELD",
   "segment:NAME.FIELD" and "parameter:NAME.FIELD".  */
void sp_render_rollout_csv (const cJSON *doc, FILE *out);

/* The scenarios of a comparison side by side: one row per figure, one
   column per scenario, in the order given.  */
void sp_render_compare_text (const cJSON *doc, FILE *out);

/* Every scenario of a comparison in the long table of
   sp_render_rollout_csv, one after the other.  */
void sp_render_compare_csv (const cJSON *doc, FILE *out);

/* The rollout object RO (with its INTERVALS object, may be NULL) for
   people, as in sp_render_rollout_text; for the report's statement.  */
void sp_render_rollout_object_text (const cJSON *ro, const cJSON *intervals,
                                    FILE *out);

#endif /* SP_RENDER_ROLLOUT_H */

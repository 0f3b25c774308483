/* render_value.h -- renderers of the social_value section

   Like render.h's renderers, these read only the results document DOC
   and write to OUT, and print nothing when the document has no
   "social_value" section.  */

#ifndef SP_RENDER_VALUE_H
#define SP_RENDER_VALUE_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* The social value table like Appendix 2b (outcome, improvement,
   participants, value per person, gross, net, present value and the
   total), the SROI adjustments when any is set, notes on outcomes
   without a value, then the domain table (scale, paired participants,
   baseline and follow-up means, improvement).  */
void sp_render_value_text (const cJSON *doc, FILE *out);

/* The outcome lines as CSV at full precision (empty fields for null),
   then the total as a last row.  */
void sp_render_value_csv (const cJSON *doc, FILE *out);

#endif /* SP_RENDER_VALUE_H */

/* comparison_text.h -- savings against a comparison group for people
   (issue 14)

   Read only the results document's savings.comparison,
   savings.difference_in_differences, savings.adjusted and their
   intervals; print nothing when the document has no comparison group,
   so the savings renderer can call them unconditionally.  */

#ifndef SP_COMPARISON_TEXT_H
#define SP_COMPARISON_TEXT_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* Whether DOC holds savings against a comparison group.  */
int sp_comparison_text_present (const cJSON *doc);

/* The headline: "Saving against a comparison group (adjusted for
   baseline cost): £... (95% CI ...), ...% of the baseline cost" and the
   per-participant figure, each on its own line.  */
void sp_render_comparison_headline_text (const cJSON *doc, FILE *out);

/* The comparison table: mean annual cost before and after and the
   change, programme and comparison group side by side; the difference
   at baseline; difference in differences and the adjusted estimate with
   their intervals and the baseline coefficient.  */
void sp_render_comparison_text (const cJSON *doc, FILE *out);

#endif /* SP_COMPARISON_TEXT_H */

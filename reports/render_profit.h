/* render_profit.h -- renderers of the register, investment, local
   economy and social profit sections

   Like render.h's renderers, these read only the results document DOC
   and write to OUT; a section the document lacks is left out.  */

#ifndef SP_RENDER_PROFIT_H
#define SP_RENDER_PROFIT_H

#include <cjson/cJSON.h>
#include <stdio.h>

/* For people: the register's funnel, budgets, PAs and segments; the
   investment item by item with its arithmetic; the local economy (LM3
   rounds, spend by category, unmatched transactions); social profit with
   each component's return per £1, the SROI ratio and the formula.  */
void sp_render_profit_text (const cJSON *doc, FILE *out);

/* For spreadsheets: one long table "section,figure,value" at full
   precision (empty value for null) covering the same figures, with
   segments and categories as "segment:NAME.FIELD" and
   "category:NAME.FIELD".  */
void sp_render_profit_csv (const cJSON *doc, FILE *out);

#endif /* SP_RENDER_PROFIT_H */

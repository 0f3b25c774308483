/* statement_reliability.c -- how far the headline intervals can be
   trusted (issue 9 §3): each headline figure's reliability_text, as the
   results document words it (reliability_doc.h), under the headline
   figures */

#include <stdio.h>

#include "doc.h"
#include "statement_parts.h"

void
sp_stmt_reliability (sp_page *p, const cJSON *doc)
{
  static const struct
  {
    const char *path;
    const char *label;
  } rows[] = {
    { "savings.adjusted.saving", "NHS cost saving against the comparison "
                                 "group" },
    { "savings.saving", "NHS cost saving" },
    { "savings.saving_rate", "Saving rate" },
    { "social_value.total", "Social value" },
    { "social_profit.sroi_ratio", "Social return on investment" },
    { "social_profit.net_per_person", "Net social profit per person" },
  };
  const cJSON *in = cJSON_GetObjectItemCaseSensitive (doc, "intervals");
  int first = 1;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    {
      const cJSON *iv = cJSON_GetObjectItemCaseSensitive (in, rows[i].path);
      const char *text = sp_doc_str (iv, "reliability_text", NULL);
      if (!text)
        continue;
      if (first)
        sp_page_note (p, "How far to trust these intervals, figure by "
                         "figure:");
      first = 0;
      char line[1400];
      snprintf (line, sizeof line, "%s. %s", rows[i].label, text);
      sp_page_note (p, line);
    }
}

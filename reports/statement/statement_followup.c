/* statement_followup.c -- which follow-up the social value compares
   with the baseline, and who is missing from it (issue 9)

   Reads social_value's follow-up rule, attrition and paired and
   baseline participants; writes one paragraph in plain words, with
   shares rather than counts of people.  */

#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "statement_parts.h"

void
sp_stmt_value_followup (sp_page *p, const cJSON *doc)
{
  const cJSON *sec = sp_doc_get (doc, "social_value");
  const cJSON *base = sp_doc_get (sec, "baseline_participants");
  if (!sec || (!sp_disclosure_hidden (base)
               && sp_doc_num (sec, "baseline_participants", 0) <= 0))
    return;
  const char *rule = sp_doc_str (sec, "followup_rule", "set");
  char share[32], paired[32], line[1024];
  sp_fmt_percent (sp_doc_num (sec, "min_followup_share", 0), 0, share,
                  sizeof share);
  sp_fig_share (sp_doc_get (sec, "paired_participants"), base, 0, paired,
                sizeof paired);
  double wave = sp_doc_num (sec, "followup_wave", 0);
  char why[256];
  if (strcmp (rule, "min_followup_share") == 0)
    snprintf (why, sizeof why,
              "the latest survey at which at least %s of the people "
              "surveyed at the start answered again", share);
  else if (strcmp (rule, "most_answered") == 0)
    snprintf (why, sizeof why,
              "no later survey was answered by %s of the people surveyed "
              "at the start, so the one answered by the most of them is "
              "used", share);
  else
    snprintf (why, sizeof why, "chosen in the evaluation's settings");
  int attrition = cJSON_IsTrue (
    cJSON_GetObjectItemCaseSensitive (sec, "attrition_flag"));
  snprintf (line, sizeof line,
            "The follow-up is survey wave %.0f: %s. %s of the people "
            "surveyed at the start were surveyed again then.%s",
            wave, why, paired,
            attrition ? " That is fewer than 8 in 10: the people who "
                        "stayed may differ from those who left, so the "
                        "change measured may not hold for everyone who "
                        "started." : "");
  sp_page_para (p, line);
}

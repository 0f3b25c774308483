/* limitations_doc.c -- the limitations in the results document */

#include "limitations_doc.h"

#include "comparison_doc.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "words.h"

/* Every limitation's code and text, indexed by sp_limit.  In a text,
   {figures} is replaced by the names of the figures the limitation bears
   on ("the NHS cost saving and the social value"; capitalised at the
   start of a sentence) and {small} by SP_LIMIT_SMALL.  Plain words for
   a board: never a field name of the results document.  */
static const struct
{
  const char *code;
  const char *text;
  /* A sentence from the document's figures added after the text (may
     be NULL): e.g. the size of a difference.  */
  void (*detail) (const cJSON *doc, char *buf, size_t size);
} limits[SP_N_LIMITS] = {
  [SP_LIMIT_FORECAST] = {
    "forecast",
    "The NHS cost saving is a forecast, not a measured saving: the use of "
    "services after the plan is the use that people's plans expected, not "
    "use that anyone recorded. It shows what the plans could save if they "
    "worked as intended, not what they did save." },
  [SP_LIMIT_RECALL] = {
    "recall",
    "Some of the use of services behind the NHS cost saving was recalled "
    "by the participants rather than taken from records. Recall over many "
    "months is imprecise: people remember recent and serious events "
    "better than others, so their use may be overstated or understated." },
  [SP_LIMIT_NO_COMPARISON_GROUP] = {
    "no_comparison_group",
    "There is no comparison group: nobody who went without a personal "
    "health budget was followed over the same time. The same people are "
    "compared before and after for {figures}, and people are usually "
    "offered a budget when their needs are at their highest. Such needs "
    "often ease by themselves (regression to the mean), so part of the "
    "change would have happened anyway: the figures show the change, not "
    "how much of it the budgets caused." },
  [SP_LIMIT_COMPARISON_DIFFERENCES] = {
    "comparison_group_differences",
    "A comparison group is behind {figures}: people who did not have a "
    "personal health budget, with their use of services recorded over the "
    "same periods. The saving against it is adjusted for what each "
    "person's care cost at the start, but the two groups may still differ "
    "in ways the "
    "data do not show (why some people took a budget and others did not, "
    "how ill they were in ways that did not yet show in their use of "
    "services, the support around them), and such differences can make "
    "the saving look larger or smaller than it is.",
    sp_doc_comparison_difference_text },
  [SP_LIMIT_SMALL_COHORT] = {
    "small_cohort",
    "Fewer than {small} people are behind {figures}. With so few, chance "
    "alone can move a figure a long way and one or two unusual people can "
    "change it; the confidence intervals, where shown, say how far." },
  [SP_LIMIT_CONCENTRATION] = {
    "concentration",
    "Two people carry more than half of {figures}. A figure that rests on "
    "so few people says more about them than about the programme, and "
    "another group of participants could give a very different result." },
  [SP_LIMIT_NO_ADJUSTMENTS] = {
    "no_adjustments",
    "No outcome is adjusted for deadweight (what would have happened "
    "anyway), attribution (what others contributed) or displacement (what "
    "the change pushed elsewhere): the social value counts the whole of "
    "every improvement as the programme's, so it is an upper figure." },
  [SP_LIMIT_RELATIVE_SCALE_DEPENDENT] = {
    "relative_scale_dependent",
    "Each improvement in outcomes is measured as the rise in the average "
    "score relative to the average at the start, as the pilot report did. "
    "That depends on how the scale is numbered: the same answers numbered "
    "0 to 9 instead of 1 to 10 would change {figures}. The totals by the "
    "other ways of measuring change are shown with the social value, for "
    "comparison." },
  [SP_LIMIT_ATTRITION] = {
    "attrition",
    "Fewer than 8 in 10 of the people whose outcomes were measured at the "
    "start were measured again at the follow-up. Those who stayed may "
    "differ from those who left (people who drop out often fare worse), "
    "so {figures} may not hold for everyone who started." },
  [SP_LIMIT_MIXED_PRICE_YEARS] = {
    "mixed_price_years",
    "Costs and values priced in different years are added together in "
    "{figures} without first being brought to one year's prices, so the "
    "total mixes pounds of different worth. Setting a price year in the "
    "evaluation brings them all to that year's prices." },
  [SP_LIMIT_UNMATCHED_TRANSACTIONS] = {
    "unmatched_transactions",
    "Some marketplace payments name people who are not in the register of "
    "budgets. They are counted in the spending and the local economic "
    "effect, but either the register is out of date or the payments are "
    "attributed to the wrong people." },
  [SP_LIMIT_BUDGETS_ASSUMED_REDIRECTED] = {
    "budgets_assumed_redirected",
    "The evaluation does not say what share of a budget is new money "
    "rather than spending moved from the care it replaces, so the social "
    "return on investment assumes the budgets wholly replace existing "
    "spending and counts only the costs of delivering them (assessment "
    "and advocacy, reviews, the marketplace fee). If every pound of the "
    "budgets were new money, the return would be the lower ratio shown "
    "beside it, with the budgets counted in full." },
  [SP_LIMIT_LOCAL_EFFECT_NOT_COUNTED] = {
    "local_effect_not_counted",
    "The local economic effect of the budgets' spending is not counted as "
    "a benefit. The budgets largely replace spending that would have "
    "happened anyway, and without the local multiplier of the care they "
    "replace there is no measure of how much more of the money now stays "
    "in the local economy." },
  [SP_LIMIT_COHORT_NOT_CASE_MIX] = {
    "cohort_not_case_mix",
    "The rollout's saving if every new budget saved what the pilot's "
    "participants saved assumes that the people a rollout reaches are "
    "like the pilot's participants. They were not chosen to represent the "
    "rollout's case mix, so this figure illustrates, it does not "
    "forecast." },
  [SP_LIMIT_DISCLOSURE_OFF] = {
    "disclosure_off",
    "Disclosure control is off: the evaluation sets its threshold to 0, "
    "so counts of one or a few people and figures about so few are shown "
    "as they are, and some may let a reader identify a participant. Check "
    "every figure before these results are shared beyond the team that "
    "holds the data." },
};

/* The names of the figures, in the order they are listed.  */
static const struct
{
  unsigned bit;
  const char *name;
} figure_names[] = {
  { SP_LIMIT_ON_SAVINGS, "the NHS cost saving" },
  { SP_LIMIT_ON_VALUE, "the social value" },
  { SP_LIMIT_ON_PROFIT, "the social return on investment" },
  { SP_LIMIT_ON_LOCAL, "the local economic effect" },
  { SP_LIMIT_ON_ROLLOUT, "the rollout's saving based on the pilot's "
                         "participants" },
};

const char *
sp_limit_code (sp_limit limit)
{
  return limit < SP_N_LIMITS ? limits[limit].code : NULL;
}

/* "the A, the B and the C" for the bits of FIGURES into BUF.  */
static void
names (unsigned figures, char *buf, size_t size)
{
  size_t count = sizeof figure_names / sizeof figure_names[0], n = 0;
  const char *words[sizeof figure_names / sizeof figure_names[0]];
  for (size_t i = 0; i < count; i++)
    if (figures & figure_names[i].bit)
      words[n++] = figure_names[i].name;
  sp_words_list (words, n, "these figures", buf, size);
}

char *
sp_limit_text (sp_limit limit, unsigned figures, char *buf, size_t size)
{
  if (size == 0)
    return buf;
  buf[0] = '\0';
  if (limit >= SP_N_LIMITS)
    return buf;
  char what[256], small[16];
  names (figures, what, sizeof what);
  snprintf (small, sizeof small, "%d", SP_LIMIT_SMALL);
  size_t len = 0;
  for (const char *t = limits[limit].text; *t && len + 1 < size;)
    {
      const char *put = NULL;
      if (strncmp (t, "{figures}", 9) == 0)
        put = what, t += 9;
      else if (strncmp (t, "{small}", 7) == 0)
        put = small, t += 7;
      if (!put)
        {
          buf[len++] = *t++;
          continue;
        }
      /* Capitalise a name that starts a sentence.  */
      int start = len == 0 || (len >= 2 && buf[len - 1] == ' '
                               && buf[len - 2] == '.');
      size_t at = len;
      len += (size_t) snprintf (buf + len, size - len, "%s", put);
      if (len >= size)
        len = size - 1;
      if (start && at < len)
        buf[at] = (char) toupper ((unsigned char) buf[at]);
    }
  buf[len] = '\0';
  return buf;
}

void
sp_doc_add_limitations (cJSON *doc, const sp_limits *l)
{
  cJSON_DeleteItemFromObjectCaseSensitive (doc, "limitations");
  cJSON *list = cJSON_AddArrayToObject (doc, "limitations");
  char text[2048];
  for (int c = 0; c < SP_N_LIMITS; c++)
    {
      if (!l->on[c])
        continue;
      cJSON *o = cJSON_CreateObject ();
      cJSON_AddStringToObject (o, "code", sp_limit_code ((sp_limit) c));
      sp_limit_text ((sp_limit) c, l->on[c], text, sizeof text);
      cJSON_AddStringToObject (o, "text", text);
      cJSON_AddItemToArray (list, o);
    }
}

void
sp_doc_add_limitation_details (cJSON *doc)
{
  char text[2048];
  cJSON *o;
  cJSON_ArrayForEach (o, cJSON_GetObjectItemCaseSensitive (doc, "limitations"))
  {
    const cJSON *code = cJSON_GetObjectItemCaseSensitive (o, "code");
    cJSON *t = cJSON_GetObjectItemCaseSensitive (o, "text");
    if (!cJSON_IsString (code) || !cJSON_IsString (t))
      continue;
    for (int c = 0; c < SP_N_LIMITS; c++)
      if (limits[c].detail && strcmp (limits[c].code, code->valuestring) == 0)
        {
          snprintf (text, sizeof text, "%s", t->valuestring);
          size_t len = strlen (text);
          limits[c].detail (doc, text + len, sizeof text - len);
          if (strlen (text) > len)
            cJSON_ReplaceItemInObjectCaseSensitive (
              o, "text", cJSON_CreateString (text));
        }
  }
}

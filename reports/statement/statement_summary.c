/* statement_summary.c -- the executive summary (issue 11 §2): five to
   eight sentences made from the results document, before the tables:
   what was measured, the headline figures with their intervals and
   basis, the largest caveat (the first of the document's limitations,
   which come in order of weight) and what the rollout needs.  Every
   figure is formatted as the tables format it (figure.h), so a figure
   suppressed by disclosure control reads "*" here too.  */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "statement_parts.h"
#include "xalloc.h"

/* A growing paragraph.  */
typedef struct
{
  char *text;
  size_t len;
  FILE *f;
  int sentences;
} para;

static void
say (para *p, const char *fmt, ...) __attribute__ ((format (printf, 2, 3)));

static void
say (para *p, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  if (p->sentences++)
    fputc (' ', p->f);
  vfprintf (p->f, fmt, ap);
  va_end (ap);
}

/* TEXT with its first letter in lower case ("Forecast NHS cost saving"
   -> "forecast NHS cost saving") into BUF, unless its second letter is a
   capital too (an abbreviation such as "NHS").  */
static char *
lower_first (const char *text, char *buf, size_t size)
{
  snprintf (buf, size, "%s", text);
  if (isupper ((unsigned char) buf[0]) && !isupper ((unsigned char) buf[1]))
    buf[0] = (char) tolower ((unsigned char) buf[0]);
  return buf;
}

/* The first sentence of TEXT (up to and including its first ". "), or
   all of it, into BUF.  */
static char *
first_sentence (const char *text, char *buf, size_t size)
{
  const char *end = strstr (text, ". ");
  size_t n = end ? (size_t) (end - text) + 1 : strlen (text);
  if (n >= size)
    n = size - 1;
  memcpy (buf, text, n);
  buf[n] = '\0';
  return buf;
}

/* What was measured, and on how many people.  */
static void
measured (para *p, const cJSON *doc)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme",
                                      "the programme");
  const char *area = sp_doc_str (doc, "evaluation.area", NULL);
  const char *period = sp_doc_str (doc, "evaluation.reporting_period", NULL);
  char parts[3][256], n[32];
  int k = 0;
  if (sp_doc_get (doc, "savings.saving"))
    snprintf (parts[k++], sizeof parts[0], "the cost to the NHS of the "
              "services used by %s participants before and after their "
              "plans",
              sp_fig_at (doc, "savings.participants", SP_FIG_COUNT, n,
                         sizeof n));
  if (sp_doc_get (doc, "social_value.total"))
    snprintf (parts[k++], sizeof parts[0], "the change in the wellbeing "
              "of %s participants, valued in pounds",
              sp_fig_at (doc, "social_value.participants", SP_FIG_COUNT, n,
                         sizeof n));
  if (sp_doc_get (doc, "investment.total"))
    snprintf (parts[k++], sizeof parts[0], "the cost of delivering %s "
              "personal health budgets",
              sp_fig_at (doc, "investment.phbs", SP_FIG_COUNT, n,
                         sizeof n));
  char what[800] = "";
  if (k == 1)
    snprintf (what, sizeof what, ", measuring %s", parts[0]);
  else if (k == 2)
    snprintf (what, sizeof what, ", measuring %s, and %s", parts[0],
              parts[1]);
  else if (k == 3)
    snprintf (what, sizeof what, ", measuring %s; %s; and %s", parts[0],
              parts[1], parts[2]);
  say (p, "This statement evaluates %s%s%s%s%s%s.", programme,
       area ? " in " : "", area ? area : "", period ? " over " : "",
       period ? period : "", what);
}

/* The saving with its interval and basis.  */
static void
saving (para *p, const cJSON *doc)
{
  if (!sp_doc_get (doc, "savings.saving"))
    return;
  char title[160], fig[256], rate[32];
  lower_first (sp_doc_str (doc, "savings.title", "NHS cost saving"), title,
               sizeof title);
  sp_stmt_figure (doc, "savings.saving", SP_FIG_MONEY, fig, sizeof fig);
  sp_fig_at (doc, "savings.saving_rate", SP_FIG_PERCENT, rate, sizeof rate);
  const char *basis = sp_doc_str (doc, "savings.basis", "");
  const char *what
    = strcmp (basis, "forecast") == 0
        ? "It is a forecast: the use of services after the plan is what the "
          "plans expected, not use anyone recorded"
      : strcmp (basis, "reported") == 0
        ? "It rests on the use of services people reported, not on records"
      : strcmp (basis, "observed") == 0
        ? "It rests on recorded activity"
        : "";
  /* A forecast is what would be saved, not what was.  */
  say (p, "The %s %s %s a year, %s of the cost before the plans.%s%s%s",
       title, strcmp (basis, "forecast") == 0 ? "would be" : "was", fig,
       rate, what[0] ? " " : "", what, what[0] ? "." : "");
}

/* Social value, and the return per person.  */
static void
value_and_return (para *p, const cJSON *doc)
{
  char fig[256], n[32];
  if (sp_doc_get (doc, "social_value.total"))
    {
      sp_stmt_figure (doc, "social_value.total", SP_FIG_MONEY, fig,
                      sizeof fig);
      say (p, "The improvements in the participants' outcomes are valued "
              "at %s in present value, for %s people.", fig,
           sp_fig_at (doc, "social_value.participants", SP_FIG_COUNT, n,
                      sizeof n));
    }
  if (!sp_doc_get (doc, "social_profit.sroi_ratio"))
    return;
  sp_stmt_figure (doc, "social_profit.sroi_ratio", SP_FIG_RATIO, fig,
                  sizeof fig);
  int stated = cJSON_IsTrue (
    sp_doc_get (doc, "social_profit.budget_additional_share_stated"));
  char full[256];
  sp_stmt_figure (doc, "social_profit.sroi_ratio_budgets_additional",
                  SP_FIG_RATIO, full, sizeof full);
  say (p, "For an average participant, the saving and social value come to "
          "%s spent on delivering a budget%s%s%s.", fig,
       stated ? "" : ", assuming the budgets replace existing spending; "
                     "with the whole budget counted as new money it is ",
       stated ? "" : full, "");
}

/* The first limitation (they come in order of weight), leaving out
   the saving's basis, which the summary has said already, and how many
   there are.  */
static void
caveat (para *p, const cJSON *doc)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "limitations");
  int n = cJSON_GetArraySize (list);
  const char *text = NULL;
  const cJSON *e;
  /* Without a comparison group nothing tells what the programme caused
     from what would have happened anyway: the largest caveat there is.  */
  cJSON_ArrayForEach (e, list)
  if (strcmp (sp_doc_str (e, "code", ""), "no_comparison_group") == 0)
    text = sp_doc_str (e, "text", NULL);
  cJSON_ArrayForEach (e, list)
  {
    if (text)
      break;
    const char *code = sp_doc_str (e, "code", "");
    if (strcmp (code, "forecast") == 0 && sp_doc_get (doc, "savings.basis"))
      continue;
    text = sp_doc_str (e, "text", NULL);
    if (text)
      break;
  }
  if (!text)
    return;
  char first[1024], lower[1024];
  first_sentence (text, first, sizeof first);
  lower_first (first, lower, sizeof lower);
  size_t len = strlen (lower);
  if (n > 1)
    say (p, "The largest of the %d caveats listed after the headline "
            "figures is this: %s%s", n, lower,
         len && lower[len - 1] == '.' ? "" : ".");
  else
    say (p, "The main caveat, set out after the headline figures, is "
            "this: %s%s", lower, len && lower[len - 1] == '.' ? "" : ".");
}

/* What the rollout needs, for each scenario.  */
static void
rollout (para *p, const cJSON *doc, const cJSON *r)
{
  if (!r)
    return;
  char target[32], assess[32], budget[64], pas[32], invest[64], net[256];
  sp_fig_at (r, "target_phbs", SP_FIG_COUNT, target, sizeof target);
  sp_fig_at (r, "assessments", SP_FIG_COUNT, assess, sizeof assess);
  sp_fig_at (r, "annual_budget", SP_FIG_MONEY, budget, sizeof budget);
  sp_fig_at (r, "pas_required", SP_FIG_COUNT, pas, sizeof pas);
  sp_fig_at (r, "investment.total", SP_FIG_MONEY, invest, sizeof invest);
  /* The interval of the first scenario is intervals["rollout.net_saving"];
     another scenario's figure is shown without one.  */
  if (r == sp_doc_get (doc, "rollout"))
    sp_stmt_figure (doc, "rollout.net_saving", SP_FIG_MONEY, net,
                    sizeof net);
  else
    sp_fig_at (r, "net_saving", SP_FIG_MONEY, net, sizeof net);
  say (p, "A rollout to %s personal health budgets needs about %s "
          "assessments, %s a year in budgets, %s personal assistants and "
          "%s a year to deliver; its net saving in the first year at that "
          "scale is projected at %s, a projection from the scenario's "
          "assumptions.", target, assess, budget, pas, invest, net);
}

void
sp_stmt_summary (sp_page *p, const cJSON *doc)
{
  para s = { NULL, 0, NULL, 0 };
  s.f = open_memstream (&s.text, &s.len);
  if (!s.f)
    return;
  measured (&s, doc);
  saving (&s, doc);
  value_and_return (&s, doc);
  caveat (&s, doc);
  rollout (&s, doc, sp_doc_get (doc, "rollout"));
  fclose (s.f);
  if (s.sentences > 1)
    {
      sp_page_heading (p, "Executive summary", 1, 60);
      sp_page_para (p, s.text);
    }
  free (s.text);
}

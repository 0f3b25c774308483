/* disclosure.c -- disclosure control: the published view of the results
   document (see disclosure.h for the rules and how to extend them)

   The work is done on an index of every node of the document (its path,
   its parent), a set of suppressed nodes and a list of removed ones;
   the document itself is changed only at the end, so that the values of
   suppressed cells stay readable while secondary suppression ranks
   them.  */

#include "disclosure.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "limitations_doc.h"
#include "notes_doc.h"
#include "xalloc.h"

/* ------------------------------------------------------------------ */
/* The rules.  Paths are dotted patterns from the document's root: "*"
   matches any member or array element, "{a,b}" any of the names listed.
   FROM lists paths separated by commas, relative to the object holding
   the matched figure, or absolute when they start with "/".  */

typedef enum
{
  SP_DISC_COUNT,    /* a count of people; FROM: the count it is part of */
  SP_DISC_ABOUT,    /* a figure about the people counted at FROM */
  SP_DISC_REVEALS,  /* a figure that gives away the figures at FROM */
  SP_DISC_PERSONAL, /* a value of one person: removed */
  SP_DISC_SHARE     /* a share of the top few people: rounded to 10% */
} sp_disc_kind;

typedef struct
{
  sp_disc_kind kind;
  const char *path;
  const char *from;
} sp_disc_rule;

/* The rollout's cohort evidence, at the top level and in each scenario
   of a comparison.  */
#define ROLLOUT_RULES(prefix)                                              \
  { SP_DISC_COUNT, prefix "rollout.cohort.{participants,contributors,"     \
                          "comparison_participants}", NULL },              \
  { SP_DISC_ABOUT, prefix "rollout.cohort.saving_per_participant",         \
    "participants,contributors,comparison_participants" },                 \
  { SP_DISC_ABOUT, prefix "rollout.cohort_saving",                         \
    "cohort.participants,cohort.contributors,"                             \
    "cohort.comparison_participants" },                                    \
  { SP_DISC_REVEALS, prefix "rollout.{cohort_saving,cohort."               \
                            "saving_per_participant}",                     \
    "/savings.per_participant,/savings.adjusted.per_participant" }

static const sp_disc_rule rules[] = {
  /* NHS cost savings: every figure is about the participants who used
     the services it adds up (contributors), not the whole cohort.  */
  { SP_DISC_COUNT,
    "savings.{participants,excluded_participants,contributors}", NULL },
  { SP_DISC_ABOUT, "savings.{baseline_cost,after_cost,saving,saving_rate,"
                   "per_participant}", "contributors,participants" },
  { SP_DISC_ABOUT, "savings.scaled.saving",
    "/savings.contributors,/savings.participants" },
  { SP_DISC_COUNT, "savings.trend.*.{participants,contributors}", NULL },
  { SP_DISC_ABOUT, "savings.trend.*.{baseline_cost,cost,saving,"
                   "saving_rate}", "participants,contributors" },
  /* A comparison group (issue 14): its figures are about its people,
     the estimates about both groups.  */
  { SP_DISC_COUNT, "savings.comparison.{participants,"
                   "excluded_participants}", NULL },
  { SP_DISC_ABOUT, "savings.comparison.{baseline_cost,after_cost,change,"
                   "change_rate,mean_baseline_cost,mean_after_cost,"
                   "mean_change,baseline_difference,"
                   "baseline_difference_rate}", "participants" },
  { SP_DISC_ABOUT, "savings.comparison.{programme_mean_baseline_cost,"
                   "programme_mean_after_cost,programme_mean_change,"
                   "baseline_difference,baseline_difference_rate}",
    "/savings.contributors,/savings.participants" },
  { SP_DISC_REVEALS, "savings.comparison.{programme_mean_baseline_cost,"
                     "programme_mean_after_cost,programme_mean_change}",
    "/savings.baseline_cost,/savings.after_cost" },
  { SP_DISC_ABOUT, "savings.{difference_in_differences,adjusted}."
                   "{per_participant,saving,saving_rate,baseline_coefficient,"
                   "intercept}",
    "/savings.comparison.participants,/savings.contributors,"
    "/savings.participants" },
  { SP_DISC_COUNT, "savings.adjusted.observations", NULL },
  /* Both groups' participants: with the programme's published, it
     gives the comparison group's count away.  */
  { SP_DISC_REVEALS, "savings.adjusted.observations",
    "/savings.comparison.participants" },
  { SP_DISC_COUNT, "savings.lines.*.contributors", NULL },
  { SP_DISC_ABOUT, "savings.lines.*.{before_quantity,before_cost,"
                   "after_quantity,after_cost,saving}", "contributors" },
  { SP_DISC_COUNT, "savings.categories.*.contributors", NULL },
  { SP_DISC_ABOUT, "savings.categories.*.{before_cost,after_cost,saving,"
                   "cost_reduction,before_quantity,after_quantity,"
                   "use_reduction}", "contributors" },

  /* Social value: outcomes and domains are about the people paired at
     both waves.  */
  { SP_DISC_COUNT, "social_value.{participants,baseline_participants}",
    NULL },
  /* Who answered each wave (attrition) and each wave's means; the
     people lost since the baseline are a count too.  */
  { SP_DISC_COUNT, "social_value.paired_participants",
    "baseline_participants" },
  { SP_DISC_COUNT, "social_value.attrition.*.participants", NULL },
  { SP_DISC_COUNT, "social_value.attrition.*.from_baseline",
    "/social_value.baseline_participants" },
  { SP_DISC_REVEALS, "social_value.attrition.*.share_of_baseline",
    "participants,from_baseline" },
  { SP_DISC_COUNT, "social_value.waves.*.participants", NULL },
  { SP_DISC_COUNT, "social_value.waves.*.domains.*.participants", NULL },
  { SP_DISC_ABOUT, "social_value.waves.*.domains.*.mean", "participants" },
  { SP_DISC_ABOUT, "social_value.total", "participants" },
  /* The total by each method (one of them is the total itself).  */
  { SP_DISC_ABOUT, "social_value.by_method.*.total",
    "/social_value.participants" },
  { SP_DISC_REVEALS, "social_value.by_method.*.total",
    "/social_value.total" },
  { SP_DISC_COUNT, "social_value.outcomes.*.participants", NULL },
  { SP_DISC_ABOUT, "social_value.outcomes.*.{improvement,gross,net,"
                   "present_value}", "participants" },
  { SP_DISC_COUNT, "social_value.domains.*.{participants,baseline_scored}",
    NULL },
  { SP_DISC_ABOUT, "social_value.domains.*.{baseline_mean,followup_mean,"
                   "improvement}", "participants" },
  { SP_DISC_ABOUT, "social_value.domains.*.baseline_scored_mean",
    "baseline_scored" },

  /* The register funnel.  A part of a larger count leaves a remainder
     that is a count too (enquiries not referred, live plans without a
     budget, ...).  */
  { SP_DISC_COUNT, "register.{enquiries,referred,ineligible,in_process,"
                   "approved,lost,phbs}", NULL },
  { SP_DISC_COUNT, "register.referrals", "enquiries" },
  { SP_DISC_COUNT, "register.{budgets,with_pas,integrated}", "phbs" },
  { SP_DISC_ABOUT, "register.conversion_rate", "referrals" },
  { SP_DISC_REVEALS, "register.conversion_rate", "phbs,referrals" },
  { SP_DISC_ABOUT, "register.{budget_total,budget_mean}", "budgets" },
  { SP_DISC_REVEALS, "register.budget_mean", "budgets" },
  { SP_DISC_ABOUT, "register.pas_per_phb", "with_pas" },
  { SP_DISC_PERSONAL, "register.{budget_min,budget_max}", NULL },
  { SP_DISC_COUNT, "register.segments.*.people", NULL },
  { SP_DISC_COUNT, "register.segments.*.phbs", "people" },
  { SP_DISC_COUNT, "register.segments.*.{budgets,with_pas}", "phbs" },
  { SP_DISC_ABOUT, "register.segments.*.budget_mean", "budgets" },
  { SP_DISC_ABOUT, "register.segments.*.pas_per_phb", "with_pas" },

  /* Investment: its costs are counts of people times published unit
     costs.  */
  { SP_DISC_COUNT, "investment.{assessed,phbs}", NULL },
  { SP_DISC_REVEALS, "investment.assessed", "/register.referrals" },
  { SP_DISC_REVEALS, "investment.phbs", "/register.phbs" },
  { SP_DISC_REVEALS, "investment.advocacy", "assessed" },
  { SP_DISC_REVEALS, "investment.reviews", "phbs" },
  { SP_DISC_REVEALS, "investment.{marketplace,marketplace_base}",
    "/local_economy.r1" },

  /* The local economy: spend is about the people who spent it.  */
  { SP_DISC_COUNT, "local_economy.{participants,unmatched_participants}",
    NULL },
  { SP_DISC_ABOUT, "local_economy.{transactions,r1,r2,r3,lm3,effect,"
                   "local_share,fee_transacted,additional_effect}",
    "participants" },
  { SP_DISC_ABOUT, "local_economy.{unmatched_transactions,"
                   "unmatched_amount}", "unmatched_participants" },
  { SP_DISC_COUNT, "local_economy.by_category.*.participants", NULL },
  { SP_DISC_ABOUT, "local_economy.by_category.*.{amount,share,local,"
                   "transactions}", "participants" },

  /* Social profit repeats the components.  */
  { SP_DISC_REVEALS, "social_profit.nhs_savings",
    "/savings.saving,/savings.adjusted.saving" },
  { SP_DISC_REVEALS, "social_profit.social_value", "/social_value.total" },
  { SP_DISC_REVEALS, "social_profit.local_economic_effect",
    "/local_economy.additional_effect" },
  { SP_DISC_REVEALS, "social_profit.investment", "/investment.total" },
  /* Each component of the benefits is published again in its own
     section (social_value.total, local_economy.additional_effect), so
     secondary suppression within the sum cannot protect one: the total
     goes with a suppressed component, and the net (benefits less the
     investment, published as investment.total) with the total.  With a
     small comparison group the NHS saving (the adjusted one) was
     benefits - social_value.total - local effect.  */
  { SP_DISC_REVEALS, "social_profit.benefits",
    "nhs_savings,social_value,local_economic_effect" },
  { SP_DISC_REVEALS, "social_profit.net", "benefits" },
  /* Like for like, per person: each part repeats a figure of its
     section divided by a count, and the ratios combine them.  */
  { SP_DISC_REVEALS, "social_profit.per_person.saving",
    "/savings.saving,/savings.per_participant,/savings.adjusted.saving,"
    "/savings.adjusted.per_participant" },
  { SP_DISC_REVEALS, "social_profit.per_person.social_value",
    "/social_value.total" },
  { SP_DISC_REVEALS, "social_profit.per_person.local_effect",
    "/local_economy.additional_effect,/investment.phbs" },
  { SP_DISC_REVEALS, "social_profit.per_person.delivery_cost",
    "/investment.total,/investment.phbs" },
  { SP_DISC_REVEALS, "social_profit.per_person.budget",
    "/register.budget_mean" },
  { SP_DISC_REVEALS, "social_profit.per_person.benefits",
    "saving,social_value,local_effect" },
  { SP_DISC_REVEALS, "social_profit.per_person.{costs,"
                     "costs_budgets_additional}", "delivery_cost,budget" },
  { SP_DISC_REVEALS, "social_profit.{sroi_ratio,"
                     "sroi_ratio_budgets_additional,net_per_person}",
    "per_person.benefits,per_person.costs,"
    "per_person.costs_budgets_additional" },
  { SP_DISC_REVEALS, "social_profit.returns_per_pound.nhs_savings",
    "/social_profit.per_person.saving,/social_profit.per_person.costs" },
  { SP_DISC_REVEALS, "social_profit.returns_per_pound.social_value",
    "/social_profit.per_person.social_value,"
    "/social_profit.per_person.costs" },
  { SP_DISC_REVEALS, "social_profit.returns_per_pound.local_economic_effect",
    "/social_profit.per_person.local_effect,"
    "/social_profit.per_person.costs" },

  ROLLOUT_RULES (""),
  ROLLOUT_RULES ("scenarios.*."),

  /* Quarterly reporting (issue 10): counts by month, in the period and
     after it; spend by quarter is about the people who paid.  */
  { SP_DISC_COUNT, "evaluation.excluded_after_period.register", NULL },
  { SP_DISC_COUNT, "register.monthly.*.{referrals,new_phbs}", NULL },
  { SP_DISC_COUNT, "register.{undated_phbs,approved_after_period}", NULL },
  { SP_DISC_COUNT, "register.in_period.{referrals,new_phbs}", NULL },
  { SP_DISC_COUNT, "local_economy.quarterly.*.participants", NULL },
  { SP_DISC_ABOUT, "local_economy.quarterly.*.{transactions,spend,"
                   "local_spend,local_share}", "participants" },
  { SP_DISC_COUNT, "local_economy.in_period.participants", NULL },
  { SP_DISC_ABOUT, "local_economy.in_period.{transactions,spend,"
                   "local_spend,local_share}", "participants" },
  { SP_DISC_COUNT, "{rollout,scenarios.*.rollout}.progress."
                   "{observed_phbs,undated_phbs}", NULL },
  { SP_DISC_REVEALS, "{rollout,scenarios.*.rollout}.progress.difference",
    "observed_phbs" },
  { SP_DISC_REVEALS, "{rollout,scenarios.*.rollout}.progress."
                     "projected_target_month", "observed_phbs,recent_rate" },

  /* How the intervals were made.  */
  { SP_DISC_COUNT, "bootstrap.participants", NULL },
  /* The comparison group is a stratum of its own: the total less the
     programme's published count would give its count away.  */
  { SP_DISC_REVEALS, "bootstrap.participants",
    "/savings.comparison.participants" },
  { SP_DISC_COUNT, "bootstrap.strata.*.participants", NULL },

  /* Influence: how much rests on a few people, never who or how much
     one of them carries.  */
  { SP_DISC_COUNT, "influence.*.participants", NULL },
  { SP_DISC_PERSONAL, "influence.*.{estimate,leave_one_out,influence,ids}",
    NULL },
  { SP_DISC_SHARE, "influence.*.top.*.share", NULL },
  /* Intervals' reliability (issue 9): the figure's cohort is the
     savings', value's ... count; the two most influential participants'
     share is rounded like influence's.  */
  { SP_DISC_COUNT, "intervals.*.participants", NULL },
  { SP_DISC_COUNT, "scenarios.*.intervals.*.participants", NULL },
  { SP_DISC_COUNT, "intervals.*.smallest_data_set", NULL },
  { SP_DISC_COUNT, "scenarios.*.intervals.*.smallest_data_set", NULL },
  { SP_DISC_SHARE, "intervals.*.top_two_share", NULL },
  { SP_DISC_SHARE, "scenarios.*.intervals.*.top_two_share", NULL },
};

/* Counts of people published divided by a number of periods: PATH is
   suppressed when PATH x PER is a small count (new PHBs a month over the
   last three months).  */
static const struct
{
  const char *path;
  double per;
} rates[] = {
  { "{rollout,scenarios.*.rollout}.progress.recent_rate", 3 },
};

/* A published total and the published cells that add up to it.  Either
   scalar MEMBERS (a pattern) or the rows of the array ROWS, each row
   the unit of suppression: its CELLS are suppressed together, SIZE
   ranks it.  With BY, the rows whose member BY is the same also add up
   to the row of SUBTOTALS (an array) with that BY.  Paths from the
   root.  */
typedef struct
{
  const char *total;
  const char *members;
  const char *rows;
  const char *cells;
  const char *size;
  const char *by;
  const char *subtotals;
} sp_disc_sum;

static const sp_disc_sum sums[] = {
  { "savings.baseline_cost", NULL, "savings.lines",
    "before_quantity,before_cost,after_quantity,after_cost,saving",
    "before_cost", "category", "savings.categories" },
  { "savings.baseline_cost", NULL, "savings.categories",
    "before_cost,after_cost,saving,cost_reduction,before_quantity,"
    "after_quantity,use_reduction", "before_cost", NULL, NULL },
  { "social_value.total", NULL, "social_value.outcomes",
    "improvement,gross,net,present_value", "present_value", NULL, NULL },
  { "register.referrals",
    "register.{referred,ineligible,in_process,approved,lost}", NULL, NULL,
    NULL, NULL, NULL },
  { "register.phbs", "register.{approved,in_process}", NULL, NULL, NULL,
    NULL, NULL },
  { "register.enquiries", NULL, "register.segments",
    "people,phbs,budgets,with_pas,budget_mean,pas_per_phb", "people", NULL,
    NULL },
  { "investment.total", "investment.{advocacy,reviews,marketplace}", NULL,
    NULL, NULL, NULL, NULL },
  { "local_economy.r1", NULL, "local_economy.by_category",
    "amount,share,local,transactions", "amount", NULL, NULL },
  { "social_profit.benefits",
    "social_profit.{nhs_savings,social_value,local_economic_effect}", NULL,
    NULL, NULL, NULL, NULL },
  { "social_profit.benefits", "social_profit.{net,investment}", NULL, NULL,
    NULL, NULL, NULL },
  { "local_economy.r1", NULL, "local_economy.quarterly",
    "transactions,participants,spend,local_spend,local_share", "spend", NULL,
    NULL },
};

/* A running total: in the rows of ROWS (in time order), CUMULATIVE is
   the previous row's CUMULATIVE plus FLOW (the first row's is its
   FLOW), so one published cumulative beside another gives a flow away.
   Each step is a sum of two cells.  */
typedef struct
{
  const char *rows, *flow, *cumulative;
} sp_disc_running;

static const sp_disc_running running[] = {
  { "register.monthly", "new_phbs", "cumulative_phbs" },
};

/* A figure of a period that adds up the rows of ROWS whose KEY (a month
   "YYYY-MM") lies from FROM to TO (dates "YYYY-MM-DD" at those paths):
   TOTAL = the sum of MEMBER over those rows.  */
typedef struct
{
  const char *total, *rows, *member, *key, *from, *to;
} sp_disc_period;

static const sp_disc_period periods[] = {
  { "register.in_period.referrals", "register.monthly", "referrals",
    "month", "register.in_period.start", "register.in_period.end" },
  { "register.in_period.new_phbs", "register.monthly", "new_phbs", "month",
    "register.in_period.start", "register.in_period.end" },
};

/* Arrays of changes since the last report: an element whose figure
   (the path in its member PATH) is suppressed goes with it.  */
static const char *const changes[] = { "changes" };

/* Rows of two tables about the same people, suppressed together: the
   rows of A and B whose KEY members are equal.  */
typedef struct
{
  const char *a, *a_cells, *b, *b_cells, *key;
} sp_disc_link;

static const sp_disc_link links[] = {
  { "social_value.outcomes", "improvement,gross,net,present_value",
    "social_value.domains", "baseline_mean,followup_mean,improvement",
    "domain" },
};

/* ------------------------------------------------------------------ */
/* The index of the document.  */

typedef struct
{
  cJSON *node;
  cJSON *parent;   /* the object or array holding it; NULL for the root */
  size_t up;       /* index of the parent's entry */
  char *step;      /* its member name, or its name as an element */
  char *path;      /* the steps joined with dots ("" for the root) */
  size_t depth;    /* steps from the root (0 for the root) */
  size_t top;      /* index of its ancestor at depth 1 (itself there) */
  int hidden;      /* suppressed: shown as "*" */
  int removed;     /* left out (and so is everything below it) */
  int rounded;     /* a share rounded to 10% */
} entry;

/* NODE's entry, for finding it by pointer.  */
typedef struct
{
  const cJSON *node;
  size_t i;
} lookup;

typedef struct
{
  entry *e;
  size_t n, cap;
  lookup *by_node;   /* n, sorted by node */
  int threshold;
} view;

char *
sp_disclosure_element_name (const cJSON *el, size_t i, char *buf,
                            size_t size)
{
  static const char *const keys[] = { "service", "outcome", "domain",
                                      "segment", "category", "name",
                                      "parameter", "figure", "month",
                                      "year", "code" };
  for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
    {
      const cJSON *v = cJSON_GetObjectItemCaseSensitive (el, keys[k]);
      if (cJSON_IsString (v))
        {
          snprintf (buf, size, "%s", v->valuestring);
          return buf;
        }
      if (cJSON_IsNumber (v))
        {
          snprintf (buf, size, "%.0f", v->valuedouble);
          return buf;
        }
    }
  snprintf (buf, size, "#%zu", i);
  return buf;
}

static void
index_add (view *v, cJSON *node, cJSON *parent, size_t up, const char *step)
{
  if (v->n == v->cap)
    {
      v->cap = v->cap ? 2 * v->cap : 256;
      v->e = sp_xrealloc (v->e, v->cap * sizeof *v->e);
    }
  entry *e = &v->e[v->n];
  memset (e, 0, sizeof *e);
  e->node = node;
  e->parent = parent;
  e->up = up;
  e->step = sp_xstrdup (step);
  if (!parent)
    e->path = sp_xstrdup ("");
  else if (!v->e[up].path[0])
    e->path = sp_xstrdup (step);
  else
    e->path = sp_xasprintf ("%s.%s", v->e[up].path, step);
  e->depth = parent ? v->e[up].depth + 1 : 0;
  e->top = e->depth <= 1 ? v->n : v->e[up].top;
  size_t me = v->n++;
  size_t i = 0;
  cJSON *c;
  cJSON_ArrayForEach (c, node)
  {
    char name[256];
    if (cJSON_IsArray (node))
      sp_disclosure_element_name (c, i, name, sizeof name);
    else
      snprintf (name, sizeof name, "%s", c->string ? c->string : "");
    index_add (v, c, node, me, name);
    i++;
  }
}

static int
by_pointer (const void *a, const void *b)
{
  const lookup *x = a, *y = b;
  return x->node < y->node ? -1 : x->node > y->node;
}

static void
index_build (view *v, cJSON *doc)
{
  index_add (v, doc, NULL, 0, "");
  v->by_node = sp_xcalloc (v->n, sizeof *v->by_node);
  for (size_t i = 0; i < v->n; i++)
    v->by_node[i] = (lookup){ v->e[i].node, i };
  qsort (v->by_node, v->n, sizeof *v->by_node, by_pointer);
}

static void
index_free (view *v)
{
  for (size_t i = 0; i < v->n; i++)
    {
      free (v->e[i].step);
      free (v->e[i].path);
    }
  free (v->e);
  free (v->by_node);
}

/* The index entry of NODE, or NULL.  */
static entry *
find (const view *v, const cJSON *node)
{
  lookup key = { node, 0 };
  const lookup *l = node && v->n ? bsearch (&key, v->by_node, v->n,
                                             sizeof key, by_pointer)
                                 : NULL;
  return l ? &v->e[l->i] : NULL;
}

/* Whether the step STEP matches the pattern step PAT (LEN bytes): "*",
   a name, or "{a,b,...}".  */
static int
step_matches (const char *pat, size_t len, const char *step)
{
  if (len == 1 && pat[0] == '*')
    return 1;
  if (len >= 2 && pat[0] == '{' && pat[len - 1] == '}')
    {
      const char *p = pat + 1, *end = pat + len - 1;
      while (p < end)
        {
          const char *comma = memchr (p, ',', (size_t) (end - p));
          const char *stop = comma ? comma : end;
          if (strlen (step) == (size_t) (stop - p)
              && strncmp (p, step, (size_t) (stop - p)) == 0)
            return 1;
          p = stop + 1;
        }
      return 0;
    }
  return strlen (step) == len && strncmp (pat, step, len) == 0;
}

/* The length of the first step of PATTERN (up to a dot outside
   braces).  */
static size_t
step_len (const char *pattern)
{
  size_t i = 0;
  int depth = 0;
  for (; pattern[i]; i++)
    {
      if (pattern[i] == '{')
        depth++;
      else if (pattern[i] == '}')
        depth--;
      else if (pattern[i] == '.' && depth == 0)
        break;
    }
  return i;
}

/* Whether entry I's path matches PATTERN: compare the steps from the
   leaf up, after a quick look at the first step (the section), which
   rules out most entries.  */
static int
matches (const view *v, size_t i, const char *pattern)
{
  const entry *e = &v->e[i];
  if (e->depth == 0)
    return 0;
  size_t first = step_len (pattern);
  if (!step_matches (pattern, first, v->e[e->top].step))
    return 0;
  /* The start of each step of PATTERN, up to 32 of them.  */
  const char *steps[32];
  size_t lens[32], n = 0;
  for (const char *p = pattern; n < 32;)
    {
      steps[n] = p;
      lens[n] = step_len (p);
      n++;
      p += lens[n - 1];
      if (*p != '.')
        break;
      p++;
    }
  if (n != e->depth)
    return 0;
  for (size_t k = i; n > 0; k = v->e[k].up)
    {
      n--;
      if (!step_matches (steps[n], lens[n], v->e[k].step))
        return 0;
    }
  return 1;
}

/* Whether entry E or one of the entries holding it is removed.  */
static int
entry_removed (const view *v, const entry *e)
{
  for (; e; e = e->parent ? &v->e[e->up] : NULL)
    if (e->removed)
      return 1;
  return 0;
}

static int
is_removed (const view *v, const cJSON *node)
{
  const entry *e = find (v, node);
  return e && entry_removed (v, e);
}

static int
is_hidden (const view *v, const cJSON *node)
{
  const entry *e = find (v, node);
  return e && e->hidden;
}

/* Suppress NODE (a scalar).  Returns 1 when it was not yet.  */
static int
hide (view *v, const cJSON *node)
{
  entry *e = find (v, node);
  if (!e || cJSON_IsObject (node) || cJSON_IsArray (node) || e->hidden
      || entry_removed (v, e))
    return 0;
  e->hidden = 1;
  return 1;
}

/* Whether the count V is small: 1 to the threshold.  */
static int
small (const view *v, const cJSON *c)
{
  return v->threshold > 0 && cJSON_IsNumber (c) && c->valuedouble >= 1
         && c->valuedouble <= v->threshold;
}

/* Whether the count V x PER (V a count divided by PER) is small.  */
static int
small_scaled (const view *v, const cJSON *c, double per)
{
  if (v->threshold <= 0 || !cJSON_IsNumber (c))
    return 0;
  double n = round (c->valuedouble * per);
  return n >= 1 && n <= v->threshold;
}

/* The node at PATH relative to OBJ (absolute from DOC when PATH starts
   with "/"), or NULL.  */
static const cJSON *
resolve (const cJSON *doc, const cJSON *obj, const char *path)
{
  return path[0] == '/' ? sp_doc_get (doc, path + 1) : sp_doc_get (obj, path);
}

/* Whether any of the comma-separated paths FROM (from OBJ) satisfies
   TEST.  */
static int
any_from (const view *v, const cJSON *doc, const cJSON *obj,
          const char *from,
          int (*test) (const view *, const cJSON *))
{
  char buf[512];
  snprintf (buf, sizeof buf, "%s", from);
  char *save = NULL;
  for (char *p = strtok_r (buf, ",", &save); p;
       p = strtok_r (NULL, ",", &save))
    {
      const cJSON *n = resolve (doc, obj, p);
      if (n && test (v, n))
        return 1;
    }
  return 0;
}

static int
hidden_or_removed (const view *v, const cJSON *n)
{
  return is_hidden (v, n) || is_removed (v, n);
}

/* Whether the count C, a part of the count OF, leaves a small
   remainder.  */
static int
small_rest (const view *v, const cJSON *c, const cJSON *of)
{
  if (!cJSON_IsNumber (c) || !cJSON_IsNumber (of))
    return 0;
  double rest = of->valuedouble - c->valuedouble;
  return v->threshold > 0 && rest >= 1 && rest <= v->threshold;
}

/* Apply the rules of kinds COUNT, ABOUT and REVEALS once.  Returns the
   number of cells newly suppressed.  */
static int
apply_rules (view *v, const cJSON *doc)
{
  int changed = 0;
  for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++)
    {
      const sp_disc_rule *rule = &rules[r];
      if (rule->kind == SP_DISC_PERSONAL || rule->kind == SP_DISC_SHARE)
        continue;
      for (size_t i = 0; i < v->n; i++)
        {
          const cJSON *node = v->e[i].node;
          if (cJSON_IsObject (node) || cJSON_IsArray (node) || v->e[i].hidden
              || !matches (v, i, rule->path))
            continue;
          const cJSON *obj = v->e[i].parent;
          int hit = 0;
          switch (rule->kind)
            {
            case SP_DISC_COUNT:
              hit = small (v, node)
                    || (rule->from
                        && small_rest (v, node,
                                       resolve (doc, obj, rule->from)));
              break;
            case SP_DISC_ABOUT:
              hit = any_from (v, doc, obj, rule->from, small);
              break;
            case SP_DISC_REVEALS:
              hit = any_from (v, doc, obj, rule->from, hidden_or_removed);
              break;
            default:
              break;
            }
          if (hit)
            changed += hide (v, node);
        }
    }
  for (size_t r = 0; r < sizeof rates / sizeof rates[0]; r++)
    for (size_t i = 0; i < v->n; i++)
      if (!v->e[i].hidden && matches (v, i, rates[r].path)
          && small_scaled (v, v->e[i].node, rates[r].per))
        changed += hide (v, v->e[i].node);
  return changed;
}

static void
apply_personal (view *v)
{
  for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++)
    for (size_t i = 0; i < v->n; i++)
      {
        if (!matches (v, i, rules[r].path))
          continue;
        if (rules[r].kind == SP_DISC_PERSONAL)
          v->e[i].removed = 1;
        else if (rules[r].kind == SP_DISC_SHARE
                 && cJSON_IsNumber (v->e[i].node))
          v->e[i].rounded = 1;
      }
}

/* The entries of "intervals" and "influence" objects are keyed by the
   path of their figure, relative to the object holding the section (the
   document, or a scenario of a comparison): an entry whose figure is
   suppressed or removed goes with it.  Returns the number removed.  */
static int
apply_keyed (view *v)
{
  int changed = 0;
  for (size_t i = 0; i < v->n; i++)
    {
      const entry *sec = &v->e[i];
      if (!sec->parent || !cJSON_IsObject (sec->node)
          || (strcmp (sec->step, "intervals") != 0
              && strcmp (sec->step, "influence") != 0))
        continue;
      const entry *holder = &v->e[sec->up];
      for (size_t k = i + 1; k < v->n; k++)
        {
          if (v->e[k].parent != sec->node || entry_removed (v, &v->e[k]))
            continue;
          /* The figure's path is the holder's path plus the key.  */
          char *path = holder->path[0]
                         ? sp_xasprintf ("%s.%s", holder->path, v->e[k].step)
                         : sp_xstrdup (v->e[k].step);
          for (size_t f = 0; f < v->n; f++)
            if (strcmp (v->e[f].path, path) == 0
                && (v->e[f].hidden || entry_removed (v, &v->e[f])))
              {
                v->e[k].removed = 1;
                changed++;
                break;
              }
          free (path);
        }
    }
  return changed;
}

/* A unit of suppression: cells that are suppressed together, ranked by
   SIZE.  */
typedef struct
{
  const cJSON *cells[16];
  size_t n;
  const cJSON *size;
} unit;

/* The unit of the row EL of a table: its members CELLS.  */
static unit
row_unit (const cJSON *el, const char *cells, const char *size)
{
  unit u = { .n = 0 };
  char buf[512];
  snprintf (buf, sizeof buf, "%s", cells);
  char *save = NULL;
  for (char *p = strtok_r (buf, ",", &save); p && u.n < 16;
       p = strtok_r (NULL, ",", &save))
    {
      const cJSON *c = cJSON_GetObjectItemCaseSensitive (el, p);
      if (c && !cJSON_IsObject (c) && !cJSON_IsArray (c))
        u.cells[u.n++] = c;
    }
  u.size = size ? cJSON_GetObjectItemCaseSensitive (el, size) : NULL;
  return u;
}

static unit
cell_unit (const cJSON *cell)
{
  unit u = { .n = 0 };
  if (cell && !cJSON_IsObject (cell) && !cJSON_IsArray (cell))
    u.cells[u.n++] = cell;
  u.size = cell;
  return u;
}

static int
unit_hidden (const view *v, const unit *u)
{
  for (size_t i = 0; i < u->n; i++)
    if (is_hidden (v, u->cells[i]))
      return 1;
  return 0;
}

/* Suppress every cell of U; returns how many were newly suppressed.  */
static int
unit_hide (view *v, const unit *u)
{
  int changed = 0;
  for (size_t i = 0; i < u->n; i++)
    changed += hide (v, u->cells[i]);
  return changed;
}

/* One sum: the TOTAL unit and N MEMBERS.  When exactly one of them is
   suppressed, suppress the smallest other member (non-zero first), or
   the total when there is none.  Returns the cells newly suppressed.  */
static int
balance (view *v, const unit *total, const unit *members, size_t n)
{
  if (total->n == 0 || !cJSON_IsNumber (total->size))
    return 0;
  size_t unknown = unit_hidden (v, total);
  for (size_t i = 0; i < n; i++)
    unknown += unit_hidden (v, &members[i]);
  if (unknown != 1)
    return 0;
  long best = -1;
  double best_size = 0;
  int best_zero = 1;
  for (size_t i = 0; i < n; i++)
    {
      if (unit_hidden (v, &members[i]) || members[i].n == 0
          || !cJSON_IsNumber (members[i].size))
        continue;
      double s = fabs (members[i].size->valuedouble);
      int zero = s == 0;
      if (best < 0 || (best_zero && !zero)
          || (zero == best_zero && s < best_size))
        {
          best = (long) i;
          best_size = s;
          best_zero = zero;
        }
    }
  if (best >= 0)
    return unit_hide (v, &members[best]);
  return unit_hide (v, total);
}

/* Every row of every table is one unit: one suppressed cell suppresses
   the row.  */
static int
apply_rows (view *v, const cJSON *doc)
{
  int changed = 0;
  for (size_t s = 0; s < sizeof sums / sizeof sums[0]; s++)
    {
      if (!sums[s].rows)
        continue;
      const cJSON *el;
      cJSON_ArrayForEach (el, sp_doc_get (doc, sums[s].rows))
      {
        unit u = row_unit (el, sums[s].cells, NULL);
        if (unit_hidden (v, &u))
          changed += unit_hide (v, &u);
      }
    }
  return changed;
}

static int
apply_links (view *v, const cJSON *doc)
{
  int changed = 0;
  for (size_t l = 0; l < sizeof links / sizeof links[0]; l++)
    {
      const sp_disc_link *k = &links[l];
      const cJSON *a, *b;
      cJSON_ArrayForEach (a, sp_doc_get (doc, k->a))
      {
        const char *key = sp_doc_str (a, k->key, NULL);
        if (!key)
          continue;
        unit ua = row_unit (a, k->a_cells, NULL);
        cJSON_ArrayForEach (b, sp_doc_get (doc, k->b))
        {
          if (strcmp (sp_doc_str (b, k->key, ""), key) != 0)
            continue;
          unit ub = row_unit (b, k->b_cells, NULL);
          if (unit_hidden (v, &ua) || unit_hidden (v, &ub))
            changed += unit_hide (v, &ua) + unit_hide (v, &ub);
        }
      }
    }
  return changed;
}

#define MAX_MEMBERS 256

static int
apply_sums (view *v, const cJSON *doc)
{
  int changed = 0;
  unit *m = sp_xcalloc (MAX_MEMBERS, sizeof *m);
  for (size_t s = 0; s < sizeof sums / sizeof sums[0]; s++)
    {
      const sp_disc_sum *sum = &sums[s];
      unit total = cell_unit (sp_doc_get (doc, sum->total));
      size_t n = 0;
      if (sum->members)
        {
          for (size_t i = 0; i < v->n && n < MAX_MEMBERS; i++)
            if (matches (v, i, sum->members))
              m[n++] = cell_unit (v->e[i].node);
          changed += balance (v, &total, m, n);
          continue;
        }
      const cJSON *rows = sp_doc_get (doc, sum->rows), *el;
      cJSON_ArrayForEach (el, rows)
      if (n < MAX_MEMBERS)
        m[n++] = row_unit (el, sum->cells, sum->size);
      changed += balance (v, &total, m, n);
      if (!sum->by)
        continue;
      /* Each subtotal row and the rows that add up to it.  */
      const cJSON *sub;
      cJSON_ArrayForEach (sub, sp_doc_get (doc, sum->subtotals))
      {
        const char *key = sp_doc_str (sub, sum->by, NULL);
        if (!key)
          continue;
        /* The subtotal row is ranked by the same member.  */
        const sp_disc_sum *of = NULL;
        for (size_t t = 0; t < sizeof sums / sizeof sums[0]; t++)
          if (sums[t].rows && strcmp (sums[t].rows, sum->subtotals) == 0)
            of = &sums[t];
        if (!of)
          continue;
        unit st = row_unit (sub, of->cells, sum->size);
        n = 0;
        cJSON_ArrayForEach (el, rows)
        if (n < MAX_MEMBERS && strcmp (sp_doc_str (el, sum->by, ""), key) == 0)
          m[n++] = row_unit (el, sum->cells, sum->size);
        changed += balance (v, &st, m, n);
      }
    }
  free (m);
  return changed;
}

static int
apply_running (view *v, const cJSON *doc)
{
  int changed = 0;
  for (size_t r = 0; r < sizeof running / sizeof running[0]; r++)
    {
      const cJSON *prev = NULL, *el;
      cJSON_ArrayForEach (el, sp_doc_get (doc, running[r].rows))
      {
        unit total = cell_unit (cJSON_GetObjectItemCaseSensitive (
          el, running[r].cumulative));
        unit m[2];
        size_t n = 0;
        m[n++] = cell_unit (cJSON_GetObjectItemCaseSensitive (
          el, running[r].flow));
        if (prev)
          m[n++] = cell_unit (cJSON_GetObjectItemCaseSensitive (
            prev, running[r].cumulative));
        changed += balance (v, &total, m, n);
        prev = el;
      }
    }
  return changed;
}

static int
apply_periods (view *v, const cJSON *doc)
{
  int changed = 0;
  unit *m = sp_xcalloc (MAX_MEMBERS, sizeof *m);
  for (size_t k = 0; k < sizeof periods / sizeof periods[0]; k++)
    {
      const sp_disc_period *pd = &periods[k];
      const char *from = sp_doc_str (doc, pd->from, NULL);
      const char *to = sp_doc_str (doc, pd->to, NULL);
      if (!from || !to)
        continue;
      size_t n = 0;
      const cJSON *el;
      cJSON_ArrayForEach (el, sp_doc_get (doc, pd->rows))
      {
        /* A month "YYYY-MM" lies in [from, to] when it is not before
           from's month nor after to's.  */
        const char *key = sp_doc_str (el, pd->key, "");
        if (n < MAX_MEMBERS && strncmp (key, from, 7) >= 0
            && strncmp (key, to, 7) <= 0)
          m[n++] = cell_unit (cJSON_GetObjectItemCaseSensitive (el,
                                                                pd->member));
      }
      unit total = cell_unit (sp_doc_get (doc, pd->total));
      changed += balance (v, &total, m, n);
    }
  free (m);
  return changed;
}

/* An element of a changes array goes when the figure it compares is
   suppressed or removed.  */
static int
apply_changes (view *v)
{
  int changed = 0;
  for (size_t i = 0; i < v->n; i++)
    {
      const entry *list = &v->e[i];
      int named = 0;
      for (size_t c = 0; c < sizeof changes / sizeof changes[0]; c++)
        named |= list->depth == 1 && strcmp (list->step, changes[c]) == 0;
      if (!named || !cJSON_IsArray (list->node))
        continue;
      for (size_t k = i + 1; k < v->n; k++)
        {
          entry *el = &v->e[k];
          if (el->parent != list->node || el->removed)
            continue;
          const char *path = sp_doc_str (el->node, "path", NULL);
          for (size_t f = 0; path && f < v->n; f++)
            if (strcmp (v->e[f].path, path) == 0
                && (v->e[f].hidden || entry_removed (v, &v->e[f])))
              {
                el->removed = 1;
                changed++;
                break;
              }
        }
    }
  return changed;
}

/* ------------------------------------------------------------------ */
/* Changing the document.  */

static void
make_hidden (cJSON *node)
{
  if (node->valuestring && !(node->type & cJSON_IsReference))
    free (node->valuestring);
  node->valuestring = sp_xstrdup ("null");
  node->valuedouble = 0;
  node->valueint = 0;
  node->type = cJSON_Raw;
}

int
sp_disclosure_hidden (const cJSON *v)
{
  return cJSON_IsRaw (v) && v->valuestring
         && strcmp (v->valuestring, "null") == 0;
}

int
sp_disclosure_internal (const cJSON *doc)
{
  return cJSON_IsTrue (sp_doc_get (doc, "disclosure.internal"));
}

typedef enum
{
  LIST_HIDDEN,
  LIST_REMOVED,
  LIST_ROUNDED
} list_kind;

/* Add to the array LIST the paths of the entries that are KIND, in
   document order, leaving out what lies within a removed entry.  */
static void
list_paths (const view *v, cJSON *list, list_kind kind)
{
  for (size_t i = 0; i < v->n; i++)
    {
      const entry *e = &v->e[i];
      int in = kind == LIST_HIDDEN    ? e->hidden
               : kind == LIST_REMOVED ? e->removed
                                      : e->rounded;
      if (in && !(e->parent && entry_removed (v, &v->e[e->up])))
        cJSON_AddItemToArray (list, cJSON_CreateString (e->path));
    }
}

void
sp_disclosure_apply (cJSON *doc, int threshold, int internal)
{
  cJSON_DeleteItemFromObjectCaseSensitive (doc, "disclosure");
  view v = { .threshold = threshold > 0 ? threshold : 0 };
  if (!internal)
    {
      index_build (&v, doc);
      apply_personal (&v);
      for (;;)
        {
          int changed = apply_rules (&v, doc);
          changed += apply_rows (&v, doc);
          changed += apply_links (&v, doc);
          changed += apply_sums (&v, doc);
          changed += apply_running (&v, doc);
          changed += apply_periods (&v, doc);
          changed += apply_keyed (&v);
          changed += apply_changes (&v);
          if (!changed)
            break;
        }
    }
  /* The data notes' identifiers and small numbers (notes_doc.h); the
     identifiers even with a threshold of 0 (rule 4).  */
  if (!internal)
    sp_notes_redact_doc (doc, v.threshold);
  cJSON *sec = cJSON_AddObjectToObject (doc, "disclosure");
  cJSON_AddNumberToObject (sec, "threshold", threshold > 0 ? threshold : 0);
  cJSON_AddBoolToObject (sec, "internal", internal != 0);
  list_paths (&v, cJSON_AddArrayToObject (sec, "suppressed"), LIST_HIDDEN);
  list_paths (&v, cJSON_AddArrayToObject (sec, "removed"), LIST_REMOVED);
  list_paths (&v, cJSON_AddArrayToObject (sec, "rounded"), LIST_ROUNDED);
  /* Now change the document: round, suppress, then remove the outermost
     removed nodes (which frees what they hold, so it comes last).  */
  for (size_t i = 0; i < v.n; i++)
    {
      entry *e = &v.e[i];
      if (entry_removed (&v, e))
        continue;
      if (e->rounded)
        cJSON_SetNumberValue (e->node, round (e->node->valuedouble * 10.0)
                                         / 10.0);
      if (e->hidden)
        make_hidden (e->node);
    }
  for (size_t i = 0; i < v.n; i++)
    {
      entry *e = &v.e[i];
      if (e->removed && e->parent && !entry_removed (&v, &v.e[e->up]))
        cJSON_Delete (cJSON_DetachItemViaPointer (e->parent, e->node));
    }
  index_free (&v);
  /* Sentences quoting figures, written from the view: a suppressed
     figure is not a number there, so it is never quoted in words.  */
  sp_doc_add_limitation_details (doc);
}

/* chart_series.h -- the numbers the charts of issue 11 draw

   Each of these charts first works out its series from the results
   document -- the bars it draws, with their labels and values -- and
   then draws them; the series functions are public so that tests check
   a chart's numbers through the document, not through its picture.

   A point is SHOWN (a number is drawn), HIDDEN (suppressed by
   disclosure control, results/disclosure.h, or a count of 1 to the
   threshold worked out by the chart: drawn as "*", no bar) or UNDEFINED
   (null or absent in the document: no bar, "n/a").  Labels are static
   strings or owned by the document.  */

#ifndef SP_CHART_SERIES_H
#define SP_CHART_SERIES_H

#include <cjson/cJSON.h>
#include <stddef.h>

typedef enum
{
  SP_POINT_SHOWN,
  SP_POINT_HIDDEN,
  SP_POINT_UNDEFINED
} sp_point_state;

typedef struct
{
  const char *label;
  double value;         /* 0 unless SHOWN */
  sp_point_state state;
} sp_chart_point;

/* The point LABEL of the member at PATH of OBJ, its value times SIGN.  */
sp_chart_point sp_chart_point_at (const cJSON *obj, const char *path,
                                  const char *label, double sign);

/* A - B as a count of people when both are shown, HIDDEN when either
   is hidden or the difference is a small count (sp_chart_small_count),
   else UNDEFINED.  */
sp_chart_point sp_chart_point_diff (const cJSON *doc, sp_chart_point a,
                                    sp_chart_point b, const char *label);

/* register-funnel (register.*): the four steps and the four ways out.
     enquiries     register.enquiries
     referrals     register.referrals
     assessed      referrals - referred (everyone referred but those
                   still awaiting assessment)
     phbs          register.phbs (approved + in process: live plans)
     not_referred  enquiries - referrals
     awaiting      register.referred
     ineligible    register.ineligible
     lost          register.lost (withdrew before a plan)
   so that referrals = enquiries - not_referred, assessed = referrals -
   awaiting and phbs = assessed - ineligible - lost.  */
enum
{
  SP_FUNNEL_ENQUIRIES,
  SP_FUNNEL_REFERRALS,
  SP_FUNNEL_ASSESSED,
  SP_FUNNEL_PHBS,
  SP_FUNNEL_NOT_REFERRED,
  SP_FUNNEL_AWAITING,
  SP_FUNNEL_INELIGIBLE,
  SP_FUNNEL_LOST,
  SP_FUNNEL_POINTS
};
void sp_chart_funnel_points (const cJSON *doc,
                             sp_chart_point p[SP_FUNNEL_POINTS]);

/* investment (investment.*): advocacy, reviews and the marketplace fee,
   largest first (ties in that order; hidden and undefined last).
   Returns 3.  */
#define SP_INVESTMENT_POINTS 3
size_t sp_chart_investment_points (const cJSON *doc,
                                   sp_chart_point p[SP_INVESTMENT_POINTS]);

/* social-profit-bridge (social_profit.per_person, like for like, per
   person): the steps of the bridge in order, costs negative, and the
   net.
     saving        per_person.saving
     social_value  per_person.social_value
     local_effect  per_person.local_effect (UNDEFINED when social_profit.
                   counted.local_economic_effect is false: not counted)
     delivery      -per_person.delivery_cost
     new_budget    -(per_person.costs - per_person.delivery_cost), the
                   share of the budget that is new money (UNDEFINED when
                   budget_additional_share is 0)
     net           social_profit.net_per_person  */
enum
{
  SP_BRIDGE_SAVING,
  SP_BRIDGE_SOCIAL_VALUE,
  SP_BRIDGE_LOCAL_EFFECT,
  SP_BRIDGE_DELIVERY,
  SP_BRIDGE_NEW_BUDGET,
  SP_BRIDGE_NET,
  SP_BRIDGE_POINTS
};
void sp_chart_bridge_points (const cJSON *doc,
                             sp_chart_point p[SP_BRIDGE_POINTS]);

/* local-multiplier (local_economy.r1, r2, r3): the three rounds of the
   LM3, in the instrument's order.  */
#define SP_LM3_POINTS 3
void sp_chart_lm3_points (const cJSON *doc, sp_chart_point p[SP_LM3_POINTS]);

/* scenarios (scenarios[], compare and a report with several
   scenarios): per scenario its name, target and the first year's
   figures at target -- gross saving, delivery cost (rollout.investment.
   total) and net saving with its uncertainty interval (simulation) from
   the scenario's intervals["rollout.net_saving"] -- in order of target
   PHBs, smallest first (ties in the order given).  */
typedef struct
{
  const char *label;        /* the scenario's name (owned by DOC) */
  double target;            /* target PHBs; NaN when absent */
  sp_chart_point gross, cost, net;
  int has_interval;
  double lower, upper;      /* the net saving's interval, when it has one */
} sp_chart_scenario;

/* The scenarios of DOC as above, in a new array (caller frees) of *N.  */
sp_chart_scenario *sp_chart_scenario_points (const cJSON *doc, size_t *n);

/* rollout-trajectory: whether referrals and assessments are the same in
   every month of rollout.trajectory[] (at least one), so that the chart
   draws them as one line and its legend says so; otherwise the
   referrals are drawn wider underneath, so that both stay visible in
   months where they coincide.  */
int sp_chart_trajectory_merged (const cJSON *doc);

#endif /* SP_CHART_SERIES_H */

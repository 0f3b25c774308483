/* social_profit.h -- social profit and a like-for-like social return on
   investment

   Report section 1.4: social profit combines cost-benefit analysis (the
   NHS savings), social return on investment (the social value of the
   outcomes) and the local economic effect of the money spent.

   The benefits are measured on a cohort (the participants of the usage
   and outcome files); the costs are the programme's (everyone assessed,
   every live plan).  They are compared PER PERSON (issue 8), and money
   that would have been spent anyway is never counted as a benefit:

     saving         = nhs_savings / savings_participants
                      (savings.per_participant)
     social_value   = social_value / value_participants
     local_effect   = local_economic_effect / phbs, where the local
                      economic effect counted is the ADDITIONAL one,
                      R1 x (LM3 - counterfactual LM3), or 0 when no
                      counterfactual is given (local_economy.h)
     delivery_cost  = investment / phbs (advocacy for everyone assessed,
                      reviews and the marketplace fee, over the plans)
     budget         = budget_mean (register.budget_mean)
     benefits       = saving + social_value + local_effect
     costs          = delivery_cost + s x budget, s the share of a
                      budget that is new money (budget_additional_share;
                      0 when not stated: the budgets wholly replace
                      existing spend)
     sroi_ratio     = benefits / costs
     sroi_ratio_budgets_additional
                    = benefits / (delivery_cost + budget)   (s = 1)
     net_per_person = benefits - costs
     return per £1 of a component = the component per person / costs

   The totals are kept as measured, each over its own people (the
   cohort's saving and social value, the programme's delivery costs):

     benefits (total) = nhs_savings + social_value
                        + local_economic_effect
     net (total)      = benefits - investment

   They are not like for like; the ratio and the net per person are.
   A figure that cannot be computed (no participants, no plans, no
   budget where one is needed, costs of 0) is NaN here.  No I/O.  */

#ifndef SP_SOCIAL_PROFIT_H
#define SP_SOCIAL_PROFIT_H

typedef struct
{
  double nhs_savings;            /* the cohort's saving, savings.saving */
  double social_value;           /* social_value.total */
  double local_economic_effect;  /* the additional local effect counted
                                    (0 when not counted) */
  double investment;             /* investment.total */
  double savings_participants;   /* savings.participants */
  double value_participants;     /* social_value.participants */
  double phbs;                   /* investment.phbs, the live plans */
  double budget_mean;            /* register.budget_mean; NaN when no
                                    plan gives a budget */
  double budget_additional_share; /* s, 0 to 1 (0 when not stated) */
} sp_social_profit_inputs;

/* The figures per person; NaN when undefined.  */
typedef struct
{
  double saving;
  double social_value;
  double local_effect;
  double delivery_cost;
  double budget;
  double benefits;               /* saving + social_value + local_effect */
  double costs;                  /* delivery_cost + s x budget */
  double costs_budgets_additional; /* delivery_cost + budget */
} sp_per_person;

typedef struct
{
  sp_social_profit_inputs in;
  double benefits;           /* totals, each over its own people */
  double net;
  sp_per_person per_person;
  double sroi_ratio;         /* per_person.benefits / per_person.costs */
  double sroi_ratio_budgets_additional;
  double net_per_person;     /* per_person.benefits - per_person.costs */
  double return_nhs_savings; /* each component per person / costs */
  double return_social_value;
  double return_local_economic_effect;
} sp_social_profit;

/* Social profit of IN into OUT (caller-owned).  */
void sp_social_profit_compute (const sp_social_profit_inputs *in,
                               sp_social_profit *out);

#endif /* SP_SOCIAL_PROFIT_H */

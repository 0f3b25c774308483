/* social_profit.h -- social profit and the social return on investment

   Report section 1.4: social profit combines cost-benefit analysis (the
   NHS savings), social return on investment (the social value of the
   outcomes) and the local economic effect of the money spent.  With
   I the investment:

     benefits      = nhs_savings + social_value + local_economic_effect
     net (social profit) = benefits - I
     sroi_ratio    = benefits / I                      (null when I = 0)
     return per £1 of each component = component / I  (null when I = 0)

   A component that was not measured (no transactions file, so no local
   effect) enters as 0 and is flagged, never guessed.  No I/O.  */

#ifndef SP_SOCIAL_PROFIT_H
#define SP_SOCIAL_PROFIT_H

typedef struct
{
  double nhs_savings;
  double social_value;
  double local_economic_effect;
  double investment;
} sp_social_profit_inputs;

typedef struct
{
  sp_social_profit_inputs in;
  double benefits;
  double net;
  int ratios_defined;        /* 0 when the investment is 0 */
  double sroi_ratio;         /* benefits / investment */
  double return_nhs_savings; /* each component / investment */
  double return_social_value;
  double return_local_economic_effect;
} sp_social_profit;

/* Social profit of IN into OUT (caller-owned).  */
void sp_social_profit_compute (const sp_social_profit_inputs *in,
                               sp_social_profit *out);

#endif /* SP_SOCIAL_PROFIT_H */

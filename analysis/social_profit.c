/* social_profit.c -- social profit and the social return on investment */

#include "social_profit.h"

#include <string.h>

void
sp_social_profit_compute (const sp_social_profit_inputs *in,
                          sp_social_profit *out)
{
  memset (out, 0, sizeof *out);
  out->in = *in;
  out->benefits = in->nhs_savings + in->social_value
                  + in->local_economic_effect;
  out->net = out->benefits - in->investment;
  out->ratios_defined = in->investment != 0.0;
  if (!out->ratios_defined)
    return;
  out->sroi_ratio = out->benefits / in->investment;
  out->return_nhs_savings = in->nhs_savings / in->investment;
  out->return_social_value = in->social_value / in->investment;
  out->return_local_economic_effect
    = in->local_economic_effect / in->investment;
}

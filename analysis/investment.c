/* investment.c -- what the programme costs (report section 1.9) */

#include "investment.h"

#include <string.h>

void
sp_investment_compute (double assessed, double phbs,
                       sp_marketplace_basis basis, double base,
                       const sp_investment_params *params,
                       sp_investment *out)
{
  memset (out, 0, sizeof *out);
  out->params = *params;
  out->assessed = assessed;
  out->phbs = phbs;
  out->basis = basis;
  out->marketplace_base = base;
  double vat = 1.0 + params->vat_rate;
  out->advocacy = assessed * params->advocacy_cost * vat;
  out->reviews = phbs * params->reviews_per_year * params->review_cost * vat;
  out->marketplace = params->marketplace_fee * base;
  out->total = out->advocacy + out->reviews + out->marketplace;
}

const char *
sp_marketplace_basis_name (sp_marketplace_basis basis)
{
  return basis == SP_MARKETPLACE_ON_TRANSACTIONS ? "transactions"
                                                  : "budgets";
}

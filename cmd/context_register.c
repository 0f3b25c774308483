/* context_register.c -- load the PHB register and the marketplace
   transactions into the context */

#include "context.h"

#include "register_read.h"
#include "transactions_read.h"

int
sp_context_load_register (sp_context *ctx)
{
  if (ctx->have_register)
    return 0;
  if (sp_context_require (ctx, ctx->eval.register_file, "register",
                          "--register") != 0)
    return -1;
  sp_register_free (&ctx->reg);  /* what a failed earlier read left */
  if (sp_register_read (ctx->eval.register_file, ctx->eval.period_end_day,
                        &ctx->reg, &ctx->diag) != 0)
    return -1;
  ctx->have_register = 1;
  return 0;
}

int
sp_context_load_transactions (sp_context *ctx)
{
  if (ctx->have_transactions || !ctx->eval.transactions)
    return 0;
  sp_transactions_free (&ctx->transactions);
  if (sp_transactions_read (ctx->eval.transactions,
                            ctx->have_register ? &ctx->reg : NULL,
                            ctx->eval.period_end_day, &ctx->transactions,
                            &ctx->diag) != 0)
    return -1;
  ctx->have_transactions = 1;
  return 0;
}

size_t
sp_context_check_register (sp_context *ctx)
{
  size_t checked = 0;
  if (ctx->eval.register_file)
    {
      sp_context_load_register (ctx);
      checked++;
    }
  if (ctx->eval.transactions)
    {
      sp_context_load_transactions (ctx);
      checked++;
    }
  return checked;
}

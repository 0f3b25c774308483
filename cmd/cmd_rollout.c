/* cmd_rollout.c -- socialprofit rollout: project a PHB rollout scenario

   socialprofit rollout SCENARIO [--target N] [--evaluation EVAL]
                        [--simulations N] [--seed S] [--threads T]
                        [--format text|json|csv]

   The scenario file is the positional argument.  --evaluation names an
   evaluation file whose usage cohort gives the cohort's own saving
   beside the policy rate, with its bootstrap interval (DEFAULT_RESAMPLES
   resamples unless --bootstrap or the file says otherwise; --bootstrap 0
   turns it off), and whose register gives the conversion rate when the
   scenario says "conversion_rate": "register".  Flags override the
   evaluation file's keys (seed, threads, confidence ...).  */

#include <stdlib.h>
#include <string.h>

#include "csvpos.h"
#include "commands.h"
#include "datadir.h"
#include "doc.h"
#include "emit.h"
#include "psa.h"
#include "quarterly_doc.h"
#include "register.h"
#include "render.h"
#include "render_rollout.h"
#include "rollout_doc.h"
#include "savings.h"
#include "savings_contrib.h"
#include "scenario_read.h"
#include "xalloc.h"

/* Simulations when --simulations is not given, and bootstrap resamples
   of the cohort's saving when neither --bootstrap nor the evaluation
   file sets them.  */
#define DEFAULT_SIMULATIONS 10000
#define DEFAULT_RESAMPLES 10000

int
sp_rollout_open (sp_context *ctx, int argc, char **argv,
                 const char *command, size_t min_args, size_t max_args)
{
  int rc = sp_context_open (ctx, argc, argv, command, 0, max_args);
  if (rc == 0 && ctx->opt.n_args < min_args)
    {
      fprintf (stderr, "socialprofit %s: name %s scenario file%s (see "
               "socialprofit %s --help)\n", command,
               min_args == max_args ? "one" : "one or more",
               min_args == max_args ? "" : "s", command);
      rc = SP_EXIT_USAGE;
    }
  if (rc == 0)
    {
      ctx->default_resamples = DEFAULT_RESAMPLES;
      return 0;
    }
  rc = sp_context_abort (ctx, rc);
  return rc;
}

/* The register's conversion rate into S's conversion parameter.  */
static int
conversion_from_register (sp_context *ctx, sp_scenario *s)
{
  if (!ctx->eval.path)
    {
      sp_diag_fail (&ctx->diag, SP_EXIT_USAGE, s->path, 0, 0,
                    "\"conversion_rate\": \"register\" needs the register: "
                    "give --evaluation EVAL naming a \"register\"");
      return -1;
    }
  if (sp_context_load_register (ctx) != 0)
    return -1;
  sp_register_summary sum;
  sp_register_summarise (&ctx->reg, &sum);
  int ok = sum.conversion_defined && sum.conversion_rate > 0;
  if (ok)
    {
      sp_param *p = &s->params[SP_RP_CONVERSION];
      p->value = p->dist.p[0] = sum.conversion_rate;
    }
  else
    {
      size_t line, column;
      sp_csv_header_position (ctx->eval.register_file, "status", &line,
                              &column);
      sp_diag_error (&ctx->diag, ctx->eval.register_file, line, column,
                     "the register gives no conversion rate (no referrals, "
                     "or none converted): give \"conversion_rate\" in the "
                     "scenario instead");
    }
  sp_register_summary_free (&sum);
  return ok ? 0 : -1;
}

/* The cohort's own saving per participant, when the evaluation names a
   usage file, and its bootstrap interval times TARGET into *CI (*HAVE_CI
   says whether there is one).  */
static int
cohort_evidence (sp_context *ctx, double target, sp_rollout_section *sec,
                 sp_ci *ci, sp_reliability *rel, int *have_ci)
{
  *have_ci = 0;
  if (!ctx->eval.path || !ctx->eval.usage)
    return 0;
  if (!ctx->have_usage && sp_context_load_usage (ctx) != 0)
    return -1;
  /* With a comparison group, the saving per participant against it
     (issue 14): the before/after one counts a fall that would have
     happened anyway.  */
  if (ctx->eval.comparison_usage && sp_context_load_comparison (ctx) != 0)
    return -1;
  sp_comparison_data cd;
  sp_comparison cmp;
  if (ctx->have_comparison)
    {
      sp_comparison_data_make (ctx, &cd);
      sp_comparison_compute (&cd.group[0], &cd.group[1], &cmp);
    }
  sp_savings sv;
  sp_savings_compute (&ctx->usage, &ctx->costs, 0, &sv);
  sec->have_cohort = 1;
  sec->cohort_participants = sv.participants;
  sec->cohort_basis = sv.basis;
  memcpy (sec->cohort_rows_before, sv.source_rows_before,
          sizeof sec->cohort_rows_before);
  memcpy (sec->cohort_rows_after, sv.source_rows_after,
          sizeof sec->cohort_rows_after);
  sec->cohort_contributors = sv.contributors;
  sec->cohort_defined = sv.per_participant_defined;
  sec->cohort_per_participant = sv.per_participant;
  sec->cohort_compared = ctx->have_comparison;
  if (ctx->have_comparison)
    {
      sec->cohort_defined = cmp.adjusted.defined;
      sec->cohort_per_participant = cmp.adjusted.per_participant;
      sec->cohort_comparison_participants = cmp.comparison.participants;
    }
  sp_savings_free (&sv);
  sp_boot_settings bs;
  int want = sp_intervals_settings (ctx, &bs);
  if (want < 0)
    return -1;
  if (want > 0 && ctx->have_per_participant)
    {
      /* The intervals section has it (a report): the same interval,
         scaled; a scale changes no interval's coverage or verdict.  */
      *ci = ctx->per_participant_ci;
      sp_ci_scale (ci, target);
      *rel = ctx->per_participant_rel;
      *have_ci = 1;
    }
  else if (want > 0)
    {
      bs.progress = sp_term_progress_start (
        &ctx->progress, "bootstrap of the cohort's saving",
        sp_term_progress_boot_seconds (bs.resamples,
                                       ctx->usage.n_participants,
                                       SP_SAVINGS_CONTRIB_WIDTH));
      if (ctx->have_comparison)
        {
          /* No verdict from this path (comparison_boot.c keeps no
             leave-one-out values): the entry goes without one.  */
          *have_ci = cmp.adjusted.defined
                     && sp_comparison_scaled_interval (
                          &cd.group[0], ctx->usage.ids, &cd.group[1],
                          ctx->comparison.ids, target, &bs, ci) == 0;
          rel->participants = 0;
        }
      else
        *have_ci = sp_savings_scaled_interval (&ctx->usage, &ctx->costs,
                                               target, &bs, ci, rel) == 0;
      sp_term_progress_end (&ctx->progress);
    }
  sec->cohort_seed = bs.seed;
  if (ctx->have_comparison)
    sp_comparison_data_free (&cd);
  return 0;
}

/* The rollout against the plan of scenario S projected as PROJ, into
   the rollout object RO, when the evaluation names a register with
   approval dates (issue 10).  Returns 0, or -1 when the register
   cannot be read.  */
static int
add_progress (sp_context *ctx, const sp_scenario *s,
              const sp_projection *proj, cJSON *ro)
{
  if (!ctx->eval.path || !ctx->eval.register_file)
    return 0;
  if (sp_context_load_register (ctx) != 0)
    return -1;
  sp_register_monthly m;
  sp_register_monthly_compute (&ctx->reg, ctx->eval.period_end_day, &m);
  sp_progress_plan plan = { proj->trajectory.live_phbs,
                            proj->trajectory.n_months, s->start_month,
                            s->target_phbs };
  sp_progress p;
  if (m.dated_phbs + m.approved_after > 0
      && sp_progress_compute (&m, &plan, &p) == 0)
    sp_doc_add_progress (ro, &p, m.undated_phbs);
  sp_register_monthly_free (&m);
  return 0;
}

static int add_scenario (sp_context *ctx, const char *path, cJSON *parent);

int
sp_rollout_add (sp_context *ctx, const char *name, cJSON *parent)
{
  /* a scenario file, or the name of a bundled one (datadir.h) */
  char *path = sp_data_resolve (SP_DATA_SCENARIOS, name, NULL, &ctx->diag,
                                NULL, 0, 0);
  int rc = path ? add_scenario (ctx, path, parent) : -1;
  free (path);
  return rc;
}

static int
add_scenario (sp_context *ctx, const char *path, cJSON *parent)
{
  sp_scenario s;
  if (sp_scenario_read (path, &s, &ctx->diag) != 0)
    return -1;
  if (ctx->opt.target > 0)
    s.target_phbs = (double) ctx->opt.target;
  sp_rollout_section sec = { 0 };
  sp_ci ci;
  int have_ci = 0;
  sp_reliability rel = { 0 };
  if ((s.conversion_from_register && conversion_from_register (ctx, &s))
      || cohort_evidence (ctx, s.target_phbs, &sec, &ci, &rel, &have_ci)
         != 0)
    {
      sp_scenario_free (&s);
      return -1;
    }

  double *base = sp_xcalloc (s.n_params, sizeof *base);
  sp_scenario_base_values (&s, base);
  sp_projection proj;
  sp_rollout_project (&s, base, 1, &proj);
  sp_sensitivity *rows = NULL;
  size_t n_rows = sp_psa_sensitivity (&s, base, &rows);
  long n = ctx->opt.simulations >= 0 ? ctx->opt.simulations
                                     : DEFAULT_SIMULATIONS;
  sp_psa_draws draws;
  char *step = sp_xasprintf ("simulations of %s", s.name ? s.name : path);
  const sp_work_progress *progress = sp_term_progress_start (
    &ctx->progress, step, sp_term_progress_psa_seconds ((size_t) n));
  free (step);
  sp_psa_run (&s, (size_t) n, ctx->eval.bootstrap.seed,
              ctx->eval.bootstrap.threads, progress, &draws);
  sp_term_progress_end (&ctx->progress);

  sec.scenario = &s;
  sec.projection = &proj;
  sec.sensitivity = rows;
  sec.n_sensitivity = n_rows;
  sec.draws = &draws;
  sec.level = ctx->eval.bootstrap.confidence;
  sec.cohort_interval = have_ci ? &ci : NULL;
  sec.cohort_reliability = have_ci && rel.participants > 0 ? &rel : NULL;
  sp_doc_add_rollout (parent, &sec);
  int rc = add_progress (ctx, &s, &proj,
                         cJSON_GetObjectItemCaseSensitive (parent, "rollout"));

  sp_psa_draws_free (&draws);
  free (rows);
  sp_projection_free (&proj);
  free (base);
  sp_scenario_free (&s);
  return rc;
}

int
sp_rollout_add_named (sp_context *ctx, const char *path, cJSON *list)
{
  cJSON *tmp = cJSON_CreateObject ();
  if (sp_rollout_add (ctx, path, tmp) != 0)
    {
      cJSON_Delete (tmp);
      return -1;
    }
  cJSON *item = cJSON_CreateObject ();
  cJSON_AddStringToObject (item, "name", sp_doc_str (tmp, "rollout.name",
                                                     ""));
  cJSON_AddItemToObject (item, "rollout",
                         cJSON_DetachItemFromObject (tmp, "rollout"));
  cJSON_AddItemToObject (item, "intervals",
                         cJSON_DetachItemFromObject (tmp, "intervals"));
  cJSON_AddItemToArray (list, item);
  cJSON_Delete (tmp);
  return 0;
}

int
sp_section_rollout (sp_context *ctx, cJSON *doc)
{
  const sp_evaluation *e = &ctx->eval;
  if (e->n_scenarios == 0)
    return 0;
  if (sp_rollout_add (ctx, e->scenarios[0], doc) != 0)
    return -1;
  if (e->n_scenarios == 1)
    return 0;
  cJSON *list = cJSON_AddArrayToObject (doc, "scenarios");
  for (size_t i = 0; i < e->n_scenarios; i++)
    if (sp_rollout_add_named (ctx, e->scenarios[i], list) != 0)
      return -1;
  return 0;
}

int
sp_cmd_rollout (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_rollout_open (&ctx, argc, argv, "rollout", 1, 1);
  if (rc != 0)
    return rc;
  cJSON *doc = sp_doc_new (&ctx.eval);
  int ok = sp_rollout_add (&ctx, ctx.opt.args[0], doc) == 0;
  return sp_run_finish (&ctx, doc, ok, sp_render_rollout_text,
                        sp_render_rollout_csv);
}

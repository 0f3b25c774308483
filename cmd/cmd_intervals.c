/* cmd_intervals.c -- the intervals section: bootstrap intervals and
   influence for every headline figure already in the document

   Runs after the savings, value and profit sections.  For each data set
   whose section is in the document (the usage cohort for "savings", the
   comparison group's for "savings.adjusted", the outcome file for
   "social_value", the register for "social_profit") it
   builds the participants' contribution rows, merges them by participant
   into one stratified design (bootstrap_design.h), bootstraps every
   figure at once and adds "bootstrap", "intervals" and "influence"
   (intervals_doc.h).  Does nothing when the resamples are 0.  */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "boot_intervals.h"
#include "bootstrap_design.h"
#include "commands.h"
#include "comparison.h"
#include "contrib.h"
#include "doc.h"
#include "intervals_doc.h"
#include "jackknife.h"
#include "profit_stat.h"
#include "reliability.h"
#include "savings_contrib.h"
#include "xalloc.h"

int
sp_intervals_settings (sp_context *ctx, sp_boot_settings *s)
{
  const sp_bootstrap_params *b = &ctx->eval.bootstrap;
  long resamples = b->resamples >= 0 ? b->resamples : ctx->default_resamples;
  memset (s, 0, sizeof *s);
  if (resamples <= 0)
    return 0;
  if (sp_ci_method_parse (b->method, &s->method) != 0)
    {
      sp_diag_fail (&ctx->diag, SP_EXIT_USAGE, ctx->eval.path, 0, 0,
                    "unknown confidence-interval method '%s': use "
                    "auto, percentile, basic, bca or studentized (--ci-method, or \"method\" "
                    "in \"bootstrap\")",
                    b->method ? b->method : "");
      return -1;
    }
  s->resamples = (size_t) resamples;
  s->level = b->confidence;
  s->seed = b->seed;
  s->threads = b->threads;
  return 1;
}

/* The data sets a design can hold.  */
enum
{
  PART_USAGE,
  PART_OUTCOMES,
  PART_REGISTER,
  PART_COMPARISON,
  N_PARTS
};

static const char *const part_names[N_PARTS] = { "usage", "outcomes",
                                                 "register",
                                                 "comparison_usage" };

/* With a comparison group, a usage row has the savings columns and then
   the programme participant's comparison columns (comparison.h); a
   comparison participant's row has only the latter, in a part of its
   own, so the two groups are resampled independently.  */
#define USAGE_COMPARISON_COL SP_SAVINGS_CONTRIB_WIDTH

/* One figure of the run: its path, or NULL to leave it out.  */
typedef struct
{
  char *path;
  int histogram;
  int headline;                  /* also by every method (by_method) */
  size_t group;                  /* its figure group */
} figure;

/* Everything one run of the section holds.  */
typedef struct
{
  sp_boot_part parts[N_PARTS];
  int index[N_PARTS];            /* part's index in parts[], or -1 */
  size_t n_parts;
  double *x[N_PARTS];            /* contributions (owned) */
  sp_boot_group groups[4];
  size_t n_groups;
  size_t first[N_PARTS];         /* first figure of each part's group */
  double scale_n;
  sp_value_stat value;
  sp_profit_stat profit;
  sp_comparison_boot comparison;
  char **comparison_ids;         /* the comparison part's identifiers
                                    (owned) */
  figure *figures;               /* m (owned) */
  unsigned char *ratio;          /* m: a ratio of sums (owned) */
  size_t m;
  unsigned group_parts[4];       /* each group's parts, as bits of the
                                    design's part numbers */
} run;

static void
add_part (run *r, int which, size_t n, char *const *ids, size_t k)
{
  r->index[which] = (int) r->n_parts;
  r->x[which] = sp_xcalloc (n * k > 0 ? n * k : 1, sizeof (double));
  sp_boot_part *p = &r->parts[r->n_parts++];
  p->n = n;
  p->ids = ids;
  p->k = k;
  p->x = r->x[which];
}

/* A figure group reading the data sets PARTS (bits of PART_*).  */
static void
add_group (run *r, unsigned parts, sp_boot_statistic f,
           sp_boot_gradient grad, const void *arg, size_t m, size_t col,
           size_t width)
{
  unsigned bits = 0;
  for (int q = 0; q < N_PARTS; q++)
    if ((parts & (1u << q)) && r->index[q] >= 0)
      bits |= 1u << r->index[q];
  r->group_parts[r->n_groups] = bits;
  sp_boot_group *g = &r->groups[r->n_groups++];
  g->statistic = f;
  g->gradient = grad;
  g->arg = arg;
  g->m = m;
  g->col = col;
  g->width = width;
  r->figures = sp_xrealloc (r->figures, (r->m + m) * sizeof *r->figures);
  memset (r->figures + r->m, 0, m * sizeof *r->figures);
  r->ratio = sp_xrealloc (r->ratio, (r->m + m) * sizeof *r->ratio);
  memset (r->ratio + r->m, 0, m * sizeof *r->ratio);
  for (size_t j = r->m; j < r->m + m; j++)
    r->figures[j].group = r->n_groups - 1;
  r->m += m;
}

static void
name (run *r, size_t j, int histogram, const char *fmt, const char *arg)
{
  r->figures[j].path = sp_xasprintf (fmt, arg);
  r->figures[j].histogram = histogram;
  r->figures[j].headline |= histogram;
}

/* Figure J is shown among the headline figures: give its interval by
   every method too.  */
static void
headline (run *r, size_t j)
{
  r->figures[j].headline = 1;
}

/* Figure J is a ratio of sums (for the auto method and the coverage
   study's words).  */
static void
ratio (run *r, size_t j)
{
  r->ratio[j] = 1;
}

/* The usage part of the programme's cohort with, after the savings
   columns, its comparison columns (comparison.h), the shifts of both
   groups being set first into R->comparison from D.  */
static void
usage_with_comparison (sp_context *ctx, const sp_comparison_data *d, run *r)
{
  const sp_usage *u = &ctx->usage;
  const size_t ws = SP_SAVINGS_CONTRIB_WIDTH, wc = SP_COMPARISON_CONTRIB_WIDTH;
  const size_t w = ws + wc, n = u->n_participants;
  sp_comparison_boot *cb = &r->comparison;
  for (int k = 0; k < 2; k++)
    sp_comparison_shifts (&d->group[k], &cb->shift_before[k],
                          &cb->shift_after[k]);
  add_part (r, PART_USAGE, n, u->ids, w);
  double *savings = sp_xcalloc (n * ws, sizeof *savings);
  double *terms = sp_xcalloc (n * wc, sizeof *terms);
  sp_savings_contributions (u, &ctx->costs, savings);
  sp_comparison_contributions (&d->group[0], cb->shift_before[0],
                               cb->shift_after[0], terms);
  for (size_t i = 0; i < n; i++)
    {
      memcpy (r->x[PART_USAGE] + i * w, savings + i * ws,
              ws * sizeof *savings);
      memcpy (r->x[PART_USAGE] + i * w + ws, terms + i * wc,
              wc * sizeof *terms);
    }
  free (savings);
  free (terms);
}

/* The comparison group's part (the last), its identifiers marked so
   that none can meet a programme participant's (in the outcome file or
   the register) in the design: the groups are resampled apart.  */
static void
comparison_part (sp_context *ctx, const sp_comparison_data *d, run *r)
{
  const sp_usage *c = &ctx->comparison;
  r->comparison_ids = sp_xcalloc (c->n_participants ? c->n_participants : 1,
                                  sizeof *r->comparison_ids);
  for (size_t i = 0; i < c->n_participants; i++)
    r->comparison_ids[i] = sp_xasprintf ("\x1f" "comparison:%s", c->ids[i]);
  add_part (r, PART_COMPARISON, c->n_participants, r->comparison_ids,
            SP_COMPARISON_CONTRIB_WIDTH);
  sp_comparison_contributions (&d->group[1], r->comparison.shift_before[1],
                               r->comparison.shift_after[1],
                               r->x[PART_COMPARISON]);
}

/* Which data sets the document's sections rest on; their contributions
   and figure groups.  Returns 0, or -1 with an error in ctx->diag.  */
static int
build (sp_context *ctx, const cJSON *doc, run *r)
{
  for (int p = 0; p < N_PARTS; p++)
    r->index[p] = -1;
  int savings = ctx->have_usage && sp_doc_get (doc, "savings");
  int value = ctx->have_outcomes && ctx->have_instrument && ctx->have_proxies
              && sp_doc_get (doc, "social_value");
  int profit = savings && value && ctx->have_register
               && sp_doc_get (doc, "social_profit");
  int comparison = savings && ctx->have_comparison
                   && sp_doc_get (doc, "savings.adjusted");
  sp_comparison_data cmp;
  if (comparison)
    {
      sp_comparison_data_make (ctx, &cmp);
      usage_with_comparison (ctx, &cmp, r);
    }
  else if (savings)
    {
      const sp_usage *u = &ctx->usage;
      add_part (r, PART_USAGE, u->n_participants, u->ids,
                SP_SAVINGS_CONTRIB_WIDTH);
      sp_savings_contributions (u, &ctx->costs, r->x[PART_USAGE]);
    }
  if (value)
    {
      const sp_outcomes *o = &ctx->outcomes;
      add_part (r, PART_OUTCOMES, o->n_participants, o->ids,
                sp_social_value_width (&ctx->instrument));
      sp_social_value_contributions (o, &ctx->instrument,
                                     &ctx->value_settings,
                                     r->x[PART_OUTCOMES]);
    }
  char **reg_ids = NULL;
  if (profit)
    {
      const sp_transactions *tx = ctx->have_transactions
                                  ? &ctx->transactions : NULL;
      /* The register's identifiers live in its people.  */
      reg_ids = sp_xcalloc (ctx->reg.n, sizeof *reg_ids);
      for (size_t i = 0; i < ctx->reg.n; i++)
        reg_ids[i] = ctx->reg.people[i].id;
      add_part (r, PART_REGISTER, ctx->reg.n, reg_ids, SP_N_CONTRIB);
      sp_contrib_rows (&ctx->reg, tx, r->x[PART_REGISTER]);
      sp_contrib_unmatched (tx, r->profit.contrib.addend);
      r->profit.contrib.params.investment = ctx->eval.investment;
      r->profit.contrib.params.have_transactions = tx != NULL;
      r->profit.contrib.params.respend = ctx->eval.local_respend;
      r->profit.local = sp_doc_get (doc, "local_economy") != NULL;
      r->profit.counterfactual_lm3 = ctx->eval.counterfactual_lm3;
      r->profit.value_participants = sp_doc_num (
        doc, "social_value.participants", 0);
      r->profit.budget_additional_share
        = sp_doc_num (doc, "social_profit.budget_additional_share", 0);
    }
  if (comparison)
    {
      comparison_part (ctx, &cmp, r);
      sp_comparison_data_free (&cmp);
    }
  return 0;
}

/* The figure groups over the design D, and their paths.  */
static void
groups (sp_context *ctx, const cJSON *doc, const sp_boot_design *d, run *r)
{
  if (r->index[PART_USAGE] >= 0)
    {
      r->scale_n = ctx->eval.scale_to;
      size_t j = r->m;
      r->first[PART_USAGE] = j;
      add_group (r, 1u << PART_USAGE, sp_savings_statistic, NULL,
                 &r->scale_n, SP_SAVINGS_N_FIGURES,
                 d->col[r->index[PART_USAGE]], SP_SAVINGS_CONTRIB_WIDTH);
      ratio (r, j + SP_SAVINGS_FIG_SAVING_RATE);
      headline (r, j + SP_SAVINGS_FIG_SAVING_RATE);
      for (int c = 0; c < SP_N_CATEGORIES; c++)
        ratio (r, j + SP_SAVINGS_FIG_COST_REDUCTION + (size_t) c);
      name (r, j + SP_SAVINGS_FIG_SAVING, 1, "savings.%s", "saving");
      name (r, j + SP_SAVINGS_FIG_SAVING_RATE, 0, "savings.%s",
            "saving_rate");
      name (r, j + SP_SAVINGS_FIG_PER_PARTICIPANT, 0, "savings.%s",
            "per_participant");
      if (sp_doc_get (doc, "savings.scaled"))
        name (r, j + SP_SAVINGS_FIG_SCALED, 0, "savings.%s", "scaled.saving");
      for (int c = 0; c < SP_N_CATEGORIES; c++)
        name (r, j + SP_SAVINGS_FIG_COST_REDUCTION + (size_t) c, 0,
              "savings.categories.%s.cost_reduction",
              sp_category_name ((sp_category) c));
    }
  if (r->index[PART_COMPARISON] >= 0)
    {
      r->comparison.col[0] = d->col[r->index[PART_USAGE]]
                             + USAGE_COMPARISON_COL;
      r->comparison.col[1] = d->col[r->index[PART_COMPARISON]];
      r->comparison.width = d->k;
      size_t j = r->m;
      r->first[PART_COMPARISON] = j;
      add_group (r, 1u << PART_USAGE | 1u << PART_COMPARISON,
                 sp_comparison_statistic, sp_comparison_gradient,
                 &r->comparison, SP_COMPARISON_N_FIGURES, 0, d->k);
      ratio (r, j + SP_COMPARISON_FIG_DID_SAVING_RATE);
      ratio (r, j + SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE);
      const char *f = "savings.%s";
      name (r, j + SP_COMPARISON_FIG_DID_SAVING, 0, f,
            "difference_in_differences.saving");
      name (r, j + SP_COMPARISON_FIG_DID_PER_PARTICIPANT, 0, f,
            "difference_in_differences.per_participant");
      name (r, j + SP_COMPARISON_FIG_DID_SAVING_RATE, 0, f,
            "difference_in_differences.saving_rate");
      name (r, j + SP_COMPARISON_FIG_ADJUSTED_SAVING, 1, f,
            "adjusted.saving");
      name (r, j + SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT, 0, f,
            "adjusted.per_participant");
      name (r, j + SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE, 0, f,
            "adjusted.saving_rate");
    }
  if (r->index[PART_OUTCOMES] >= 0)
    {
      r->value.inst = &ctx->instrument;
      r->value.proxies = &ctx->proxies;
      r->value.settings = &ctx->value_settings;
      size_t j = r->m;
      r->first[PART_OUTCOMES] = j;
      add_group (r, 1u << PART_OUTCOMES, sp_value_statistic,
                 sp_value_gradient, &r->value,
                 sp_value_stat_figures (&ctx->proxies),
                 d->col[r->index[PART_OUTCOMES]],
                 sp_social_value_width (&ctx->instrument));
      name (r, j, 1, "social_value.%s", "total");
      for (size_t o = 0; o < ctx->proxies.n; o++)
        name (r, j + 1 + o, 0, "social_value.outcomes.%s.present_value",
              ctx->proxies.items[o].outcome);
    }
  if (r->index[PART_REGISTER] >= 0)
    {
      r->profit.usage_col = d->col[r->index[PART_USAGE]];
      r->profit.outcomes_col = d->col[r->index[PART_OUTCOMES]];
      r->profit.register_col = d->col[r->index[PART_REGISTER]];
      r->profit.value = r->value;
      r->profit.width = d->k;
      /* Social profit counts the saving against the comparison group
         when there is one (cmd_profit.c).  */
      r->profit.comparison
        = r->index[PART_COMPARISON] >= 0
              && strcmp (sp_doc_str (doc, "social_profit.nhs_savings_basis",
                                     ""), "comparison_group") == 0
            ? &r->comparison : NULL;
      size_t j = r->m;
      r->first[PART_REGISTER] = j;
      add_group (r, 1u << PART_USAGE | 1u << PART_OUTCOMES
                      | 1u << PART_REGISTER
                      | (r->profit.comparison ? 1u << PART_COMPARISON : 0),
                 sp_profit_statistic, sp_profit_gradient, &r->profit,
                 SP_PROFIT_STAT_FIGURES, 0, d->k);
      ratio (r, j + 1);
      ratio (r, j + 3);
      headline (r, j + 1);
      headline (r, j + 2);
      name (r, j, 1, "social_profit.%s", "net");
      name (r, j + 1, 0, "social_profit.%s", "sroi_ratio");
      name (r, j + 2, 0, "social_profit.%s", "net_per_person");
      name (r, j + 3, 0, "social_profit.%s",
            "sroi_ratio_budgets_additional");
    }
}

/* influence[PATH] for figure J over the rows of part PART.  */
static void
influence (sp_context *ctx, cJSON *doc, const sp_boot_design *d,
           const sp_boot_intervals *res, const run *r, int part, size_t j)
{
  if (r->index[part] < 0)
    return;
  size_t *rows = sp_xcalloc (d->n ? d->n : 1, sizeof *rows);
  size_t n = sp_boot_design_rows (d, (size_t) r->index[part], rows);
  sp_influence inf;
  sp_jack_influence (res->loo + j * res->n, rows, n, res->estimate[j], &inf);
  sp_doc_add_influence (doc, r->figures[j].path, &inf,
                        ctx->opt.internal ? d->ids : NULL);
  sp_influence_free (&inf);
  free (rows);
}

/* The replicates of M figures must fit in memory: at most 2^28 doubles
   (2 GiB).  Returns 0, or -1 with a usage error.  */
static int
fits_in_memory (sp_context *ctx, const sp_boot_settings *s, size_t m)
{
  const size_t most = (size_t) 1 << 28;
  if (m == 0 || s->resamples <= most / m)
    return 0;
  sp_diag_fail (&ctx->diag, SP_EXIT_USAGE, ctx->eval.path, 0, 0,
                "%zu resamples of %zu figures would need %.1f GiB: ask for "
                "at most %zu (--bootstrap)",
                s->resamples, m,
                (double) s->resamples * (double) m * 8.0 / 1073741824.0,
                most / m);
  return -1;
}

/* Bootstrap every figure of R under S and add the bootstrap, intervals
   and influence sections to DOC.  Returns 0, or -1 with an error.  */
static int
bootstrap_all (sp_context *ctx, cJSON *doc, const sp_boot_settings *s,
               run *r)
{
  sp_boot_design d;
  sp_boot_design_build (r->parts, r->n_parts, &d);
  groups (ctx, doc, &d, r);
  if (fits_in_memory (ctx, s, r->m) != 0)
    {
      sp_boot_design_free (&d);
      return -1;
    }
  sp_boot_groups g = { r->groups, r->n_groups };
  sp_boot_problem p = sp_boot_design_problem (&d, sp_boot_groups_statistic,
                                              &g, r->m);
  sp_boot_span *windows = sp_xcalloc (r->m ? r->m : 1, sizeof *windows);
  sp_boot_groups_windows (&g, windows);
  p.windows = windows;
  p.gradient = sp_boot_groups_gradient;
  p.ratio = r->ratio;
  /* The headline figures also by every method, to show how far the
     choice moves them.  */
  unsigned char *alternatives = sp_xcalloc (r->m ? r->m : 1, 1);
  for (size_t j = 0; j < r->m; j++)
    alternatives[j] = (unsigned char) (r->figures[j].path
                                       && r->figures[j].headline);
  p.alternatives = alternatives;
  sp_boot_intervals res;
  sp_boot_settings run = *s;
  run.progress = sp_term_progress_start (
    &ctx->progress, "bootstrap",
    sp_term_progress_boot_seconds (s->resamples, d.n, d.k));
  sp_boot_intervals_compute (&p, &run, &res);
  sp_term_progress_end (&ctx->progress);

  const char *names[N_PARTS];
  for (int q = 0; q < N_PARTS; q++)
    if (r->index[q] >= 0)
      names[r->index[q]] = part_names[q];
  sp_doc_add_bootstrap (doc, s, &d, names);
  size_t *rows = sp_xcalloc (d.n ? d.n : 1, sizeof *rows);
  for (size_t j = 0; j < r->m; j++)
    {
      if (!r->figures[j].path)
        continue;
      /* The figure's cohort: the participants of its group's data sets.  */
      unsigned parts = r->group_parts[r->figures[j].group];
      size_t n_rows = 0;
      for (size_t i = 0; i < d.n; i++)
        if (d.in[i] & parts)
          rows[n_rows++] = i;
      sp_reliability rel;
      sp_reliability_assess (res.loo + j * res.n, rows, n_rows,
                             res.estimate[j], &rel);
      /* A figure of several data sets is judged by the smallest (a data
         set's participants are its part's rows).  */
      for (size_t q = 0; q < r->n_parts; q++)
        if ((parts & (1u << q)) && parts != (1u << q))
          sp_reliability_limit_to (&rel, r->parts[q].n);
      if (rel.withheld)
        sp_reliability_withhold (&res.ci[j]);
      /* The rollout's cohort saving is this figure times a target: the
         saving per participant, against the comparison group when there
         is one (cmd_rollout.c).  */
      size_t cohort_fig
        = r->index[PART_COMPARISON] >= 0
            ? r->first[PART_COMPARISON]
                + SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT
            : r->first[PART_USAGE] + SP_SAVINGS_FIG_PER_PARTICIPANT;
      if (r->index[PART_USAGE] >= 0 && j == cohort_fig)
        {
          ctx->have_per_participant = 1;
          ctx->per_participant_ci = res.ci[j];
          ctx->per_participant_rel = rel;
        }
      sp_doc_add_interval (doc, r->figures[j].path, &res.ci[j], s->seed,
                           &rel, r->ratio[j]);
      if (alternatives[j] && !rel.withheld)
        sp_doc_add_by_method (doc, r->figures[j].path,
                              res.by_method + j * SP_CI_N_METHODS);
      if (r->figures[j].histogram && res.ci[j].defined && res.ci[j].used > 0)
        sp_doc_add_histogram (doc, r->figures[j].path,
                              res.replicates + j * res.b, res.ci[j].used);
    }
  influence (ctx, doc, &d, &res, r, PART_USAGE,
             r->first[PART_USAGE] + SP_SAVINGS_FIG_SAVING);
  influence (ctx, doc, &d, &res, r, PART_OUTCOMES, r->first[PART_OUTCOMES]);
  free (rows);
  free (alternatives);
  sp_boot_intervals_free (&res);
  free (windows);
  sp_boot_design_free (&d);
  return 0;
}

int
sp_section_intervals (sp_context *ctx, cJSON *doc)
{
  sp_boot_settings s;
  int on = sp_intervals_settings (ctx, &s);
  if (on <= 0)
    return on;
  run r;
  memset (&r, 0, sizeof r);
  int rc = build (ctx, doc, &r);
  if (rc == 0 && r.n_parts > 0)
    rc = bootstrap_all (ctx, doc, &s, &r);
  for (size_t j = 0; j < r.m; j++)
    free (r.figures[j].path);
  free (r.figures);
  free (r.ratio);
  for (int q = 0; q < N_PARTS; q++)
    free (r.x[q]);
  if (r.index[PART_REGISTER] >= 0)
    free ((void *) r.parts[r.index[PART_REGISTER]].ids);
  for (size_t i = 0; r.comparison_ids && i < ctx->comparison.n_participants;
       i++)
    free (r.comparison_ids[i]);
  free (r.comparison_ids);
  return rc;
}

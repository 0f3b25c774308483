/* intervals_doc.h -- bootstrap intervals and influence in the results
   document (issue 4)

   intervals   an object keyed by a figure's path in the document.
               Paths: savings.saving, savings.saving_rate,
               savings.per_participant, savings.scaled.saving (when a
               scale is asked for), savings.categories.<category>.
               cost_reduction (category "planned" or "emergency"),
               social_value.total, social_value.outcomes.<outcome>.
               present_value, social_profit.net, social_profit.sroi_ratio.
               Each entry:
                 kind             "bootstrap" (these; a confidence
                                  interval from resampling the
                                  participants) or "simulation" (the
                                  rollout's, rollout_doc.h: an
                                  uncertainty interval from assumed
                                  distributions, never called a
                                  confidence interval)
                 estimate         the figure (null when undefined)
                 lower, upper     the interval (null when there is none)
                 level            e.g. 0.95
                 method           "percentile", "basic", "bca" or
                                  "studentized": the one used
                                  (percentile after a BCa or studentized
                                  fallback)
                 requested_method what was asked for
                 resamples        B
                 used_resamples   resamples where the figure was defined
                 seed             the run's seed
                 standard_error   sd of the replicates (null if B < 2)
                 bias             mean of the replicates - estimate
                 z0, acceleration BCa's bias correction and acceleration
                                  (only when BCa was used)
                 linearised_standard_error, t_lower, t_upper
                                  the data's delta-method standard error
                                  and the t* quantiles T(alpha),
                                  T(1 - alpha) (only when studentized was
                                  used)
                 note             present only when something degenerate
                                  happened, saying what (text)
                 participants, reliability, top_two_share,
                 simulated_coverage, reliability_text
                                  how far the interval can be trusted
                                  (reliability_doc.h); fewer than 5
                                  participants: lower, upper,
                                  standard_error and bias null and a
                                  note
                 histogram        (savings.saving, social_value.total and
                                  social_profit.net only; and
                                  rollout.net_saving, the simulations'
                                  distribution, rollout_doc.h) the bootstrap
                                  distribution: { edges[bins + 1],
                                  counts[bins] } with SP_DOC_HISTOGRAM_BINS
                                  equal bins from the smallest to the
                                  largest replicate; bin i holds
                                  edges[i] <= v < edges[i + 1], the last
                                  bin also its upper edge.
   bootstrap   how the intervals were made: unit, resamples, seed, level,
               method, generator, draw, participants, and the strata
               [{ data_sets[], participants }].  Never the thread count,
               which does not change any figure.
   influence   keyed like intervals (savings.saving, social_value.total):
                 participants     how many the figure rests on
                 estimate
                 leave_one_out    { min, max }: the range of the figure
                                  with one participant left out
                 top              [{ participants: q, share }] for q = 1,
                                  2, 5 (q <= participants): the share of
                                  the figure carried by the q most
                                  influential (null when the estimate is
                                  0)
                 influence        every participant's influence
                                  (estimate - leave-one-out figure),
                                  largest first
                 ids              the participants in that order: only
                                  with --internal
   Numbers are unrounded; never NaN (null instead).  */

#ifndef SP_INTERVALS_DOC_H
#define SP_INTERVALS_DOC_H

#include <cjson/cJSON.h>

#include "boot_intervals.h"
#include "bootstrap_design.h"
#include "ci.h"
#include "jackknife.h"
#include "reliability.h"

#define SP_DOC_HISTOGRAM_BINS 40

/* Add intervals[PATH] for interval CI of a run with SEED to DOC
   (creating the intervals object when needed), with the verdict REL on
   it (reliability_doc.h; NULL: none) for a figure that is a ratio of
   sums when RATIO.  */
void sp_doc_add_interval (cJSON *doc, const char *path, const sp_ci *ci,
                          unsigned long seed, const sp_reliability *rel,
                          int ratio);

/* Add intervals[PATH].by_method = { percentile, basic, bca, studentized:
   { lower, upper, method } } from BY_METHOD (SP_CI_N_METHODS intervals
   of the same resamples; method is the one used, after a fallback;
   lower and upper null when undefined).  intervals[PATH] must exist.  */
void sp_doc_add_by_method (cJSON *doc, const char *path,
                           const sp_ci *by_method);

/* O's "histogram": { edges, counts } of the N values X (any order,
   N >= 1) in SP_DOC_HISTOGRAM_BINS equal bins (sp_ci_histogram), so that
   a chart can draw the distribution from the document alone.  For the
   bootstrap's replicates and the rollout's simulations.  */
void sp_doc_histogram (cJSON *o, const double *x, size_t n);

/* Add the histogram (sp_doc_histogram) of the N replicates REPS to
   intervals[PATH] when it exists and N >= 1.  */
void sp_doc_add_histogram (cJSON *doc, const char *path,
                           const double *reps, size_t n);

/* Add the bootstrap section: settings S and the strata of design D,
   whose part p is called PART_NAMES[p].  */
void sp_doc_add_bootstrap (cJSON *doc, const sp_boot_settings *s,
                           const sp_boot_design *d,
                           const char *const *part_names);

/* Add influence[PATH] from INF.  IDS (the problem's row identifiers) is
   NULL unless identifiers may be published (--internal).  */
void sp_doc_add_influence (cJSON *doc, const char *path,
                           const sp_influence *inf, const char *const *ids);

#endif /* SP_INTERVALS_DOC_H */

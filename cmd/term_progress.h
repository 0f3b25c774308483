/* term_progress.h -- a progress line on standard error, for a bootstrap or a
   simulation expected to take more than about a second

   Shown only when standard error is a terminal and --quiet is absent:
   one line, rewritten in place, with the step, a bar, the percentage
   and the time left, and wiped when the step ends.  Nothing is printed
   otherwise (CI logs stay clean), and nothing here changes what is
   computed or written: the outputs are byte-identical with and without
   a terminal.

   A step is shown when its expected time (estimated by the caller from
   the amount of work, so the decision does not depend on the machine's
   load) is at least a second, or once it has actually run for a
   second.  */

#ifndef SP_TERM_PROGRESS_H
#define SP_TERM_PROGRESS_H

#include "work_progress.h"

typedef struct
{
  sp_work_progress cb;        /* what analysis/ is given */
  int enabled;           /* a terminal, and not --quiet */
  char step[64];         /* e.g. "bootstrap" */
  double expected;       /* seconds, estimated by the caller */
  double start;          /* monotonic seconds when the step started */
  double last;           /* when the line was last drawn, or 0 */
  int width;             /* characters of the line last drawn */
} sp_term_progress;

/* Set T up for a run: enabled when standard error is a terminal and
   QUIET is zero.  */
void sp_term_progress_init (sp_term_progress *t, int quiet);

/* Start the step STEP (copied; a longer one is cut), expected to take EXPECTED
   seconds.  Returns the sp_progress to hand to analysis/, or NULL when
   T is not enabled.  */
const sp_work_progress *sp_term_progress_start (sp_term_progress *t,
                                           const char *step,
                                           double expected);

/* End the current step: wipe its line if one was drawn.  */
void sp_term_progress_end (sp_term_progress *t);

/* Rough single-thread time estimates, for sp_term_progress_start:
   B resamples of N rows x K columns, and N rollout simulations.  */
double sp_term_progress_boot_seconds (size_t b, size_t n, size_t k);
double sp_term_progress_psa_seconds (size_t n);

#endif /* SP_TERM_PROGRESS_H */

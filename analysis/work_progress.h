/* work_progress.h -- how a long computation says how far it has got

   analysis/ never prints.  A computation that can take seconds (the
   bootstrap's resamples, the rollout's simulations) takes an optional
   sp_work_progress and calls it as its work finishes; the command layer
   decides whether and how to show it (cmd/term_progress.h draws a line on a
   terminal).  The callback is only ever called from the thread that
   started the computation, never from the pool's other threads, so it
   need not be thread-safe; it must not change anything the computation
   reads, so the results are the same with or without it.  */

#ifndef SP_WORK_PROGRESS_H
#define SP_WORK_PROGRESS_H

#include <stddef.h>

/* DONE of TOTAL units of work are finished (0 < DONE <= TOTAL; the last
   call has DONE == TOTAL).  ARG is the sp_work_progress's.  */
typedef void (*sp_work_progress_fn) (void *arg, size_t done, size_t total);

typedef struct
{
  sp_work_progress_fn fn;
  void *arg;
} sp_work_progress;

/* Call P's function with DONE and TOTAL; nothing when P or its function
   is NULL.  */
static inline void
sp_work_progress_report (const sp_work_progress *p, size_t done, size_t total)
{
  if (p && p->fn)
    p->fn (p->arg, done, total);
}

#endif /* SP_WORK_PROGRESS_H */

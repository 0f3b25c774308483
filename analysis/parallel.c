/* parallel.c -- run numbered blocks of work on a pool of threads */

#include "parallel.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "xalloc.h"

size_t
sp_parallel_cores (void)
{
  long n = sysconf (_SC_NPROCESSORS_ONLN);
  return n >= 1 ? (size_t) n : 1;
}

/* What the threads of one run share: the functions, their argument,
   the number of the next block nobody has taken, how many blocks are
   finished and whom the calling thread tells.  */
typedef struct
{
  size_t n_blocks;
  sp_parallel_init init;
  sp_parallel_block block;
  sp_parallel_done done;
  void *arg;
  atomic_size_t next;
  atomic_size_t finished;
  const sp_work_progress *progress;
} pool;

/* Take blocks until none are left; REPORT: tell the progress after
   each (the calling thread only).  */
static void
take_blocks (pool *p, int report)
{
  void *scratch = p->init ? p->init (p->arg) : NULL;
  for (;;)
    {
      size_t b = atomic_fetch_add (&p->next, 1);
      if (b >= p->n_blocks)
        break;
      p->block (b, scratch, p->arg);
      size_t finished = atomic_fetch_add (&p->finished, 1) + 1;
      if (report)
        sp_work_progress_report (p->progress, finished, p->n_blocks);
    }
  if (p->done)
    p->done (scratch);
}

static void *
worker (void *arg)
{
  take_blocks (arg, 0);
  return NULL;
}

void
sp_parallel_blocks (size_t n_blocks, int threads, sp_parallel_init init,
                    sp_parallel_block block, sp_parallel_done done,
                    void *arg)
{
  sp_parallel_blocks_progress (n_blocks, threads, init, block, done, arg,
                               NULL);
}

void
sp_parallel_blocks_progress (size_t n_blocks, int threads,
                             sp_parallel_init init, sp_parallel_block block,
                             sp_parallel_done done, void *arg,
                             const sp_work_progress *progress)
{
  if (n_blocks == 0)
    return;
  pool p = { n_blocks, init, block, done, arg, 0, 0, progress };
  atomic_init (&p.next, 0);
  atomic_init (&p.finished, 0);
  size_t t = threads > 0 ? (size_t) threads : sp_parallel_cores ();
  if (t > n_blocks)
    t = n_blocks;

  /* The calling thread is worker 0.  */
  pthread_t *ids = sp_xcalloc (t, sizeof *ids);
  size_t started = 0;
  for (size_t i = 1; i < t; i++)
    {
      if (pthread_create (&ids[started], NULL, worker, &p) != 0)
        break;
      started++;
    }
  take_blocks (&p, 1);
  for (size_t i = 0; i < started; i++)
    pthread_join (ids[i], NULL);
  free (ids);
  sp_work_progress_report (progress, n_blocks, n_blocks);
}

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

/* What the threads of one run share: the functions, their argument and
   the number of the next block nobody has taken.  */
typedef struct
{
  size_t n_blocks;
  sp_parallel_init init;
  sp_parallel_block block;
  sp_parallel_done done;
  void *arg;
  atomic_size_t next;
} pool;

/* Take blocks until none are left.  */
static void *
worker (void *arg)
{
  pool *p = arg;
  void *scratch = p->init ? p->init (p->arg) : NULL;
  for (;;)
    {
      size_t b = atomic_fetch_add (&p->next, 1);
      if (b >= p->n_blocks)
        break;
      p->block (b, scratch, p->arg);
    }
  if (p->done)
    p->done (scratch);
  return NULL;
}

void
sp_parallel_blocks (size_t n_blocks, int threads, sp_parallel_init init,
                    sp_parallel_block block, sp_parallel_done done,
                    void *arg)
{
  if (n_blocks == 0)
    return;
  pool p = { n_blocks, init, block, done, arg, 0 };
  atomic_init (&p.next, 0);
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
  worker (&p);
  for (size_t i = 0; i < started; i++)
    pthread_join (ids[i], NULL);
  free (ids);
}

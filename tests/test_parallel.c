/* test_parallel.c -- the thread pool: every block exactly once, one
   scratch per taking part thread, whatever the thread count */

#include <setjmp.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallel.h"

/* What one run records: how often each block ran, how many scratches
   were made and released, and how many blocks each scratch saw.  */
typedef struct
{
  atomic_int *runs;          /* n_blocks */
  atomic_int made;
  atomic_int released;
  atomic_size_t blocks_seen; /* summed over released scratches */
} tally;

typedef struct
{
  tally *t;
  size_t blocks;             /* blocks run with this scratch */
} scratch;

static void *
make (void *arg)
{
  tally *t = arg;
  atomic_fetch_add (&t->made, 1);
  scratch *s = calloc (1, sizeof *s);
  assert_non_null (s);
  s->t = t;
  return s;
}

static void
block (size_t b, void *sc, void *arg)
{
  tally *t = arg;
  scratch *s = sc;
  assert_ptr_equal (s->t, t);
  s->blocks++;
  atomic_fetch_add (&t->runs[b], 1);
}

static void
release (void *sc)
{
  scratch *s = sc;
  atomic_fetch_add (&s->t->released, 1);
  atomic_fetch_add (&s->t->blocks_seen, s->blocks);
  free (s);
}

/* Run N_BLOCKS on THREADS and check the tally: every block once, as
   many scratches released as made, at least one and no more than
   min (threads, blocks) of them (threads <= 0: the cores), and every
   block run with one of them.  */
static void
check (size_t n_blocks, int threads)
{
  tally t;
  t.runs = calloc (n_blocks ? n_blocks : 1, sizeof *t.runs);
  assert_non_null (t.runs);
  atomic_init (&t.made, 0);
  atomic_init (&t.released, 0);
  atomic_init (&t.blocks_seen, 0);
  sp_parallel_blocks (n_blocks, threads, make, block, release, &t);
  for (size_t b = 0; b < n_blocks; b++)
    assert_int_equal (atomic_load (&t.runs[b]), 1);
  size_t most = threads > 0 ? (size_t) threads : sp_parallel_cores ();
  if (most > n_blocks)
    most = n_blocks;
  int made = atomic_load (&t.made);
  assert_int_equal (made, atomic_load (&t.released));
  assert_true ((size_t) made <= most);
  assert_true (n_blocks == 0 ? made == 0 : made >= 1);
  assert_int_equal (atomic_load (&t.blocks_seen), n_blocks);
  free (t.runs);
}

static void
every_block_once (void **state)
{
  (void) state;
  const size_t blocks[] = { 0, 1, 2, 5, 64, 1000 };
  const int threads[] = { -1, 0, 1, 2, 3, 8 };
  for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
    for (size_t j = 0; j < sizeof threads / sizeof *threads; j++)
      check (blocks[i], threads[j]);
}

/* Without init and done the scratch is NULL.  */
static void
null_scratch_block (size_t b, void *sc, void *arg)
{
  assert_null (sc);
  atomic_fetch_add (&((atomic_int *) arg)[b], 1);
}

static void
init_and_done_optional (void **state)
{
  (void) state;
  atomic_int runs[37];
  for (size_t b = 0; b < 37; b++)
    atomic_init (&runs[b], 0);
  sp_parallel_blocks (37, 4, NULL, null_scratch_block, NULL, runs);
  for (size_t b = 0; b < 37; b++)
    assert_int_equal (atomic_load (&runs[b]), 1);
}

/* What a progress callback saw: every call's DONE, from which thread.  */
typedef struct
{
  pthread_t caller;
  size_t calls;
  size_t last;
  size_t total;
  int other_thread;
  int backwards;
} seen;

static void
record (void *arg, size_t done, size_t total)
{
  seen *s = arg;
  if (!pthread_equal (pthread_self (), s->caller))
    s->other_thread = 1;
  if (done < s->last || done == 0 || done > total)
    s->backwards = 1;
  s->last = done;
  s->total = total;
  s->calls++;
}

/* Progress is told only from the calling thread, never going back, and
   last with every block done; the blocks run exactly as without it.  */
static void
progress_from_the_caller (void **state)
{
  (void) state;
  const int threads[] = { 1, 2, 4 };
  for (size_t j = 0; j < sizeof threads / sizeof *threads; j++)
    {
      atomic_int runs[200];
      for (size_t b = 0; b < 200; b++)
        atomic_init (&runs[b], 0);
      seen s = { pthread_self (), 0, 0, 0, 0, 0 };
      sp_work_progress p = { record, &s };
      sp_parallel_blocks_progress (200, threads[j], NULL, null_scratch_block,
                                   NULL, runs, &p);
      for (size_t b = 0; b < 200; b++)
        assert_int_equal (atomic_load (&runs[b]), 1);
      assert_false (s.other_thread);
      assert_false (s.backwards);
      assert_true (s.calls >= 1);
      assert_int_equal (s.last, 200);
      assert_int_equal (s.total, 200);
    }
  /* no blocks: nothing to tell */
  seen s = { pthread_self (), 0, 0, 0, 0, 0 };
  sp_work_progress p = { record, &s };
  sp_parallel_blocks_progress (0, 2, NULL, null_scratch_block, NULL, NULL,
                               &p);
  assert_int_equal (s.calls, 0);
}

static void
cores_at_least_one (void **state)
{
  (void) state;
  assert_true (sp_parallel_cores () >= 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_block_once),
    cmocka_unit_test (init_and_done_optional),
    cmocka_unit_test (cores_at_least_one),
    cmocka_unit_test (progress_from_the_caller),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

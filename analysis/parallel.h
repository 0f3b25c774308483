/* parallel.h -- run numbered blocks of work on a pool of threads

   The bootstrap and the rollout's probabilistic sensitivity analysis
   both cut their simulations into blocks, give block b its own
   generator seeded from (seed, b) alone, and let threads take whole
   blocks.  Since a block's result depends on its number only, never on
   the thread that ran it or on the order blocks were taken in, every
   figure is the same bits for any thread count.  This module is that
   pool, written once.

   Threads take blocks from a shared atomic counter, so a block is run
   exactly once; the calling thread works too, and a thread that cannot
   be started is simply not there to take blocks: the others run them,
   with the same result.  Each thread has its own working memory
   ("scratch"), made once before its first block and released after its
   last, so the blocks themselves need not allocate.  */

#ifndef SP_PARALLEL_H
#define SP_PARALLEL_H

#include <stddef.h>
#include <stdint.h>

#include "work_progress.h"

/* SplitMix64's output function (Steele, Lea and Flood 2014): the mix
   with which the bootstrap and the PSA turn (seed, block) into a
   block's generator seed.  */
static inline uint64_t
sp_splitmix64 (uint64_t x)
{
  x += UINT64_C (0x9E3779B97F4A7C15);
  x = (x ^ (x >> 30)) * UINT64_C (0xBF58476D1CE4E5B9);
  x = (x ^ (x >> 27)) * UINT64_C (0x94D049BB133111EB);
  return x ^ (x >> 31);
}

/* Number of online processors (sysconf), at least 1.  */
size_t sp_parallel_cores (void);

/* Make one thread's working memory from ARG; called once per thread
   that takes part, before its first block.  Returns the scratch passed
   to the block and done functions (may be NULL).  */
typedef void *(*sp_parallel_init) (void *arg);

/* Run block B with the thread's SCRATCH and the run's ARG.  Called from
   several threads at once: it may write only what belongs to block B.  */
typedef void (*sp_parallel_block) (size_t b, void *scratch, void *arg);

/* Release SCRATCH made by the init function; called once per thread
   after its last block.  */
typedef void (*sp_parallel_done) (void *scratch);

/* Run BLOCK for every block number 0 .. N_BLOCKS - 1, each exactly
   once, on THREADS threads (0 or less = sp_parallel_cores (); never more
   than N_BLOCKS), the calling thread among them; returns when every
   block is done.  INIT and DONE may be NULL (the scratch is then NULL).
   With N_BLOCKS 0 nothing is called.  The pool allocates only the
   thread handles, released before it returns.  */
void sp_parallel_blocks (size_t n_blocks, int threads, sp_parallel_init init,
                         sp_parallel_block block, sp_parallel_done done,
                         void *arg);

/* As sp_parallel_blocks, reporting the blocks finished to PROGRESS
   (may be NULL): from the calling thread, after each block it runs and
   once when all are done (DONE == N_BLOCKS).  */
void sp_parallel_blocks_progress (size_t n_blocks, int threads,
                                  sp_parallel_init init,
                                  sp_parallel_block block,
                                  sp_parallel_done done, void *arg,
                                  const sp_work_progress *progress);

#endif /* SP_PARALLEL_H */

/* bench_common.h -- what the benchmarks share: a child process timed
   and measured, medians, and the processor they ran on

   Benchmarks measure; they assert nothing about time.  Each run is a
   fresh child process, so its peak resident memory (getrusage's
   ru_maxrss) is its own.  */

#ifndef SP_BENCH_COMMON_H
#define SP_BENCH_COMMON_H

/* One run: wall time, CPU time (user + system) and peak memory.  */
typedef struct
{
  double wall, cpu, rss_mib;
} bench_measure;

/* Run a child: IN_CHILD (ARG) when IN_CHILD is given (it must _exit),
   else the program ARGV with its output to /dev/null.  Exits the
   benchmark (70) when the child cannot be run or fails.  */
bench_measure bench_child (void (*in_child) (const char *), const char *arg,
                           char *const *argv);

/* RUNS runs of a child (bench_child: IN_CHILD (ARG), or ARGV), each
   after PREPARE (CTX) when PREPARE is given; prints each run and the
   medians of wall time, CPU time and peak memory as "WHAT run i: ...",
   with MB/s for MB megabytes when MB > 0.  */
void bench_series (const char *what, void (*in_child) (const char *),
                   const char *arg, char *const *argv, int runs, double mb,
                   void (*prepare) (void *), void *ctx);

/* The command line "[--runs N] [USAGE.csv]" into *RUNS (default 5, at
   least 1) and *USAGE (NULL when none is given).  */
void bench_args (int argc, char **argv, int *runs, const char **usage);

/* Write the 200,000-participant usage file of issue 13 to PATH with
   gen_usage, which is in DIR (beside the benchmark).  */
void bench_generate_usage (const char *dir, const char *path);

/* The median of the N values V (sorted in place).  */
double bench_median (double *v, int n);

/* Print "processor: NAME (N logical cores); load average L".  */
void bench_print_processor (void);

#endif /* SP_BENCH_COMMON_H */

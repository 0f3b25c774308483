/* mutate.h -- deterministic damage to input files, and a guarded runner,
   for the robustness tests

   A mutation takes the bytes of a valid input (CSV or JSON) and returns a
   damaged copy: truncated, bytes flipped, lines deleted or duplicated,
   fields swapped, stray quotes, commas, CRs and NULs, a 100 kB field,
   extreme numbers, an empty file, a header only, byte order marks and
   UTF-16.  The damage is chosen by a small seeded generator (splitmix64),
   so a failing case is reproduced from its seed alone.

   sp_mut_exec runs a program with an argument vector (no shell), captures
   stdout and stderr, and tells an exit from a death by signal; a run that
   outlives a generous watchdog is killed and reported as hung.  */

#ifndef SP_TEST_MUTATE_H
#define SP_TEST_MUTATE_H

#include <stddef.h>
#include <stdint.h>

/* The generator.  */
typedef struct
{
  uint64_t state;
} sp_mut_rng;

/* Seed R with SEED.  */
void sp_mut_seed (sp_mut_rng *r, uint64_t seed);

/* A uniform integer in [0, N) (0 when N is 0).  */
size_t sp_mut_below (sp_mut_rng *r, size_t n);

typedef enum
{
  SP_MUT_TRUNCATE,      /* cut at a random byte */
  SP_MUT_FLIP,          /* 1 to 4 random bytes changed */
  SP_MUT_DELETE_LINE,   /* one line removed (may be the header) */
  SP_MUT_DUP_LINE,      /* one line written twice */
  SP_MUT_SWAP_FIELDS,   /* two comma-separated fields of a line swapped */
  SP_MUT_QUOTE,         /* a '"' inserted */
  SP_MUT_COMMA,         /* a ',' inserted */
  SP_MUT_CR,            /* a lone '\r' inserted */
  SP_MUT_NUL,           /* a NUL byte inserted */
  SP_MUT_LONG_FIELD,    /* a field replaced by 100 kB of letters or digits */
  SP_MUT_SPECIAL,       /* a field replaced by 1e308, 1e309, -0, 0x10,
                           nan, inf, ... */
  SP_MUT_EMPTY,         /* zero bytes */
  SP_MUT_HEADER_ONLY,   /* the first line only */
  SP_MUT_BOM_TWICE,     /* two UTF-8 byte order marks in front */
  SP_MUT_UTF16,         /* re-encoded as UTF-16LE with its BOM */
  SP_MUT_NO_NEWLINE,    /* final line break(s) removed */
  SP_MUT_BLANK_LINES,   /* blank and space-only lines inserted */
  SP_MUT_N
} sp_mut_kind;

/* A damaged copy of the LEN bytes at IN, by KIND, with choices drawn
   from R.  Returns a malloc'd buffer (caller frees; always one spare NUL
   after the data) and stores its length in *OUT_LEN.  A short note of
   what was done (e.g. "line 7 field 3 -> '1e309'") is written to NOTE
   (NOTE_SIZE bytes).  */
char *sp_mut_apply (sp_mut_kind kind, const char *in, size_t len,
                    sp_mut_rng *r, size_t *out_len, char *note,
                    size_t note_size);

/* Write LEN bytes at DATA to PATH (created or truncated); fails the test
   when it cannot.  */
void sp_mut_write (const char *path, const char *data, size_t len);

typedef struct
{
  int status;     /* exit status; 128 + signal when killed */
  int signaled;   /* nonzero: died of a signal (or the watchdog) */
  int hung;       /* nonzero: killed by the watchdog */
  char *out;      /* stdout, NUL-terminated (owned) */
  size_t out_len;
  char *err;      /* stderr, NUL-terminated (owned) */
  size_t err_len;
} sp_mut_result;

/* Run ARGV[0] with the NULL-terminated ARGV, stdin from /dev/null.  The
   watchdog kills a run still going after WATCHDOG_SECONDS (hang
   detection only; choose it far above any normal run).  Free the result
   with sp_mut_result_free.  */
sp_mut_result sp_mut_exec (char *const argv[], int watchdog_seconds);

/* Release what R owns.  */
void sp_mut_result_free (sp_mut_result *r);

#endif /* SP_TEST_MUTATE_H */

/* mutate.c -- deterministic damage to input files, and a guarded runner */

#include "mutate.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "xalloc.h"

/* splitmix64 (Steele, Lea and Flood 2014): tiny, seedable, good enough
   to pick where to damage a file.  */
void
sp_mut_seed (sp_mut_rng *r, uint64_t seed)
{
  r->state = seed;
}

static uint64_t
next (sp_mut_rng *r)
{
  uint64_t z = (r->state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

size_t
sp_mut_below (sp_mut_rng *r, size_t n)
{
  return n ? (size_t) (next (r) % n) : 0;
}

/* Short name of KIND for the notes of sp_mut_apply.  */
static const char *
sp_mut_name (sp_mut_kind kind)
{
  static const char *const names[SP_MUT_N] = {
    "truncate", "flip", "delete-line", "dup-line", "swap-fields", "quote",
    "comma", "cr", "nul", "long-field", "special", "empty", "header-only",
    "bom-twice", "utf16", "no-newline", "blank-lines"
  };
  return kind < SP_MUT_N ? names[kind] : "?";
}

/* A growing byte buffer.  */
typedef struct
{
  char *p;
  size_t n, cap;
} buf;

static void
put (buf *b, const char *s, size_t n)
{
  if (b->n + n + 1 > b->cap)
    {
      b->cap = (b->n + n + 1) * 2;
      b->p = sp_xrealloc (b->p, b->cap);
    }
  if (n)
    memcpy (b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

static void
puts_ (buf *b, const char *s)
{
  put (b, s, strlen (s));
}

/* Number of lines (a last line without a newline counts).  */
static size_t
count_lines (const char *s, size_t len)
{
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += s[i] == '\n';
  return n + (len && s[len - 1] != '\n');
}

/* Byte range [*B, *E) of line K (0-based), newline included.  */
static void
line_span (const char *s, size_t len, size_t k, size_t *b, size_t *e)
{
  size_t i = 0;
  for (size_t line = 0; line < k && i < len; i++)
    if (s[i] == '\n')
      line++;
  *b = i;
  while (i < len && s[i] != '\n')
    i++;
  *e = i < len ? i + 1 : i;
}

/* Delimiters of a "field": CSV cells and JSON scalar values.  */
static int
delim (char c)
{
  return c == ',' || c == '\n' || c == '\r' || c == ':' || c == '{'
         || c == '}' || c == '[' || c == ']';
}

/* Pick a random field: a maximal run of non-delimiters.  When the text
   looks like JSON, prefer values (runs after ':' or '[').  */
static void
field_span (const char *s, size_t len, sp_mut_rng *r, size_t *b, size_t *e)
{
  int json = len && (s[0] == '{' || s[0] == '[');
  size_t start = sp_mut_below (r, len ? len : 1);
  for (size_t tries = 0; tries < len + 1; tries++)
    {
      size_t i = (start + tries) % (len ? len : 1);
      /* the start of a run: position 0 or just after a delimiter */
      if (i < len && !delim (s[i]) && (i == 0 || delim (s[i - 1])))
        {
          if (json && !(i > 0 && (s[i - 1] == ':' || s[i - 1] == '[')))
            continue;
          size_t j = i;
          while (j < len && !delim (s[j]))
            j++;
          *b = i;
          *e = j;
          return;
        }
    }
  *b = *e = sp_mut_below (r, len + 1);
}

/* Replace [B, E) of IN by REPL.  */
static void
replace_span (buf *o, const char *in, size_t len, size_t b, size_t e,
        const char *repl, size_t repl_len)
{
  put (o, in, b);
  put (o, repl, repl_len);
  put (o, in + e, len - e);
}

static const char *const specials[] = {
  "1e308", "1e309", "-1e308", "-0", "0x10", "nan", "NaN", "inf", "-inf",
  "Infinity", "1e-320", "-1", "99999999999999999999999", "2147483648",
  "\"\"", " ", "\"1,5\"", "1,5", "1.2.3", "true", "null", "\"x\"\"y\""
};

char *
sp_mut_apply (sp_mut_kind kind, const char *in, size_t len, sp_mut_rng *r,
              size_t *out_len, char *note, size_t note_size)
{
  buf o = { NULL, 0, 0 };
  put (&o, "", 0);
  size_t lines = count_lines (in, len);
  size_t at = sp_mut_below (r, len + 1);
  snprintf (note, note_size, "%s", sp_mut_name (kind));
  switch (kind)
    {
    case SP_MUT_TRUNCATE:
      at = sp_mut_below (r, len ? len : 1);
      put (&o, in, at);
      snprintf (note, note_size, "truncate at byte %zu of %zu", at, len);
      break;
    case SP_MUT_FLIP:
      {
        put (&o, in, len);
        size_t k = 1 + sp_mut_below (r, 4);
        for (size_t i = 0; i < k && o.n; i++)
          {
            size_t p = sp_mut_below (r, o.n);
            o.p[p] = (char) (o.p[p] ^ (1 + sp_mut_below (r, 255)));
          }
        snprintf (note, note_size, "flip %zu byte(s)", k);
      }
      break;
    case SP_MUT_DELETE_LINE:
    case SP_MUT_DUP_LINE:
      {
        size_t k = sp_mut_below (r, lines ? lines : 1), b, e;
        line_span (in, len, k, &b, &e);
        put (&o, in, e);
        if (kind == SP_MUT_DELETE_LINE)
          o.n = b;
        else
          {
            if (e == len && (e == 0 || in[e - 1] != '\n'))
              put (&o, "\n", 1);
            put (&o, in + b, e - b);
          }
        put (&o, in + e, len - e);
        snprintf (note, note_size, "%s line %zu", sp_mut_name (kind), k + 1);
      }
      break;
    case SP_MUT_SWAP_FIELDS:
      {
        size_t k = sp_mut_below (r, lines ? lines : 1), b, e;
        line_span (in, len, k, &b, &e);
        /* the fields of the line, split naively at commas */
        size_t starts[256], ends[256], n = 0, i = b;
        size_t stop = e > b && in[e - 1] == '\n' ? e - 1 : e;
        while (n < 256)
          {
            starts[n] = i;
            while (i < stop && in[i] != ',')
              i++;
            ends[n++] = i;
            if (i >= stop)
              break;
            i++;
          }
        if (n < 2)
          {
            put (&o, in, len);
            snprintf (note, note_size, "line %zu: one field, unchanged",
                      k + 1);
            break;
          }
        size_t f1 = sp_mut_below (r, n);
        size_t f2 = (f1 + 1 + sp_mut_below (r, n - 1)) % n;
        if (f1 > f2)
          {
            size_t t = f1;
            f1 = f2;
            f2 = t;
          }
        put (&o, in, starts[f1]);
        put (&o, in + starts[f2], ends[f2] - starts[f2]);
        put (&o, in + ends[f1], starts[f2] - ends[f1]);
        put (&o, in + starts[f1], ends[f1] - starts[f1]);
        put (&o, in + ends[f2], len - ends[f2]);
        snprintf (note, note_size, "line %zu: swap fields %zu and %zu",
                  k + 1, f1 + 1, f2 + 1);
      }
      break;
    case SP_MUT_QUOTE:
    case SP_MUT_COMMA:
    case SP_MUT_CR:
    case SP_MUT_NUL:
      {
        static const char chars[] = { '"', ',', '\r', '\0' };
        replace_span (&o, in, len, at, at, &chars[kind - SP_MUT_QUOTE], 1);
        snprintf (note, note_size, "insert %s at byte %zu",
                  sp_mut_name (kind), at);
      }
      break;
    case SP_MUT_LONG_FIELD:
      {
        size_t b, e, n = 100 * 1024;
        field_span (in, len, r, &b, &e);
        char *big = sp_xmalloc (n);
        int digits = sp_mut_below (r, 2);
        for (size_t i = 0; i < n; i++)
          big[i] = digits ? (char) ('1' + i % 9) : (char) ('a' + i % 26);
        replace_span (&o, in, len, b, e, big, n);
        free (big);
        snprintf (note, note_size, "bytes %zu-%zu -> 100 kB of %s", b, e,
                  digits ? "digits" : "letters");
      }
      break;
    case SP_MUT_SPECIAL:
      {
        size_t b, e;
        field_span (in, len, r, &b, &e);
        const char *v
          = specials[sp_mut_below (r, sizeof specials / sizeof *specials)];
        replace_span (&o, in, len, b, e, v, strlen (v));
        snprintf (note, note_size, "bytes %zu-%zu '%.*s' -> '%s'", b, e,
                  (int) (e - b < 40 ? e - b : 40), in + b, v);
      }
      break;
    case SP_MUT_EMPTY:
      break;
    case SP_MUT_HEADER_ONLY:
      {
        size_t b, e;
        line_span (in, len, 0, &b, &e);
        put (&o, in, e);
      }
      break;
    case SP_MUT_BOM_TWICE:
      puts_ (&o, "\xEF\xBB\xBF\xEF\xBB\xBF");
      put (&o, in, len);
      break;
    case SP_MUT_UTF16:
      puts_ (&o, "\xFF\xFE");
      for (size_t i = 0; i < len; i++)
        {
          put (&o, in + i, 1);
          put (&o, "", 1);  /* the high byte: NUL for ASCII */
        }
      break;
    case SP_MUT_NO_NEWLINE:
      {
        size_t n = len;
        while (n && (in[n - 1] == '\n' || in[n - 1] == '\r'))
          n--;
        put (&o, in, n);
      }
      break;
    case SP_MUT_BLANK_LINES:
      {
        size_t k = sp_mut_below (r, lines + 1), b, e;
        line_span (in, len, k, &b, &e);
        put (&o, in, b);
        puts_ (&o, "\n   \n\t\n");
        put (&o, in + b, len - b);
        snprintf (note, note_size, "blank lines before line %zu", k + 1);
      }
      break;
    case SP_MUT_N:
      put (&o, in, len);
      break;
    }
  *out_len = o.n;
  return o.p;
}

void
sp_mut_write (const char *path, const char *data, size_t len)
{
  FILE *f = fopen (path, "wb");
  if (!f)
    fail_msg ("cannot write %s: %s", path, strerror (errno));
  if (len && fwrite (data, 1, len, f) != len)
    fail_msg ("cannot write %s", path);
  if (fclose (f) != 0)
    fail_msg ("cannot close %s", path);
}

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

sp_mut_result
sp_mut_exec (char *const argv[], int watchdog_seconds)
{
  sp_mut_result res;
  memset (&res, 0, sizeof res);
  int po[2], pe[2];
  if (pipe (po) != 0 || pipe (pe) != 0)
    fail_msg ("pipe: %s", strerror (errno));
  fflush (NULL);
  pid_t pid = fork ();
  if (pid < 0)
    fail_msg ("fork: %s", strerror (errno));
  if (pid == 0)
    {
      int devnull = open ("/dev/null", O_RDONLY);
      if (devnull >= 0)
        dup2 (devnull, 0);
      dup2 (po[1], 1);
      dup2 (pe[1], 2);
      close (po[0]);
      close (po[1]);
      close (pe[0]);
      close (pe[1]);
      execv (argv[0], argv);
      _exit (127);
    }
  close (po[1]);
  close (pe[1]);
  buf out = { NULL, 0, 0 }, err = { NULL, 0, 0 };
  put (&out, "", 0);
  put (&err, "", 0);
  struct pollfd fds[2] = { { po[0], POLLIN, 0 }, { pe[0], POLLIN, 0 } };
  int open_fds = 2;
  double deadline = now () + watchdog_seconds;
  while (open_fds > 0)
    {
      double left = deadline - now ();
      if (left <= 0)
        {
          kill (pid, SIGKILL);
          res.hung = 1;
          break;
        }
      int n = poll (fds, 2, (int) (left * 1000) + 1);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        fail_msg ("poll: %s", strerror (errno));
      for (int i = 0; i < 2; i++)
        if (fds[i].fd >= 0 && fds[i].revents)
          {
            char chunk[65536];
            ssize_t got = read (fds[i].fd, chunk, sizeof chunk);
            if (got > 0)
              put (i == 0 ? &out : &err, chunk, (size_t) got);
            else if (got == 0 || errno != EINTR)
              {
                close (fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
              }
          }
    }
  for (int i = 0; i < 2; i++)
    if (fds[i].fd >= 0)
      close (fds[i].fd);
  int raw;
  while (waitpid (pid, &raw, 0) < 0)
    if (errno != EINTR)
      fail_msg ("waitpid: %s", strerror (errno));
  if (WIFEXITED (raw))
    res.status = WEXITSTATUS (raw);
  else
    {
      res.signaled = 1;
      res.status = 128 + (WIFSIGNALED (raw) ? WTERMSIG (raw) : 0);
    }
  if (res.hung)
    res.signaled = 1;
  res.out = out.p;
  res.out_len = out.n;
  res.err = err.p;
  res.err_len = err.n;
  return res;
}

void
sp_mut_result_free (sp_mut_result *r)
{
  free (r->out);
  free (r->err);
  r->out = r->err = NULL;
}

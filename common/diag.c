/* diag.c -- collect input problems as FILE:LINE:COLUMN messages */

#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void
sp_diag_init (sp_diag *d)
{
  memset (d, 0, sizeof *d);
  d->cap_per_file = SP_DIAG_CAP_PER_FILE;
}

void
sp_diag_free (sp_diag *d)
{
  for (size_t i = 0; i < d->n_msgs; i++)
    {
      free (d->msgs[i].file);
      free (d->msgs[i].text);
    }
  free (d->msgs);
  free (d->seen);
  sp_names_free (&d->files);
  free (d->file_errors);
  memset (d, 0, sizeof *d);
}

size_t
sp_diag_errors_in (const sp_diag *d, const char *file)
{
  long f = file ? sp_names_find (&d->files, file) : -1;
  return f < 0 ? 0 : d->file_errors[f];
}

/* TEXT (consumed) as a message prints: control characters escaped, so
   that a cell echoed in a message cannot break its line (a quoted line
   break, a CR) or drive the terminal; and past SP_DIAG_TEXT_MAX bytes
   the middle elided, keeping what is wrong and what to do, so that a
   100 kB cell does not flood the screen.  UTF-8 sequences are kept
   whole.  */
static char *
tidy (char *text)
{
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    n += *p < 0x20 || *p == 0x7f ? 4 : 1;
  char *esc = sp_xmalloc (n + 1), *o = esc;
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    if (*p < 0x20 || *p == 0x7f)
      o += sprintf (o, "\\x%02x", *p);
    else
      *o++ = (char) *p;
  *o = '\0';
  free (text);
  if (n <= SP_DIAG_TEXT_MAX)
    return esc;
  size_t head = SP_DIAG_TEXT_MAX / 2, tail = n - SP_DIAG_TEXT_MAX / 2;
  while (head > 0 && (esc[head] & 0xC0) == 0x80)
    head--;
  while (tail < n && (esc[tail] & 0xC0) == 0x80)
    tail++;
  char *cut = sp_xasprintf ("%.*s ... (%zu bytes left out) ... %s",
                            (int) head, esc, tail - head, esc + tail);
  free (esc);
  return cut;
}

/* FNV-1a of the parts of a message.  */
static uint32_t
message_hash (sp_diag_kind kind, const char *file, size_t line,
              size_t column, const char *text)
{
  uint64_t h = 14695981039346656037ULL;
  size_t nums[3] = { (size_t) kind, line, column };
  const unsigned char *b = (const unsigned char *) nums;
  for (size_t i = 0; i < sizeof nums; i++)
    h = (h ^ b[i]) * 1099511628211ULL;
  for (const char *p = file ? file : ""; *p; p++)
    h = (h ^ (unsigned char) *p) * 1099511628211ULL;
  h = (h ^ 0xff) * 1099511628211ULL;
  for (const char *p = text; *p; p++)
    h = (h ^ (unsigned char) *p) * 1099511628211ULL;
  return (uint32_t) (h ^ (h >> 32));
}

static int
same_message (const sp_diag_msg *m, sp_diag_kind kind, const char *file,
              size_t line, size_t column, const char *text)
{
  return m->kind == kind && m->line == line && m->column == column
         && (m->file == file
             || (m->file && file && strcmp (m->file, file) == 0))
         && strcmp (m->text, text) == 0;
}

/* The slot of the message (hash H) in D's table of messages kept: the
   one holding it, or the empty one where it would go.  */
static size_t
seen_slot (const sp_diag *d, uint32_t h, sp_diag_kind kind,
           const char *file, size_t line, size_t column, const char *text)
{
  size_t i = (size_t) h & (d->n_seen - 1);
  for (;; i = (i + 1) & (d->n_seen - 1))
    {
      uint64_t e = d->seen[i];
      if (e == 0 || ((uint32_t) (e >> 32) == h
                     && same_message (&d->msgs[(uint32_t) e - 1], kind,
                                      file, line, column, text)))
        return i;
    }
}

/* Note message number K (hash H) as kept.  */
static void
remember (sp_diag *d, uint32_t h, size_t k)
{
  if (2 * (k + 1) > d->n_seen)
    {
      size_t old = d->n_seen;
      uint64_t *slots = d->seen;
      d->n_seen = old ? 2 * old : 64;
      d->seen = sp_xcalloc (d->n_seen, sizeof *d->seen);
      for (size_t i = 0; i < old; i++)
        if (slots[i])
          {
            size_t j = (size_t) (slots[i] >> 32) & (d->n_seen - 1);
            while (d->seen[j])
              j = (j + 1) & (d->n_seen - 1);
            d->seen[j] = slots[i];
          }
      free (slots);
    }
  const sp_diag_msg *m = &d->msgs[k];
  size_t i = seen_slot (d, h, m->kind, m->file, m->line, m->column,
                        m->text);
  d->seen[i] = (uint64_t) h << 32 | (uint64_t) (k + 1);
}

/* True when D already holds this very message: a file checked twice
   (by a section, then by the check of every input after a failure)
   reports each problem once.  */
static int
already_said (const sp_diag *d, uint32_t h, sp_diag_kind kind,
              const char *file, size_t line, size_t column, const char *text)
{
  return d->n_seen
         && d->seen[seen_slot (d, h, kind, file, line, column, text)] != 0;
}

static void
push (sp_diag *d, sp_diag_kind kind, const char *file, size_t line,
      size_t column, const char *fmt, va_list ap)
{
  char *text = tidy (sp_xvasprintf (fmt, ap));
  uint32_t h = message_hash (kind, file, line, column, text);
  if (already_said (d, h, kind, file, line, column, text))
    {
      free (text);
      return;
    }
  if (kind == SP_DIAG_ERROR)
    {
      d->n_errors++;
      if (sp_diag_errors_in (d, file) >= d->cap_per_file)
        {
          d->n_suppressed++;
          free (text);
          return;
        }
      if (file)
        {
          int added;
          size_t f = sp_names_intern (&d->files, file, &added);
          if (added)
            {
              d->file_errors = sp_xrealloc (d->file_errors, d->files.n
                                            * sizeof *d->file_errors);
              d->file_errors[f] = 0;
            }
          d->file_errors[f]++;
        }
    }
  if (d->n_msgs == d->cap_msgs)
    {
      d->cap_msgs = d->cap_msgs ? 2 * d->cap_msgs : 16;
      d->msgs = sp_xrealloc (d->msgs, d->cap_msgs * sizeof *d->msgs);
    }
  sp_diag_msg *m = &d->msgs[d->n_msgs++];
  m->kind = kind;
  m->file = file ? sp_xstrdup (file) : NULL;
  m->line = line;
  m->column = column;
  m->text = text;
  remember (d, h, d->n_msgs - 1);
}

void
sp_diag_error (sp_diag *d, const char *file, size_t line, size_t column,
               const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  push (d, SP_DIAG_ERROR, file, line, column, fmt, ap);
  va_end (ap);
  if (d->exit_status == 0)
    d->exit_status = SP_EXIT_DATAERR;
}

void
sp_diag_fail (sp_diag *d, int exit_status, const char *file, size_t line,
              size_t column, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  push (d, SP_DIAG_ERROR, file, line, column, fmt, ap);
  va_end (ap);
  /* A missing input (66) or unusable output (73) outranks bad data.  */
  if (d->exit_status == 0 || d->exit_status == SP_EXIT_DATAERR)
    d->exit_status = exit_status;
}

void
sp_diag_warn (sp_diag *d, const char *file, size_t line, size_t column,
              const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  push (d, SP_DIAG_WARNING, file, line, column, fmt, ap);
  va_end (ap);
}

int
sp_diag_failed (const sp_diag *d)
{
  return d->n_errors > 0;
}

const char *
sp_diag_file_label (const char *path)
{
  return strcmp (path, "-") == 0 ? "<stdin>" : path;
}

void
sp_diag_print (const sp_diag *d, FILE *out)
{
  for (size_t i = 0; i < d->n_msgs; i++)
    {
      const sp_diag_msg *m = &d->msgs[i];
      if (m->kind == SP_DIAG_WARNING && d->hide_warnings)
        continue;
      const char *kind = m->kind == SP_DIAG_ERROR ? "error" : "warning";
      const char *file = m->file ? sp_diag_file_label (m->file) : NULL;
      if (file && m->line && m->column)
        fprintf (out, "%s:%zu:%zu: %s: %s\n", file, m->line, m->column,
                 kind, m->text);
      else if (file && m->line)
        fprintf (out, "%s:%zu: %s: %s\n", file, m->line, kind, m->text);
      else if (file)
        fprintf (out, "%s: %s: %s\n", file, kind, m->text);
      else
        fprintf (out, "socialprofit: %s: %s\n", kind, m->text);
    }
  if (d->n_suppressed)
    fprintf (out, "socialprofit: %zu further error%s not shown\n",
             d->n_suppressed, d->n_suppressed == 1 ? "" : "s");
}

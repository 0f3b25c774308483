/* textin.c -- read a UTF-8 text input in blocks, checking it as it goes */

#include "textin.h"

#include <errno.h>
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xalloc.h"

static const char advice[] =
  "save it as UTF-8 (for a spreadsheet, as CSV UTF-8)";

static const char bom[3] = { '\xEF', '\xBB', '\xBF' };

static void
init (sp_textin *in, const char *name, size_t block, sp_diag *d)
{
  memset (in, 0, sizeof *in);
  in->name = name;
  in->d = d;
  in->block = block ? block : SP_TEXTIN_BLOCK;
  in->line = 1;
}

FILE *
sp_input_open (const char *path, sp_diag *d)
{
  if (strcmp (path, "-") == 0)
    return stdin;
  struct stat st;
  if (stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      sp_diag_fail (d, SP_EXIT_NOINPUT, path, 0, 0,
                    "is a directory, not a file: give the file's path");
      return NULL;
    }
  FILE *f = fopen (path, "rb");
  if (!f)
    sp_diag_fail (d, SP_EXIT_NOINPUT, path, 0, 0,
                  "cannot open: %s; check the path (relative paths in an "
                  "evaluation file are taken from the file's folder)",
                  strerror (errno));
  return f;
}

void
sp_input_close (FILE *f)
{
  if (f && f != stdin)
    fclose (f);
}

int
sp_textin_open (sp_textin *in, const char *path, size_t block, sp_diag *d)
{
  init (in, path, block, d);
  in->stop = 1;
  /* A file that has already reported errors in this run is not read
     again: its problems are known, and a second reading would only
     repeat them (or, past the cap, count them twice).  */
  if (sp_diag_errors_in (d, path) > 0)
    return -1;
  in->f = sp_input_open (path, d);
  if (!in->f)
    return -1;
  in->own_f = 1;
  in->stop = 0;
  in->buf = sp_xmalloc (in->block + 4);
  return 0;
}

void
sp_textin_stream (sp_textin *in, FILE *f, const char *name, size_t block,
                  sp_diag *d)
{
  init (in, name, block, d);
  in->f = f;
  in->buf = sp_xmalloc (in->block + 4);
}

void
sp_textin_memory (sp_textin *in, const char *text, size_t len,
                  const char *name, size_t block, sp_diag *d)
{
  init (in, name, block, d);
  in->mem = text;
  in->mem_len = len;
  in->buf = sp_xmalloc (in->block + 4);
}

/* Read up to N bytes into P from the file or the memory.  */
static size_t
fill (sp_textin *in, char *p, size_t n)
{
  if (in->f)
    return fread (p, 1, n, in->f);
  size_t left = in->mem_len - in->mem_pos;
  if (n > left)
    n = left;
  if (n)
    memcpy (p, in->mem + in->mem_pos, n);
  in->mem_pos += n;
  return n;
}

void
sp_textin_close (sp_textin *in)
{
  if (in->f && in->own_f)
    sp_input_close (in->f);
  free (in->buf);
  memset (in, 0, sizeof *in);
}

int
sp_textin_ok (const sp_textin *in)
{
  return !in->bad;
}

/* Number of bytes of the UTF-8 sequence that lead byte C starts (1 for
   a byte that cannot start one: validation will say so).  */
static size_t
sequence_length (unsigned char c)
{
  return c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Move the position past the valid text [A, B): lines and characters
   since the last newline.  */
static void
advance (sp_textin *in, const char *a, const char *b)
{
  size_t newlines = 0;
  for (const char *p = a; p < b; p++)
    newlines += *p == '\n';
  if (newlines == 0)
    {
      in->line_chars += (size_t) g_utf8_strlen (a, b - a);
      return;
    }
  const char *nl = memrchr (a, '\n', (size_t) (b - a));
  in->line += newlines;
  in->line_chars = (size_t) g_utf8_strlen (nl + 1, b - nl - 1);
}

/* The length of the longest prefix of the N bytes at P that is ASCII
   text without NUL bytes: checked eight bytes at a time, so that glib's
   validation (a byte at a time) need only see the rest.  */
static size_t
ascii_prefix (const char *p, size_t n)
{
  const uint64_t high = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    {
      uint64_t w;
      memcpy (&w, p + i, 8);
      /* a byte >= 0x80, or a zero byte */
      if ((w & high) || ((w - ones) & ~w & high))
        break;
    }
  return i;
}

/* Check the N bytes at P (whole characters, unless at the end of the
   input), reporting every problem.  */
static void
check (sp_textin *in, const char *p, size_t n)
{
  const char *q = p, *end = p + n;
  while (q < end && !in->stop)
    {
      if (in->skip_line)
        {
          /* the rest of a line already reported: only a NUL (a binary
             file) ends the reading */
          const char *nl = memchr (q, '\n', (size_t) (end - q));
          const char *stop = nl ? nl : end;
          if (memchr (q, '\0', (size_t) (stop - q)))
            {
              in->stop = 1;
              return;
            }
          if (!nl)
            return;
          in->skip_line = 0;
          in->line++;
          in->line_chars = 0;
          q = nl + 1;
          continue;
        }
      const gchar *badp = NULL;
      const char *rest = q + ascii_prefix (q, (size_t) (end - q));
      if (g_utf8_validate (rest, end - rest, &badp))
        {
          advance (in, q, end);
          return;
        }
      advance (in, q, badp);
      in->bad = 1;
      if (*badp == '\0')
        {
          sp_diag_error (in->d, in->name, in->line, in->line_chars + 1,
                         "the line holds a NUL byte, so the file is not "
                         "UTF-8 text: %s", advice);
          in->stop = 1;
          return;
        }
      sp_diag_error (in->d, in->name, in->line, in->line_chars + 1,
                     "byte 0x%02X is not UTF-8 text (a file saved in a "
                     "legacy encoding such as Windows-1252?): %s",
                     (unsigned) (unsigned char) *badp, advice);
      in->skip_line = 1;
      q = badp;
    }
}

/* Whether the N bytes at P, the first of the text, are UTF-16: a UTF-16
   byte order mark, or ASCII letters alternating with NUL bytes.  */
static int
looks_utf16 (const unsigned char *p, size_t n)
{
  if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE)
                 || (p[0] == 0xFE && p[1] == 0xFF)))
    return 1;
  if (n < 4)
    return 0;
  return (p[0] && !p[1] && p[2] && !p[3]) || (!p[0] && p[1] && !p[2] && p[3]);
}

int
sp_textin_next (sp_textin *in)
{
  for (;;)
    {
      if (in->stop || (in->eof && in->carry == 0))
        return 0;
      /* the bytes kept from the last block move to the front */
      if (in->data && in->carry)
        memmove (in->buf, in->data + in->len, in->carry);
      in->data = NULL;
      in->len = 0;
      size_t got = in->eof ? 0 : fill (in, in->buf + in->carry, in->block);
      if (got == 0 && !in->eof)
        {
          in->eof = 1;
          if (in->f && ferror (in->f))
            {
              sp_diag_fail (in->d, SP_EXIT_NOINPUT, in->name, 0, 0,
                            "cannot read the file");
              in->bad = in->stop = 1;
              return 0;
            }
        }
      size_t len = in->carry + got;
      if (len == 0)
        return 0;
      char *p = in->buf;
      if (!in->started)
        {
          /* byte order marks, and UTF-16, at the start: wait for four
             bytes (or the end) to decide */
          size_t skip = 0;
          while (len - skip >= 3 && memcmp (p + skip, bom, 3) == 0)
            skip += 3;
          memmove (p, p + skip, len - skip);
          len -= skip;
          if (len < 4 && !in->eof)
            {
              in->carry = len;
              continue;
            }
          in->started = 1;
          if (looks_utf16 ((const unsigned char *) p, len))
            {
              sp_diag_error (in->d, in->name, 1, 1,
                             "the file is UTF-16 text: %s", advice);
              in->bad = in->stop = 1;
              return 0;
            }
        }
      /* hand out whole characters: a sequence cut by the read waits */
      size_t whole = len;
      if (!in->eof)
        for (size_t back = 1; back <= 3 && back <= len; back++)
          {
            unsigned char c = (unsigned char) p[len - back];
            if ((c & 0xC0) == 0x80)
              continue;
            if (sequence_length (c) > back)
              whole = len - back;
            break;
          }
      in->carry = len - whole;
      check (in, p, whole);
      in->data = p;
      in->len = whole;
      if (in->bad || whole == 0)
        continue;
      return 1;
    }
}

/* test_csvstream.c -- CSV read in blocks: whatever the block size, the
   same rows, lines and messages; text problems with their positions;
   the widest header; long fields; decimals read without strtod

   Every text is read with blocks of 1 to 9 bytes, and with the default
   block (the whole text at once), and the results must agree: a
   multi-byte character, a CRLF, a byte order mark or a quoted line break
   cut by a block must not change anything.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "sptest.h"

#include "csvtable.h"
#include "fields.h"
#include "slurp.h"
#include "xalloc.h"

static const sp_csv_column cols[] = { { "a", 1 }, { "b", 1 }, { "c", 0 } };

/* Everything a read gave, as one text: each row as LINE|cell|cell...,
   then each message as LINE:COLUMN:kind:text, then the result.  */
typedef struct
{
  FILE *m;
  char *text;
  size_t len;
  const int *index;
} record;

static void
on_row (void *data, const sp_csv_row *row)
{
  record *r = data;
  fprintf (r->m, "%zu", row->line);
  for (size_t i = 0; i < row->n_cells; i++)
    fprintf (r->m, "|%s", row->cells[i]);
  fprintf (r->m, " a=%s\n", sp_csv_cell (row, r->index[0]));
}

/* Read LEN bytes of TEXT with blocks of BLOCK bytes (0: the default);
   returns what happened (caller frees).  */
static char *
read_with (const char *text, size_t len, size_t block)
{
  record r;
  r.m = open_memstream (&r.text, &r.len);
  int index[3];
  r.index = index;
  sp_csv_spec spec = { .cols = cols, .n_cols = 3, .index = index,
                       .what = "no rows", .row = on_row, .data = &r,
                       .block = block };
  sp_diag d;
  sp_diag_init (&d);
  int rc = sp_csv_stream_text ("t.csv", text, len, &spec, &d);
  for (size_t i = 0; i < d.n_msgs; i++)
    fprintf (r.m, "%zu:%zu:%s:%s\n", d.msgs[i].line, d.msgs[i].column,
             d.msgs[i].kind == SP_DIAG_ERROR ? "error" : "warning",
             d.msgs[i].text);
  if (rc == 0)
    fprintf (r.m, "rc=0 header=%zu rows=%zu\n", spec.header_line,
             spec.n_rows);
  else
    fprintf (r.m, "rc=%d\n", rc);
  sp_diag_free (&d);
  fclose (r.m);
  return r.text;
}

/* ACCOUNT without its rows (in place).  */
static char *
messages_of (char *account)
{
  char *o = account;
  for (char *p = account; *p;)
    {
      char *nl = strchr (p, '\n');
      size_t n = nl ? (size_t) (nl - p) + 1 : strlen (p);
      if (!memmem (p, n, " a=", 3))
        {
          memmove (o, p, n);
          o += n;
        }
      p += n;
    }
  *o = '\0';
  return account;
}

/* Read TEXT with every block size from 1 to 9 and the default, check
   they agree (on the messages only when MESSAGES: rows before the block
   holding a text problem are read, so their number depends on the
   block), and return the default's account (caller frees).  */
static char *
any_block (const char *text, size_t len, int messages)
{
  char *whole = read_with (text, len, 0);
  if (messages)
    messages_of (whole);
  for (size_t block = 1; block <= 9; block++)
    {
      char *part = read_with (text, len, block);
      if (messages)
        messages_of (part);
      if (strcmp (part, whole) != 0)
        fail_msg ("block %zu gives\n%s\nbut the whole text gives\n%s",
                  block, part, whole);
      free (part);
    }
  return whole;
}

static char *
same_any_block (const char *text, size_t len)
{
  return any_block (text, len, 0);
}

static char *
same_messages_any_block (const char *text, size_t len)
{
  return any_block (text, len, 1);
}

/* Two byte order marks, CRLF, two- three- and four-byte characters, a
   quoted line break and a quoted CRLF, a blank line: rows at lines 2,
   3 (its quoted field runs to line 4) and 6.  */
static void
any_block_same_rows (void **state)
{
  (void) state;
  static const char text[] =
    "\xEF\xBB\xBF\xEF\xBB\xBF" "b,A,\xC3\xA9xtra\r\n"
    "\xE2\x82\xAC" "1,\"caf\xC3\xA9\",\xF0\x9F\x98\x80\r\n"
    "x,\"two\r\nlines\",z\r\n"
    "\r\n"
    "\"q\"\"q\",last,\r\n";
  char *got = same_any_block (text, sizeof text - 1);
  static const char want[] =
    "2|\xE2\x82\xAC" "1|caf\xC3\xA9|\xF0\x9F\x98\x80 a=caf\xC3\xA9\n"
    "3|x|two\r\nlines|z a=two\r\nlines\n"
    "6|q\"q|last| a=last\n"
    "1:0:warning:ignoring unknown column '\xC3\xA9xtra'\n"
    "rc=0 header=1 rows=3\n";
  assert_string_equal (got, want);
  free (got);
}

/* Bytes that are not UTF-8 on lines 2 and 4, each reported once at its
   character column (line 2: "\xC3\xA9,x" then 0xA3 -> column 4; line 4:
   0xFF at column 1).  */
static void
not_utf8_positions (void **state)
{
  (void) state;
  static const char text[] = "a,b\n"
                             "\xC3\xA9,x\xA3y\xA3\n"
                             "1,2\n"
                             "\xFF,3\n";
  char *got = same_messages_any_block (text, sizeof text - 1);
  assert_non_null (strstr (got, "2:4:error:byte 0xA3 is not UTF-8"));
  assert_non_null (strstr (got, "4:1:error:byte 0xFF is not UTF-8"));
  assert_non_null (strstr (got, "rc=-1"));
  free (got);
}

/* A NUL byte: one error at its line and column, then nothing more (the
   rest of the file is not read: a bad byte after it is not reported).  */
static void
nul_byte_position (void **state)
{
  (void) state;
  static const char text[] = "a,b\n\xC3\xA9,1\n22,3\0" "4\n\xA3\n";
  char *got = same_messages_any_block (text, sizeof text - 1);
  assert_non_null (strstr (got, "3:5:error:the line holds a NUL byte"));
  assert_null (strstr (got, "0xA3"));
  assert_non_null (strstr (got, "rc=-1"));
  free (got);
}

/* UTF-16 with or without its byte order mark, either byte order: one
   error at 1:1 saying to save as UTF-8.  */
static void
utf16_at_start (void **state)
{
  (void) state;
  static const struct
  {
    const char *text;
    size_t len;
  } cases[] = {
    { "\xFF\xFE" "a\0,\0b\0\n\0", 10 },
    { "\xFE\xFF" "\0a\0,\0b\0\n", 10 },
    { "a\0,\0b\0\n\0", 8 },
    { "\0a\0,\0b\0\n", 8 },
  };
  for (size_t i = 0; i < 4; i++)
    {
      char *got = same_messages_any_block (cases[i].text, cases[i].len);
      if (!strstr (got, "1:1:error:the file is UTF-16 text: save it as "
                        "UTF-8"))
        fail_msg ("case %zu: %s", i, got);
      free (got);
    }
}

/* A character cut by the end of the file is reported, at its column.  */
static void
cut_character_at_end (void **state)
{
  (void) state;
  static const char text[] = "a,b\n1,\xE2\x82";
  char *got = same_messages_any_block (text, sizeof text - 1);
  assert_non_null (strstr (got, "2:3:error:byte 0xE2 is not UTF-8"));
  free (got);
}

/* A row with the wrong number of fields: the rows before it are read,
   it and the rows after it are not, but every such row is reported.  */
static void
width_stops_rows (void **state)
{
  (void) state;
  static const char text[] = "a,b\n1,2\n3\n4,5\n6,7,8\n";
  char *got = same_any_block (text, sizeof text - 1);
  static const char want[] =
    "2|1|2 a=1\n"
    "3:2:error:row has 1 field but the header has 2: check for a missing "
    "or extra comma\n"
    "5:3:error:row has 3 fields but the header has 2: check for a missing "
    "or extra comma\n"
    "rc=-1\n";
  assert_string_equal (got, want);
  free (got);
}

/* A header of SP_CSV_MAX_COLUMNS columns is read (all but a and b
   unknown: one warning, built in time linear in their number); one more
   column is refused at its column, and so is a header ten times wider.  */
static void
widest_header (void **state)
{
  (void) state;
  size_t n = SP_CSV_MAX_COLUMNS;
  char *text = sp_xmalloc (20 * 10 * n + 64);
  char *o = text + sprintf (text, "a,b");
  for (size_t i = 2; i < n; i++)
    o += sprintf (o, ",u%zu", i);
  strcpy (o, "\n");
  size_t header_len = strlen (text);
  /* one data row of N fields */
  o = text + header_len;
  for (size_t i = 0; i < n; i++)
    o += sprintf (o, "%s1", i ? "," : "");
  strcpy (o, "\n");
  char *got = read_with (text, strlen (text), 0);
  assert_non_null (strstr (got, "1:0:warning:ignoring unknown columns "
                                "'u2', 'u3'"));
  assert_non_null (strstr (got, "rc=0 header=1 rows=1"));
  free (got);

  /* one more column */
  strcpy (text + header_len - 1, ",extra\n1\n");
  got = read_with (text, strlen (text), 0);
  char *want = sp_xasprintf ("1:%d:error:the header has more than %d "
                             "columns", SP_CSV_MAX_COLUMNS + 1,
                             SP_CSV_MAX_COLUMNS);
  assert_non_null (strstr (got, want));
  assert_non_null (strstr (got, "rc=-1"));
  free (got);

  /* 100,000 columns */
  o = text = sp_xrealloc (text, 10 * 10 * n + 64);
  for (size_t i = 0; i < 10 * n; i++)
    o += sprintf (o, "%sx%zu", i ? "," : "", i);
  strcpy (o, "\n1\n");
  got = read_with (text, strlen (text), 0);
  assert_non_null (strstr (got, want));
  free (want);
  free (got);
  free (text);
}

/* A field of 10 MB (quoted, with line breaks inside) is read whole, at
   its line; libcsv's buffer grows by doubling (its default block of 128
   bytes took minutes under the sanitizers).  */
static void
ten_megabyte_field (void **state)
{
  (void) state;
  size_t big = (size_t) 10 << 20;
  char *text = sp_xmalloc (big + 64);
  char *o = text + sprintf (text, "a,b\nshort,\"");
  for (size_t i = 0; i < big; i++)
    o[i] = i % 1000 == 999 ? '\n' : 'x';
  o += big;
  strcpy (o, "\"\nnext,1\n");
  record r;
  r.m = open_memstream (&r.text, &r.len);
  int index[3];
  r.index = index;
  sp_csv_spec spec = { .cols = cols, .n_cols = 3, .index = index,
                       .row = on_row, .data = &r };
  sp_diag d;
  sp_diag_init (&d);
  assert_int_equal (sp_csv_stream_text ("t.csv", text, strlen (text), &spec,
                                        &d), 0);
  fclose (r.m);
  /* the big row is on line 2; the next starts after its breaks */
  assert_true (r.len > big);
  assert_int_equal (strncmp (r.text, "2|short|xxx", 11), 0);
  char *next = sp_xasprintf ("\n%zu|next|1 a=next\n", 3 + big / 1000);
  assert_non_null (strstr (r.text, next));
  free (next);
  free (r.text);
  free (text);
  sp_diag_free (&d);
}

/* Plain decimals are read without strtod (fields.c): the same double,
   bit for bit, as strtod gives, for random decimals of every length.  */
static void
decimals_as_strtod (void **state)
{
  (void) state;
  uint64_t x = 0x9E3779B97F4A7C15ULL;
  for (int k = 0; k < 200000; k++)
    {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      /* up to 16 digits before the point and 23 after, either side
         possibly empty (not both), a trailing point now and then */
      int nd = (int) (x % 17), nf = (int) ((x >> 8) % 24);
      if (nd == 0 && nf == 0)
        nd = 1;
      char s[64], *o = s;
      if ((x >> 16) & 1)
        *o++ = '-';
      uint64_t y = x;
      for (int i = 0; i < nd + nf; i++)
        {
          if (i == nd)
            *o++ = '.';
          y = y * 6364136223846793005ULL + 1442695040888963407ULL;
          *o++ = (char) ('0' + (y >> 33) % 10);
        }
      if (nf == 0 && ((x >> 20) & 1))
        *o++ = '.';
      *o = '\0';
      double want = strtod (s, NULL), got = -1;
      int ok = sp_field_double (s, &got) == 0;
      if (fabs (want) > SP_FIELD_MAX)
        assert_false (ok);
      else if (!ok || memcmp (&got, &want, sizeof got) != 0)
        fail_msg ("'%s': %.17g, strtod %.17g", s, got, want);
    }
  double v;
  assert_int_equal (sp_field_double ("-0", &v), 0);
  assert_true (signbit (v));
  assert_int_equal (sp_field_double ("5.", &v), 0);
  assert_near (v, 5, 0);
  assert_int_equal (sp_field_double (".5", &v), 0);
  assert_near (v, 0.5, 0);
  assert_int_equal (sp_field_double ("1.5.3", &v), -1);
  assert_int_equal (sp_field_double ("-", &v), -1);
  assert_int_equal (sp_field_double (".", &v), -1);
  assert_int_equal (sp_field_double (" 7 ", &v), 0);
  assert_near (v, 7, 0);
}

/* A JSON (text) file is read whole whatever its size, without its byte
   order marks; a NUL byte is an error at its position.  */
static void
slurp_text_checks (void **state)
{
  (void) state;
  char path[] = "/tmp/sp-slurp-XXXXXX";
  int fd = mkstemp (path);
  assert_true (fd >= 0);
  FILE *f = fdopen (fd, "w");
  fputs ("\xEF\xBB\xBF{\n  \"a\": \"\xC3\xA9\"", f);
  for (int i = 0; i < 300000; i++)
    fputs (",\n  \"k\": 1", f);
  fputs ("\n}\n", f);
  fclose (f);
  sp_diag d;
  sp_diag_init (&d);
  char *text;
  size_t len;
  assert_int_equal (sp_slurp_text (path, &text, &len, &d), 0);
  assert_int_equal (strncmp (text, "{\n  \"a\"", 7), 0);
  assert_int_equal (len, strlen (text));
  assert_true (len > 300000 * 10);
  free (text);
  f = fopen (path, "w");
  fputs ("{\n  \"a\": 1,\n  \"b\"", f);
  fputc ('\0', f);
  fputs (": 2\n}\n", f);
  fclose (f);
  assert_int_equal (sp_slurp_text (path, &text, &len, &d), -1);
  assert_null (text);
  assert_int_equal (d.n_msgs, 1);
  assert_int_equal (d.msgs[0].line, 3);
  assert_int_equal (d.msgs[0].column, 6);
  sp_diag_free (&d);
  unlink (path);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (any_block_same_rows),
    cmocka_unit_test (not_utf8_positions),
    cmocka_unit_test (nul_byte_position),
    cmocka_unit_test (utf16_at_start),
    cmocka_unit_test (cut_character_at_end),
    cmocka_unit_test (width_stops_rows),
    cmocka_unit_test (widest_header),
    cmocka_unit_test (ten_megabyte_field),
    cmocka_unit_test (decimals_as_strtod),
    cmocka_unit_test (slurp_text_checks),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}

/* fuzz_csvstream.c -- libFuzzer target: the CSV reader in blocks
   (csvtable.h), read whole and again in blocks of 1 to 16 bytes

   The first byte chooses the small block; the rest is the CSV text.  A
   text read whole without a problem must read the same in small blocks
   -- the same rows at the same lines, the same messages, the same
   result -- however a character, a CRLF or a quoted field is cut; one
   refused whole must be refused in blocks too.  A difference aborts.  */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

static const sp_csv_column cols[] = {
  { "participant_id", 1 }, { "period", 0 }, { "quantity", 0 }
};

typedef struct
{
  FILE *m;
  const int *index;
} record;

static void
on_row (void *data, const sp_csv_row *row)
{
  record *r = data;
  fprintf (r->m, "%zu", row->line);
  for (size_t i = 0; i < row->n_cells; i++)
    fprintf (r->m, "|%s", row->cells[i]);
  fprintf (r->m, " id=%s\n", sp_csv_cell (row, r->index[0]));
}

/* What reading TEXT with blocks of BLOCK bytes gives (caller frees);
   *RC the result.  */
static char *
account (const char *text, size_t len, size_t block, int *rc)
{
  char *out = NULL;
  size_t out_len = 0;
  record r;
  r.m = open_memstream (&out, &out_len);
  int index[3];
  r.index = index;
  sp_csv_spec spec = { .cols = cols, .n_cols = 3, .index = index,
                       .what = "no rows", .row = on_row, .data = &r,
                       .block = block };
  sp_diag d;
  sp_diag_init (&d);
  *rc = sp_csv_stream_text ("t.csv", text, len, &spec, &d);
  for (size_t i = 0; i < d.n_msgs; i++)
    fprintf (r.m, "%zu:%zu:%d:%s\n", d.msgs[i].line, d.msgs[i].column,
             (int) d.msgs[i].kind, d.msgs[i].text);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  fclose (r.m);
  return out;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  if (n < 1)
    return 0;
  size_t block = 1 + data[0] % 16;
  const char *text = (const char *) data + 1;
  int rc_whole, rc_small;
  char *whole = account (text, n - 1, 0, &rc_whole);
  char *small = account (text, n - 1, block, &rc_small);
  if ((rc_whole == 0 && strcmp (whole, small) != 0)
      || (rc_whole != 0 && rc_small == 0))
    {
      fprintf (stderr, "blocks of %zu read differently:\n--- whole (%d)\n"
               "%s--- blocks (%d)\n%s", block, rc_whole, whole, rc_small,
               small);
      abort ();
    }
  free (whole);
  free (small);
  return 0;
}

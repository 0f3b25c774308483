/* outcomes_read.c -- read and validate outcome scores */

#include "outcomes_read.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "instrument_read.h"
#include "isodate.h"
#include "keymap.h"
#include "strmap.h"
#include "xalloc.h"

enum { C_ID, C_WAVE, C_DOMAIN, C_SCORE, C_DATE, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "participant_id", 1 }, { "wave", 1 }, { "domain", 1 }, { "score", 1 },
  { "date", 0 }
};

const sp_csv_column *
sp_outcomes_read_columns (size_t *n)
{
  *n = N_COLS;
  return columns;
}

/* Check one row; on success fill *SC (except the participant) and *DAY
   (the date the scores were taken, days since 1970-01-01; LONG_MIN,
   before every end, when the row gives none) and return 1.  */
static int
check_row (const char *path, const sp_csv_row *row, const int *col,
           const sp_instrument *inst, sp_diag *d, sp_outcome_score *sc,
           long *day)
{
  int ok = 1;
  const char *date = sp_csv_cell (row, col[C_DATE]);
  *day = LONG_MIN;
  if (!sp_field_empty (date) && sp_isodate_parse (date, day) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_DATE]),
                     "column 'date' is '%s': write the date the scores were "
                     "taken as YYYY-MM-DD, e.g. 2018-10-02, or leave it "
                     "empty", date);
      ok = 0;
    }
  const char *wave = sp_csv_cell (row, col[C_WAVE]);
  const char *score = sp_csv_cell (row, col[C_SCORE]);
  ok &= sp_csv_filled (path, row, col[C_ID], "participant_id", d,
                       "every row needs the participant's identifier");
  if (sp_field_int (wave, &sc->wave) != 0 || sc->wave < 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_WAVE]),
                     "column 'wave' is '%s': give a whole number, 0 for the "
                     "baseline, then 1, 2, ... for each three-monthly "
                     "review", wave);
      ok = 0;
    }
  long dom = sp_instrument_domain_cell (path, row, col[C_DOMAIN], inst, d);
  if (dom < 0)
    ok = 0;
  else
    sc->domain = (size_t) dom;
  if (sp_field_double (score, &sc->score) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SCORE]),
                     "column 'score' is '%s': give the score as a number",
                     score);
      ok = 0;
    }
  else if (dom >= 0 && (sc->score < inst->items[dom].min
                        || sc->score > inst->items[dom].max))
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SCORE]),
                     "score %s is outside the scale of domain '%s' (%g to "
                     "%g): correct the score or the instrument", score,
                     inst->items[dom].domain, inst->items[dom].min,
                     inst->items[dom].max);
      ok = 0;
    }
  return ok;
}

/* What the reader keeps while the rows go by.  Every valid row's
   participant is numbered in KEYS_IDS (a repeated key is an error
   whatever the row's date); the outcomes number a participant only at
   its first row within the reporting period (SLOT, -1 until then).  */
typedef struct
{
  const char *path;
  const sp_instrument *inst;
  long period_end;
  const int *col;
  sp_diag *d;
  sp_outcomes *o;
  size_t cap_scores, cap_ids, cap_slot;
  sp_names key_ids;
  long *slot;
  sp_keymap keys;       /* (participant, wave, domain) -> line */
  int ok;
} reader;

static void
take_row (void *data, const sp_csv_row *row)
{
  reader *r = data;
  const int *col = r->col;
  sp_outcome_score sc = { 0 };
  long day;
  int row_ok = check_row (r->path, row, col, r->inst, r->d, &sc, &day);
  const char *id = sp_csv_cell (row, col[C_ID]);
  size_t k = 0;
  if (row_ok)
    {
      int added;
      k = sp_names_intern (&r->key_ids, id, &added);
      if (added)
        {
          if (k == r->cap_slot)
            {
              r->cap_slot = r->cap_slot ? 2 * r->cap_slot : 256;
              r->slot = sp_xrealloc (r->slot, r->cap_slot * sizeof *r->slot);
            }
          r->slot[k] = -1;
        }
      size_t first;
      if (!sp_keymap_put (&r->keys, k, (size_t) sc.wave, sc.domain,
                          row->line, &first))
        {
          sp_diag_error (r->d, r->path, row->line,
                         sp_csv_colno (col[C_DOMAIN]),
                         "participant '%s' has domain '%s' at wave %d "
                         "twice (first on line %zu): keep one score",
                         id, sp_csv_cell (row, col[C_DOMAIN]), sc.wave,
                         first);
          row_ok = 0;
        }
    }
  if (!row_ok)
    {
      r->ok = 0;
      return;
    }
  sp_outcomes *o = r->o;
  if (day > r->period_end)
    {
      o->after_period++;
      return;
    }
  if (r->slot[k] < 0)
    {
      if (o->n_participants == r->cap_ids)
        {
          r->cap_ids = r->cap_ids ? 2 * r->cap_ids : 256;
          o->ids = sp_xrealloc (o->ids, r->cap_ids * sizeof *o->ids);
        }
      r->slot[k] = (long) o->n_participants;
      o->ids[o->n_participants++] = sp_xstrdup (id);
    }
  sc.participant = (size_t) r->slot[k];
  if (sc.wave > o->latest_wave)
    o->latest_wave = sc.wave;
  if (o->n_scores == r->cap_scores)
    {
      r->cap_scores = r->cap_scores ? 2 * r->cap_scores : 256;
      o->scores = sp_xrealloc (o->scores, r->cap_scores * sizeof *o->scores);
    }
  o->scores[o->n_scores++] = sc;
}

int
sp_outcomes_read (const char *path, const sp_instrument *inst,
                  long period_end, sp_outcomes *o, sp_diag *d)
{
  memset (o, 0, sizeof *o);
  o->latest_wave = -1;
  o->path = sp_xstrdup (path);
  int col[N_COLS];
  reader r = { .path = path, .inst = inst, .period_end = period_end,
               .col = col, .d = d, .o = o, .ok = 1 };
  sp_names_init (&r.key_ids);
  sp_keymap_init (&r.keys);
  sp_csv_spec spec = { .cols = columns, .n_cols = N_COLS, .index = col,
                       .what = "no scores: add one row per participant, "
                               "wave and domain",
                       .row = take_row, .data = &r };
  if (sp_csv_stream (path, &spec, d) != 0)
    r.ok = 0;
  sp_names_free (&r.key_ids);
  free (r.slot);
  sp_keymap_free (&r.keys);
  return r.ok ? 0 : -1;
}

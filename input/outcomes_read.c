/* outcomes_read.c -- read and validate outcome scores */

#include "outcomes_read.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "instrument_read.h"
#include "isodate.h"
#include "strmap.h"
#include "xalloc.h"

enum { C_ID, C_WAVE, C_DOMAIN, C_SCORE, C_DATE, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "participant_id", 1 }, { "wave", 1 }, { "domain", 1 }, { "score", 1 },
  { "date", 0 }
};

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

int
sp_outcomes_read (const char *path, const sp_instrument *inst,
                  long period_end, sp_outcomes *o, sp_diag *d)
{
  memset (o, 0, sizeof *o);
  o->latest_wave = -1;
  o->path = sp_xstrdup (path);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no scores: add one row per participant, wave "
                         "and domain",
                         &t, d))
    return -1;
  int ok = 1;

  sp_strmap participants, keys;
  sp_strmap_init (&participants);
  sp_strmap_init (&keys);
  size_t n = t.n_rows;
  o->ids = sp_xcalloc (n, sizeof *o->ids);
  o->scores = sp_xcalloc (n, sizeof *o->scores);
  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      sp_outcome_score sc = { 0 };
      long day;
      int row_ok = check_row (path, row, col, inst, d, &sc, &day);
      const char *id = sp_csv_cell (row, col[C_ID]);
      const char *domain = sp_csv_cell (row, col[C_DOMAIN]);
      if (row_ok)
        {
          char *key = sp_xasprintf ("%s\x1f%d\x1f%s", id, sc.wave, domain);
          size_t first;
          if (!sp_strmap_put (&keys, key, row->line, &first))
            {
              sp_diag_error (d, path, row->line,
                             sp_csv_colno (col[C_DOMAIN]),
                             "participant '%s' has domain '%s' at wave %d "
                             "twice (first on line %zu): keep one score",
                             id, domain, sc.wave, first);
              row_ok = 0;
            }
          free (key);
        }
      if (!row_ok)
        {
          ok = 0;
          continue;
        }
      if (day > period_end)
        {
          o->after_period++;
          continue;
        }
      sc.participant = sp_strmap_intern (&participants, id, o->ids,
                                         &o->n_participants);
      if (sc.wave > o->latest_wave)
        o->latest_wave = sc.wave;
      o->scores[o->n_scores++] = sc;
    }
  sp_strmap_free (&participants);
  sp_strmap_free (&keys);
  sp_csv_table_free (&t);
  return ok ? 0 : -1;
}

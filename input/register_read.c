/* register_read.c -- read and validate the PHB register */

#include "register_read.h"

#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "isodate.h"
#include "strmap.h"
#include "xalloc.h"

enum { C_ID, C_STATUS, C_SEGMENT, C_BUDGET, C_INTEGRATED, C_PAS, C_DATE,
       C_APPROVED, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "participant_id", 1 }, { "status", 1 }, { "segment", 1 },
  { "budget_annual", 1 }, { "integrated", 1 }, { "pas", 1 },
  { "referral_date", 1 }, { "approved_date", 0 }
};

const sp_csv_column *
sp_register_read_columns (size_t *n)
{
  *n = N_COLS;
  return columns;
}

/* An optional amount >= 0: empty gives *HAS = 0.  Returns 0 when the
   cell is acceptable.  */
static int
optional_amount (const char *s, int *has, double *out)
{
  *has = 0;
  *out = 0.0;
  if (sp_field_empty (s))
    return 0;
  double v;
  if (sp_field_double (s, &v) != 0 || v < 0)
    return -1;
  *has = 1;
  *out = v;
  return 0;
}

/* Check the optional approved_date of a row whose status (when
   STATUS_OK) and referral day (when REFERRAL, its text, is not NULL) are
   already in P: a real date, only for a live plan (approved or in
   process), on or after the referral.  Returns 1 when it is
   acceptable.  */
static int
check_approved (const char *path, const sp_csv_row *row, const int *col,
                sp_diag *d, sp_register_person *p, int status_ok,
                const char *referral)
{
  const char *approved = sp_csv_cell (row, col[C_APPROVED]);
  if (sp_field_empty (approved))
    return 1;
  size_t column = sp_csv_colno (col[C_APPROVED]);
  if (sp_isodate_parse (approved, &p->approved_day) != 0)
    {
      sp_diag_error (d, path, row->line, column,
                     "column 'approved_date' is '%s': write the date the "
                     "plan was approved as YYYY-MM-DD, e.g. 2018-09-14, or "
                     "leave it empty", approved);
      return 0;
    }
  if (status_ok && !sp_status_is_phb (p->status))
    {
      sp_diag_error (d, path, row->line, column,
                     "column 'approved_date' is '%s' but the status is "
                     "'%s': only an approved or in-process plan has an "
                     "approval date; correct the status or leave the date "
                     "empty", approved, sp_status_name (p->status));
      return 0;
    }
  if (referral && p->approved_day < p->referral_day)
    {
      sp_diag_error (d, path, row->line, column,
                     "column 'approved_date' is '%s', before the "
                     "referral_date %s: a plan is approved on or after its "
                     "referral; correct one of the two dates", approved,
                     referral);
      return 0;
    }
  p->has_approved = 1;
  return 1;
}

/* Check and convert one row into P; returns 1 when it is valid.  */
static int
check_row (const char *path, const sp_csv_row *row, const int *col,
           sp_diag *d, sp_register_person *p)
{
  int ok = 1;
  const char *status = sp_csv_cell (row, col[C_STATUS]);
  const char *budget = sp_csv_cell (row, col[C_BUDGET]);
  const char *integrated = sp_csv_cell (row, col[C_INTEGRATED]);
  const char *pas = sp_csv_cell (row, col[C_PAS]);
  const char *date = sp_csv_cell (row, col[C_DATE]);
  const char *referral = NULL;    /* the referral date, when valid */

  ok &= sp_csv_filled (path, row, col[C_ID], "participant_id", d,
                       "every row needs the person's identifier");
  int status_ok = sp_status_parse (status, &p->status) == 0;
  if (!status_ok)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_STATUS]),
                     "column 'status' is '%s': use enquiry, referred, "
                     "ineligible, in_process, approved or lost", status);
      ok = 0;
    }
  if (optional_amount (budget, &p->has_budget, &p->budget_annual) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_BUDGET]),
                     "column 'budget_annual' is '%s': give the plan's "
                     "budget in pounds a year, 0 or more, or leave it "
                     "empty when there is no plan", budget);
      ok = 0;
    }
  if (optional_amount (pas, &p->has_pas, &p->pas) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_PAS]),
                     "column 'pas' is '%s': give the number of personal "
                     "assistants in the plan, 0 or more, or leave it empty",
                     pas);
      ok = 0;
    }
  p->integrated = 0;
  if (!sp_field_empty (integrated)
      && sp_field_bool (integrated, &p->integrated) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_INTEGRATED]),
                     "column 'integrated' is '%s': use true/false, yes/no, "
                     "y/n or 1/0 (empty means no)", integrated);
      ok = 0;
    }
  if (sp_field_empty (date))
    {
      if (status_ok && p->status != SP_STATUS_ENQUIRY)
        {
          sp_diag_error (d, path, row->line, sp_csv_colno (col[C_DATE]),
                         "column 'referral_date' is empty but the status "
                         "is '%s': give the date of referral as YYYY-MM-DD",
                         sp_status_name (p->status));
          ok = 0;
        }
    }
  else if (sp_isodate_parse (date, &p->referral_day) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_DATE]),
                     "column 'referral_date' is '%s': write a real date as "
                     "YYYY-MM-DD, e.g. 2018-07-23", date);
      ok = 0;
    }
  else
    referral = date;
  return check_approved (path, row, col, d, p, status_ok, referral) && ok;
}

/* What the reader keeps while the rows go by.  */
typedef struct
{
  const char *path;
  long period_end;
  const int *col;
  sp_diag *d;
  sp_register *reg;
  size_t cap_people;
  sp_strmap ids;        /* identifier -> line of its row */
  size_t no_budget, first_no_budget;
  int ok;
} reader;

static void
take_row (void *data, const sp_csv_row *row)
{
  reader *r = data;
  const int *col = r->col;
  sp_register_person p = { 0 };
  int row_ok = check_row (r->path, row, col, r->d, &p);
  const char *id = sp_csv_cell (row, col[C_ID]);
  size_t first;
  if (!sp_field_empty (id) && !sp_strmap_put (&r->ids, id, row->line, &first))
    {
      sp_diag_error (r->d, r->path, row->line, sp_csv_colno (col[C_ID]),
                     "participant '%s' is in the register twice (first "
                     "on line %zu): keep one row per person", id, first);
      row_ok = 0;
    }
  if (!row_ok)
    {
      r->ok = 0;
      return;
    }
  sp_register *reg = r->reg;
  const char *date = sp_csv_cell (row, col[C_DATE]);
  if (!sp_field_empty (date) && p.referral_day > r->period_end)
    {
      reg->after_period++;
      return;
    }
  if (sp_status_is_phb (p.status) && !p.has_budget && r->no_budget++ == 0)
    r->first_no_budget = row->line;
  p.id = sp_xstrdup (id);
  p.segment = sp_xstrdup (sp_csv_cell (row, col[C_SEGMENT]));
  p.referral_date = sp_field_empty (date) ? NULL : sp_xstrdup (date);
  if (reg->n == r->cap_people)
    {
      r->cap_people = r->cap_people ? 2 * r->cap_people : 64;
      reg->people = sp_xrealloc (reg->people,
                                 r->cap_people * sizeof *reg->people);
    }
  reg->people[reg->n++] = p;
}

int
sp_register_read (const char *path, long period_end, sp_register *reg,
                  sp_diag *d)
{
  memset (reg, 0, sizeof *reg);
  reg->path = sp_xstrdup (path);
  int col[N_COLS];
  reader r = { .path = path, .period_end = period_end, .col = col, .d = d,
               .reg = reg, .ok = 1 };
  sp_strmap_init (&r.ids);
  sp_csv_spec spec = { .cols = columns, .n_cols = N_COLS, .index = col,
                       .what = "no people in the register: add one row "
                               "per person who enquired",
                       .row = take_row, .data = &r };
  if (sp_csv_stream (path, &spec, d) != 0)
    r.ok = 0;
  else if (r.no_budget)
    sp_diag_warn (d, path, r.first_no_budget, sp_csv_colno (col[C_BUDGET]),
                  "%zu live plan%s (approved or in process) ha%s no "
                  "budget_annual and %s left out of the budget figures",
                  r.no_budget, r.no_budget == 1 ? "" : "s",
                  r.no_budget == 1 ? "s" : "ve",
                  r.no_budget == 1 ? "is" : "are");
  sp_strmap_free (&r.ids);
  sp_register_sort (reg);
  return r.ok ? 0 : -1;
}

/* usage_read.c -- read and validate service usage into a panel and a
   cohort */

#include "usage_read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvtable.h"
#include "fields.h"
#include "keymap.h"
#include "strmap.h"
#include "xalloc.h"

enum { C_ID, C_PERIOD, C_SERVICE, C_QUANTITY, C_MONTHS, C_SOURCE, N_COLS };

/* Bounds that keep every sum finite: a billion units in a window and a
   window of at least 0.01 months (about 7 hours) give at most 1.2e12
   units a year per row, so no cost total can overflow.  Beyond them a
   value is a typing error (1e308 would turn the totals into null).  */
#define MAX_QUANTITY 1e9
#define MIN_MONTHS 0.01

static const sp_csv_column columns[N_COLS] = {
  { "participant_id", 1 }, { "period", 1 }, { "service", 1 },
  { "quantity", 1 }, { "months", 0 }, { "source", 0 }
};

const sp_csv_column *
sp_usage_read_columns (size_t *n)
{
  *n = N_COLS;
  return columns;
}

/* Names interned in first-seen order (common/strmap.h), each with a
   number the reader attaches to it (a period's place in the list, a
   service's slot; -1 until then).  */
typedef struct
{
  sp_names list;
  long *tag;
  size_t cap_tag;
} names;

static void
names_free (names *s)
{
  sp_names_free (&s->list);
  free (s->tag);
}

/* The number of KEY in S, added when new; *ADDED says whether it was.  */
static size_t
names_intern (names *s, const char *key, int *added)
{
  size_t i = sp_names_intern (&s->list, key, added);
  if (*added)
    {
      if (i == s->cap_tag)
        {
          s->cap_tag = s->cap_tag ? 2 * s->cap_tag : 16;
          s->tag = sp_xrealloc (s->tag, s->cap_tag * sizeof *s->tag);
        }
      s->tag[i] = -1;
    }
  return i;
}

/* What the reader keeps while the rows go by.  Every identifier,
   period label and service name a row gives is interned (valid or not:
   a repeated key is an error whichever rows hold it).  Rows of a listed
   period and a priced service go to dense cells, one block of
   periods x STRIDE per identifier; a repeated key elsewhere is found in
   OTHER.  */
typedef struct
{
  const char *path;
  const sp_unit_costs *costs;
  const sp_usage_periods *periods;
  const int *col;
  sp_diag *d;
  int ok;

  sp_names ids;
  size_t last_id;      /* the previous row's participant (rows come
                          grouped by participant, as a rule) */
  names labels;        /* tag: place in the period list, or -1 */
  size_t last_label;   /* the previous row's period label */
  names services;      /* tag: slot of a priced service, or -1 */
  long *slot_of_cost;  /* costs->n: slot, or -1 */
  size_t *cost_of_slot;
  size_t n_slots, stride;

  size_t cap_ids;      /* identifiers the dense blocks have room for */
  double *quantity;    /* [(id * nt + t) * stride + slot] */
  size_t *first_line;  /* same shape: line of the cell's row, 0: none */
  uint32_t *source_rows; /* [(id * nt + t) * SP_N_SOURCES + k] */

  sp_keymap other;     /* (id, label, service) -> line, off the cells */
  size_t *period_line; /* nt: first row naming each listed period */
  size_t n_other, first_other;
} reader;

/* The source a cell names: recall, record or plan in any case, empty
   for unspecified; -1 for anything else.  */
static int
source_of (const char *s)
{
  if (sp_field_empty (s))
    return SP_SOURCE_UNSPECIFIED;
  if (strcasecmp (s, "recall") == 0)
    return SP_SOURCE_RECALL;
  if (strcasecmp (s, "record") == 0)
    return SP_SOURCE_RECORD;
  if (strcasecmp (s, "plan") == 0)
    return SP_SOURCE_PLAN;
  return -1;
}

/* Check one row, whose service is in the unit-cost set when PRICED; on
   success fill the outputs and return 1.  */
static int
check_row (const reader *r, const sp_csv_row *row, int priced,
           double *quantity, double *months, int *source)
{
  const char *path = r->path;
  const int *col = r->col;
  sp_diag *d = r->d;
  int ok = 1;
  const char *service = sp_csv_cell (row, col[C_SERVICE]);
  const char *qty = sp_csv_cell (row, col[C_QUANTITY]);
  const char *mon = sp_csv_cell (row, col[C_MONTHS]);
  const char *src = sp_csv_cell (row, col[C_SOURCE]);

  ok &= sp_csv_filled (path, row, col[C_ID], "participant_id", d,
                       "every row needs the participant's identifier");
  ok &= sp_csv_filled (path, row, col[C_PERIOD], "period", d,
                       "give the period, e.g. '%s' or '%s'",
                       r->periods->labels[0],
                       r->periods->labels[r->periods->n - 1]);
  if (!sp_csv_filled (path, row, col[C_SERVICE], "service", d,
                      "name the service as in the unit-cost set"))
    ok = 0;
  else if (!priced)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SERVICE]),
                     "service '%s' is not in the unit-cost set %s: add its "
                     "unit cost there or correct the name",
                     service, r->costs->path ? r->costs->path : "");
      ok = 0;
    }
  if (sp_field_double (qty, quantity) != 0 || *quantity < 0
      || *quantity > MAX_QUANTITY)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_QUANTITY]),
                     "column 'quantity' is '%s': give a number of units, "
                     "0 to 1,000,000,000 (e.g. 3 or 2.5)", qty);
      ok = 0;
    }
  *months = 12.0;
  if (col[C_MONTHS] >= 0 && !sp_field_empty (mon)
      && (sp_field_double (mon, months) != 0 || *months < MIN_MONTHS))
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MONTHS]),
                     "column 'months' is '%s': give the length of the "
                     "recall or observation window in months, 0.01 or more "
                     "(leave it empty for 12)", mon);
      ok = 0;
    }
  *source = source_of (src);
  if (*source < 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SOURCE]),
                     "column 'source' is '%s': use recall, record or plan",
                     src);
      ok = 0;
    }
  return ok;
}

/* Make room in the dense blocks for identifier ID.  */
static void
room_for_id (reader *r, size_t id)
{
  if (id < r->cap_ids)
    return;
  size_t nt = r->periods->n;
  size_t old = r->cap_ids;
  r->cap_ids = old ? 2 * old : 64;
  size_t cells = r->cap_ids * nt * r->stride, old_cells = old * nt * r->stride;
  r->quantity = sp_xrealloc (r->quantity, cells * sizeof *r->quantity);
  r->first_line = sp_xrealloc (r->first_line, cells * sizeof *r->first_line);
  memset (r->quantity + old_cells, 0,
          (cells - old_cells) * sizeof *r->quantity);
  memset (r->first_line + old_cells, 0,
          (cells - old_cells) * sizeof *r->first_line);
  size_t counts = r->cap_ids * nt * SP_N_SOURCES;
  size_t old_counts = old * nt * SP_N_SOURCES;
  r->source_rows = sp_xrealloc (r->source_rows,
                                counts * sizeof *r->source_rows);
  memset (r->source_rows + old_counts, 0,
          (counts - old_counts) * sizeof *r->source_rows);
}

/* Widen every block to a STRIDE of a quarter more service slots (and
   one more): a few copies while new services appear, little room
   unused.  */
static void
widen (reader *r)
{
  size_t nt = r->periods->n, rows = r->cap_ids * nt;
  size_t stride = r->stride + r->stride / 4 + 1;
  double *q = sp_xcalloc (rows * stride, sizeof *q);
  size_t *l = sp_xcalloc (rows * stride, sizeof *l);
  for (size_t i = 0; i < rows && r->stride; i++)
    {
      memcpy (q + i * stride, r->quantity + i * r->stride,
              r->stride * sizeof *q);
      memcpy (l + i * stride, r->first_line + i * r->stride,
              r->stride * sizeof *l);
    }
  free (r->quantity);
  free (r->first_line);
  r->quantity = q;
  r->first_line = l;
  r->stride = stride;
}

/* The slot of the priced service COST, given one when new.  */
static size_t
slot_of (reader *r, size_t cost)
{
  if (r->slot_of_cost[cost] >= 0)
    return (size_t) r->slot_of_cost[cost];
  if (r->n_slots == r->stride)
    widen (r);
  r->cost_of_slot = sp_xrealloc (r->cost_of_slot, (r->n_slots + 1)
                                                  * sizeof *r->cost_of_slot);
  r->cost_of_slot[r->n_slots] = cost;
  r->slot_of_cost[cost] = (long) r->n_slots;
  return r->n_slots++;
}

/* Read one data row: check it, find a repeated key, add it up.  */
static void
take_row (void *data, const sp_csv_row *row)
{
  reader *r = data;
  const int *col = r->col;
  const char *id = sp_csv_cell (row, col[C_ID]);
  const char *label = sp_csv_cell (row, col[C_PERIOD]);
  const char *service = sp_csv_cell (row, col[C_SERVICE]);
  int added;
  size_t p = r->last_id;
  if (r->ids.n == 0 || strcmp (r->ids.names[p], id) != 0)
    {
      p = r->last_id = sp_names_intern (&r->ids, id, &added);
      if (added)
        room_for_id (r, p);
    }
  size_t lab = r->last_label;
  if (r->labels.list.n == 0
      || strcmp (r->labels.list.names[lab], label) != 0)
    {
      lab = r->last_label = names_intern (&r->labels, label, &added);
      if (added)
        for (size_t t = 0; t < r->periods->n && r->labels.tag[lab] < 0; t++)
          if (strcmp (label, r->periods->labels[t]) == 0)
            r->labels.tag[lab] = (long) t;
    }
  /* a service name's slot, and its place in the unit-cost set, are
     looked up once */
  size_t svc = names_intern (&r->services, service, &added);
  if (added)
    {
      long cost = sp_unit_costs_find (r->costs, service);
      r->services.tag[svc] = cost < 0 ? -1
                                      : (long) slot_of (r, (size_t) cost);
    }
  long slot = r->services.tag[svc];
  double quantity, months;
  int source;
  int row_ok = check_row (r, row, slot >= 0, &quantity, &months, &source);

  long t = r->labels.tag[lab];
  size_t nt = r->periods->n;

  if (t >= 0 && r->period_line[t] == 0)
    r->period_line[t] = row->line;
  size_t first = 0;
  if (t >= 0 && slot >= 0)
    {
      size_t *cell = &r->first_line[(p * nt + (size_t) t) * r->stride
                                    + (size_t) slot];
      if (*cell)
        first = *cell;
      else
        *cell = row->line;
    }
  else
    sp_keymap_put (&r->other, p, lab, svc, row->line, &first);
  if (first)
    {
      sp_diag_error (r->d, r->path, row->line, sp_csv_colno (col[C_SERVICE]),
                     "participant '%s' has service '%s' in period '%s' "
                     "twice (first on line %zu): merge the rows",
                     id, service, label, first);
      row_ok = 0;
    }
  if (!row_ok)
    {
      r->ok = 0;
      return;
    }
  if (t < 0)
    {
      if (r->n_other++ == 0)
        r->first_other = row->line;
      return;
    }
  size_t pt = p * nt + (size_t) t;
  r->quantity[pt * r->stride + (size_t) slot] += quantity * 12.0 / months;
  r->source_rows[pt * SP_N_SOURCES + (size_t) source]++;
}

/* "'a', 'b' and 'c'": the labels of PERIODS for a message (caller
   frees).  */
static char *
label_list (const sp_usage_periods *periods)
{
  char *s = sp_xasprintf ("'%s'", periods->labels[0]);
  for (size_t t = 1; t < periods->n; t++)
    {
      char *next = sp_xasprintf ("%s%s'%s'", s,
                                 t + 1 == periods->n ? " and " : ", ",
                                 periods->labels[t]);
      free (s);
      s = next;
    }
  return s;
}

/* Move what R gathered into the panel P: the identifiers observed in a
   listed period (in file order) and the service slots in unit-cost-set
   order.  */
static void
fill_panel (reader *r, sp_usage_panel *p)
{
  size_t nt = r->periods->n;
  free (r->first_line);
  r->first_line = NULL;

  /* services in unit-cost-set order */
  p->n_services = r->n_slots;
  p->cost_index = sp_xcalloc (r->n_slots, sizeof *p->cost_index);
  size_t *slot = sp_xcalloc (r->n_slots, sizeof *slot);
  for (size_t c = 0, s = 0; c < r->costs->n; c++)
    if (r->slot_of_cost[c] >= 0)
      {
        p->cost_index[s] = c;
        slot[s++] = (size_t) r->slot_of_cost[c];
      }

  size_t n = 0;
  unsigned char *observed = sp_xcalloc (r->ids.n * nt, 1);
  for (size_t i = 0; i < r->ids.n; i++)
    {
      int any = 0;
      for (size_t t = 0; t < nt; t++)
        {
          const uint32_t *k = r->source_rows + (i * nt + t) * SP_N_SOURCES;
          observed[i * nt + t] = k[0] + k[1] + k[2] + k[3] > 0;
          any |= observed[i * nt + t];
        }
      n += any;
    }
  size_t ns = p->n_services;
  p->n_participants = n;
  p->ids = sp_xcalloc (n, sizeof *p->ids);
  p->observed = sp_xcalloc (n * nt, 1);
  p->quantity = sp_xcalloc (n * nt * ns, sizeof *p->quantity);
  p->source_rows = sp_xcalloc (n * nt * SP_N_SOURCES,
                               sizeof *p->source_rows);
  for (size_t i = 0, k = 0; i < r->ids.n; i++)
    {
      int any = 0;
      for (size_t t = 0; t < nt; t++)
        any |= observed[i * nt + t];
      if (!any)
        continue;
      p->ids[k] = r->ids.names[i];
      r->ids.names[i] = NULL;
      memcpy (p->observed + k * nt, observed + i * nt, nt);
      memcpy (p->source_rows + k * nt * SP_N_SOURCES,
              r->source_rows + i * nt * SP_N_SOURCES,
              nt * SP_N_SOURCES * sizeof *p->source_rows);
      for (size_t t = 0; t < nt; t++)
        for (size_t s = 0; s < ns; s++)
          p->quantity[(k * nt + t) * ns + s]
            = r->quantity[(i * nt + t) * r->stride + slot[s]];
      k++;
    }
  free (observed);
  free (slot);
}

int
sp_usage_panel_read (const char *path, const sp_unit_costs *costs,
                     const sp_usage_periods *periods, sp_usage_panel *p,
                     sp_diag *d)
{
  memset (p, 0, sizeof *p);
  p->path = sp_xstrdup (path);
  p->n_periods = periods->n;
  p->periods = sp_xcalloc (periods->n, sizeof *p->periods);
  for (size_t t = 0; t < periods->n; t++)
    p->periods[t] = sp_xstrdup (periods->labels[t]);
  p->period_line = sp_xcalloc (periods->n, sizeof *p->period_line);

  int col[N_COLS];
  reader r;
  memset (&r, 0, sizeof r);
  r.path = path;
  r.costs = costs;
  r.periods = periods;
  r.col = col;
  r.d = d;
  r.ok = 1;
  sp_names_init (&r.ids);
  sp_keymap_init (&r.other);
  r.slot_of_cost = sp_xcalloc (costs->n, sizeof *r.slot_of_cost);
  for (size_t c = 0; c < costs->n; c++)
    r.slot_of_cost[c] = -1;
  r.period_line = p->period_line;

  sp_csv_spec spec = { .cols = columns, .n_cols = N_COLS, .index = col,
                       .what = "no usage rows: add one row per "
                               "participant, period and service",
                       .row = take_row, .data = &r };
  if (sp_csv_stream (path, &spec, d) != 0)
    r.ok = 0;
  else
    {
      p->header_line = spec.header_line;
      p->period_column = sp_csv_colno (col[C_PERIOD]);
      if (r.n_other)
        {
          char *list = label_list (periods);
          sp_diag_warn (d, path, r.first_other, sp_csv_colno (col[C_PERIOD]),
                        "%zu row%s name%s a period other than %s and %s "
                        "not compared (list them in \"periods\" or "
                        "--periods, or choose with --before/--after)",
                        r.n_other, r.n_other == 1 ? "" : "s",
                        r.n_other == 1 ? "s" : "", list,
                        r.n_other == 1 ? "is" : "are");
          free (list);
        }
    }
  p->other_rows = r.n_other;
  if (r.ok)
    fill_panel (&r, p);

  sp_names_free (&r.ids);
  names_free (&r.labels);
  names_free (&r.services);
  sp_keymap_free (&r.other);
  free (r.slot_of_cost);
  free (r.cost_of_slot);
  free (r.quantity);
  free (r.first_line);
  free (r.source_rows);
  return r.ok ? 0 : -1;
}

/* The warning about the participants of P observed in only one of
   periods B and A (U->n_excluded of them, at least one).  */
static void
warn_excluded (const sp_usage_panel *p, size_t b, size_t a,
               const sp_usage *u, sp_diag *d)
{
  const char *lb = p->periods[b], *la = p->periods[a];
  size_t nt = p->n_periods;
  if (u->n_excluded == 1)
    {
      for (size_t i = 0; i < p->n_participants; i++)
        if (p->observed[i * nt + b] != p->observed[i * nt + a])
          {
            int in_b = p->observed[i * nt + b];
            sp_diag_warn (d, p->path, 0, 0,
                          "participant '%s' has rows in period '%s' "
                          "but not '%s': excluded from the comparison",
                          p->ids[i], in_b ? lb : la, in_b ? la : lb);
          }
      return;
    }
  char *named = sp_xstrdup ("");
  size_t shown = 0;
  for (size_t i = 0; i < p->n_participants
                     && shown < SP_USAGE_NAMED_EXCLUDED; i++)
    if (p->observed[i * nt + b] != p->observed[i * nt + a])
      {
        char *next = sp_xasprintf ("%s%s'%s' (only '%s')", named,
                                   shown ? ", " : "", p->ids[i],
                                   p->observed[i * nt + b] ? lb : la);
        free (named);
        named = next;
        shown++;
      }
  char tail[64] = "";
  if (u->n_excluded > shown)
    snprintf (tail, sizeof tail, " and %zu more", u->n_excluded - shown);
  sp_diag_warn (d, p->path, 0, 0,
                "%zu participants have rows in only one of period '%s' "
                "and period '%s' and are excluded from the comparison: "
                "%s%s", u->n_excluded, lb, la, named, tail);
  free (named);
}

int
sp_usage_cohort_check (const sp_usage_panel *p, size_t before, size_t after,
                       sp_usage *u, sp_diag *d)
{
  sp_usage_cohort (p, before, after, u);
  if (u->n_excluded)
    warn_excluded (p, before, after, u, d);
  if (u->n_participants > 0)
    return 0;
  const char *lb = p->periods[before], *la = p->periods[after];
  size_t lineb = p->period_line[before], linea = p->period_line[after];
  if (lineb == 0 || linea == 0)
    sp_diag_error (d, p->path, p->header_line, p->period_column,
                   "no participant is observed in both period '%s' and "
                   "period '%s': no row names period '%s'; check the "
                   "period names", lb, la, lineb == 0 ? lb : la);
  else
    sp_diag_error (d, p->path, lineb, p->period_column,
                   "no participant is observed in both period '%s' (first "
                   "row here) and period '%s' (first row on line %zu): "
                   "check the period names and the participant identifiers",
                   lb, la, linea);
  return -1;
}

int
sp_usage_read (const char *path, const sp_unit_costs *costs,
               const sp_usage_periods *periods, sp_usage *u, sp_diag *d)
{
  memset (u, 0, sizeof *u);
  sp_usage_panel p;
  int rc = sp_usage_panel_read (path, costs, periods, &p, d);
  if (rc == 0)
    rc = sp_usage_cohort_check (&p, 0, periods->n - 1, u, d);
  sp_usage_panel_free (&p);
  return rc;
}

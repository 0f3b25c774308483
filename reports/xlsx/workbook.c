/* workbook.c -- the results document as an Excel workbook (see
   workbook.h) */

#include "workbook.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "disclosure.h"
#include "doc.h"
#include "slurp.h"
#include "xalloc.h"

/* How a number is shown.  */
typedef enum
{
  K_NUMBER,   /* #,##0.## */
  K_COUNT,    /* #,##0 */
  K_MONEY,    /* £#,##0 */
  K_PERCENT,  /* 0.0% */
  K_RATIO     /* 0.00 */
} kind;

#define MAX_COLS 64

/* One sheet being written: the next free row, each column's width.  */
typedef struct
{
  lxw_worksheet *ws;
  lxw_row_t row;
  double width[MAX_COLS];
  int frozen;
} sheet;

/* The workbook and its formats.  */
typedef struct
{
  lxw_workbook *wb;
  lxw_format *title, *note, *head, *bold;
  lxw_format *fmt[5];
  char names[64][32];   /* sheet names used */
  size_t n_names;
} book;

/* Fields shown as money, as fractions (percent) and as ratios.  A field
   not listed is a count when whole, else a plain number.  */
static const char *const money[] = {
  "unit_cost", "before_cost", "after_cost", "baseline_cost", "cost",
  "saving", "per_participant", "total", "value", "gross", "net",
  "present_value", "budget_annual", "budget_mean", "budget_min",
  "budget_max", "budget_total", "advocacy", "reviews", "marketplace",
  "investment", "nhs_savings", "social_value", "local_economic_effect",
  "benefits", "npv", "gross_saving", "net_saving",
  "steady_state_net_saving", "annual_budget", "budget", "budget_per_phb",
  "mean_budget", "amount", "spend", "local_spend", "r1", "r2", "r3",
  "effect", "additional_effect", "fee_transacted", "unmatched_amount",
  "marketplace_base", "discounted", "cumulative", "costs", "net_low",
  "net_high", "npv_low", "npv_high", "cohort_saving", "net_per_person",
  "advocacy_cost", "review_cost", "estimate", "lower", "upper",
  "standard_error", "bias", NULL
};
static const char *const percent[] = {
  "share", "cost_reduction", "use_reduction", "deadweight", "attribution",
  "displacement", "drop_off", "level", "probability_positive", "respend",
  "improvement", NULL
};

static int
listed (const char *const *list, const char *name)
{
  for (size_t i = 0; list[i]; i++)
    if (strcmp (list[i], name) == 0)
      return 1;
  return 0;
}

static int
ends (const char *s, const char *suffix)
{
  size_t n = strlen (s), m = strlen (suffix);
  return n >= m && strcmp (s + n - m, suffix) == 0;
}

/* The kind of the field NAME holding V.  */
static kind
kind_of (const char *name, double v)
{
  if (!name)
    return v == (double) (long long) v ? K_COUNT : K_NUMBER;
  if (ends (name, "_rate") || ends (name, "_share") || listed (percent, name))
    return K_PERCENT;
  if (ends (name, "_ratio") || strncmp (name, "sroi_ratio", 10) == 0
      || strcmp (name, "lm3") == 0)
    return K_RATIO;
  if (listed (money, name) || ends (name, "_cost") || ends (name, "_saving")
      || ends (name, "_value") || ends (name, "_budget"))
    return K_MONEY;
  return v == (double) (long long) v ? K_COUNT : K_NUMBER;
}

/* The kind of an interval's figure at PATH ("savings.saving_rate").  */
static kind
kind_of_path (const char *path, double v)
{
  const char *dot = strrchr (path, '.');
  return kind_of (dot ? dot + 1 : path, v);
}

static void
widen (sheet *s, lxw_col_t col, double w)
{
  if (col < MAX_COLS && w > s->width[col])
    s->width[col] = w > 70 ? 70 : w;
}

static void
text (sheet *s, lxw_col_t col, const char *t, lxw_format *f)
{
  worksheet_write_string (s->ws, s->row, col, t, f);
  widen (s, col, (double) strlen (t) * 1.1 + 2);
}

static void
number (book *b, sheet *s, lxw_col_t col, double v, kind k)
{
  worksheet_write_number (s->ws, s->row, col, v, b->fmt[k]);
  char tmp[64];
  snprintf (tmp, sizeof tmp, "%.0f", v);
  widen (s, col, (double) strlen (tmp) * 1.35 + 4);
}

/* A scalar of the document in a cell: numbers as numbers (formatted by
   NAME), text as text, booleans as TRUE/FALSE, a figure suppressed by
   disclosure control "*" (as on every published output), null (a figure
   undefined for the data) empty.  An object or an array is left out.  */
static void
cell (book *b, sheet *s, lxw_col_t col, const cJSON *v, const char *name)
{
  if (sp_disclosure_hidden (v))
    text (s, col, SP_DISCLOSURE_MARK, NULL);
  else if (cJSON_IsNumber (v))
    number (b, s, col, v->valuedouble, kind_of (name, v->valuedouble));
  else if (cJSON_IsString (v))
    text (s, col, v->valuestring, NULL);
  else if (cJSON_IsBool (v))
    worksheet_write_boolean (s->ws, s->row, col, cJSON_IsTrue (v), NULL);
}

/* A sheet name of at most 31 characters without []:*?/\, unique in B.  */
static void
sheet_name (book *b, const char *want, char *out)
{
  char base[32];
  size_t n = 0;
  for (const char *p = want; *p && n < 28; p++)
    base[n++] = strchr ("[]:*?/\\", *p) ? '-' : *p;
  base[n] = '\0';
  snprintf (out, 32, "%s", base);
  for (int k = 2; k < 100; k++)
    {
      int used = 0;
      for (size_t i = 0; i < b->n_names && !used; i++)
        used = strcasecmp (b->names[i], out) == 0;
      if (!used)
        break;
      snprintf (out, 32, "%.27s %d", base, k % 100);
    }
  if (b->n_names < 64)
    snprintf (b->names[b->n_names++], 32, "%s", out);
}

/* A new sheet NAME whose first rows are TITLE and ABOUT.  */
static void
start (book *b, sheet *s, const char *name, const char *title,
       const char *about)
{
  memset (s, 0, sizeof *s);
  char safe[32];
  sheet_name (b, name, safe);
  s->ws = workbook_add_worksheet (b->wb, safe);
  worksheet_write_string (s->ws, 0, 0, title, b->title);
  worksheet_write_string (s->ws, 1, 0, about, b->note);
  s->row = 3;
}

/* Set the column widths.  */
static void
finish (sheet *s)
{
  for (lxw_col_t c = 0; c < MAX_COLS; c++)
    if (s->width[c] > 0)
      worksheet_set_column (s->ws, c, c, s->width[c] < 8 ? 8 : s->width[c],
                            NULL);
}

/* A header row of the N names at NAMES; the first table's is frozen.  */
static void
header (book *b, sheet *s, const char *const *names, size_t n)
{
  for (size_t i = 0; i < n && i < MAX_COLS; i++)
    text (s, (lxw_col_t) i, names[i], b->head);
  if (!s->frozen)
    {
      worksheet_freeze_panes (s->ws, s->row + 1, 0);
      s->frozen = 1;
    }
  s->row++;
}

/* The scalar members of OBJ as rows "field, value" under the heading
   HEADING.  Returns how many.  */
static size_t
scalars (book *b, sheet *s, const cJSON *obj, const char *heading)
{
  size_t n = 0;
  const cJSON *v;
  cJSON_ArrayForEach (v, obj)
  {
    if (cJSON_IsObject (v) || cJSON_IsArray (v))
      continue;
    if (n == 0)
      {
        const char *names[] = { heading, "value" };
        header (b, s, names, 2);
      }
    text (s, 0, v->string, NULL);
    cell (b, s, 1, v, v->string);
    s->row++;
    n++;
  }
  if (n)
    s->row++;
  return n;
}

/* The array of objects LIST as a table under the title TITLE: one column
   per member of its rows (in first-seen order), scalars only.  */
static void
table (book *b, sheet *s, const cJSON *list, const char *title)
{
  if (!cJSON_IsArray (list) || !cJSON_IsObject (list->child))
    return;
  const char *cols[MAX_COLS];
  size_t n = 0;
  const cJSON *row, *v;
  cJSON_ArrayForEach (row, list)
  cJSON_ArrayForEach (v, row)
  {
    if (cJSON_IsObject (v) || cJSON_IsArray (v))
      continue;
    size_t i = 0;
    while (i < n && strcmp (cols[i], v->string) != 0)
      i++;
    if (i == n && n < MAX_COLS)
      cols[n++] = v->string;
  }
  if (!n)
    return;
  text (s, 0, title, b->bold);
  s->row++;
  header (b, s, cols, n);
  cJSON_ArrayForEach (row, list)
  {
    for (size_t i = 0; i < n; i++)
      cell (b, s, (lxw_col_t) i,
            cJSON_GetObjectItemCaseSensitive (row, cols[i]), cols[i]);
    s->row++;
  }
  s->row++;
}

/* Every array of objects of OBJ as a table, titled by its name, except
   the names in SKIP (NULL-terminated).  */
static void
tables (book *b, sheet *s, const cJSON *obj, const char *const *skip)
{
  const cJSON *v;
  cJSON_ArrayForEach (v, obj)
  if (cJSON_IsArray (v) && !(skip && listed (skip, v->string)))
    table (b, s, v, v->string);
}

/* A section as a sheet: its figures, then its tables.  */
static void
section (book *b, const cJSON *doc, const char *key, const char *name,
         const char *about)
{
  const cJSON *sec = cJSON_GetObjectItemCaseSensitive (doc, key);
  if (!cJSON_IsObject (sec))
    return;
  sheet s;
  start (b, &s, name, name, about);
  scalars (b, &s, sec, "figure");
  tables (b, &s, sec, NULL);
  finish (&s);
}

/* The headline figures.  */
static const struct
{
  const char *label, *path, *people;
} headline[] = {
  { "NHS cost saving", "savings.saving", "savings.participants" },
  { "Saving rate", "savings.saving_rate", "savings.participants" },
  { "Saving per participant", "savings.per_participant",
    "savings.participants" },
  { "Saving scaled", "savings.scaled.saving", "savings.scaled.n" },
  { "Social value", "social_value.total", "social_value.participants" },
  { "SROI ratio, per person (budgets replace existing spend)",
    "social_profit.sroi_ratio", NULL },
  { "SROI ratio, per person (budgets counted in full)",
    "social_profit.sroi_ratio_budgets_additional", NULL },
  { "Net social profit per person", "social_profit.net_per_person", NULL },
  { "Rollout net saving (first year at target)", "rollout.net_saving",
    "rollout.target_phbs" },
  { "Rollout NPV", "rollout.npv", "rollout.target_phbs" },
};

/* The basis of the figure at PATH: its section's "basis" (a string, or
   an object's "label" or "kind"), or for the rollout "forecast".  */
static const char *
basis_of (const cJSON *doc, const char *path)
{
  char sec[64];
  snprintf (sec, sizeof sec, "%.*s", (int) strcspn (path, "."), path);
  const cJSON *s = cJSON_GetObjectItemCaseSensitive (doc, sec);
  const cJSON *b = cJSON_GetObjectItemCaseSensitive (s, "basis");
  if (cJSON_IsString (b))
    return b->valuestring;
  if (cJSON_IsObject (b))
    {
      const char *l = sp_doc_str (b, "label", NULL);
      return l ? l : sp_doc_str (b, "kind", NULL);
    }
  if (strcmp (sec, "rollout") == 0)
    return "forecast";
  return NULL;
}

/* A row of the Summary: LABEL, the figure at PATH of SRC (the document,
   or one of its "scenarios"), its interval from SRC's "intervals", the
   people at PEOPLE of SRC (may be NULL), its basis and period.  Nothing
   when SRC has no such figure.  */
static void
figure_row (book *b, sheet *s, const cJSON *doc, const cJSON *src,
            const char *label, const char *path, const char *people)
{
  const cJSON *v = sp_doc_get (src, path);
  if (!v)
    return;
  text (s, 0, label, NULL);
  cell (b, s, 1, v, strrchr (path, '.') + 1);
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (src, "intervals"), path);
  if (cJSON_IsObject (iv))
    {
      const cJSON *lo = cJSON_GetObjectItemCaseSensitive (iv, "lower");
      const cJSON *hi = cJSON_GetObjectItemCaseSensitive (iv, "upper");
      if (cJSON_IsNumber (lo))
        number (b, s, 2, lo->valuedouble,
                kind_of_path (path, lo->valuedouble));
      if (cJSON_IsNumber (hi))
        number (b, s, 3, hi->valuedouble,
                kind_of_path (path, hi->valuedouble));
      const char *k = sp_doc_str (iv, "kind", NULL);
      if (!k)
        k = strncmp (path, "rollout.", 8) == 0
                && strcmp (path, "rollout.cohort_saving")
                ? "simulation" : "bootstrap";
      double level = cJSON_IsNumber (sp_doc_get (iv, "level"))
                       ? sp_doc_get (iv, "level")->valuedouble : 0.95;
      char *what = strcmp (k, "simulation") == 0
        ? sp_xasprintf ("%g%% uncertainty interval (simulation)",
                        level * 100)
        : sp_xasprintf ("%g%% CI (bootstrap, %s)", level * 100,
                        sp_doc_str (iv, "method", ""));
      text (s, 4, what, NULL);
      free (what);
    }
  if (people)
    cell (b, s, 5, sp_doc_get (src, people), "people");
  const char *basis = basis_of (doc, path);
  if (basis)
    text (s, 6, basis, NULL);
  const char *period = sp_doc_str (doc, "evaluation.reporting_period",
                                   NULL);
  if (period && strncmp (path, "rollout.", 8) != 0)
    text (s, 7, period, NULL);
  text (s, 8, path, NULL);
  s->row++;
}

static void
summary (book *b, const cJSON *doc)
{
  sheet s;
  char *title = sp_xasprintf (
    "%s, %s: %s", sp_doc_str (doc, "evaluation.programme", "Evaluation"),
    sp_doc_str (doc, "evaluation.area", "area not given"),
    sp_doc_str (doc, "evaluation.reporting_period", "period not given"));
  start (b, &s, "Summary", title,
         "The headline figures with their intervals, the people they "
         "cover and their basis, then what these figures can and cannot "
         "show. Made by socialprofit from results.json; every other sheet "
         "gives the detail.");
  free (title);
  static const char *const cols[] = { "figure", "value", "lower", "upper",
                                      "interval", "people", "basis",
                                      "period", "path" };
  header (b, &s, cols, sizeof cols / sizeof cols[0]);
  for (size_t i = 0; i < sizeof headline / sizeof headline[0]; i++)
    figure_row (b, &s, doc, doc, headline[i].label, headline[i].path,
                headline[i].people);
  /* compare, or a report of several scenarios: each one's figures */
  const cJSON *sc;
  cJSON_ArrayForEach (sc, cJSON_GetObjectItemCaseSensitive (doc,
                                                            "scenarios"))
  {
    static const char *const paths[][2] = {
      { "net saving (first year at target)", "rollout.net_saving" },
      { "NPV", "rollout.npv" },
    };
    for (size_t i = 0; i < 2; i++)
      {
        char *label = sp_xasprintf ("Rollout %s: %s",
                                    sp_doc_str (sc, "name", "scenario"),
                                    paths[i][0]);
        figure_row (b, &s, doc, sc, label, paths[i][1],
                    "rollout.target_phbs");
        free (label);
      }
  }
  s.row++;
  const cJSON *lim = cJSON_GetObjectItemCaseSensitive (doc, "limitations");
  if (cJSON_GetArraySize (lim) > 0)
    {
      text (&s, 0, "What these figures can and cannot show", b->bold);
      s.row++;
      const cJSON *l;
      cJSON_ArrayForEach (l, lim)
      {
        worksheet_write_string (s.ws, s.row, 0, sp_doc_str (l, "code", ""),
                                NULL);
        worksheet_write_string (s.ws, s.row, 1, sp_doc_str (l, "text", ""),
                                NULL);
        s.row++;
      }
    }
  finish (&s);
}

static void
savings (book *b, const cJSON *doc)
{
  const cJSON *sv = cJSON_GetObjectItemCaseSensitive (doc, "savings");
  if (!cJSON_IsObject (sv))
    return;
  sheet s;
  start (b, &s, "Savings", "NHS cost savings",
         "Per service line the unit cost, the quantities and costs before "
         "and with the personal health budget and the saving, over the "
         "participants seen in both periods (Appendix 2a of the pilot "
         "report); the Total row is the document's totals; contributors are "
         "the participants who used the service in either period. Money in "
         "pounds at each line's price year. A * is a figure withheld by "
         "disclosure control (about too few people to publish).");
  scalars (b, &s, sv, "figure");
  static const char *const cols[] = {
    "service", "label", "unit", "category", "unit_cost", "before_quantity",
    "before_cost", "after_quantity", "after_cost", "saving", "price_year",
    "source", "contributors"
  };
  size_t n = sizeof cols / sizeof cols[0];
  text (&s, 0, "Service lines", b->bold);
  s.row++;
  header (b, &s, cols, n);
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sv, "lines"))
  {
    for (size_t i = 0; i < n; i++)
      cell (b, &s, (lxw_col_t) i,
            cJSON_GetObjectItemCaseSensitive (line, cols[i]), cols[i]);
    s.row++;
  }
  text (&s, 0, "Total", b->bold);
  static const struct
  {
    lxw_col_t col;
    const char *field;
  } totals[] = { { 6, "baseline_cost" }, { 8, "after_cost" },
                 { 9, "saving" } };
  for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++)
    cell (b, &s, totals[i].col,
          cJSON_GetObjectItemCaseSensitive (sv, totals[i].field),
          totals[i].field);
  s.row += 2;
  static const char *const skip[] = { "lines", NULL };
  tables (b, &s, sv, skip);
  finish (&s);
}

/* One rollout: { name?, rollout, intervals? } or the document's own.  */
static void
rollout (book *b, const cJSON *r, const char *name)
{
  if (!cJSON_IsObject (r))
    return;
  sheet s;
  char *sheet_title = sp_xasprintf ("Rollout %s", name);
  start (b, &s, sheet_title, sheet_title,
         "A projection (forecast, not an observed saving) of a rollout "
         "of personal health budgets: its figures, yearly cash flows, "
         "one-way sensitivity and its other tables. Ranges from "
         "simulations are uncertainty intervals, not confidence "
         "intervals.");
  free (sheet_title);
  scalars (b, &s, r, "figure");
  static const char *const first[] = { "cash_flows", "sensitivity", NULL };
  for (size_t i = 0; first[i]; i++)
    table (b, &s, cJSON_GetObjectItemCaseSensitive (r, first[i]), first[i]);
  tables (b, &s, r, first);
  const cJSON *inv = cJSON_GetObjectItemCaseSensitive (r, "investment");
  if (cJSON_IsObject (inv))
    scalars (b, &s, inv, "investment");
  finish (&s);
}

static void
intervals (book *b, const cJSON *doc)
{
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (doc, "intervals");
  if (!cJSON_IsObject (iv) || !iv->child)
    return;
  sheet s;
  start (b, &s, "Intervals", "Intervals",
         "Every interval of the results: bootstrap confidence intervals of "
         "the measured figures and simulation (uncertainty) intervals of "
         "the forecasts, with how each was made.");
  static const char *const cols[] = {
    "figure", "estimate", "lower", "upper", "level", "kind", "method",
    "resamples", "seed", "standard_error", "note"
  };
  size_t n = sizeof cols / sizeof cols[0];
  header (b, &s, cols, n);
  const cJSON *v;
  cJSON_ArrayForEach (v, iv)
  {
    text (&s, 0, v->string, NULL);
    for (size_t i = 1; i < n; i++)
      {
        const cJSON *c = cJSON_GetObjectItemCaseSensitive (v, cols[i]);
        if (cJSON_IsNumber (c) && i <= 3)
          number (b, &s, (lxw_col_t) i, c->valuedouble,
                  kind_of_path (v->string, c->valuedouble));
        else
          cell (b, &s, (lxw_col_t) i, c, cols[i]);
      }
    s.row++;
  }
  finish (&s);
}

/* Rows "section, item, value, price year, source" from the list LIST
   (items named by ID, valued by VALUE).  */
static void
sources (book *b, sheet *s, const char *what, const cJSON *list,
         const char *id, const char *value)
{
  const cJSON *row;
  cJSON_ArrayForEach (row, list)
  {
    text (s, 0, what, NULL);
    cell (b, s, 1, cJSON_GetObjectItemCaseSensitive (row, id), id);
    cell (b, s, 2, cJSON_GetObjectItemCaseSensitive (row, value), value);
    cell (b, s, 3, cJSON_GetObjectItemCaseSensitive (row, "price_year"),
          "price_year");
    cell (b, s, 4, cJSON_GetObjectItemCaseSensitive (row, "source"),
          "source");
    s->row++;
  }
}

static void
assumptions (book *b, const cJSON *doc)
{
  sheet s;
  start (b, &s, "Assumptions and sources", "Assumptions and sources",
         "The unit costs and value proxies behind the figures with their "
         "sources and price years, the settings of the investment, the "
         "rollout scenarios and the bootstrap, and the input files.");
  static const char *const cols[] = { "what", "item", "value",
                                      "price_year", "source" };
  header (b, &s, cols, 5);
  sources (b, &s, "unit cost", sp_doc_get (doc, "savings.lines"), "service",
           "unit_cost");
  sources (b, &s, "value proxy", sp_doc_get (doc, "social_value.outcomes"),
           "outcome", "value");
  const cJSON *v;
  cJSON_ArrayForEach (v, sp_doc_get (doc, "investment.params"))
  {
    text (&s, 0, "investment", NULL);
    text (&s, 1, v->string, NULL);
    cell (b, &s, 2, v, v->string);
    s.row++;
  }
  sources (b, &s, "rollout parameter", sp_doc_get (doc, "rollout.parameters"),
           "parameter", "value");
  const cJSON *sc;
  cJSON_ArrayForEach (sc, cJSON_GetObjectItemCaseSensitive (doc, "scenarios"))
  {
    char *what = sp_xasprintf ("rollout parameter (%s)",
                               sp_doc_str (sc, "name", "scenario"));
    sources (b, &s, what, sp_doc_get (sc, "rollout.parameters"), "parameter",
             "value");
    free (what);
  }
  cJSON_ArrayForEach (v, cJSON_GetObjectItemCaseSensitive (doc, "bootstrap"))
  {
    if (cJSON_IsObject (v) || cJSON_IsArray (v))
      continue;
    text (&s, 0, "bootstrap", NULL);
    text (&s, 1, v->string, NULL);
    cell (b, &s, 2, v, NULL);
    s.row++;
  }
  cJSON_ArrayForEach (v, sp_doc_get (doc, "evaluation.inputs"))
  {
    text (&s, 0, "input file", NULL);
    text (&s, 1, v->string, NULL);
    cell (b, &s, 2, v, NULL);
    s.row++;
  }
  finish (&s);
}

static void
formats (book *b)
{
  b->title = workbook_add_format (b->wb);
  format_set_bold (b->title);
  format_set_font_size (b->title, 14);
  b->note = workbook_add_format (b->wb);
  format_set_italic (b->note);
  b->head = workbook_add_format (b->wb);
  format_set_bold (b->head);
  format_set_bottom (b->head, LXW_BORDER_THIN);
  format_set_bg_color (b->head, 0xDDEBF7);
  b->bold = workbook_add_format (b->wb);
  format_set_bold (b->bold);
  static const char *const num[] = { "#,##0.####", "#,##0",
                                     "\"£\"#,##0", "0.0%", "0.00" };
  for (int k = 0; k < 5; k++)
    {
      b->fmt[k] = workbook_add_format (b->wb);
      format_set_num_format (b->fmt[k], num[k]);
    }
}

/* What disclosure control did to this edition: its threshold, whether it
   is internal, and each figure withheld, removed or rounded.  */
static void
disclosure (book *b, const cJSON *doc)
{
  const cJSON *dc = cJSON_GetObjectItemCaseSensitive (doc, "disclosure");
  if (!cJSON_IsObject (dc))
    return;
  sheet s;
  start (b, &s, "Disclosure", "Disclosure control",
         sp_disclosure_internal (doc)
           ? "An internal edition (--internal): nothing is withheld, and "
             "figures about one person may be shown. Do not publish it."
           : "Counts of 1 to the threshold of people and figures about so "
             "few people show as * on every sheet; values of one person are "
             "removed and the most influential participants' shares rounded "
             "to 10%. Below, each figure so treated, by its place in "
             "results.json.");
  scalars (b, &s, dc, "setting");
  static const struct
  {
    const char *key, *what;
  } lists[] = { { "suppressed", "withheld (*)" },
                { "removed", "removed" },
                { "rounded", "rounded to 10%" } };
  static const char *const cols[] = { "figure", "treatment" };
  int headed = 0;
  for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
    {
      const cJSON *v;
      cJSON_ArrayForEach (v, cJSON_GetObjectItemCaseSensitive (dc,
                                                               lists[i].key))
      {
        if (!cJSON_IsString (v))
          continue;
        if (!headed++)
          header (b, &s, cols, 2);
        text (&s, 0, v->valuestring, NULL);
        text (&s, 1, lists[i].what, NULL);
        s.row++;
      }
    }
  finish (&s);
}

int
sp_workbook_render (const cJSON *doc, char **buf, size_t *len, sp_diag *d)
{
  *buf = NULL;
  *len = 0;
  const char *dir = getenv ("TMPDIR");
  char *path = sp_xasprintf ("%s/socialprofit-xlsx-XXXXXX",
                             dir && dir[0] ? dir : "/tmp");
  int fd = mkstemp (path);
  if (fd < 0)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, path, 0, 0,
                    "cannot create a temporary file for the workbook: %s",
                    strerror (errno));
      free (path);
      return -1;
    }
  close (fd);
  book b;
  memset (&b, 0, sizeof b);
  b.wb = workbook_new (path);
  if (!b.wb)
    {
      unlink (path);
      sp_diag_fail (d, SP_EXIT_CANTCREAT, path, 0, 0,
                    "cannot start the workbook");
      free (path);
      return -1;
    }
  formats (&b);
  lxw_doc_properties props;
  memset (&props, 0, sizeof props);
  props.title = (char *) "socialprofit results";
  props.author = (char *) "socialprofit " SP_VERSION;
  const char *epoch = getenv ("SOURCE_DATE_EPOCH");
  props.created = epoch && epoch[0] ? (time_t) strtoll (epoch, NULL, 10)
                                    : time (NULL);
  workbook_set_properties (b.wb, &props);

  summary (&b, doc);
  savings (&b, doc);
  section (&b, doc, "social_value", "Social value",
           "Per outcome the improvement, the people it covers and its value "
           "(gross, net of deadweight, attribution and displacement, and "
           "present value); per domain the baseline and follow-up means.");
  section (&b, doc, "register", "Register",
           "The PHB register: the funnel from enquiry to budget, the "
           "budgets and personal assistants, by segment and month.");
  section (&b, doc, "investment", "Investment",
           "What delivering the budgets cost: advocacy, reviews and the "
           "marketplace fee.");
  section (&b, doc, "local_economy", "Local economy",
           "The local multiplier (LM3) of the budgets' spending with local "
           "suppliers, and the spend by category.");
  section (&b, doc, "social_profit", "Social profit",
           "Like for like, per person: the SROI ratio is (saving + social "
           "value + local effect) / (delivery cost + the share of the budget "
           "that is new money), with the ratio counting the whole budget "
           "beside it, and each component's return per pound. The totals "
           "(benefits, net) add figures over different people and are not "
           "like for like.");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "scenarios");
  if (cJSON_IsArray (list) && cJSON_GetArraySize (list) > 0)
    {
      const cJSON *sc;
      cJSON_ArrayForEach (sc, list)
      rollout (&b, cJSON_GetObjectItemCaseSensitive (sc, "rollout"),
               sp_doc_str (sc, "name", "scenario"));
    }
  else
    rollout (&b, cJSON_GetObjectItemCaseSensitive (doc, "rollout"),
             sp_doc_str (doc, "rollout.name", "scenario"));
  intervals (&b, doc);
  assumptions (&b, doc);
  disclosure (&b, doc);

  lxw_error err = workbook_close (b.wb);
  int rc = 0;
  if (err != LXW_NO_ERROR)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, path, 0, 0,
                    "cannot write the workbook: %s", lxw_strerror (err));
      rc = -1;
    }
  else
    {
      sp_diag tmp;
      sp_diag_init (&tmp);
      if (sp_slurp (path, buf, len, &tmp) != 0)
        {
          sp_diag_fail (d, SP_EXIT_CANTCREAT, path, 0, 0,
                        "cannot read back the workbook");
          rc = -1;
        }
      sp_diag_free (&tmp);
    }
  unlink (path);
  free (path);
  return rc;
}

/* usage.h -- unit costs, the usage panel and the usage cohort

   These are the plain data types that the input readers fill and the
   savings analysis reads.  No I/O happens here.

   The PANEL (sp_usage_panel) is what a usage file holds, over an
   ordered list of period labels (the first is the baseline): for every
   participant seen in any listed period and for every listed period,
   whether the participant was observed there (at least one row), the
   annualised quantity of every service, and the number of rows by
   source (recall, record, plan, unspecified).  Its size grows with
   participants x periods x services, never with rows.  The input layer
   fills it (input/usage_read.h).

   The COHORT (sp_usage) is what the savings analysis compares: the
   participants observed in two chosen periods of the panel ("before"
   and "after"), their annualised quantities in each, and the rows by
   source behind them.  sp_usage_cohort builds it from a panel (pure).
   The headline savings use the panel's first period as before and its
   last as after.  */

#ifndef SP_USAGE_H
#define SP_USAGE_H

#include <stddef.h>
#include <stdint.h>

typedef enum
{
  SP_CATEGORY_PLANNED = 0,
  SP_CATEGORY_EMERGENCY = 1,
  SP_N_CATEGORIES = 2
} sp_category;

/* One priced service, e.g. an A&E attendance at £328.  */
typedef struct
{
  char *service;     /* key used in usage files */
  char *label;       /* words for tables */
  char *unit;        /* what one quantity is: attendance, day, ... */
  double unit_cost;  /* pounds per unit, in price_year's prices */
  sp_category category;
  char *price_year;  /* the price year of unit_cost: the file's, or the
                        evaluation's price_year once uprated */
  char *source;      /* where the cost comes from */
  /* Uprating (analysis/prices.h): the cost and price year as the file
     gives them, and unit_cost / unit_cost_original (1 when not uprated).
     A reader sets them; a struct built without them (0, NULL) reads as
     not uprated.  */
  double unit_cost_original;
  char *price_year_original;  /* owned, may be NULL */
  double uprating_factor;
  size_t line;                /* the row in the unit-cost file, and the */
  size_t year_column;         /* price_year column, for messages */
} sp_unit_cost;

typedef struct
{
  sp_unit_cost *items; /* n items, owned */
  size_t n;
  char *path;          /* file the set was read from (owned, may be NULL) */
} sp_unit_costs;

/* Where a usage row's figures come from (the optional `source` column):
   recalled by the participant, taken from a record, or planned.  A row
   with no source column or an empty cell is UNSPECIFIED.  */
typedef enum
{
  SP_SOURCE_RECALL = 0,
  SP_SOURCE_RECORD = 1,
  SP_SOURCE_PLAN = 2,
  SP_SOURCE_UNSPECIFIED = 3,
  SP_N_SOURCES = 4
} sp_source;

/* The usage panel (see the top of this file).  Every array and string
   is owned by the panel; release with sp_usage_panel_free.

   Index order: participant p (0 .. n_participants-1, in the order of
   their first row in the file), period t (0 .. n_periods-1, the order
   of the list the panel was read for), service s (0 .. n_services-1,
   the services named by any valid row of the file -- whatever its
   period -- in unit-cost-set order).  */
typedef struct
{
  char *path;            /* file read, for messages (may be NULL) */
  size_t header_line;    /* line of the header row (0: unknown) */
  size_t period_column;  /* 1-based column of `period` (0: unknown) */

  size_t n_periods;
  char **periods;        /* n_periods labels; periods[0] is the
                            baseline */
  size_t *period_line;   /* n_periods: line of the first row naming
                            the period, 0 when no row does */
  size_t other_rows;     /* rows naming a period not in the list */

  size_t n_participants;
  char **ids;            /* n_participants identifiers */
  size_t n_services;
  size_t *cost_index;    /* n_services indices into the unit-cost set */

  unsigned char *observed;  /* [p * n_periods + t]: 1 when at least one
                               row names participant p in period t */
  double *quantity;      /* [(p * n_periods + t) * n_services + s]:
                            annualised quantity (sum of quantity x 12 /
                            months over the rows), 0 when no row */
  uint32_t *source_rows; /* [(p * n_periods + t) * SP_N_SOURCES + k]:
                            rows of p in t with source k (a valid file
                            has at most one row per service, so a count
                            is at most n_services) */
} sp_usage_panel;

/* The cohort: participants observed in both of two periods of a panel,
   and the services of the panel (its service list, in unit-cost-set
   order).  */
typedef struct
{
  size_t n_participants;
  char **ids;            /* n_participants identifiers, panel order */
  size_t n_services;
  size_t *cost_index;    /* n_services indices into the unit-cost set */
  double *before;        /* n_participants x n_services annualised
                            quantities, row-major by participant */
  double *after;         /* same shape */
  size_t n_excluded;     /* observed in one of the two periods only */
  char **excluded_ids;   /* n_excluded identifiers (owned), panel
                            order */
  size_t before_period;  /* indices of the two periods in the panel */
  size_t after_period;
  size_t source_rows_before[SP_N_SOURCES]; /* rows of the cohort's
                                              participants in the before
                                              period, by source */
  size_t source_rows_after[SP_N_SOURCES];  /* the same, after */
} sp_usage;

/* Name of CATEGORY as used in files and results: "planned" or
   "emergency".  Static string.  */
const char *sp_category_name (sp_category category);

/* Parse "planned" or "emergency" (any case) into *OUT; 0 or -1.  */
int sp_category_parse (const char *text, sp_category *out);

/* Index of SERVICE in SET, or -1.  */
long sp_unit_costs_find (const sp_unit_costs *set, const char *service);

/* Release what SET owns (not SET itself).  */
void sp_unit_costs_free (sp_unit_costs *set);

/* Name of SOURCE as used in files and results: "recall", "record",
   "plan" or "unspecified".  Static string.  */
const char *sp_source_name (sp_source source);

/* Build the cohort U (caller-owned struct, filled here; release with
   sp_usage_free) of the participants of PANEL observed in both period
   BEFORE and period AFTER (indices into PANEL->periods, both below
   PANEL->n_periods): their identifiers (copies), the panel's services,
   their quantities in each period, and the rows by source behind them
   (summed over the cohort's participants only).  Participants observed
   in exactly one of the two are EXCLUDED (counted and named in
   U->excluded_ids); those observed in neither are left out without
   counting.  U->n_participants may be 0: the caller says why.  */
void sp_usage_cohort (const sp_usage_panel *panel, size_t before,
                      size_t after, sp_usage *u);

/* Release what PANEL owns (not PANEL itself).  */
void sp_usage_panel_free (sp_usage_panel *panel);

/* Release what U owns (not U itself).  */
void sp_usage_free (sp_usage *u);

#endif /* SP_USAGE_H */

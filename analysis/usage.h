/* usage.h -- unit costs and the validated service-usage cohort

   These are the plain data types that the input readers fill and the
   savings analysis reads.  No I/O happens here.  A cohort holds, for each
   participant observed in both the before and the after period, the
   annualised quantity of every service line used.  */

#ifndef SP_USAGE_H
#define SP_USAGE_H

#include <stddef.h>

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
  double unit_cost;  /* pounds per unit */
  sp_category category;
  char *price_year;
  char *source;      /* where the cost comes from */
} sp_unit_cost;

typedef struct
{
  sp_unit_cost *items; /* n items, owned */
  size_t n;
  char *path;          /* file the set was read from (owned, may be NULL) */
} sp_unit_costs;

/* The cohort: participants observed in both periods, and the services
   that appear anywhere in the usage file, in unit-cost-set order.  */
typedef struct
{
  size_t n_participants;
  char **ids;            /* n_participants identifiers, first-seen order */
  size_t n_services;
  size_t *cost_index;    /* n_services indices into the unit-cost set */
  double *before;        /* n_participants x n_services annualised
                            quantities, row-major by participant */
  double *after;         /* same shape */
  size_t n_excluded;     /* observed in one period only */
  char **excluded_ids;   /* n_excluded identifiers (owned) */
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

/* Release what U owns (not U itself).  */
void sp_usage_free (sp_usage *u);

#endif /* SP_USAGE_H */

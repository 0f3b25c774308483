/* register.h -- the PHB register and its funnel

   The register has one entry per person who enquired about a personal
   health budget (PHB), with where they are in the process:

     enquiry     asked, not referred
     referred    referred, awaiting assessment
     ineligible  assessed, not eligible
     in_process  eligible, plan being written or approved
     approved    plan approved (a live PHB)
     lost        referred, then withdrew or died before a plan

   The funnel summary derived from it (no I/O here):

     enquiries        = everyone in the register
     referrals        = everyone whose status is not "enquiry"
     phbs             = approved + in_process  (the live plans)
     conversion_rate  = phbs / referrals       (null when referrals = 0)
     budget_mean, _min, _max over the live plans that give budget_annual
     pas_per_phb      = mean of pas over the live plans that give pas
     integrated       = live plans with integrated = true

   The conversion rate counts plans in process as converted, as the
   slides do when they show 76 of 95 referrals with a plan (0.80).  The
   report's "average conversion rate" (890 budgets from 1,046 people
   assessed, 0.85) cannot be derived from the published funnel; it is
   not used here.  */

#ifndef SP_REGISTER_H
#define SP_REGISTER_H

#include <stddef.h>

typedef enum
{
  SP_STATUS_ENQUIRY = 0,
  SP_STATUS_REFERRED,
  SP_STATUS_INELIGIBLE,
  SP_STATUS_IN_PROCESS,
  SP_STATUS_APPROVED,
  SP_STATUS_LOST,
  SP_N_STATUSES
} sp_status;

/* One person in the register.  */
typedef struct
{
  char *id;               /* participant_id (owned) */
  sp_status status;
  char *segment;          /* e.g. "specialist"; "" when not given (owned) */
  int has_budget;         /* budget_annual given */
  double budget_annual;   /* pounds a year; 0 when not given */
  int integrated;         /* health and social care budget */
  int has_pas;            /* pas given */
  double pas;             /* personal assistants in the plan */
  char *referral_date;    /* "YYYY-MM-DD", or NULL for none (owned) */
  long referral_day;      /* the same as days since 1970-01-01 (when
                             referral_date is set) */
  int has_approved;       /* approved_date given (live plans only) */
  long approved_day;      /* day the plan was approved, on or after the
                             referral, days since 1970-01-01 */
} sp_register_person;

typedef struct
{
  sp_register_person *people; /* n, in file order (owned) */
  size_t n;
  char *path;                 /* file read from, or NULL (owned) */
  size_t after_period;        /* rows referred after the reporting
                                 period's end, left out (issue 10) */
} sp_register;

/* One segment's share of the register.  */
typedef struct
{
  const char *segment;    /* points into the register; "" = not given */
  size_t people;          /* everyone in the segment */
  size_t phbs;            /* live plans */
  size_t budgets;         /* live plans with a budget */
  double budget_mean;     /* 0 when budgets = 0 */
  size_t with_pas;        /* live plans with pas */
  double pas_per_phb;     /* 0 when with_pas = 0 */
} sp_register_segment;

typedef struct
{
  size_t enquiries;
  size_t referrals;
  size_t status[SP_N_STATUSES];  /* people by status */
  size_t phbs;                   /* approved + in_process */
  int conversion_defined;
  double conversion_rate;
  size_t budgets;                /* live plans with a budget */
  double budget_total;           /* sum over them */
  double budget_mean;            /* the next three 0 when budgets = 0 */
  double budget_min;
  double budget_max;
  size_t with_pas;               /* live plans with pas */
  double pas_per_phb;            /* 0 when with_pas = 0 */
  size_t integrated;             /* live integrated budgets */
  sp_register_segment *segments; /* n_segments, by name, the unnamed
                                    last (owned) */
  size_t n_segments;
} sp_register_summary;

/* Name of STATUS as written in registers: "enquiry", "in_process" ...
   Static string.  */
const char *sp_status_name (sp_status status);

/* Parse a status name (any case) into *OUT; 0 or -1.  */
int sp_status_parse (const char *text, sp_status *out);

/* True when STATUS is a live plan (approved or in process).  */
int sp_status_is_phb (sp_status status);

/* True when STATUS counts as a referral (anything but enquiry).  */
int sp_status_is_referral (sp_status status);

/* Summarise REG into OUT (caller-owned struct; OUT->segments is
   allocated here, points into REG, and is released by
   sp_register_summary_free).  */
void sp_register_summarise (const sp_register *reg, sp_register_summary *out);

/* Release what S owns.  */
void sp_register_summary_free (sp_register_summary *s);

/* Release what REG owns (not REG itself).  */
void sp_register_free (sp_register *reg);

/* Put REG's people in identifier order (strcmp), so that every sum over
   them is taken in the same order whatever the order of the file's rows:
   floating-point addition is not associative, and the same register
   must give byte-identical results.  */
void sp_register_sort (sp_register *reg);

#endif /* SP_REGISTER_H */

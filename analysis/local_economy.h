/* local_economy.h -- marketplace transactions and the local economic
   effect of the money spent (NEF's Local Multiplier 3)

   Following the New Economics Foundation's LM3 (J. Sacks, The Money
   Trail, NEF 2002), the money spent through the PHB marketplace is
   followed for three rounds:

     R1 = all spend recorded in the transactions
     R2 = the part of R1 spent with local suppliers
     R3 = R2 x respend, the share of their takings that local suppliers
          re-spend locally (wages of local staff, local purchases); an
          assumption of the evaluation ("local_respend")
     LM3 = (R1 + R2 + R3) / R1                   (null when R1 = 0)
     local economic effect = R2 + R3  (money kept circulating locally
                                       beyond the first round)

   The effect counted as a benefit (issue 8) is only what the budgets'
   spending adds to what the provision they replaced would have done
   locally: with C the LM3 of that provision (the counterfactual),

     additional effect = R1 x (LM3 - C) = R1 + R2 + R3 - C x R1

   (0 when R1 = 0; negative when the new spending is less local).
   Without C nothing is counted: the budgets largely replace spending
   that would have happened anyway.

   Also reported: spend by category (lower-cased) with its share of R1,
   and the marketplace fee transacted, fee x R1.  No I/O here.  */

#ifndef SP_LOCAL_ECONOMY_H
#define SP_LOCAL_ECONOMY_H

#include <stddef.h>

/* Marker for a transaction whose participant is not in the register.  */
#define SP_NO_PERSON ((size_t) -1)

/* The validated transactions of a marketplace extract.  */
typedef struct
{
  size_t n;
  size_t *person;       /* n register indices, or SP_NO_PERSON (owned) */
  size_t *category;     /* n indices into categories (owned) */
  double *amount;       /* n amounts in pounds, each >= 0 (owned) */
  int *local;           /* n flags: supplier is local (owned) */
  char **categories;    /* n_categories lower-cased names, first-seen
                           order (owned) */
  size_t n_categories;
  size_t n_unmatched;   /* transactions with SP_NO_PERSON */
  size_t n_unmatched_people;  /* distinct identifiers among them */
  char *path;           /* file read from, or NULL (owned) */
  size_t after_period;  /* rows dated after the reporting period's end,
                           left out (issue 10) */
  long *day;            /* n payment dates, days since 1970-01-01
                           (owned; NULL when not known) */
} sp_transactions;

/* The three LM3 rounds and what follows from them.  */
typedef struct
{
  double r1, r2, r3;
  double respend;
  int lm3_defined;      /* 0 when R1 = 0 */
  double lm3;
  double effect;        /* R2 + R3 */
  double local_share;   /* R2 / R1; 0 when R1 = 0 */
} sp_lm3;

typedef struct
{
  const char *category; /* points into the transactions */
  double amount;
  double share;         /* amount / R1; 0 when R1 = 0 */
  double local;         /* spent with local suppliers */
  size_t transactions;
  size_t people;        /* distinct people whose transactions these are
                           (all unmatched ones counted as one: a floor,
                           for disclosure control) */
} sp_spend_category;

typedef struct
{
  sp_lm3 lm3;
  size_t transactions;
  size_t people;                  /* distinct people in the transactions:
                                     register people + unmatched_people */
  double fee_rate;
  double fee_transacted;          /* fee_rate x R1 */
  sp_spend_category *by_category; /* n_categories, by amount descending,
                                     then name (owned) */
  size_t n_categories;
  size_t unmatched_transactions;
  size_t unmatched_people;
  double unmatched_amount;        /* spend of those transactions */
  int counterfactual_given;       /* sp_local_economy_against was told C */
  double counterfactual_lm3;      /* C */
  double additional_effect;       /* R1 x (LM3 - C); 0 when not given */
} sp_local_economy;

/* The additional local effect of L against the counterfactual LM3 C:
   R1 + R2 + R3 - C x R1, which is R1 x (LM3 - C) and 0 when R1 = 0.  */
double sp_lm3_additional (const sp_lm3 *l, double counterfactual);

/* LM3 from the round-1 spend R1 and the local spend R2 with re-spend
   share RESPEND, into OUT (caller-owned).  The single place where the
   LM3 formulas live: the whole-programme figure and the bootstrap's
   resampled ones both come through here.  */
void sp_lm3_compute (double r1, double r2, double respend, sp_lm3 *out);

/* The local economy of TX: LM3 (through sp_lm3_compute, from R1 and R2
   given by the caller, who sums them from the participant contributions
   of contrib.h so that there is one code path), the spend by category,
   the fee transacted at FEE_RATE and the unmatched transactions.
   OUT->by_category is allocated here and released by
   sp_local_economy_free; it points into TX.  */
void sp_local_economy_compute (const sp_transactions *tx, double r1,
                               double r2, double respend, double fee_rate,
                               sp_local_economy *out);

/* Set LE's counterfactual LM3 to C and its additional effect
   (sp_lm3_additional); C < 0 means not given: the effect counted is 0.  */
void sp_local_economy_against (sp_local_economy *le, double counterfactual);

/* Release what LE owns.  */
void sp_local_economy_free (sp_local_economy *le);

/* Release what TX owns (not TX itself).  */
void sp_transactions_free (sp_transactions *tx);

/* Put TX's transactions in a canonical order -- by register index
   (unmatched last), category name, amount, local flag, then date -- so that
   every sum over them is taken in the same order whatever the order of
   the file's rows.  */
void sp_transactions_sort (sp_transactions *tx);

#endif /* SP_LOCAL_ECONOMY_H */

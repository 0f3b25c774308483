/* ols3.h -- an ordinary least-squares fit with three coefficients,
   computed the plain way for tests to check the tool's regression
   against: the normal equations X'X c = X'y accumulated in long double
   and solved by Gaussian elimination with partial pivoting.  Header
   only (static inline); shared by test_comparison and
   test_cli_comparison.  */

#ifndef SP_TEST_OLS3_H
#define SP_TEST_OLS3_H

#include <math.h>

typedef struct
{
  long double xtx[3][3];
  long double xty[3];
} sp_test_ols3;

/* Add the observation Y = c0 + c1 X1 + c2 X2 (a row [1, X1, X2]).  */
static inline void
sp_test_ols3_add (sp_test_ols3 *o, double x1, double x2, double y)
{
  long double row[3] = { 1.0L, x1, x2 };
  for (int j = 0; j < 3; j++)
    {
      for (int k = 0; k < 3; k++)
        o->xtx[j][k] += row[j] * row[k];
      o->xty[j] += row[j] * y;
    }
}

/* Solve for the coefficients C (O is used up).  */
static inline void
sp_test_ols3_solve (sp_test_ols3 *o, long double c[3])
{
  long double (*a)[3] = o->xtx, *y = o->xty;
  for (int k = 0; k < 3; k++)
    {
      int piv = k;
      for (int i = k + 1; i < 3; i++)
        if (fabsl (a[i][k]) > fabsl (a[piv][k]))
          piv = i;
      for (int j = 0; j < 3; j++)
        {
          long double t = a[k][j];
          a[k][j] = a[piv][j];
          a[piv][j] = t;
        }
      long double t = y[k];
      y[k] = y[piv];
      y[piv] = t;
      for (int i = k + 1; i < 3; i++)
        {
          long double f = a[i][k] / a[k][k];
          for (int j = k; j < 3; j++)
            a[i][j] -= f * a[k][j];
          y[i] -= f * y[k];
        }
    }
  for (int k = 2; k >= 0; k--)
    {
      long double s = y[k];
      for (int j = k + 1; j < 3; j++)
        s -= a[k][j] * c[j];
      c[k] = s / a[k][k];
    }
}

#endif /* SP_TEST_OLS3_H */

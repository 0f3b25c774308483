/* sptest.h -- shared test helpers on top of cmocka

   Debian 12's cmocka (1.1.5) has no assert_double_equal, so tests
   compare floating-point values with assert_near.  Include after
   <cmocka.h>.  */

#ifndef SP_SPTEST_H
#define SP_SPTEST_H

#include <math.h>

/* Fail unless |A - B| <= TOL (and both are finite).  */
#define assert_near(a, b, tol)                                              \
  do                                                                        \
    {                                                                       \
      double sp_a_ = (a), sp_b_ = (b), sp_t_ = (tol);                       \
      if (!(isfinite (sp_a_) && isfinite (sp_b_)                            \
            && fabs (sp_a_ - sp_b_) <= sp_t_))                              \
        fail_msg ("%s = %.17g, expected %.17g (within %g)", #a, sp_a_,      \
                  sp_b_, sp_t_);                                            \
    }                                                                       \
  while (0)

#endif /* SP_SPTEST_H */

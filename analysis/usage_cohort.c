/* usage_cohort.c -- the cohort of two periods of a usage panel */

#include "usage.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

const char *
sp_source_name (sp_source source)
{
  static const char *const names[SP_N_SOURCES] = {
    "recall", "record", "plan", "unspecified"
  };
  return (unsigned) source < SP_N_SOURCES ? names[source] : "unspecified";
}

void
sp_usage_cohort (const sp_usage_panel *panel, size_t before, size_t after,
                 sp_usage *u)
{
  memset (u, 0, sizeof *u);
  u->before_period = before;
  u->after_period = after;
  size_t np = panel->n_participants, nt = panel->n_periods;
  size_t ns = panel->n_services;

  size_t n_both = 0, n_one = 0;
  for (size_t p = 0; p < np; p++)
    {
      int b = panel->observed[p * nt + before];
      int a = panel->observed[p * nt + after];
      n_both += b && a;
      n_one += b != a;
    }

  u->n_services = ns;
  u->cost_index = sp_xcalloc (ns, sizeof *u->cost_index);
  if (ns)
    memcpy (u->cost_index, panel->cost_index, ns * sizeof *u->cost_index);
  u->ids = sp_xcalloc (n_both, sizeof *u->ids);
  u->excluded_ids = sp_xcalloc (n_one, sizeof *u->excluded_ids);
  u->before = sp_xcalloc (n_both * ns, sizeof *u->before);
  u->after = sp_xcalloc (n_both * ns, sizeof *u->after);

  for (size_t p = 0; p < np; p++)
    {
      int b = panel->observed[p * nt + before];
      int a = panel->observed[p * nt + after];
      if (b != a)
        u->excluded_ids[u->n_excluded++] = sp_xstrdup (panel->ids[p]);
      if (!(b && a))
        continue;
      size_t i = u->n_participants++;
      u->ids[i] = sp_xstrdup (panel->ids[p]);
      if (ns)
        {
          memcpy (u->before + i * ns,
                  panel->quantity + (p * nt + before) * ns,
                  ns * sizeof *u->before);
          memcpy (u->after + i * ns, panel->quantity + (p * nt + after) * ns,
                  ns * sizeof *u->after);
        }
      const uint32_t *rb = panel->source_rows + (p * nt + before)
                                                * SP_N_SOURCES;
      const uint32_t *ra = panel->source_rows + (p * nt + after)
                                                * SP_N_SOURCES;
      for (size_t k = 0; k < SP_N_SOURCES; k++)
        {
          u->source_rows_before[k] += rb[k];
          u->source_rows_after[k] += ra[k];
        }
    }
}

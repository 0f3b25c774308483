/* usage.c -- unit costs, the usage panel and cohort: names and release */

#include "usage.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *
sp_category_name (sp_category category)
{
  return category == SP_CATEGORY_EMERGENCY ? "emergency" : "planned";
}

int
sp_category_parse (const char *text, sp_category *out)
{
  if (strcasecmp (text, "planned") == 0)
    *out = SP_CATEGORY_PLANNED;
  else if (strcasecmp (text, "emergency") == 0)
    *out = SP_CATEGORY_EMERGENCY;
  else
    return -1;
  return 0;
}

long
sp_unit_costs_find (const sp_unit_costs *set, const char *service)
{
  for (size_t i = 0; i < set->n; i++)
    if (strcmp (set->items[i].service, service) == 0)
      return (long) i;
  return -1;
}

void
sp_unit_costs_free (sp_unit_costs *set)
{
  for (size_t i = 0; i < set->n; i++)
    {
      sp_unit_cost *c = &set->items[i];
      free (c->service);
      free (c->label);
      free (c->unit);
      free (c->price_year);
      free (c->source);
      free (c->price_year_original);
    }
  free (set->items);
  free (set->path);
  memset (set, 0, sizeof *set);
}

static void
free_ids (char **ids, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free (ids[i]);
  free (ids);
}

void
sp_usage_free (sp_usage *u)
{
  free_ids (u->ids, u->n_participants);
  free_ids (u->excluded_ids, u->n_excluded);
  free (u->cost_index);
  free (u->before);
  free (u->after);
  memset (u, 0, sizeof *u);
}

void
sp_usage_panel_free (sp_usage_panel *panel)
{
  free (panel->path);
  free_ids (panel->periods, panel->n_periods);
  free (panel->period_line);
  free_ids (panel->ids, panel->n_participants);
  free (panel->cost_index);
  free (panel->observed);
  free (panel->quantity);
  free (panel->source_rows);
  memset (panel, 0, sizeof *panel);
}

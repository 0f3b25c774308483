/* statement_sources.c -- "Assumptions and sources" at the end of the
   statement: every unit cost and value proxy with its source, the
   instrument's domains, the rollout's parameters, the formulas of each
   section and every note the document carries (including where the
   pilot report's published figures cannot be reproduced)

   Sources are cited by number: the tables show "[3]" and a numbered
   list "Sources" gives each distinct source text once.  The numbers are
   a rendering matter, computed here from the document alone: in order of
   first appearance in the tables (unit costs, then value proxies, then
   the instrument's domains), texts that differ only in white space being
   one source.  */

#include <ctype.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"
#include "xalloc.h"

/* The arrays whose elements cite a source (member "source"), in the
   order their tables are drawn.  */
static const char *const cited[] = { "savings.lines",
                                     "social_value.outcomes",
                                     "social_value.domains" };

/* The distinct source texts of the cited arrays, in order of first
   appearance.  TEXT (owned, N entries) points into the document.  */
typedef struct
{
  const char **text;
  size_t n;
} sp_cites;

/* Whether A and B are the same text once leading and trailing white
   space are dropped and every run of white space is one.  */
static int
same_text (const char *a, const char *b)
{
  for (int first = 1;; first = 0)
    {
      int sa = 0, sb = 0;
      for (; isspace ((unsigned char) *a); a++)
        sa = 1;
      for (; isspace ((unsigned char) *b); b++)
        sb = 1;
      if (!*a || !*b)
        return !*a && !*b;
      if ((!first && sa != sb) || *a != *b)
        return 0;
      a++;
      b++;
    }
}

/* The number (1-based) of the source TEXT in C, or 0 when TEXT is blank
   or not listed.  */
static size_t
cite_number (const sp_cites *c, const char *text)
{
  for (size_t i = 0; i < c->n; i++)
    if (same_text (c->text[i], text))
      return i + 1;
  return 0;
}

static void
cites_collect (const cJSON *doc, sp_cites *c)
{
  size_t cap = 0;
  for (size_t k = 0; k < sizeof cited / sizeof cited[0]; k++)
    cap += (size_t) cJSON_GetArraySize (sp_doc_get (doc, cited[k]));
  c->text = sp_xcalloc (cap ? cap : 1, sizeof *c->text);
  c->n = 0;
  for (size_t k = 0; k < sizeof cited / sizeof cited[0]; k++)
    {
      const cJSON *el;
      cJSON_ArrayForEach (el, sp_doc_get (doc, cited[k]))
      {
        const char *s = sp_doc_str (el, "source", "");
        if (!same_text (s, "") && !cite_number (c, s))
          c->text[c->n++] = s;
      }
    }
}

/* The reference "[N]" to the source of EL into BUF, or "" when it has
   none.  Returns BUF.  */
static const char *
cite_ref (const sp_cites *c, const cJSON *el, char *buf, size_t size)
{
  size_t n = cite_number (c, sp_doc_str (el, "source", ""));
  if (n)
    snprintf (buf, size, "[%zu]", n);
  else
    snprintf (buf, size, "%s", "");
  return buf;
}

/* The numbered list of the sources the tables cite.  */
static void
sources_list (sp_page *p, const sp_cites *c)
{
  if (c->n == 0)
    return;
  sp_page_heading (p, "Sources", 2, 60);
  sp_page_note (p, "The sources the tables above cite by number, each "
                   "listed once.");
  for (size_t i = 0; i < c->n; i++)
    {
      /* Each entry whole on one page, so no page break splits a
         citation.  */
      char *line = sp_xasprintf ("[%zu] %s", i + 1, c->text[i]);
      sp_page_para_whole (p, line);
      free (line);
    }
}

static void
unit_costs (sp_page *p, const cJSON *doc, const sp_cites *c)
{
  const cJSON *lines = sp_doc_get (doc, "savings.lines");
  if (cJSON_GetArraySize (lines) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Service", 0.34, SP_ALIGN_START },
    { "Unit cost", 0.14, SP_ALIGN_END },
    { "Unit", 0.22, SP_ALIGN_START },
    { "Price year", 0.14, SP_ALIGN_START },
    { "Source", 0.16, SP_ALIGN_START },
  };
  sp_page_heading (p, "NHS unit costs", 2,
                   sp_table_keep ((size_t) cJSON_GetArraySize (lines)));
  sp_table t;
  sp_table_begin (&t, p, cols, 5, (size_t) cJSON_GetArraySize (lines));
  const cJSON *el;
  cJSON_ArrayForEach (el, lines)
  {
    char cost[64], ref[32];
    const char *cells[] = {
      sp_fig_label (el, "service"),
      sp_fig_at (el, "unit_cost", SP_FIG_MONEY, cost, sizeof cost),
      sp_doc_str (el, "unit", ""),
      sp_doc_str (el, "price_year", ""),
      cite_ref (c, el, ref, sizeof ref),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

static void
proxies (sp_page *p, const cJSON *doc, const sp_cites *c)
{
  const cJSON *outs = sp_doc_get (doc, "social_value.outcomes");
  if (cJSON_GetArraySize (outs) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Outcome", 0.33, SP_ALIGN_START },
    { "Value a person a year", 0.14, SP_ALIGN_END },
    { "Deadweight / attribution / displacement / drop-off", 0.24,
      SP_ALIGN_END },
    { "Years", 0.07, SP_ALIGN_END },
    { "Price year", 0.12, SP_ALIGN_START },
    { "Source", 0.10, SP_ALIGN_START },
  };
  sp_page_heading (p, "Social value proxies", 2, sp_table_keep (5));
  sp_table t;
  sp_table_begin (&t, p, cols, 6, (size_t) cJSON_GetArraySize (outs));
  char a[64], adj[128], y[32];
  const cJSON *o;
  cJSON_ArrayForEach (o, outs)
  {
    char d[32], at[32], di[32], dr[32], ref[32];
    snprintf (adj, sizeof adj, "%s / %s / %s / %s",
              sp_fig_at (o, "deadweight", SP_FIG_PERCENT, d, sizeof d),
              sp_fig_at (o, "attribution", SP_FIG_PERCENT, at, sizeof at),
              sp_fig_at (o, "displacement", SP_FIG_PERCENT, di, sizeof di),
              sp_fig_at (o, "drop_off", SP_FIG_PERCENT, dr, sizeof dr));
    const char *cells[] = {
      sp_fig_label (o, "outcome"),
      sp_fig_at (o, "value", SP_FIG_MONEY, a, sizeof a),
      adj,
      sp_fig_at (o, "duration_years", SP_FIG_COUNT, y, sizeof y),
      sp_doc_str (o, "price_year", ""),
      cite_ref (c, o, ref, sizeof ref),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

static void
domains (sp_page *p, const cJSON *doc, const sp_cites *c)
{
  const cJSON *doms = sp_doc_get (doc, "social_value.domains");
  if (cJSON_GetArraySize (doms) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Domain", 0.55, SP_ALIGN_START },
    { "Scale", 0.30, SP_ALIGN_START },
    { "Source", 0.15, SP_ALIGN_START },
  };
  sp_page_heading (p, "Outcome instrument", 2, sp_table_keep (5));
  sp_table t;
  sp_table_begin (&t, p, cols, 3, (size_t) cJSON_GetArraySize (doms));
  const cJSON *d;
  cJSON_ArrayForEach (d, doms)
  {
    char scale[96], ref[32];
    const cJSON *hb = cJSON_GetObjectItemCaseSensitive (d, "higher_is_better");
    snprintf (scale, sizeof scale, "%g to %g%s", sp_doc_num (d, "min", 0),
              sp_doc_num (d, "max", 0),
              cJSON_IsFalse (hb) ? ", lower is better" : "");
    const char *cells[] = { sp_fig_label (d, "domain"), scale,
                            cite_ref (c, d, ref, sizeof ref) };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

/* The rollout parameters of ROLLOUT (a document's "rollout") under the
   heading TITLE.  */
static void
rollout_parameters (sp_page *p, const cJSON *rollout, const char *title)
{
  const cJSON *params = sp_doc_get (rollout, "parameters");
  if (cJSON_GetArraySize (params) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Rollout parameter", 0.40, SP_ALIGN_START },
    { "Value", 0.15, SP_ALIGN_END },
    { "Distribution", 0.15, SP_ALIGN_START },
    { "Low", 0.15, SP_ALIGN_END },
    { "High", 0.15, SP_ALIGN_END },
  };
  sp_page_heading (p, title, 2, sp_table_keep (5));
  const char *file = sp_doc_str (rollout, "scenario_file", NULL);
  if (file)
    {
      char line[512];
      snprintf (line, sizeof line, "Scenario file: %s", file);
      sp_page_note (p, line);
    }
  /* Each parameter by its label, its values in its unit.  */
  sp_table t;
  sp_table_begin (&t, p, cols, 5, (size_t) cJSON_GetArraySize (params));
  const cJSON *e;
  cJSON_ArrayForEach (e, params)
  {
    char name[256], v[64], lo[64], hi[64];
    const char *cells[] = {
      sp_stmt_param_label (e, name, sizeof name),
      sp_stmt_param_value (e, "value", v, sizeof v),
      sp_doc_str (e, "distribution", ""),
      sp_stmt_param_value (e, "low", lo, sizeof lo),
      sp_stmt_param_value (e, "high", hi, sizeof hi),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

/* The rollout's assumptions: with several scenarios, each one's under
   its name (every scenario's section points here), else the one.  */
static void
parameters (sp_page *p, const cJSON *doc)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "scenarios");
  /* One scenario of a report: the document's own rollout.  (A
     comparison document has no rollout of its own: its scenarios are
     listed however many they are.)  */
  if (cJSON_GetArraySize (list) < 2 && sp_doc_get (doc, "rollout"))
    {
      rollout_parameters (p, sp_doc_get (doc, "rollout"),
                          "Rollout assumptions");
      return;
    }
  const cJSON *sc;
  cJSON_ArrayForEach (sc, list)
  {
    char title[256];
    snprintf (title, sizeof title, "Rollout assumptions: %s",
              sp_doc_str (sc, "name", "scenario"));
    rollout_parameters (p, sp_doc_get (sc, "rollout"), title);
  }
}

/* Every "formulas" object of a top-level section, and any "formula"
   text.  */
static void
formulas (sp_page *p, const cJSON *doc)
{
  const cJSON *sec;
  int any = 0;
  cJSON_ArrayForEach (sec, doc)
  {
    const cJSON *f = cJSON_GetObjectItemCaseSensitive (sec, "formulas");
    if (!cJSON_IsObject (f) || !f->child)
      continue;
    if (!any)
      sp_page_heading (p, "Formulas", 2, sp_table_keep (5));
    any = 1;
    static const sp_table_col cols[] = {
      { NULL, 0.32, SP_ALIGN_START },
      { "Formula", 0.68, SP_ALIGN_START },
    };
    sp_table_col c[2] = { cols[0], cols[1] };
    /* In words: the section by its name, each quantity named.  */
    char *title = sp_stmt_words (sec->string);
    const char *known = sp_stmt_section_name (sec->string);
    c[0].title = known ? known : title;
    sp_table t;
    sp_table_begin (&t, p, c, 2, (size_t) cJSON_GetArraySize (f));
    const cJSON *item;
    cJSON_ArrayForEach (item, f)
    if (cJSON_IsString (item))
      {
        char *name = sp_stmt_words (item->string);
        char *formula = sp_stmt_words (item->valuestring);
        sp_table_row (&t, (const char *const[]){ name, formula }, 0);
        free (name);
        free (formula);
      }
    sp_table_end (&t);
    free (title);
  }
}

/* A readable name for element I of array NODE: its label, outcome,
   domain, service or name when it has one.  */
static void
element_name (const cJSON *el, int i, char *buf, size_t size)
{
  static const char *const keys[] = { "label", "outcome", "domain",
                                      "service", "name", "figure",
                                      "parameter" };
  for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
    {
      const char *s = sp_doc_str (el, keys[k], NULL);
      if (s && s[0])
        {
          snprintf (buf, size, "%s", s);
          return;
        }
    }
  snprintf (buf, size, "%d", i + 1);
}

/* Walk NODE (at WHERE) and draw every non-empty "note" string and every
   string (or {text}) in a "notes" array, naming where it was found.  */
static void
walk_notes (sp_page *p, const cJSON *node, const char *where, int *count)
{
  const cJSON *child;
  int i = 0;
  cJSON_ArrayForEach (child, node)
  {
    char here[512], name[160];
    if (cJSON_IsArray (node))
      {
        element_name (child, i, name, sizeof name);
        snprintf (here, sizeof here, "%s [%s]", where, name);
      }
    else
      snprintf (here, sizeof here, "%s%s%s", where, where[0] ? "." : "",
                child->string ? child->string : "");
    i++;
    int is_note = !cJSON_IsArray (node) && child->string
                  && (strcmp (child->string, "note") == 0
                      || strcmp (child->string, "notes") == 0);
    if (is_note && cJSON_IsString (child) && child->valuestring[0])
      {
        char line[2048];
        char *w = sp_stmt_words (where[0] ? where : "document");
        snprintf (line, sizeof line, "%s: %s", w, child->valuestring);
        free (w);
        sp_page_para (p, line);
        (*count)++;
        continue;
      }
    if (is_note && cJSON_IsArray (child))
      {
        const cJSON *n;
        cJSON_ArrayForEach (n, child)
        {
          const char *text = cJSON_IsString (n) ? n->valuestring
                                                : sp_doc_str (n, "text", NULL);
          if (!text)
            continue;
          char line[2048];
          char *w = sp_stmt_words (where[0] ? where : "document");
          snprintf (line, sizeof line, "%s: %s", w, text);
          free (w);
          sp_page_para (p, line);
          (*count)++;
        }
        continue;
      }
    if (cJSON_IsObject (child) || cJSON_IsArray (child))
      walk_notes (p, child, here, count);
  }
}

static void
notes (sp_page *p, const cJSON *doc)
{
  sp_page_heading (p, "Notes", 2, 40);
  int count = 0;
  walk_notes (p, doc, "", &count);
  if (!count)
    sp_page_para (p, "The results carry no notes.");
}

void
sp_stmt_sources (sp_page *p, const cJSON *doc)
{
  sp_page_heading (p, "Assumptions and sources", 1, 80);
  sp_page_para (p, "Every unit cost, value proxy and assumption behind the "
                   "figures, with its source; the formula of every figure; "
                   "and the notes the analysis made, including where the "
                   "pilot report's published figures cannot be reproduced "
                   "from its stated inputs.");
  sp_cites c;
  cites_collect (doc, &c);
  unit_costs (p, doc, &c);
  proxies (p, doc, &c);
  domains (p, doc, &c);
  sources_list (p, &c);
  free (c.text);
  parameters (p, doc);
  formulas (p, doc);
  notes (p, doc);
}

/* value_text.c -- the social value table for people */

#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "render_quarterly.h"
#include "figure.h"
#include "format.h"
#include "interval_text.h"
#include "price_years.h"
#include "render_value.h"

/* Width of the label column: the longest label of LIST (at most 64
   characters), and at least MIN.  */
static size_t
label_width (const cJSON *list, size_t min)
{
  size_t w = min;
  const cJSON *o;
  cJSON_ArrayForEach (o, list)
  {
    size_t n = sp_fmt_width (sp_doc_str (o, "label", ""));
    w = n > w ? n : w;
  }
  return w < 64 ? w : 64;
}

static void
print_outcomes (const cJSON *sec, FILE *out)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (sec, "outcomes");
  size_t w[7] = { label_width (list, 18), 11, 6, 12, 12, 12, 13 };
  static const char *const head[7] = { "Outcome", "Improvement", "People",
                                       "Value/person", "Gross", "Net",
                                       "Present value" };
  sp_fmt_row (out, head, w, 7);
  char a[64], b[64], c[64], d[64], e[64], f[64];
  const cJSON *o;
  cJSON_ArrayForEach (o, list)
  {
    const char *cells[7] = {
      sp_doc_str (o, "label", ""),
      sp_fig_at (o, "improvement", SP_FIG_PERCENT, a, sizeof a),
      sp_fig_at (o, "participants", SP_FIG_COUNT, b, sizeof b),
      sp_fig_at (o, "value", SP_FIG_MONEY, c, sizeof c),
      sp_fig_at (o, "gross", SP_FIG_MONEY, d, sizeof d),
      sp_fig_at (o, "net", SP_FIG_MONEY, e, sizeof e),
      sp_fig_at (o, "present_value", SP_FIG_MONEY, f, sizeof f)
    };
    sp_fmt_row (out, cells, w, 7);
  }
  const char *total[7] = {
    "Total social value", "", "", "", "", "",
    sp_fig_at (sec, "total", SP_FIG_MONEY, f, sizeof f)
  };
  sp_fmt_row (out, total, w, 7);
}

/* The adjustments, only when some outcome has one.  */
static void
print_adjustments (const cJSON *sec, FILE *out)
{
  static const char *const names[5] = { "deadweight", "attribution",
                                        "displacement", "drop_off",
                                        "duration_years" };
  int any = 0;
  const cJSON *o;
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (sec, "outcomes");
  cJSON_ArrayForEach (o, list)
  {
    for (size_t i = 0; i < 4; i++)
      any |= sp_doc_num (o, names[i], 0) != 0;
    any |= sp_doc_num (o, names[4], 1) != 1;
  }
  if (!any)
    return;
  size_t w[6] = { label_width (list, 11), 11, 11, 12, 9, 5 };
  static const char *const head[6] = { "Adjustments", "Deadweight",
                                       "Attribution", "Displacement",
                                       "Drop-off", "Years" };
  char p[4][64], y[64];
  fputc ('\n', out);
  sp_fmt_row (out, head, w, 6);
  cJSON_ArrayForEach (o, list)
  {
    const char *cells[6] = { sp_doc_str (o, "label", "") };
    for (size_t i = 0; i < 4; i++)
      cells[i + 1] = sp_fig_at (o, names[i], SP_FIG_PERCENT, p[i],
                                sizeof p[i]);
    cells[5] = sp_fig_at (o, names[4], SP_FIG_COUNT, y, sizeof y);
    sp_fmt_row (out, cells, w, 6);
  }
}

/* The total by each method, the chosen one marked, and which depends
   on the scale's coding.  */
static void
print_methods (const cJSON *sec, FILE *out)
{
  const cJSON *by = cJSON_GetObjectItemCaseSensitive (sec, "by_method");
  if (!cJSON_IsObject (by))
    return;
  fputs ("\nMethod sensitivity (the same scores and proxies, each way of "
         "measuring change):\n", out);
  const char *chosen = sp_doc_str (sec, "method", "");
  int flagged = 0;
  char t[64], name[64];
  const cJSON *m;
  cJSON_ArrayForEach (m, by)
  {
    int dep = cJSON_IsTrue (
      cJSON_GetObjectItemCaseSensitive (m, "scale_dependent"));
    flagged |= dep;
    /* The chosen method is said in words: "*" marks a suppressed cell
       (results/disclosure.h).  */
    snprintf (name, sizeof name, "%s%s", m->string, dep ? "+" : "");
    sp_fmt_cell (out, name, 11, 0, 0);
    sp_fmt_cell (out, sp_fig_at (m, "total", SP_FIG_MONEY, t, sizeof t), 13,
                 1, 0);
    fprintf (out, " %s%s\n", sp_doc_str (m, "label", ""),
             strcmp (chosen, m->string) == 0 ? " (the total above)" : "");
  }
  if (flagged)
    fputs ("+ depends on how the scale is numbered: the same answers coded "
           "0-9 instead of 1-10 give a different total.\n", out);
}

static void
print_notes (const cJSON *sec, FILE *out)
{
  const cJSON *o;
  int first = 1;
  cJSON_ArrayForEach (o, cJSON_GetObjectItemCaseSensitive (sec, "outcomes"))
  {
    const char *note = sp_doc_str (o, "note", NULL);
    if (!note)
      continue;
    fprintf (out, "%sNote: '%s' has no value (counted as 0): %s.\n",
             first ? "\n" : "", sp_doc_str (o, "label", ""), note);
    first = 0;
  }
}

static void
print_domains (const cJSON *sec, FILE *out)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (sec, "domains");
  size_t w[7] = { label_width (list, 6), 14, 6, 9, 9, 11, 16 };
  static const char *const head[7] = { "Domain", "Scale", "Paired",
                                       "Baseline", "Follow-up",
                                       "Improvement", "All at baseline" };
  fputc ('\n', out);
  sp_fmt_row (out, head, w, 7);
  char s[96], a[64], b[64], c[64], d[64], e[64], all[160];
  int reversed = 0;
  const cJSON *o;
  cJSON_ArrayForEach (o, list)
  {
    int hib = cJSON_IsTrue (cJSON_GetObjectItemCaseSensitive (
      o, "higher_is_better"));
    reversed |= !hib;
    snprintf (s, sizeof s, "%s to %s%s",
              sp_fmt_number (sp_doc_num (o, "min", 0), 0, a, sizeof a),
              sp_fmt_number (sp_doc_num (o, "max", 0), 0, b, sizeof b),
              hib ? "" : "‡");
    const cJSON *scored = sp_doc_get (o, "baseline_scored");
    char n[64];
    if (sp_disclosure_hidden (scored)
        || (cJSON_IsNumber (scored) && scored->valuedouble > 0))
      snprintf (all, sizeof all, "%s (n=%s)",
                sp_fig_at (o, "baseline_scored_mean", SP_FIG_RATIO_PLAIN, e,
                           sizeof e),
                sp_fig_format (scored, SP_FIG_COUNT, n, sizeof n));
    else
      snprintf (all, sizeof all, "none scored");
    const char *cells[7] = {
      sp_doc_str (o, "label", ""), s,
      sp_fig_at (o, "participants", SP_FIG_COUNT, a, sizeof a),
      sp_fig_at (o, "baseline_mean", SP_FIG_RATIO_PLAIN, b, sizeof b),
      sp_fig_at (o, "followup_mean", SP_FIG_RATIO_PLAIN, c, sizeof c),
      sp_fig_at (o, "improvement", SP_FIG_PERCENT, d, sizeof d),
      all
    };
    sp_fmt_row (out, cells, w, 7);
  }
  if (reversed)
    fputs ("‡ lower scores are better: scores are turned round (min + "
           "max - score) before means are taken.\n", out);
}

/* How the follow-up wave was chosen, and who answered at each wave as a
   share of the baseline's participants.  */
static void
print_followup (const cJSON *sec, FILE *out)
{
  const char *rule = sp_doc_str (sec, "followup_rule", "set");
  char pc[64];
  sp_fmt_percent (sp_doc_num (sec, "min_followup_share", 0), 0, pc,
                  sizeof pc);
  if (strcmp (rule, "min_followup_share") == 0)
    fprintf (out, "Follow-up: the latest wave answered by at least %s of "
             "the baseline's participants\n", pc);
  else if (strcmp (rule, "most_answered") == 0)
    fprintf (out, "Follow-up: no wave was answered by %s of the baseline's "
             "participants; the wave answered by the most of them\n", pc);
  const cJSON *att = cJSON_GetObjectItemCaseSensitive (sec, "attrition");
  if (cJSON_GetArraySize (att) < 2)
    return;
  fputs ("Answered, as a share of the baseline's participants:", out);
  const cJSON *w;
  int first = 1;
  cJSON_ArrayForEach (w, att)
  {
    fprintf (out, "%s wave %.0f %s", first ? "" : ",",
             sp_doc_num (w, "wave", 0),
             sp_fig_at (w, "share_of_baseline", SP_FIG_PERCENT, pc,
                        sizeof pc));
    first = 0;
  }
  const cJSON *base = sp_doc_get (sec, "baseline_participants");
  if (sp_disclosure_hidden (base)
      || sp_doc_num (sec, "baseline_participants", 0) > 0)
    fprintf (out, "; paired at the follow-up %s",
             sp_fig_share (sp_doc_get (sec, "paired_participants"), base, 1,
                           pc, sizeof pc));
  fputc ('\n', out);
}

void
sp_render_value_text (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "social_value");
  if (!sec)
    return;
  char r[64], n[64];
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  fprintf (out, "Social value%s%s\n", programme ? ": " : "",
           programme ? programme : "");
  fprintf (out, "Outcomes compared: wave %.0f (baseline) against wave %.0f; "
           "%s participants in the outcome data\n",
           sp_doc_num (sec, "baseline_wave", 0),
           sp_doc_num (sec, "followup_wave", 0),
           sp_fig_at (sec, "participants", SP_FIG_COUNT, n, sizeof n));
  print_followup (sec, out);
  sp_render_period_text (doc, out);
  char prices[512];
  const char *year = sp_doc_str (doc, "evaluation.price_year", NULL);
  fprintf (out, "Prices: %s%s%s%s\n", year ? year : "", year ? " (" : "",
           sp_price_years_text (doc, sp_doc_get (sec, "outcomes"),
                                "values", prices, sizeof prices),
           year ? ")" : "");
  fprintf (out, "Improvement method: %s (%s); discount rate %s\n\n",
           sp_doc_str (sec, "method", ""),
           sp_doc_str (sec, "method_label", ""),
           sp_fmt_percent (sp_doc_num (sec, "discount_rate", 0), 1, r,
                           sizeof r));
  print_outcomes (sec, out);
  sp_print_interval_line (doc, "social_value.total", "\nTotal social value",
                          SP_FIG_MONEY, out);
  sp_render_influence_text (doc, "social_value.total", "social value",
                            SP_FIG_MONEY, out);
  sp_render_reliability_text (doc, "social_value.total", "social value",
                              out);
  print_methods (sec, out);
  print_adjustments (sec, out);
  print_notes (sec, out);
  print_domains (sec, out);
  sp_render_waves_text (sec, out);
  sp_render_interval_notes (doc, out);
  sp_render_disclosure_note (doc, out);
}

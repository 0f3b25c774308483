/* interval_text.c -- bootstrap intervals and influence for people */

#include "interval_text.h"

#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"

/* intervals[PATH] or influence[PATH]: the keys hold dots, so they are
   looked up directly, not through sp_doc_get.  */
static const cJSON *
entry (const cJSON *doc, const char *sec, const char *path)
{
  return cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (doc, sec), path);
}

char *
sp_render_interval (const cJSON *doc, const char *path,
                    sp_fig_kind kind, char *buf, size_t size)
{
  buf[0] = '\0';
  const cJSON *iv = entry (doc, "intervals", path);
  const cJSON *lo = cJSON_GetObjectItemCaseSensitive (iv, "lower");
  const cJSON *hi = cJSON_GetObjectItemCaseSensitive (iv, "upper");
  if (!cJSON_IsNumber (lo) || !cJSON_IsNumber (hi))
    return buf;
  char a[64], b[64], name[64];
  int noted = cJSON_GetObjectItemCaseSensitive (iv, "note") != NULL;
  snprintf (buf, size, "%s %s to %s%s",
            sp_fig_interval_name (iv, name, sizeof name),
            sp_fig_number (lo->valuedouble, kind, a, sizeof a),
            sp_fig_number (hi->valuedouble, kind, b, sizeof b),
            noted ? "†" : "");
  return buf;
}

void
sp_print_interval (const cJSON *doc, const char *path,
                   sp_fig_kind kind, FILE *out)
{
  char buf[256];
  if (*sp_render_interval (doc, path, kind, buf, sizeof buf))
    fprintf (out, " (%s)", buf);
}

void
sp_print_interval_line (const cJSON *doc, const char *path,
                        const char *label, sp_fig_kind kind, FILE *out)
{
  char buf[256], v[64];
  const cJSON *est = sp_doc_get (entry (doc, "intervals", path), "estimate");
  if (!cJSON_IsNumber (est)
      || !*sp_render_interval (doc, path, kind, buf, sizeof buf))
    return;
  fprintf (out, "%s: %s (%s)\n", label,
           sp_fig_number (est->valuedouble, kind, v, sizeof v), buf);
}

void
sp_render_interval_notes (const cJSON *doc, FILE *out)
{
  const cJSON *ivs = cJSON_GetObjectItemCaseSensitive (doc, "intervals");
  const cJSON *bs = cJSON_GetObjectItemCaseSensitive (doc, "bootstrap");
  if (!ivs || !bs)
    return;
  char n[64], p[64];
  fprintf (out,
           "\nIntervals: %s resamples of the %s participants (seed %.0f), "
           "%s method.\n",
           sp_fmt_number (sp_doc_num (bs, "resamples", 0), 0, n, sizeof n),
           sp_fig_at (bs, "participants", SP_FIG_COUNT, p, sizeof p),
           sp_doc_num (bs, "seed", 0), sp_doc_str (bs, "method", ""));
  const cJSON *iv;
  cJSON_ArrayForEach (iv, ivs)
  {
    const char *note = sp_doc_str (iv, "note", NULL);
    if (note)
      fprintf (out, "† %s: %s.\n", iv->string, note);
  }
}

void
sp_render_reliability_text (const cJSON *doc, const char *path,
                            const char *what, FILE *out)
{
  const char *text = sp_doc_str (entry (doc, "intervals", path),
                                 "reliability_text", NULL);
  if (!text || !text[0])
    return;
  /* "Reliability low: ..." reads on after the colon in lower case.  */
  fprintf (out, "Interval for the %s: %c%s\n", what,
           text[0] >= 'A' && text[0] <= 'Z' ? text[0] - 'A' + 'a' : text[0],
           text + 1);
}

void
sp_render_influence_text (const cJSON *doc, const char *path,
                          const char *what, sp_fig_kind kind, FILE *out)
{
  const cJSON *inf = entry (doc, "influence", path);
  if (!inf)
    return;
  char buf[64];
  /* Published shares are rounded to 10% (results/disclosure.h).  */
  int exact = sp_disclosure_internal (doc);
  fprintf (out, "How much rests on a few participants:");
  const cJSON *t;
  int first = 1;
  cJSON_ArrayForEach (t, cJSON_GetObjectItemCaseSensitive (inf, "top"))
  {
    const cJSON *share = cJSON_GetObjectItemCaseSensitive (t, "share");
    if (!cJSON_IsNumber (share))
      continue;
    double q = sp_doc_num (t, "participants", 0);
    sp_fmt_percent (share->valuedouble, exact ? 1 : 0, buf, sizeof buf);
    if (first)
      fprintf (out, " the top %.0f participant%s carr%s %s%s of the %s", q,
               q == 1 ? "" : "s", q == 1 ? "ies" : "y",
               exact ? "" : "about ", buf, what);
    else
      fprintf (out, ", the top %.0f %s%s", q, exact ? "" : "about ", buf);
    first = 0;
  }
  const cJSON *lo = sp_doc_get (inf, "leave_one_out.min");
  const cJSON *hi = sp_doc_get (inf, "leave_one_out.max");
  if (cJSON_IsNumber (lo) && cJSON_IsNumber (hi))
    {
      char b2[64];
      fprintf (out, "%s leaving any one out, the %s ranges from %s to %s",
               first ? "" : ";", what,
               sp_fig_number (lo->valuedouble, kind, buf, sizeof buf),
               sp_fig_number (hi->valuedouble, kind, b2, sizeof b2));
    }
  fputs (".\n", out);
}

void
sp_render_disclosure_note (const cJSON *doc, FILE *out)
{
  const cJSON *dc = cJSON_GetObjectItemCaseSensitive (doc, "disclosure");
  if (!dc)
    return;
  char t[32];
  sp_fmt_number (sp_doc_num (dc, "threshold", 0), 0, t, sizeof t);
  if (cJSON_IsTrue (cJSON_GetObjectItemCaseSensitive (dc, "internal")))
    fputs ("\nInternal report (--internal): no disclosure control; "
           "not for publication.\n", out);
  else if (sp_doc_num (dc, "threshold", 0) <= 0)
    fputs ("\nDisclosure control is off (threshold 0): counts of one or "
           "a few people are shown; check before publishing.\n", out);
  else if (cJSON_GetArraySize (
             cJSON_GetObjectItemCaseSensitive (dc, "suppressed")) > 0)
    fprintf (out, "\n" SP_DISCLOSURE_MARK " not shown (disclosure "
             "control): a count of 1 to %s people, a figure about %s "
             "people or fewer, or a figure that would reveal one.\n", t,
             t);
}

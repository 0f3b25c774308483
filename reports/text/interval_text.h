/* interval_text.h -- bootstrap intervals and influence for people

   Helpers for the text renderers: they read only the results document's
   intervals and influence sections (see intervals_doc.h) and print
   nothing when those are absent, so a renderer can call them
   unconditionally.  */

#ifndef SP_INTERVAL_TEXT_H
#define SP_INTERVAL_TEXT_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>

#include "figure.h"

/* "95% CI £1,020,000 to £1,400,000" for intervals[PATH] of DOC, into BUF
   (SIZE bytes); "" when DOC has no interval for PATH or it is null (a
   dagger follows the ends when the interval has a note).  Returns BUF.
   */
char *sp_render_interval (const cJSON *doc, const char *path,
                          sp_fig_kind kind, char *buf, size_t size);

/* Print " (95% CI ... to ...)" after a figure when DOC has its interval;
   nothing otherwise.  */
void sp_print_interval (const cJSON *doc, const char *path,
                        sp_fig_kind kind, FILE *out);

/* "LABEL: £429,937 (95% CI £253,769 to £669,686)" and a newline, the
   estimate and interval of intervals[PATH]; nothing when DOC has no
   interval for PATH.  */
void sp_print_interval_line (const cJSON *doc, const char *path,
                             const char *label, sp_fig_kind kind,
                             FILE *out);

/* The bootstrap's settings and every interval note, as a few lines
   starting with a blank one ("Intervals: 10,000 resamples of the
   participants ..."; a dagger and "savings.saving_rate: ..."); nothing
   without an intervals section.  */
void sp_render_interval_notes (const cJSON *doc, FILE *out);

/* "Interval for the saving: reliability low: only 22 participants ..."
   and a newline: the reliability_text of intervals[PATH]
   (reliability_doc.h), WHAT naming the figure; nothing when there is
   none.  */
void sp_render_reliability_text (const cJSON *doc, const char *path,
                                 const char *what, FILE *out);

/* How much the figure at PATH rests on a few participants, from the
   influence section, e.g. "How much rests on a few: the top 1
   participant carries about 60% of the saving, the top 2 about 90%, the
   top 5 about 100%" (shares as published, rounded to 10%; exact, with
   the leave-one-out range, in an internal report).  WHAT names the
   figure ("saving"); KIND formats the range.  Nothing when the section
   lacks PATH.  */
void sp_render_influence_text (const cJSON *doc, const char *path,
                               const char *what, sp_fig_kind kind,
                               FILE *out);

/* The line saying what "*" means (disclosure control, results/
   disclosure.h) when DOC has suppressed cells, or that the report is
   internal, or that disclosure control is off; nothing otherwise.  */
void sp_render_disclosure_note (const cJSON *doc, FILE *out);

#endif /* SP_INTERVAL_TEXT_H */

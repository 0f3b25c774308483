/* statement_parts.h -- the parts of the PDF statement

   statement.c calls these in order on one sp_page; each reads only the
   results document and draws nothing for a section the document lacks.

     cover, PDF metadata    statement_front.c
     executive summary      statement_summary.c
     headline figures       statement_headline.c
       how far to trust the
       intervals (issue 9)  statement_reliability.c
     limitations            statement_limitations.c
     this quarter           statement_quarter.c
     about the data         statement_about.c
     influence              statement_influence.c
     NHS cost savings       statement_savings.c
     against a comparison
     group (issue 14)       statement_comparison.c
     social value           statement_value.c
       follow-up, attrition statement_followup.c
       method sensitivity   statement_methods.c
     price year             statement_prices.c
     register, investment,
     local economy, profit  statement_profit.c
     rollout                statement_rollout.c
     further scenarios      statement_scenarios.c
     data notes             statement_notes.c
     glossary (last)        statement_glossary.c
     assumptions, sources,
     formulas and notes     statement_sources.c

   statement_fmt.c holds what they share: figures formatted with their
   confidence intervals (each figure as figure.h formats it), and charts
   placed on the page.  */

#ifndef SP_STATEMENT_PARTS_H
#define SP_STATEMENT_PARTS_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "charts.h"
#include "figure.h"
#include "statement_page.h"

/* The figure V formatted as KIND, followed by its interval when DOC's
   intervals[KEY] has one: "£1,231,900 (95% CI £560,000 to
   £1,900,000)".  */
char *sp_stmt_with_interval (const cJSON *v, const cJSON *doc,
                             const char *key, sp_fig_kind kind, char *buf,
                             size_t size);

/* As sp_stmt_with_interval for the figure at the dotted PATH of DOC,
   whose interval is intervals[PATH].  */
char *sp_stmt_figure (const cJSON *doc, const char *path, sp_fig_kind kind,
                      char *buf, size_t size);

/* A column of a table made from an array of objects: its header, width
   and alignment, and the member of each object it shows (a dotted path
   within the object), as KIND.  */
typedef struct
{
  const char *title;
  double share;
  sp_align align;
  const char *field;
  sp_fig_kind kind;
} sp_stmt_column;

/* A table with a row per object of ARRAY and the N_COLS columns COLS
   (at most 12), under the subheading HEADING when not NULL.  Nothing
   when ARRAY is empty or absent.  */
void sp_stmt_array_table (sp_page *p, const char *heading,
                          const cJSON *array, const sp_stmt_column *cols,
                          size_t n_cols);

/* A section of bullets: HEADING (level 1) and the paragraph INTRO, then
   a bullet for the "text" of each object of LIST, followed by what WHERE
   writes into its buffer for that object (NULL: nothing).  Nothing when
   LIST is empty or absent.  */
void sp_stmt_bullets (sp_page *p, const cJSON *list, const char *heading,
                      const char *intro,
                      void (*where) (const cJSON *e, char *buf,
                                     size_t size));

/* Draw chart C of DOC across the page width when DOC has its data,
   with a line naming the chart's files.  */
void sp_stmt_chart (sp_page *p, const cJSON *doc, const sp_chart *c);

/* A list of figures shown as a two-column table.  */
#define SP_STMT_MAX_FIGURES 32
typedef struct
{
  const char *names[SP_STMT_MAX_FIGURES];   /* borrowed */
  const char *values[SP_STMT_MAX_FIGURES];  /* point into BUF */
  char buf[SP_STMT_MAX_FIGURES][192];
  size_t n;
} sp_stmt_figures;

/* Add the row NAME with the figure at PATH of DOC (with its interval),
   when DOC holds that figure (a number or null).  NAME is borrowed.  */
void sp_stmt_figures_add (sp_stmt_figures *f, const cJSON *doc,
                          const char *path, const char *name,
                          sp_fig_kind kind);

/* One figure of a table: where it is, what it is called, how it reads.  */
typedef struct
{
  const char *path;
  const char *name;
  sp_fig_kind kind;
} sp_stmt_row;

/* Add each of the N ROWS that DOC holds, as sp_stmt_figures_add.  */
void sp_stmt_figures_rows (sp_stmt_figures *f, const cJSON *doc,
                           const sp_stmt_row *rows, size_t n);

/* Add the row NAME with the text VALUE (copied).  */
void sp_stmt_figures_text (sp_stmt_figures *f, const char *name,
                           const char *value);

/* Draw F as a table headed NAME_TITLE and VALUE_TITLE (nothing when F
   is empty).  */
void sp_stmt_figures_table (sp_page *p, const sp_stmt_figures *f,
                            const char *name_title, const char *value_title);

/* A part of the statement: the heading TITLE (kept with the table), the
   paragraph INTRO, then the N ROWS of DOC as a table headed NAME_TITLE
   and VALUE_TITLE (sp_stmt_figures_rows, sp_stmt_figures_table).  */
void sp_stmt_part (sp_page *p, const cJSON *doc, const char *title,
                   const char *intro, const sp_stmt_row *rows, size_t n,
                   const char *name_title, const char *value_title);

/* Plain words (statement_words.c, issue 11): TEXT with its field names
   in words -- '_' and a '.' between letters become spaces, " x " and
   " / " become "×" and "÷" (newly allocated, caller frees); the name of
   a top-level section KEY ("social_value": "Social value"), NULL when
   unknown; the member MEMBER ("value", "low", "high") of a rollout
   parameter PARAM in its unit ("£1,295", "85.0%", "4.8") into BUF; the
   parameter's label (its "label", else its name in words, into BUF);
   and the name and kind of a rollout figure FIGURE ("net_saving": "Net
   saving", money), NULL and SP_FIG_AUTO when unknown.  */
char *sp_stmt_words (const char *text);
const char *sp_stmt_section_name (const char *key);
char *sp_stmt_param_value (const cJSON *param, const char *member,
                           char *buf, size_t size);
const char *sp_stmt_param_label (const cJSON *param, char *buf,
                                 size_t size);
const char *sp_stmt_rollout_figure_name (const char *figure,
                                         sp_fig_kind *kind);

/* What lays out a PDF: its parts in order on P, from DOC.  */
typedef void (*sp_stmt_parts_fn) (sp_page *p, const cJSON *doc);

/* Render the PDF made of PARTS of DOC, on A4 pages headed "TITLE:
   programme" after the first and numbered "Page N of M", with TITLE in
   its metadata, into a new buffer *BUF of *LEN bytes (caller frees).
   Returns 0, or -1 when cairo fails.  The statement (statement.h) and
   the trend command's PDF (statement_trend.c) are made this way.  */
int sp_stmt_pdf_render (const cJSON *doc, const char *title,
                        sp_stmt_parts_fn parts, char **buf, size_t *len);

/* The front matter (statement_front.c): the cover, a page of its own
   (programme, area and period, organisation, author, date, the draft or
   final label, how to read the figures, disclosure); the PDF's
   metadata on S (Title "TITLE: programme", Author, Subject, Keywords,
   Creator and, with SOURCE_DATE_EPOCH, its dates); the statement's time
   into *TM (SOURCE_DATE_EPOCH when set, returning 1; otherwise now,
   returning 0); and its date as "2 December 2026" into BUF.  */
void sp_stmt_title (sp_page *p, const cJSON *doc);
/* A short statement's title block: TITLE large, then DOC's programme
   and area when it names them (the trend's and the comparison's).  */
void sp_stmt_title_block (sp_page *p, const char *title, const cJSON *doc);
void sp_stmt_metadata (cairo_surface_t *s, const cJSON *doc,
                       const char *title);
struct tm;
int sp_stmt_time (struct tm *tm);
char *sp_stmt_date (char *buf, size_t size);
/* The executive summary: five to eight sentences from DOC (what was
   measured, the headline figures with their intervals and basis, the
   largest caveat, what the rollout needs), before the tables
   (statement_summary.c).  */
void sp_stmt_summary (sp_page *p, const cJSON *doc);
void sp_stmt_headline (sp_page *p, const cJSON *doc);

/* How far the headline figures' bootstrap intervals can be trusted, in
   the results document's words (statement_reliability.c); nothing
   without intervals.  */
void sp_stmt_reliability (sp_page *p, const cJSON *doc);
/* "What these figures can and cannot show": the document's limitations,
   one paragraph each; nothing when there are none.  */
void sp_stmt_limitations (sp_page *p, const cJSON *doc);
/* "This quarter" (issue 10): the figures over time and the changes
   since the previous report; nothing when the document has none.  */
void sp_stmt_quarter (sp_page *p, const cJSON *doc);
void sp_stmt_influence (sp_page *p, const cJSON *doc);
void sp_stmt_savings (sp_page *p, const cJSON *doc);
/* The note saying what the social return on investment assumes about
   the budgets (stated or not): under the headline and in the profit
   part (statement_profit.c).  */
void sp_stmt_budget_assumption (sp_page *p, const cJSON *doc);

/* Savings against a comparison group (statement_comparison.c).  Whether
   DOC has them; the headline's savings rows when it does (the adjusted
   saving, its rate and per participant, and the before/after saving
   beside them), added to F, returning how many (0 without a comparison
   group: the headline then shows the before/after rows); and the
   section itself (nothing without a comparison group).  */
int sp_stmt_comparison_present (const cJSON *doc);
/* The labels of the headline's rows that name the saving's basis (kept
   by the caller while F is used).  */
typedef struct
{
  char saving[256];
  char before_after[256];
} sp_stmt_comparison_labels;
size_t sp_stmt_comparison_headline (const cJSON *doc, sp_stmt_figures *f,
                                    sp_stmt_comparison_labels *labels);
void sp_stmt_comparison (sp_page *p, const cJSON *doc);
void sp_stmt_value (sp_page *p, const cJSON *doc);
/* Which follow-up wave the social value uses and why, and the share of
   the people surveyed at the start who were surveyed again
   (statement_followup.c).  */
void sp_stmt_value_followup (sp_page *p, const cJSON *doc);
/* The social value by each way of measuring change, side by side, with
   what each assumes (statement_methods.c).  */
void sp_stmt_value_methods (sp_page *p, const cJSON *doc);
void sp_stmt_profit (sp_page *p, const cJSON *doc);
void sp_stmt_rollout (sp_page *p, const cJSON *doc);
/* Every further scenario of the evaluation in a full section of its own
   (statement_scenarios.c): nothing with fewer than two.  */
void sp_stmt_scenarios (sp_page *p, const cJSON *doc);
/* Scenario S of DOC's "scenarios", at PLACE (from 1), in a full rollout
   section of its own, drawn from its view of DOC (scenario_view.h), its
   charts naming the files CHART-PLACE-NAME.  */
void sp_stmt_scenario_section (sp_page *p, const cJSON *doc,
                               const cJSON *s, size_t place);
/* "Data notes": the run's warnings about the data (data_notes), one
   paragraph each; nothing when there are none (statement_notes.c).  */
void sp_stmt_data_notes (sp_page *p, const cJSON *doc);
/* The glossary of the terms and abbreviations used
   (statement_glossary.c).  */
void sp_stmt_glossary (sp_page *p, const cJSON *doc);
/* "About the data": the evaluation's notes, verbatim; nothing when it
   has none (statement_about.c).  */
void sp_stmt_about (sp_page *p, const cJSON *doc);
void sp_stmt_sources (sp_page *p, const cJSON *doc);
/* The price year the figures are in and the factor that brought each
   year's unit costs and values to it, or that prices keep their own
   years (statement_prices.c).  */
void sp_stmt_prices (sp_page *p, const cJSON *doc);

#endif /* SP_STATEMENT_PARTS_H */

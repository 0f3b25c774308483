/* commands.h -- the subcommands of socialprofit and their sections

   A subcommand's work is split into sections: a section loads the
   inputs it needs through the context and adds its part of the results
   document.  The report command runs several sections into one
   document.  A section returns 0, or -1 with its problems recorded in
   ctx->diag (it never prints).

   Each subcommand takes the arguments after the subcommand's name
   (argv[0] is the subcommand) and returns the process exit status.  */

#ifndef SP_COMMANDS_H
#define SP_COMMANDS_H

#include <cjson/cJSON.h>

#include "boot_intervals.h"
#include "comparison.h"
#include "context.h"
#include "emit.h"

typedef int (*sp_section_fn) (sp_context *ctx, cJSON *doc);

/* How a simple subcommand renders its document as text and CSV.  */
typedef struct
{
  const char *name;
  sp_renderer text;
  sp_renderer csv;
  int check_all;     /* nonzero: after a failure, check every input the
                        evaluation names (for commands that use them
                        all), so every bad file is reported at once */
} sp_command_spec;

/* The generic body of a subcommand that takes an optional evaluation
   file: open the context, run the N SECTIONS in order into one new
   document, then print every message and, when nothing failed, render
   the document in the chosen format on stdout.  Returns the exit
   status.  */
int sp_run_sections (const sp_command_spec *spec,
                     const sp_section_fn *sections, size_t n, int argc,
                     char **argv);

/* The end of a subcommand that built DOC: print every message, render
   DOC on stdout in the chosen format (TEXT, CSV or JSON) when nothing
   failed, free DOC and close the context.  OK zero means a step failed;
   without a message that is a bug (70).  Returns the exit status.  */
int sp_run_finish (sp_context *ctx, cJSON *doc, int ok, sp_renderer text,
                   sp_renderer csv);

/* An earlier results document DOC read back (report --previous, the
   documents trend follows) as this run may publish it: unless the run
   is --internal, a document built with --internal (or before disclosure
   control, without a "disclosure" section) is turned into its published
   view with its own threshold (disclosure.threshold; else the
   evaluation's), so that no figure an internal report holds reaches a
   published output through a later one.  DOC is changed in place.  */
void sp_run_published_view (const sp_context *ctx, cJSON *doc);

/* The end of a command that wrote an output folder (--out): print
   every message and, when nothing failed, one line "socialprofit: WHAT
   written to DIR (JSON, N charts as PNG, SVG and PDF, PDF)" (without
   ", PDF" when PDF is NULL); free DOC, close the context.  CHARTS is what the folder writer returned (-1: it
   failed; without a message that is a bug, 70).  Returns the exit
   status.  */
int sp_run_folder_end (sp_context *ctx, cJSON *doc, int charts,
                       const char *what, const char *json, const char *pdf);

/* Sections.  */
/* The savings table, and with a comparison group (comparison_usage) the
   savings against it (sp_section_comparison).  */
int sp_section_savings (sp_context *ctx, cJSON *doc);
/* Savings against a comparison group (cmd_comparison.c): loads it
   (sp_context_load_comparison) and adds savings.comparison,
   difference_in_differences and adjusted to the savings section already
   in DOC; nothing when no comparison group is named.  */
int sp_section_comparison (sp_context *ctx, cJSON *doc);
/* Each participant's annual costs of the programme's cohort (index 0)
   and the comparison group's (1), as the analysis reads them
   (cmd_comparison.c).  Both cohorts must be loaded.  */
typedef struct
{
  double *before[2];          /* owned */
  double *after[2];
  sp_comparison_group group[2];  /* pointing into the arrays */
} sp_comparison_data;
void sp_comparison_data_make (const sp_context *ctx, sp_comparison_data *d);
void sp_comparison_data_free (sp_comparison_data *d);
int sp_section_value (sp_context *ctx, cJSON *doc);
/* The register, investment and, with transactions, local economy.  */
int sp_section_register (sp_context *ctx, cJSON *doc);
/* Social profit from savings.saving, social_value.total,
   local_economy.effect and investment.total already in DOC.  */
int sp_section_profit (sp_context *ctx, cJSON *doc);
/* The limitations of the evidence (cmd_limitations.c): decide every
   code of limitations.h from the loaded inputs and the sections already
   in DOC, add them to those the sections marked in ctx->limits, and
   write DOC's "limitations" array.  Runs last, after every other
   section (sp_run_finish and the report do it).  Always 0.  */
int sp_section_limitations (sp_context *ctx, cJSON *doc);
/* Bootstrap intervals and influence (cmd_intervals.c) of every figure
   the sections before it put in DOC; nothing when resamples are 0.  */
int sp_section_intervals (sp_context *ctx, cJSON *doc);
/* The run's bootstrap settings (cmd_intervals.c) into *S: 1 when
   intervals are asked for, 0 when off (resamples 0, or unset with
   ctx->default_resamples 0), -1 with a usage error in ctx->diag (an
   unknown method).  */
int sp_intervals_settings (sp_context *ctx, sp_boot_settings *s);
/* Rollout (cmd_rollout.c): the evaluation's first scenario as "rollout"
   with its intervals, and with several scenarios also "scenarios" [{
   name, rollout, intervals }] for all of them, in order.  */
int sp_section_rollout (sp_context *ctx, cJSON *doc);
/* Rollout helpers (cmd_rollout.c).  sp_rollout_open opens the context
   of a command whose MIN_ARGS to MAX_ARGS positional arguments are
   scenario files (--evaluation EVAL is read by sp_context_open); on
   failure it prints the messages, closes the context and returns the
   exit status.
   sp_rollout_add projects the scenario at PATH into PARENT ("rollout",
   and its intervals into PARENT's "intervals"); sp_rollout_add_named
   appends { name, rollout, intervals } to LIST.  */
int sp_rollout_open (sp_context *ctx, int argc, char **argv,
                     const char *command, size_t min_args, size_t max_args);
int sp_rollout_add (sp_context *ctx, const char *path, cJSON *parent);
int sp_rollout_add_named (sp_context *ctx, const char *path, cJSON *list);

/* Subcommands.  */
int sp_cmd_savings (int argc, char **argv);
int sp_cmd_value (int argc, char **argv);
int sp_cmd_profit (int argc, char **argv);
int sp_cmd_validate (int argc, char **argv);
int sp_cmd_report (int argc, char **argv);
int sp_cmd_rollout (int argc, char **argv);
int sp_cmd_compare (int argc, char **argv);
/* cmd_init.c */
int sp_cmd_init (int argc, char **argv);
/* help.c */
int sp_cmd_help (int argc, char **argv);
int sp_cmd_trend (int argc, char **argv);

#endif /* SP_COMMANDS_H */

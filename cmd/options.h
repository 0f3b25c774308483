/* options.h -- command-line options: one table, each option saying
   which commands it applies to

   Every option socialprofit knows is one row of the table in options.c
   (sp_option_table): its long name, the placeholder of its value, the
   commands it applies to, its default, a line of help, how its value is
   read and where it is stored in sp_options.  The parser, the
   per-command help (socialprofit CMD --help), the "does not apply to"
   and "did you mean" errors, the bash completion and the test that the
   man page documents every option all read that one table.

   To add an option:
     1. add its field (and, for a number, its "_set" flag) to
        sp_options below;
     2. add ONE row to sp_option_table in options.c, e.g.
          { "periods", "A,B,C", "savings value profit report", NULL,
            "\"periods\"", "the usage periods to compare, in order",
            SP_OPT_STRING, OFF (periods), NOSET, 0, 0, NULL, NULL },
        The commands are space-separated names; an option applies only
        to the commands it lists, and is refused (exit 64) elsewhere;
     3. use it (usually in apply_flags, cmd/context.c) and, if the
        evaluation file has the same key, document it in the README.
   To add a command: one row in sp_command_table (cmd/command_table.c),
   then name it in the commands of the options that apply to it.

   An option may have several rows with the same name for different
   commands (a different default, help text or set of choices): the
   parser uses the row whose commands include the running command.
   A flag that was not given keeps its "unset" marker, so that the
   evaluation file's value stands.  */

#ifndef SP_OPTIONS_H
#define SP_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

/* In the order of the --format choices ("text,json,csv,xlsx").  */
typedef enum
{
  SP_FORMAT_TEXT,
  SP_FORMAT_JSON,
  SP_FORMAT_CSV,
  SP_FORMAT_XLSX
} sp_format;

typedef struct
{
  const char *command;       /* subcommand name */
  char **args;               /* positional arguments (argv storage) */
  size_t n_args;

  /* Inputs (NULL = unset).  "-" is standard input.  */
  const char *usage;
  const char *comparison_usage; /* --comparison-usage (issue 14) */
  const char *unit_costs;
  const char *before;
  const char *after;
  const char *periods;       /* --periods a,b,c (comma-separated) */
  const char *outcomes;
  const char *instrument;
  const char *proxies;
  const char *register_file;
  const char *transactions;
  const char *evaluation;    /* --evaluation */
  const char *previous;      /* --previous OLD/results.json (report) */

  /* Settings (the *_set flags say whether the value was given).  */
  int scale_to_set;
  double scale_to;
  int baseline_wave_set;
  long baseline_wave;
  int followup_wave_set;
  long followup_wave;
  const char *method;
  int discount_rate_set;
  double discount_rate;
  int local_respend_set;
  double local_respend;

  /* Bootstrap and simulation.  */
  long bootstrap;            /* -1 = unset */
  int confidence_set;
  double confidence;
  const char *ci_method;
  int seed_set;
  long seed;
  long threads;              /* -1 = unset, 0 = all cores */
  long simulations;          /* -1 = unset */
  long target;               /* -1 = unset */

  /* Output.  */
  int format;                /* sp_format */
  const char *out;
  int force;                 /* --force: replace an --out folder that is
                                not a previous output */
  const char *output;        /* --output FILE, or NULL: standard output */
  int internal;              /* identifiers allowed in published output */
  int quiet;                 /* no warnings, no progress */
} sp_options;

/* How an option's value is read and stored.  */
typedef enum
{
  SP_OPT_SWITCH,   /* no value: the int at OFFSET becomes 1 */
  SP_OPT_PATH,     /* an input file, or "-" for standard input: const
                      char * at OFFSET (at most one input may be "-") */
  SP_OPT_STRING,   /* any text: const char * at OFFSET */
  SP_OPT_CHOICE,   /* one of CHOICES: const char * at OFFSET */
  SP_OPT_ENUM,     /* one of CHOICES: its index (int) at OFFSET */
  SP_OPT_NUMBER,   /* a number in [MIN, MAX]: double at OFFSET */
  SP_OPT_WHOLE     /* a whole number in [MIN, MAX]: long at OFFSET */
} sp_option_kind;

/* SET_OFFSET of an option without a "given" flag.  */
#define SP_OPT_NOSET ((size_t) -1)

typedef struct
{
  const char *name;          /* long name without "--" */
  const char *arg;           /* placeholder of the value ("FILE"), NULL
                                for a switch */
  const char *commands;      /* space-separated commands it applies to */
  const char *def;           /* default as help shows it, NULL = none;
                                "report rollout: 10000; 0 (off)" gives
                                10000 for report and rollout, "0 (off)"
                                for the others */
  const char *key;           /* the evaluation-file key it overrides, as
                                help shows it, or NULL */
  const char *help;          /* what it does, one sentence */
  sp_option_kind kind;
  size_t offset;             /* offsetof (sp_options, field) */
  size_t set_offset;         /* offsetof the int "given" flag, or
                                SP_OPT_NOSET */
  double min, max;           /* SP_OPT_NUMBER and SP_OPT_WHOLE */
  const char *choices;       /* SP_OPT_CHOICE/ENUM: "text,json,csv" */
  const char *want;          /* what to give, after a bad value: "give
                                a number of people" */
} sp_option_spec;

extern const sp_option_spec sp_option_table[];
extern const size_t sp_option_table_size;

/* Parse ARGV (argv[0] is the subcommand, COMMAND) into O.  Returns 0,
   or 64 after printing "socialprofit COMMAND: ..." on stderr: an
   unknown option (with the closest known one), an option that does not
   apply to COMMAND, a bad or missing value, more than one input read
   from standard input.  */
int sp_options_parse (int argc, char **argv, const char *command,
                      sp_options *o);

/* Whether ARGV (argv[0] is the subcommand) asks for help: -h or --help
   given as an option (not as the value of another option, nor after
   "--").  */
int sp_options_help_asked (int argc, char **argv);

/* The row of the option NAME for COMMAND, or NULL when NAME does not
   apply to COMMAND (or is unknown).  */
const sp_option_spec *sp_option_find (const char *name, const char *command);

/* Whether the space-separated LIST names COMMAND.  */
int sp_option_applies (const char *list, const char *command);

/* The default of option S for COMMAND as help shows it (a pointer into
   a static buffer valid until the next call), or NULL.  */
const char *sp_option_default (const sp_option_spec *s, const char *command);

/* Print the options that apply to COMMAND, one block each (name and
   value, help, evaluation key and default), wrapped to the terminal
   width of 79 columns.  */
void sp_options_print_help (FILE *out, const char *command);

/* Print TEXT wrapped at 79 columns, each line from column INDENT; the
   first line continues after the COL columns already printed.  */
void sp_options_wrap (FILE *out, const char *text, size_t indent,
                      size_t col);

/* Print, one per line, "--NAME", a tab and what its value is: switch
   (none), file, dir, value, choice:A|B|C, or data:KIND for a file or
   the name of a bundled set of KIND (datadir.h), for every option of
   COMMAND (for the bash completion).  */
void sp_options_print_names (FILE *out, const char *command);

/* The Levenshtein distance between A and B (for "did you mean").  */
size_t sp_edit_distance (const char *a, const char *b);

#endif /* SP_OPTIONS_H */

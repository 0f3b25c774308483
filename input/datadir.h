/* datadir.h -- bundled data sets named instead of paths

   socialprofit ships unit-cost sets, instruments, value proxies, price
   indices and rollout scenarios.  Wherever a file of one of these kinds
   is asked for (a flag, an evaluation-file key, a scenario argument) a
   bundled set can be named instead: --unit-costs east-lancs-2018,
   --instrument poet, --proxies calico-2019-gve, rollout east-lancs-890.
   A value is looked up in this order:

     1. an existing file at that path (relative to the evaluation file's
        folder for its keys, to the current folder for flags);
     2. when it has no '/': a bundled set of that name (with or without
        its .csv or .json) in the data folders, which are
          $SOCIALPROFIT_DATA alone when that is set, else
          the installed data, found from the program's own place
            (BINDIR/../share/socialprofit, so a DESTDIR or relocated
            install works), then the configured DATADIR/socialprofit,
          then the source tree when the program runs from its build
            folder.
   A name found nowhere is an error (exit 66) listing the bundled names
   of that kind.  A data folder holds proxies/unit-costs, proxies/
   instruments, proxies/values, proxies/indices and scenarios, as
   meson install lays them out under share/socialprofit.  */

#ifndef SP_DATADIR_H
#define SP_DATADIR_H

#include <stdio.h>

#include "diag.h"

typedef enum
{
  SP_DATA_UNIT_COSTS,
  SP_DATA_INSTRUMENTS,
  SP_DATA_VALUES,
  SP_DATA_INDICES,
  SP_DATA_SCENARIOS,
  SP_DATA_N_KINDS
} sp_data_kind;

typedef struct
{
  const char *name;     /* "unit-costs" */
  const char *flag;     /* "--unit-costs", or NULL */
  const char *key;      /* evaluation key "unit_costs" */
  const char *what;     /* "unit-cost set" (messages) */
  const char *subdir;   /* "proxies/unit-costs" in a data folder */
  const char *source;   /* the same in the source tree */
  const char *ext;      /* ".csv" */
} sp_data_kind_info;

extern const sp_data_kind_info sp_data_kinds[SP_DATA_N_KINDS];

/* The kind whose name (e.g. "unit-costs") is NAME, or -1.  */
int sp_data_kind_find (const char *name);

/* Resolve VALUE, a file of kind KIND named in a flag (BASE "") or in
   the evaluation file BASE (then relative paths are from BASE's
   folder; BASE ends in the file name).  Returns the path to read
   (owned): the file itself when it exists (or VALUE is "-"), else the
   bundled set named VALUE; when VALUE names neither, records an error
   in D at FILE:LINE:COLUMN (exit 66) listing the bundled names and
   returns NULL.  A VALUE with '/' that does not exist is returned as
   it is (the reader then says it cannot open it).  */
char *sp_data_resolve (sp_data_kind kind, const char *value,
                       const char *base, sp_diag *d, const char *file,
                       size_t line, size_t column);

/* The bundled set NAME of KIND (owned path), or NULL.  */
char *sp_data_find (sp_data_kind kind, const char *name);

/* Print the bundled names of KIND, one per line as "NAME\tPATH", the
   first folder's copy of each, sorted by name.  Returns how many.  */
size_t sp_data_list (sp_data_kind kind, FILE *out);

/* The folders searched for KIND, in order (e.g.
   /usr/share/socialprofit/proxies/unit-costs), as a NULL-terminated
   array of owned strings; free with sp_data_dirs_free.  */
char **sp_data_dirs (sp_data_kind kind);
void sp_data_dirs_free (char **dirs);

#endif /* SP_DATADIR_H */

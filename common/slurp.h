/* slurp.h -- read a whole file into memory

   For the JSON inputs (evaluation, scenario, a previous results
   document), which cJSON parses from memory, and for the tests.  CSV
   inputs are not slurped: input/csvtable.h reads them in blocks.  A
   path "-" is standard input (textin.h: sp_input_open).  */

#ifndef SP_SLURP_H
#define SP_SLURP_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "textin.h"

/* Read the file at PATH ("-": standard input) into a newly allocated,
   NUL-terminated buffer stored in *TEXT (caller frees) with its length
   in *LEN.  Returns 0, or -1 after recording in D why the file could
   not be read (exit 66).  There is no size limit.  A PATH that already
   has errors recorded in D is not read again: the call fails at once
   and records nothing more.  */
int sp_slurp (const char *path, char **text, size_t *len, sp_diag *d);

/* As sp_slurp, for a text input, checked as it is read (textin.h:
   UTF-8, no NUL byte, not UTF-16; leading byte order marks are dropped
   from *TEXT).  Fails with -1 (exit 65) after reporting every problem
   with its position, *TEXT then being NULL.  */
int sp_slurp_text (const char *path, char **text, size_t *len, sp_diag *d);

#endif /* SP_SLURP_H */

/* slurp.h -- read a whole file into memory

   Input files are small (thousands of rows), so readers take the whole
   file at once and parse from memory.  */

#ifndef SP_SLURP_H
#define SP_SLURP_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

/* Largest input read: far above any real input, and a bound for a path
   that never ends (/dev/zero, a runaway pipe).  */
#define SP_SLURP_MAX ((size_t) 256 << 20)

/* Open the input file PATH for reading in binary mode; "-" is standard
   input (messages name it "<stdin>").  Returns the stream, or NULL
   after recording in D why it cannot be read (exit 66: missing,
   unreadable or a folder).  Close it with sp_input_close, which leaves
   standard input open.  */
FILE *sp_input_open (const char *path, sp_diag *d);
void sp_input_close (FILE *f);

/* Read the file at PATH ("-": standard input) into a newly allocated, NUL-terminated buffer
   stored in *TEXT (caller frees) with its length in *LEN.  Returns 0, or
   -1 after recording in D why the file could not be read (exit 66), or
   that it is larger than SP_SLURP_MAX bytes (exit 65).  */
int sp_slurp (const char *path, char **text, size_t *len, sp_diag *d);
/* (A PATH that already has errors recorded in D is not read again: the
   call fails at once and records nothing more.)  */

/* As sp_slurp, for a text input: the file must pass sp_text_check
   (textcheck.h: UTF-8, no NUL bytes), or the call fails with -1 (exit
   65) after freeing the buffer.  */
int sp_slurp_text (const char *path, char **text, size_t *len, sp_diag *d);

#endif /* SP_SLURP_H */

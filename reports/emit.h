/* emit.h -- write a rendered result to standard output in one piece

   Commands render into memory first and write only when the whole run
   has succeeded, so a failed run prints nothing on stdout.  */

#ifndef SP_EMIT_H
#define SP_EMIT_H

#include <cjson/cJSON.h>
#include <stdio.h>

#include "diag.h"

/* A renderer of the results document.  */
typedef void (*sp_renderer) (const cJSON *doc, FILE *out);

/* Render DOC with each of the N renderers in turn (a blank line between
   text sections) into memory, then write it all to stdout.  Returns 0,
   or 73 when stdout cannot be written.  */
int sp_emit (const cJSON *doc, const sp_renderer *renderers, size_t n);

/* Render DOC as sp_emit does into *BUF (owned) of *LEN bytes.  Returns
   0, or -1 when memory cannot be had.  */
int sp_emit_render (const cJSON *doc, const sp_renderer *renderers,
                    size_t n, char **buf, size_t *len);

/* Write the LEN bytes at BUF as the file PATH, all at once: into a
   temporary file beside it, renamed into place ("-" is standard
   output).  Returns 0, or 73 with the reason in D.  */
int sp_emit_file (const char *path, const void *buf, size_t len,
                  sp_diag *d);

#endif /* SP_EMIT_H */

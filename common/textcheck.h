/* textcheck.h -- check that an input file is UTF-8 text

   Every input (CSV and JSON) must be UTF-8.  A file saved as UTF-16
   ("Unicode text"), one holding a NUL byte, or one in a legacy encoding
   (a Windows-1252 '£' is the byte 0xA3) is refused here, where the
   message can say what to do, rather than read: a NUL would cut a cell
   short in silence, and invalid UTF-8 in a label makes pango refuse to
   draw the charts and the statement later.  Validation is glib's
   (g_utf8_validate).  */

#ifndef SP_TEXTCHECK_H
#define SP_TEXTCHECK_H

#include <stddef.h>

#include "diag.h"

/* Check the LEN bytes at TEXT (a UTF-8 byte order mark, already skipped
   or not, is fine).  Returns 0, or -1 after recording in D every line
   that holds a NUL byte (NAME:LINE) or bytes that are not UTF-8
   (NAME:LINE:COLUMN, COLUMN counting characters), or, for a UTF-16
   file, one message at line 1 (exit 65; the cap of D applies).  */
int sp_text_check (const char *name, const char *text, size_t len,
                   sp_diag *d);

#endif /* SP_TEXTCHECK_H */

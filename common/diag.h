/* diag.h -- collect input problems as FILE:LINE:COLUMN messages

   An sp_diag gathers every error and warning found while reading the
   inputs, so that a run can report all problems in a file (up to a cap)
   rather than stopping at the first.  Nothing is printed here: the
   command layer prints the collected messages with sp_diag_print().

   Messages are formatted "FILE:LINE:COLUMN: error: text" (or "warning:").
   LINE and COLUMN are 1-based; 0 means "not applicable" and is omitted.
   COLUMN counts fields (the first field is column 1), which is what a
   spreadsheet user sees; the message also names the column header.  */

#ifndef SP_DIAG_H
#define SP_DIAG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "strmap.h"

/* Default number of errors kept per file before further ones are only
   counted.  */
#define SP_DIAG_CAP_PER_FILE 50

/* Longest message text kept whole: a longer one (a huge cell echoed)
   keeps its start and end with the middle left out.  Control characters
   in a message are written as \xNN.  */
#define SP_DIAG_TEXT_MAX 600

typedef enum
{
  SP_DIAG_ERROR,
  SP_DIAG_WARNING
} sp_diag_kind;

/* Exit statuses from sysexits.h, named here so analysis code need not
   include it.  */
enum
{
  SP_EXIT_OK = 0,
  SP_EXIT_USAGE = 64,
  SP_EXIT_DATAERR = 65,
  SP_EXIT_NOINPUT = 66,
  SP_EXIT_SOFTWARE = 70,
  SP_EXIT_CANTCREAT = 73
};

typedef struct
{
  sp_diag_kind kind;
  char *file;
  size_t line;
  size_t column;
  char *text;
} sp_diag_msg;

typedef struct
{
  sp_diag_msg *msgs;
  size_t n_msgs;
  size_t cap_msgs;
  size_t n_errors;     /* all errors, including those past the cap */
  size_t n_suppressed; /* errors counted but not kept */
  size_t cap_per_file;
  int exit_status;     /* worst exit status requested so far */
  int hide_warnings;   /* nonzero: sp_diag_print leaves warnings out
                          (--quiet); they are still recorded */

  /* private: a message is found among those kept, and a file's kept
     errors are counted, in time independent of how many there are */
  uint64_t *seen;      /* n_seen slots: 0, or the message's hash (low
                          32 bits) << 32 | (its index + 1) */
  size_t n_seen;
  sp_names files;      /* files named by errors kept */
  size_t *file_errors; /* errors kept, by file number */
} sp_diag;

/* How messages name the file PATH: "<stdin>" for "-" (standard
   input), else PATH itself.  */
const char *sp_diag_file_label (const char *path);

/* Initialise D (caller-owned storage) with the default cap.  */
void sp_diag_init (sp_diag *d);

/* Free the messages held by D; D itself is the caller's.  */
void sp_diag_free (sp_diag *d);

/* Record an error at FILE:LINE:COLUMN.  FILE is copied.  Raises the
   exit status to 65 (bad data) unless a worse one was set.  */
void sp_diag_error (sp_diag *d, const char *file, size_t line, size_t column,
                    const char *fmt, ...)
  __attribute__ ((format (printf, 5, 6)));

/* Record an error with an explicit exit status (64, 66, 73 ...).  */
void sp_diag_fail (sp_diag *d, int exit_status, const char *file,
                   size_t line, size_t column, const char *fmt, ...)
  __attribute__ ((format (printf, 6, 7)));

/* Record a warning; warnings never change the exit status.  */
void sp_diag_warn (sp_diag *d, const char *file, size_t line, size_t column,
                   const char *fmt, ...)
  __attribute__ ((format (printf, 5, 6)));

/* Number of errors recorded for FILE (kept or suppressed).  */
size_t sp_diag_errors_in (const sp_diag *d, const char *file);

/* True when at least one error has been recorded.  */
int sp_diag_failed (const sp_diag *d);

/* Print every message to OUT in the order recorded (without the
   warnings when D->hide_warnings is set), then a summary line of
   suppressed errors if any.  */
void sp_diag_print (const sp_diag *d, FILE *out);

#endif /* SP_DIAG_H */

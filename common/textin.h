/* textin.h -- read a UTF-8 text input in blocks, checking it as it goes

   Every input (CSV and JSON) must be UTF-8 text.  A file saved as UTF-16
   ("Unicode text"), one holding a NUL byte, or one in a legacy encoding
   (a Windows-1252 '£' is the byte 0xA3) is refused here, where the
   message can say what to do: a NUL would cut a cell short in silence,
   and invalid UTF-8 in a label makes pango refuse to draw the charts and
   the statement later.  Validation is glib's (g_utf8_validate).

   The file is read a block at a time, so memory does not grow with its
   size and there is no size limit.  Leading UTF-8 byte order marks (one
   or several: files joined or re-saved by a naive tool) are skipped.  A
   block handed out always ends on a whole character (a character split
   by a read is kept for the next block); a CRLF may be split between
   blocks.

   Problems, each FILE:LINE:COLUMN (COLUMN counting characters from 1,
   after any byte order mark on line 1):
     - a UTF-16 byte order mark, or the first bytes of UTF-16 text
       without one: one error at 1:1, and reading stops;
     - a NUL byte: an error at its position, and reading stops (the file
       is binary, or UTF-16; /dev/zero ends here);
     - bytes that are not UTF-8: an error at the first bad byte of each
       line (the cap of the diag applies), and the check goes on to the
       end of the file.
   From the block holding the first problem on, no more blocks are
   handed out: the reader only checks the rest.  */

#ifndef SP_TEXTIN_H
#define SP_TEXTIN_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

/* Bytes read at a time when the caller does not say.  */
#define SP_TEXTIN_BLOCK ((size_t) 64 << 10)

typedef struct
{
  /* The current block (after sp_textin_next returned 1): LEN bytes at
     DATA, whole UTF-8 characters, valid until the next call.  */
  const char *data;
  size_t len;

  /* private */
  const char *name;
  sp_diag *d;
  FILE *f;
  int own_f;
  const char *mem;    /* or the text in memory: MEM_LEN bytes, MEM_POS
                         read so far */
  size_t mem_len, mem_pos;
  char *buf;
  size_t block;
  size_t carry;       /* bytes kept from the last read (a partial
                         character), at the start of buf */
  size_t line;        /* line of the first byte after the last block */
  size_t line_chars;  /* characters since the last newline */
  size_t bom_bytes;   /* leading bytes that may still be a BOM */
  int started;        /* first bytes past the BOMs checked */
  int skip_line;      /* after a bad byte: checking resumes at the next
                         newline */
  int bad;            /* a problem was found */
  int stop;           /* no more reading */
  int eof;
} sp_textin;

/* Open the input file PATH for reading in binary mode; "-" is standard
   input (messages name it "<stdin>", diag.h).  Returns the stream, or
   NULL after recording in D why it cannot be read (exit 66: missing,
   unreadable or a folder).  Close it with sp_input_close, which leaves
   standard input open.  */
FILE *sp_input_open (const char *path, sp_diag *d);
void sp_input_close (FILE *f);

/* Open PATH ("-": standard input) for reading in blocks of BLOCK bytes (0: SP_TEXTIN_BLOCK),
   NAME being the name messages give.  Returns 0, or -1 after recording
   in D why the file cannot be read (exit 66: missing, a directory,
   unreadable).  A PATH that already has errors recorded in D is not
   read again: the call fails at once and records nothing more (a file
   checked twice reports each problem once).  Close with sp_textin_close
   in every case.  */
int sp_textin_open (sp_textin *in, const char *path, size_t block,
                    sp_diag *d);

/* The same for an open stream F (not closed by sp_textin_close), named
   NAME in messages.  */
void sp_textin_stream (sp_textin *in, FILE *f, const char *name,
                       size_t block, sp_diag *d);

/* The same for LEN bytes at TEXT (borrowed until closed).  */
void sp_textin_memory (sp_textin *in, const char *text, size_t len,
                       const char *name, size_t block, sp_diag *d);

/* Read and check the next block: 1 when one is in IN->data and IN->len
   (at least one byte), 0 at the end of the input or once a problem was
   found (the rest of the file then checked and reported).  */
int sp_textin_next (sp_textin *in);

/* Whether the whole input read so far is good text (no problem found,
   no read error).  */
int sp_textin_ok (const sp_textin *in);

/* Release what IN holds.  */
void sp_textin_close (sp_textin *in);

#endif /* SP_TEXTIN_H */

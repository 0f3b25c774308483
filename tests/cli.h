/* cli.h -- run the socialprofit binary from a test and capture its output

   The binary's path comes from the SOCIALPROFIT environment variable,
   which meson sets for every test; fixture paths are relative to the
   source root, which is the tests' working directory.  Also the small
   file helpers the tests of output folders share: temporary folders,
   reading and writing whole files, and looking at what a folder holds.
   Every test executable links these (tests/meson.build).  */

#ifndef SP_TEST_CLI_H
#define SP_TEST_CLI_H

#include <stddef.h>

#include <cjson/cJSON.h>

typedef struct
{
  int status;   /* exit status */
  char *out;    /* everything written on stdout (owned) */
  char *err;    /* everything written on stderr (owned) */
} sp_cli_result;

/* Run "socialprofit ARGS" through the shell (ARGS is formatted like
   printf and must quote its own paths).  Returns the captured result;
   free it with sp_cli_free.  */
sp_cli_result sp_cli_run (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));

/* As sp_cli_run, with standard input read from the file INPUT (the
   plain run reads /dev/null).  */
sp_cli_result sp_cli_run_stdin (const char *input, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

/* intervals[PATH] of the results document DOC (the keys hold dots, so
   sp_doc_get cannot reach them); fails the test when absent.  */
const cJSON *sp_cli_interval (const cJSON *doc, const char *path);

/* Release what R owns.  */
void sp_cli_free (sp_cli_result *r);

/* Parse R->out as JSON; fails the test when it is not.  Caller frees
   with cJSON_Delete.  */
cJSON *sp_cli_json (const sp_cli_result *r);

/* A fresh temporary directory (owned string); removed by
   sp_cli_rmtree.  */
char *sp_cli_tmpdir (void);

/* Write TEXT to DIR/NAME and return the path (owned).  */
char *sp_cli_write (const char *dir, const char *name, const char *text);

/* Remove DIR and everything below it.  */
void sp_cli_rmtree (const char *dir);

/* The number at dotted PATH of DOC; fails the test when absent.  */
double sp_cli_num (const cJSON *doc, const char *path);

/* The element of the array at dotted PATH of DOC whose string member
   KEY is NAME; fails the test when there is none.  */
const cJSON *sp_cli_item (const cJSON *doc, const char *path,
                          const char *key, const char *name);

/* The whole file at PATH, NUL-terminated (owned), and its length in
   *LEN unless LEN is NULL; fails the test when it cannot be read.  */
char *sp_cli_read (const char *path, size_t *len);

/* Whether the name PATH exists: a file, a folder or a symbolic link
   (even one that points nowhere).  */
int sp_cli_exists (const char *path);

/* The number of names in the folder DIR besides . and ..; fails the
   test when DIR cannot be opened.  */
int sp_cli_entries (const char *dir);

/* The text of the PDF at PATH through pdftotext (poppler-utils), kept
   in its columns as on the page when LAYOUT (pdftotext -layout), or
   NULL when pdftotext is not installed (the caller skips).  Owned;
   fails the test when pdftotext fails.  */
char *sp_cli_pdf_text (const char *path, int layout);

/* TEXT with every run of white space (spaces, line and page breaks)
   made one space and none at either end (owned): for finding a sentence
   in pdftotext's output, which breaks lines where the page does.  */
char *sp_cli_squash (const char *text);

/* Check that the folder DIR holds the chart NAME in its three formats:
   DIR/NAME.png (a PNG signature and an IHDR chunk), DIR/NAME.svg (an
   <svg> document, closed) and DIR/NAME.pdf (a PDF, "%PDF-" to "%%EOF",
   whose text through pdftotext, when installed, holds the chart's
   TITLE unless TITLE is NULL); fails the test otherwise.  */
void sp_cli_chart_files (const char *dir, const char *name,
                         const char *title);

#endif /* SP_TEST_CLI_H */

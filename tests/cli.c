/* cli.c -- run the socialprofit binary from a test and capture output */

#include "cli.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>
#include <dirent.h>
#include <sys/stat.h>

#include "doc.h"
#include "slurp.h"
#include "xalloc.h"

/* The whole file at PATH (owned) and its length in *LEN, or NULL when
   it cannot be read.  */
static char *
read_or_null (const char *path, size_t *len)
{
  sp_diag d;
  sp_diag_init (&d);
  char *text = NULL;
  *len = 0;
  if (sp_slurp (path, &text, len, &d) != 0)
    text = NULL;
  sp_diag_free (&d);
  return text;
}

/* The whole file at PATH (owned), "" when it cannot be read.  */
static char *
read_all (const char *path)
{
  size_t len;
  char *text = read_or_null (path, &len);
  return text ? text : sp_xstrdup ("");
}

/* Run "socialprofit ARGS" with standard input from the file INPUT.  */
static sp_cli_result
run_with_input (const char *input, const char *fmt, va_list ap)
{
  const char *exe = getenv ("SOCIALPROFIT");
  assert_non_null (exe);
  char *args = sp_xvasprintf (fmt, ap);
  char *dir = sp_cli_tmpdir ();
  char *cmd = sp_xasprintf ("'%s' %s >'%s/out' 2>'%s/err' <'%s'", exe,
                            args, dir, dir, input);
  int raw = system (cmd);
  sp_cli_result r;
  r.status = WIFEXITED (raw) ? WEXITSTATUS (raw) : 128;
  char *p = sp_xasprintf ("%s/out", dir);
  r.out = read_all (p);
  free (p);
  p = sp_xasprintf ("%s/err", dir);
  r.err = read_all (p);
  free (p);
  sp_cli_rmtree (dir);
  free (dir);
  free (cmd);
  free (args);
  return r;
}

sp_cli_result
sp_cli_run (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  sp_cli_result r = run_with_input ("/dev/null", fmt, ap);
  va_end (ap);
  return r;
}

sp_cli_result
sp_cli_run_stdin (const char *input, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  sp_cli_result r = run_with_input (input, fmt, ap);
  va_end (ap);
  return r;
}

const cJSON *
sp_cli_interval (const cJSON *doc, const char *path)
{
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (doc, "intervals"), path);
  if (!iv)
    fail_msg ("no intervals[\"%s\"]", path);
  return iv;
}

void
sp_cli_free (sp_cli_result *r)
{
  free (r->out);
  free (r->err);
  r->out = r->err = NULL;
}

cJSON *
sp_cli_json (const sp_cli_result *r)
{
  cJSON *doc = cJSON_Parse (r->out);
  if (!doc)
    fail_msg ("stdout is not JSON (status %d): %.200s\nstderr: %.500s",
              r->status, r->out, r->err);
  return doc;
}

char *
sp_cli_tmpdir (void)
{
  const char *base = getenv ("TMPDIR");
  char *tmpl = sp_xasprintf ("%s/sptest-XXXXXX", base ? base : "/tmp");
  if (!mkdtemp (tmpl))
    fail_msg ("cannot create a temporary directory");
  return tmpl;
}

char *
sp_cli_write (const char *dir, const char *name, const char *text)
{
  char *path = sp_xasprintf ("%s/%s", dir, name);
  FILE *f = fopen (path, "wb");
  assert_non_null (f);
  fputs (text, f);
  fclose (f);
  return path;
}

void
sp_cli_rmtree (const char *dir)
{
  char *cmd = sp_xasprintf ("rm -rf '%s'", dir);
  if (system (cmd) != 0)
    fprintf (stderr, "warning: could not remove %s\n", dir);
  free (cmd);
}

double
sp_cli_num (const cJSON *doc, const char *path)
{
  const cJSON *v = sp_doc_get (doc, path);
  if (!cJSON_IsNumber (v))
    fail_msg ("no number at %s", path);
  return v->valuedouble;
}

const cJSON *
sp_cli_item (const cJSON *doc, const char *path, const char *key,
             const char *name)
{
  const cJSON *it;
  cJSON_ArrayForEach (it, sp_doc_get (doc, path))
  if (strcmp (sp_doc_str (it, key, ""), name) == 0)
    return it;
  fail_msg ("no %s '%s' in %s", key, name, path);
  return NULL;
}

char *
sp_cli_read (const char *path, size_t *len)
{
  size_t n;
  char *text = read_or_null (path, &n);
  if (!text)
    fail_msg ("cannot read %s", path);
  if (len)
    *len = n;
  return text;
}

int
sp_cli_exists (const char *path)
{
  struct stat st;
  return lstat (path, &st) == 0;
}

int
sp_cli_entries (const char *dir)
{
  DIR *d = opendir (dir);
  if (!d)
    fail_msg ("cannot open the folder %s", dir);
  int n = 0;
  struct dirent *e;
  while ((e = readdir (d)))
    if (strcmp (e->d_name, ".") && strcmp (e->d_name, ".."))
      n++;
  closedir (d);
  return n;
}

char *
sp_cli_pdf_text (const char *path, int layout)
{
  if (system ("command -v pdftotext >/dev/null 2>&1") != 0)
    return NULL;
  char *txt = sp_xasprintf ("%s.txt", path);
  char *cmd = sp_xasprintf ("pdftotext %s'%s' '%s'", layout ? "-layout " : "",
                            path, txt);
  assert_int_equal (system (cmd), 0);
  char *text = sp_cli_read (txt, NULL);
  remove (txt);
  free (cmd);
  free (txt);
  return text;
}

char *
sp_cli_squash (const char *text)
{
  char *out = sp_xmalloc (strlen (text) + 1), *o = out;
  int space = 0;
  for (const char *t = text; *t; t++)
    {
      int white = *t == ' ' || *t == '\n' || *t == '\t' || *t == '\r'
                  || *t == '\f';
      if (white)
        {
          space = o != out;
          continue;
        }
      if (space)
        *o++ = ' ';
      space = 0;
      *o++ = *t;
    }
  *o = '\0';
  return out;
}

void
sp_cli_chart_files (const char *dir, const char *name, const char *title)
{
  size_t len;
  char *path = sp_xasprintf ("%s/%s.png", dir, name);
  char *b = sp_cli_read (path, &len);
  assert_true (len > 24);
  assert_memory_equal (b, "\x89PNG\r\n\x1a\n", 8);
  assert_memory_equal (b + 12, "IHDR", 4);
  free (b);
  free (path);

  path = sp_xasprintf ("%s/%s.svg", dir, name);
  b = sp_cli_read (path, &len);
  assert_non_null (strstr (b, "<svg"));
  assert_non_null (strstr (b, "</svg>"));
  free (b);
  free (path);

  path = sp_xasprintf ("%s/%s.pdf", dir, name);
  b = sp_cli_read (path, &len);
  assert_true (len > 100);
  assert_memory_equal (b, "%PDF-", 5);
  size_t tail = len > 32 ? len - 32 : 0;
  int eof = 0;
  for (size_t i = tail; i + 5 <= len; i++)
    if (memcmp (b + i, "%%EOF", 5) == 0)
      eof = 1;
  assert_true (eof);
  free (b);
  if (title)
    {
      char *text = sp_cli_pdf_text (path, 0);
      if (text)
        {
          char *flat = sp_cli_squash (text);
          if (!strstr (flat, title))
            fail_msg ("%s: no \"%s\" in its text", path, title);
          free (flat);
          free (text);
        }
    }
  free (path);
}

/* outdir.c -- write a whole output directory at once, or nothing */

#include "outdir.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "slurp.h"
#include "xalloc.h"

static int
fail (sp_diag *d, const char *path, const char *what, int err)
{
  sp_diag_fail (d, SP_EXIT_CANTCREAT, path, 0, 0,
                "%s: %s; check that the folder exists and can be written, "
                "or choose another --out",
                what, strerror (err));
  return -1;
}

/* DIR without trailing slashes; NULL when nothing is left or the last
   component is "." or "..", which cannot be replaced.  */
static char *
clean_dir (const char *dir)
{
  size_t n = strlen (dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  char *s = sp_xstrndup (dir, n);
  const char *base = strrchr (s, '/');
  base = base ? base + 1 : s;
  if (!*base || strcmp (base, ".") == 0 || strcmp (base, "..") == 0)
    {
      free (s);
      return NULL;
    }
  return s;
}

/* The permissions a directory created with mkdir (0777) would get.  */
static mode_t
dir_mode (void)
{
  mode_t mask = umask (0);
  umask (mask);
  return 0777 & ~mask;
}

/* Create each missing folder above O->dir, outermost first, recording
   them in O->made.  Returns 0 or -1 (reason in D).  */
static int
make_parents (sp_outdir *o, sp_diag *d)
{
  char *path = sp_xstrdup (o->dir);
  int rc = 0;
  for (char *slash = strchr (path + 1, '/'); slash && rc == 0;
       slash = strchr (slash + 1, '/'))
    {
      *slash = '\0';
      struct stat st;
      if (stat (path, &st) != 0)
        {
          if (mkdir (path, 0777) == 0)
            {
              o->made = sp_xrealloc (o->made,
                                     (o->n_made + 1) * sizeof *o->made);
              o->made[o->n_made++] = sp_xstrdup (path);
            }
          else
            rc = fail (d, o->dir, "cannot create the output folder", errno);
        }
      *slash = '/';
    }
  free (path);
  return rc;
}

/* Whether the file PATH is a JSON document written by socialprofit:
   an object whose "tool" is { "name": "socialprofit" }.  */
static int
is_ours (const char *path)
{
  sp_diag quiet;
  sp_diag_init (&quiet);
  char *text = NULL;
  size_t len = 0;
  int ours = 0;
  struct stat st;
  if (lstat (path, &st) == 0 && S_ISREG (st.st_mode)
      && sp_slurp (path, &text, &len, &quiet) == 0)
    {
      cJSON *doc = cJSON_ParseWithLength (text, len);
      const cJSON *tool = cJSON_GetObjectItemCaseSensitive (doc, "tool");
      const cJSON *name = cJSON_GetObjectItemCaseSensitive (tool, "name");
      ours = cJSON_IsString (name)
             && strcmp (name->valuestring, "socialprofit") == 0;
      cJSON_Delete (doc);
    }
  free (text);
  sp_diag_free (&quiet);
  return ours;
}

/* Whether the folder DIR holds nothing (or cannot be listed: the
   commit will then say why).  */
static int
is_empty (const char *dir)
{
  DIR *f = opendir (dir);
  if (!f)
    return 1;
  int empty = 1;
  for (struct dirent *e; empty && (e = readdir (f));)
    empty = strcmp (e->d_name, ".") == 0 || strcmp (e->d_name, "..") == 0;
  closedir (f);
  return empty;
}

int
sp_outdir_guard (const char *dir, const char *marker, int force, sp_diag *d)
{
  struct stat st;
  if (force || lstat (dir, &st) != 0 || !S_ISDIR (st.st_mode)
      || is_empty (dir))
    return 0;
  char *path = sp_xasprintf ("%s/%s", dir, marker);
  int ours = is_ours (path);
  free (path);
  if (ours)
    return 0;
  sp_diag_fail (d, SP_EXIT_CANTCREAT, dir, 0, 0,
                "the folder exists and holds files that are not a "
                "socialprofit output (it has no %s written by socialprofit), "
                "and writing there would delete them: choose a new or empty "
                "folder for --out, or add --force to replace the folder and "
                "everything in it", marker);
  return -1;
}

int
sp_outdir_open (sp_outdir *o, const char *dir, sp_diag *d)
{
  o->dir = clean_dir (dir);
  o->tmp = NULL;
  o->made = NULL;
  o->n_made = 0;
  o->committed = 0;
  if (!o->dir)
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, dir, 0, 0,
                    "cannot write the output here: name a new or existing "
                    "folder for --out, such as 'report'");
      return -1;
    }
  struct stat st;
  if (lstat (o->dir, &st) == 0 && !S_ISDIR (st.st_mode))
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, o->dir, 0, 0,
                    "exists and is not a folder; remove it or choose "
                    "another --out");
      return -1;
    }
  if (make_parents (o, d) != 0)
    return -1;
  char *tmpl = sp_xasprintf ("%s.tmp-XXXXXX", o->dir);
  if (!mkdtemp (tmpl))
    {
      int err = errno;
      free (tmpl);
      return fail (d, o->dir, "cannot create the output folder", err);
    }
  o->tmp = tmpl;
  if (chmod (o->tmp, dir_mode ()) != 0)
    return fail (d, o->dir, "cannot create the output folder", errno);
  return 0;
}

int
sp_outdir_mkdir (sp_outdir *o, const char *rel, sp_diag *d)
{
  char *path = sp_xasprintf ("%s/%s", o->tmp, rel);
  int rc = mkdir (path, 0777);
  int err = errno;
  free (path);
  if (rc == 0)
    return 0;
  char *shown = sp_xasprintf ("%s/%s", o->dir, rel);
  fail (d, shown, "cannot create the folder", err);
  free (shown);
  return -1;
}

int
sp_outdir_write (sp_outdir *o, const char *rel, const void *data, size_t len,
                 sp_diag *d)
{
  char *path = sp_xasprintf ("%s/%s", o->tmp, rel);
  FILE *f = fopen (path, "wb");
  int err = errno;
  int ok = f != NULL;
  if (ok)
    {
      ok = fwrite (data, 1, len, f) == len;
      err = errno;
      if (fclose (f) != 0 && ok)
        {
          ok = 0;
          err = errno;
        }
    }
  free (path);
  if (ok)
    return 0;
  char *shown = sp_xasprintf ("%s/%s", o->dir, rel);
  fail (d, shown, "cannot write the file", err ? err : EIO);
  free (shown);
  return -1;
}

/* Replace the existing directory O->dir by O->tmp when the file system
   cannot exchange them: move the old one aside, move the new one in,
   put the old one back if that fails.  */
static int
replace_by_renames (sp_outdir *o, sp_diag *d)
{
  char *aside = sp_xasprintf ("%s.old-XXXXXX", o->dir);
  if (!mkdtemp (aside))
    {
      free (aside);
      return fail (d, o->dir, "cannot replace the output folder", errno);
    }
  if (rename (o->dir, aside) != 0)
    {
      int err = errno;
      rmdir (aside);
      free (aside);
      return fail (d, o->dir, "cannot replace the output folder", err);
    }
  if (rename (o->tmp, o->dir) != 0)
    {
      int err = errno;
      rename (aside, o->dir);
      free (aside);
      return fail (d, o->dir, "cannot replace the output folder", err);
    }
  free (o->tmp);
  o->tmp = NULL;
  o->committed = 1;
  sp_outdir_rmtree (aside);
  free (aside);
  return 0;
}

int
sp_outdir_commit (sp_outdir *o, sp_diag *d)
{
  struct stat st;
  if (lstat (o->dir, &st) != 0)
    {
      if (rename (o->tmp, o->dir) != 0)
        return fail (d, o->dir, "cannot create the output folder", errno);
      free (o->tmp);
      o->tmp = NULL;
      o->committed = 1;
      return 0;
    }
  if (!S_ISDIR (st.st_mode))
    {
      sp_diag_fail (d, SP_EXIT_CANTCREAT, o->dir, 0, 0,
                    "exists and is not a folder; remove it or choose "
                    "another --out");
      return -1;
    }
  if (renameat2 (AT_FDCWD, o->tmp, AT_FDCWD, o->dir, RENAME_EXCHANGE) == 0)
    {
      /* O->tmp now holds the old contents.  */
      sp_outdir_rmtree (o->tmp);
      free (o->tmp);
      o->tmp = NULL;
      o->committed = 1;
      return 0;
    }
  if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
    return fail (d, o->dir, "cannot replace the output folder", errno);
  return replace_by_renames (o, d);
}

void
sp_outdir_close (sp_outdir *o)
{
  if (o->tmp)
    sp_outdir_rmtree (o->tmp);
  for (size_t i = o->n_made; i-- > 0;)
    {
      if (!o->committed)
        rmdir (o->made[i]);
      free (o->made[i]);
    }
  free (o->made);
  free (o->tmp);
  free (o->dir);
  o->tmp = o->dir = NULL;
  o->made = NULL;
  o->n_made = 0;
}

static int
remove_entry (const char *path, const struct stat *st, int flag,
              struct FTW *ftw)
{
  (void) st;
  (void) flag;
  (void) ftw;
  return remove (path) != 0 ? -1 : 0;
}

int
sp_outdir_rmtree (const char *path)
{
  return nftw (path, remove_entry, 16, FTW_DEPTH | FTW_PHYS) == 0 ? 0 : -1;
}

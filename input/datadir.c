/* datadir.c -- bundled data sets named instead of paths (datadir.h) */

#include "datadir.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sp_config.h"
#include "xalloc.h"

const sp_data_kind_info sp_data_kinds[SP_DATA_N_KINDS] = {
  { "unit-costs", "--unit-costs", "unit_costs", "unit-cost set",
    "proxies/unit-costs", "proxies/unit-costs", ".csv" },
  { "instruments", "--instrument", "instrument", "instrument",
    "proxies/instruments", "proxies/instruments", ".csv" },
  { "values", "--proxies", "proxies", "value-proxy set",
    "proxies/values", "proxies/values", ".csv" },
  { "indices", NULL, NULL, "price index", "proxies/indices",
    "proxies/indices", ".csv" },
  { "scenarios", NULL, "scenarios", "scenario", "scenarios",
    "fixtures/scenarios", ".json" },
};

int
sp_data_kind_find (const char *name)
{
  for (int k = 0; k < SP_DATA_N_KINDS; k++)
    if (strcmp (sp_data_kinds[k].name, name) == 0)
      return k;
  return -1;
}

static int
is_file (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISREG (st.st_mode);
}

static int
is_dir (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISDIR (st.st_mode);
}

/* Append a copy of DIR to the NULL-terminated list *V of *N.  */
static void
push (char ***v, size_t *n, char *dir)
{
  *v = sp_xrealloc (*v, (*n + 2) * sizeof **v);
  (*v)[(*n)++] = dir;
  (*v)[*n] = NULL;
}

char **
sp_data_dirs (sp_data_kind kind)
{
  const sp_data_kind_info *k = &sp_data_kinds[kind];
  char **v = NULL;
  size_t n = 0;
  push (&v, &n, NULL);
  n = 0;
  const char *env = getenv ("SOCIALPROFIT_DATA");
  if (env && env[0])
    {
      push (&v, &n, sp_xasprintf ("%s/%s", env, k->subdir));
      return v;
    }
  char exe[PATH_MAX];
  ssize_t len = readlink ("/proc/self/exe", exe, sizeof exe - 1);
  char *exe_dir = NULL;
  if (len > 0)
    {
      exe[len] = '\0';
      char *slash = strrchr (exe, '/');
      if (slash)
        exe_dir = sp_xstrndup (exe, (size_t) (slash - exe));
    }
  if (exe_dir && SP_BIN_TO_DATA[0])
    push (&v, &n, sp_xasprintf ("%s/%s/%s", exe_dir, SP_BIN_TO_DATA,
                                k->subdir));
  push (&v, &n, sp_xasprintf ("%s/%s", SP_DATADIR, k->subdir));
  size_t root = strlen (SP_BUILD_ROOT);
  if (exe_dir && strncmp (exe_dir, SP_BUILD_ROOT, root) == 0
      && (exe_dir[root] == '/' || exe_dir[root] == '\0'))
    push (&v, &n, sp_xasprintf ("%s/%s", SP_SOURCE_ROOT, k->source));
  free (exe_dir);
  return v;
}

void
sp_data_dirs_free (char **dirs)
{
  if (!dirs)
    return;
  for (char **p = dirs; *p; p++)
    free (*p);
  free (dirs);
}

char *
sp_data_find (sp_data_kind kind, const char *name)
{
  const sp_data_kind_info *k = &sp_data_kinds[kind];
  if (!name[0] || strchr (name, '/') || name[0] == '.')
    return NULL;
  size_t n = strlen (name), e = strlen (k->ext);
  int has_ext = n > e && strcmp (name + n - e, k->ext) == 0;
  char **dirs = sp_data_dirs (kind);
  char *found = NULL;
  for (char **dir = dirs; *dir && !found; dir++)
    {
      char *path = sp_xasprintf ("%s/%s%s", *dir, name, has_ext ? ""
                                                                 : k->ext);
      if (is_file (path))
        found = path;
      else
        free (path);
    }
  sp_data_dirs_free (dirs);
  return found;
}

static int
by_name (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The bundled names of KIND, sorted, each once (owned array of owned
   strings, *N of them).  */
static char **
names (sp_data_kind kind, size_t *n)
{
  const sp_data_kind_info *k = &sp_data_kinds[kind];
  char **dirs = sp_data_dirs (kind);
  char **v = NULL;
  *n = 0;
  size_t e = strlen (k->ext);
  for (char **dir = dirs; *dir; dir++)
    {
      DIR *dp = is_dir (*dir) ? opendir (*dir) : NULL;
      if (!dp)
        continue;
      struct dirent *ent;
      while ((ent = readdir (dp)))
        {
          size_t len = strlen (ent->d_name);
          if (len <= e || strcmp (ent->d_name + len - e, k->ext) != 0
              || ent->d_name[0] == '.')
            continue;
          char *name = sp_xstrndup (ent->d_name, len - e);
          int seen = 0;
          for (size_t i = 0; i < *n && !seen; i++)
            seen = strcmp (v[i], name) == 0;
          if (seen)
            {
              free (name);
              continue;
            }
          v = sp_xrealloc (v, (*n + 1) * sizeof *v);
          v[(*n)++] = name;
        }
      closedir (dp);
    }
  sp_data_dirs_free (dirs);
  if (*n)
    qsort (v, *n, sizeof *v, by_name);
  return v;
}

size_t
sp_data_list (sp_data_kind kind, FILE *out)
{
  size_t n;
  char **v = names (kind, &n);
  for (size_t i = 0; i < n; i++)
    {
      char *path = sp_data_find (kind, v[i]);
      fprintf (out, "%s\t%s\n", v[i], path ? path : "");
      free (path);
      free (v[i]);
    }
  free (v);
  return n;
}

char *
sp_data_resolve (sp_data_kind kind, const char *value, const char *base,
                 sp_diag *d, const char *file, size_t line, size_t column)
{
  if (strcmp (value, "-") == 0)
    return sp_xstrdup (value);
  /* the path as written, from the evaluation file's folder */
  char *path;
  const char *slash = base ? strrchr (base, '/') : NULL;
  if (value[0] != '/' && slash)
    path = sp_xasprintf ("%.*s%s", (int) (slash - base + 1), base, value);
  else
    path = sp_xstrdup (value);
  if (is_file (path) || strchr (value, '/'))
    return path;
  char *found = sp_data_find (kind, value);
  if (found)
    {
      free (path);
      return found;
    }
  if (access (path, F_OK) == 0)
    return path; /* a folder or a special file: the reader says so */
  free (path);
  const sp_data_kind_info *k = &sp_data_kinds[kind];
  size_t n;
  char **v = names (kind, &n);
  char *list = sp_xstrdup ("");
  for (size_t i = 0; i < n; i++)
    {
      char *next = sp_xasprintf ("%s%s%s", list, i ? ", " : "", v[i]);
      free (list);
      list = next;
      free (v[i]);
    }
  free (v);
  char **dirs = sp_data_dirs (kind);
  if (n)
    sp_diag_fail (d, SP_EXIT_NOINPUT, file, line, column,
                  "'%s' is neither a file nor a bundled %s: the bundled "
                  "ones are %s (give one of them, or the path of a file)",
                  value, k->what, list);
  else
    sp_diag_fail (d, SP_EXIT_NOINPUT, file, line, column,
                  "'%s' is neither a file nor a bundled %s, and no bundled "
                  "%s was found (looked in %s%s): give the path of a file, "
                  "or set SOCIALPROFIT_DATA to the data folder",
                  value, k->what, k->what, dirs[0] ? dirs[0] : "nowhere",
                  dirs[0] && dirs[1] ? " and more" : "");
  sp_data_dirs_free (dirs);
  free (list);
  return NULL;
}

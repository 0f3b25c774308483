/* outdir.h -- write a whole output directory at once, or nothing

   A report writes several files (results.json, charts, statement.pdf)
   under one directory DIR.  They are written into a temporary sibling,
   DIR.tmp-XXXXXX, created with mkdtemp next to DIR; when everything has
   been written the sibling is renamed into place.  An existing DIR is
   replaced: the two are swapped atomically (renameat2 RENAME_EXCHANGE)
   where the file system allows, otherwise the old DIR is renamed aside,
   the new one renamed in and the old one removed.  Missing folders above
   DIR are created first (as mkdir -p does).  Any failure removes the
   temporary directory and the folders this run created above DIR, so a
   failed run leaves nothing under DIR and an existing DIR untouched.

   Problems are recorded in the caller's sp_diag with exit status 73
   (output cannot be created) and a message naming the path.

     sp_outdir o;
     if (sp_outdir_open (&o, "out", d) == 0
         && sp_outdir_write (&o, "results.json", text, len, d) == 0)
       sp_outdir_commit (&o, d);
     sp_outdir_close (&o);   -- always; removes the temporary if left  */

#ifndef SP_OUTDIR_H
#define SP_OUTDIR_H

#include <stddef.h>

#include "diag.h"

typedef struct
{
  char *dir;  /* the directory asked for, without trailing slashes (owned) */
  char *tmp;  /* the temporary sibling being filled (owned); NULL once
                 committed or removed */
  char **made;   /* folders above DIR created by this run, outermost
                    first (owned) */
  size_t n_made;
  int committed;
} sp_outdir;

/* Whether the output may go to DIR: yes when DIR does not exist, is an
   empty folder, or is a previous output of socialprofit -- it holds the
   file MARKER ("results.json", "trend.json") and that file is a JSON
   document whose "tool" is { "name": "socialprofit", ... } -- or when
   FORCE is set.  Otherwise (a folder of someone's files, which the
   commit would delete) returns -1 after an error in D with exit 73
   saying to choose another folder or add --force; else 0.  */
int sp_outdir_guard (const char *dir, const char *marker, int force,
                     sp_diag *d);

/* Start writing the directory DIR: check that DIR is not an existing
   non-directory, create the missing folders above it and its temporary
   sibling.  O is caller-owned
   storage.  Returns 0, or -1 with the reason in D (exit 73).  O must be
   passed to sp_outdir_close in every case.  */
int sp_outdir_open (sp_outdir *o, const char *dir, sp_diag *d);

/* Create the subdirectory REL ("charts") inside the directory being
   written.  Returns 0 or -1 (reason in D).  */
int sp_outdir_mkdir (sp_outdir *o, const char *rel, sp_diag *d);

/* Write LEN bytes at DATA as the file REL ("charts/a.png") inside the
   directory being written.  Returns 0 or -1 (reason in D).  */
int sp_outdir_write (sp_outdir *o, const char *rel, const void *data,
                     size_t len, sp_diag *d);

/* Put the written directory in place of DIR, replacing any existing
   DIR.  Returns 0, or -1 with the reason in D, in which case DIR is as
   it was before.  */
int sp_outdir_commit (sp_outdir *o, sp_diag *d);

/* Unless O was committed, remove the temporary directory and the
   folders created above DIR; release what O owns.  */
void sp_outdir_close (sp_outdir *o);

/* Remove PATH and everything below it, without following symbolic
   links.  Returns 0, or -1 when something could not be removed.  */
int sp_outdir_rmtree (const char *path);

#endif /* SP_OUTDIR_H */

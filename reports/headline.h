/* headline.h -- the headline figures in words (issue 10)

   The figures a quarterly report compares with the last one and the
   trend command follows (results/changes_doc.h lists their paths) are
   shown in tables and sentences.  Here each path gets its name for a
   table ("Saving rate"), the words for a sentence ("the saving rate"),
   how it reads (figure.h) and whether it is a count of records (which
   has no interval: it is not an estimate).  Also dates and months in
   words.  */

#ifndef SP_HEADLINE_H
#define SP_HEADLINE_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "figure.h"

typedef struct
{
  const char *path;     /* "savings.saving_rate" */
  const char *name;     /* "Saving rate" */
  const char *phrase;   /* "the saving rate" */
  sp_fig_kind kind;
  int counted;          /* a count of records, not an estimate */
} sp_headline_words;

/* The words for the figure at PATH; a figure not listed gets its path
   as name and phrase and reads as SP_FIG_AUTO.  Static storage.  */
const sp_headline_words *sp_headline_find (const char *path);

/* The words for the figure at PATH of the results document DOC: as
   sp_headline_find, except that the saving is named by its basis, the
   document's savings.title ("Forecast NHS cost saving", phrase "the
   forecast NHS cost saving"), when DOC has one, and that a figure not
   listed is named by its path in words ("local economy effect").  The
   words live in *BUF (caller's storage).  */
typedef struct
{
  sp_headline_words w;
  char name[192];
  char phrase[208];
} sp_headline_named;
const sp_headline_words *sp_headline_find_doc (const cJSON *doc,
                                               const char *path,
                                               sp_headline_named *buf);

/* "LOWER to UPPER" of the members "lower" and "upper" of OBJ, formatted
   as KIND, into BUF; "" when either is not a number.  Returns BUF.  */
char *sp_headline_range (const cJSON *obj, sp_fig_kind kind, char *buf,
                         size_t size);

/* "31 March 2020" for the ISO date "2020-03-31" (or "March 2020" for
   the month "2020-03") into BUF; other text is copied as it is.  */
char *sp_date_words (const char *iso, char *buf, size_t size);

#endif /* SP_HEADLINE_H */

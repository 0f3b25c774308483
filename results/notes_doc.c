/* notes_doc.c -- data notes: the run's warnings in the results document */

#include "notes_doc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

void
sp_doc_add_data_notes (cJSON *doc, const sp_diag *d)
{
  cJSON_DeleteItemFromObjectCaseSensitive (doc, "data_notes");
  cJSON *list = NULL;
  for (size_t i = 0; i < d->n_msgs; i++)
    {
      const sp_diag_msg *m = &d->msgs[i];
      if (m->kind != SP_DIAG_WARNING)
        continue;
      if (!list)
        list = cJSON_AddArrayToObject (doc, "data_notes");
      cJSON *o = cJSON_CreateObject ();
      if (m->file)
        cJSON_AddStringToObject (o, "file", sp_diag_file_label (m->file));
      else
        cJSON_AddNullToObject (o, "file");
      cJSON_AddNumberToObject (o, "line", (double) m->line);
      cJSON_AddNumberToObject (o, "column", (double) m->column);
      cJSON_AddStringToObject (o, "text", m->text ? m->text : "");
      cJSON_AddItemToArray (list, o);
    }
}

/* Whether C may touch a whole number: a digit, letter, '.' or ',', or
   the '-', '/' and ':' of dates, financial years and file positions
   ("2018-07", "2017/18", "usage.csv:3:4").  */
static int
joins (char c)
{
  return isalnum ((unsigned char) c) || c == '.' || c == ',' || c == '-'
         || c == '/' || c == ':';
}

/* Whether the number at TEXT + I follows a word that makes it a place,
   not a count of people: "wave 2", "line 3", "column 4", "period 1",
   "quarter 2" (the word, then one space).  */
static int
names_a_place (const char *text, size_t i)
{
  static const char *const words[] = { "wave", "line", "column", "period",
                                       "quarter", "month", "year", NULL };
  if (i < 2 || text[i - 1] != ' ')
    return 0;
  size_t end = i - 1, start = end;
  while (start > 0 && isalpha ((unsigned char) text[start - 1]))
    start--;
  for (size_t w = 0; words[w]; w++)
    {
      size_t len = strlen (words[w]);
      if (end - start == len && strncasecmp (text + start, words[w], len) == 0)
        return 1;
    }
  return 0;
}

char *
sp_notes_redact (const char *text, int threshold)
{
  size_t n = strlen (text);
  char *out = sp_xmalloc (n + 1);
  size_t o = 0;
  for (size_t i = 0; i < n;)
    {
      /* A quoted span: 'EL-105' (an apostrophe inside a word, as in
         "participant's", is not a quote).  */
      if (text[i] == '\'' && (i == 0 || !isalnum ((unsigned char) text[i - 1])))
        {
          const char *close = strchr (text + i + 1, '\'');
          if (close)
            {
              memcpy (out + o, "'*'", 3);
              o += 3;
              i = (size_t) (close - text) + 1;
              continue;
            }
        }
      if (isdigit ((unsigned char) text[i]) && (i == 0 || !joins (text[i - 1])))
        {
          size_t j = i;
          long v = 0;
          while (j < n && isdigit ((unsigned char) text[j]) && v < 100000)
            v = v * 10 + (text[j++] - '0');
          if ((j == n || !joins (text[j])) && v >= 1 && v <= threshold
              && !names_a_place (text, i))
            {
              out[o++] = '*';
              i = j;
              continue;
            }
          memcpy (out + o, text + i, j - i);
          o += j - i;
          i = j;
          continue;
        }
      out[o++] = text[i++];
    }
  out[o] = '\0';
  return out;
}

void
sp_notes_redact_doc (cJSON *doc, int threshold)
{
  cJSON *e;
  cJSON_ArrayForEach (e, cJSON_GetObjectItemCaseSensitive (doc, "data_notes"))
  {
    cJSON *t = cJSON_GetObjectItemCaseSensitive (e, "text");
    if (!cJSON_IsString (t))
      continue;
    char *r = sp_notes_redact (t->valuestring, threshold);
    cJSON_ReplaceItemInObjectCaseSensitive (e, "text", cJSON_CreateString (r));
    free (r);
  }
}

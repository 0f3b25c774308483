/* doc.h -- the results document

   One run produces one results document, a cJSON object; every renderer
   (text, CSV, JSON, charts, the statement) reads only this document.
   Sections are added by the sp_doc_add_* functions of each module:

     tool         name and version
     evaluation   labels, reporting period, the price year every pound
                  is in (null when prices keep their own years), input
                  files (with the index files uprating used) and
                  settings used; excluded_after_period { register, transactions,
                  outcomes }: rows dated after period_end left out; "notes", the
                  evaluator's words on where the data came from, when
                  the evaluation file gives them
     savings      see savings_doc.h
     intervals    bootstrap intervals keyed by figure path (issue 4)

   Money is in pounds and unrounded; fractions are fractions (0.84, not
   84); a figure that cannot be computed is null, never NaN.  */

#ifndef SP_DOC_H
#define SP_DOC_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "evaluation.h"

#define SP_VERSION "0.1.0"

/* The version of the results document's shape, docs/results.schema.json
   (every document carries it as "schema_version").  Bump it on any
   incompatible change -- a field removed, renamed or given another type
   or meaning -- and say in the README what changed; adding a field is
   compatible (but the schema must gain it).  */
#define SP_SCHEMA_VERSION 1

/* A new results document with the tool and evaluation sections, built
   from E.  The caller owns the result (cJSON_Delete).  */
cJSON *sp_doc_new (const sp_evaluation *e);

/* Add NAME: VALUE to OBJ, or NAME: null when DEFINED is 0.  */
void sp_doc_number (cJSON *obj, const char *name, double value, int defined);

/* Add NAME: "VALUE" to OBJ, or NAME: null when VALUE is NULL.  */
void sp_doc_string (cJSON *obj, const char *name, const char *value);

/* Beside a price of OBJ (a unit cost or a value proxy; issue 9): the
   member ORIGINAL_NAME (the price as its file gave it),
   "price_year_original" and "uprating_factor" (price / original; 1 when
   not uprated).  A struct built without them (YEAR_ORIGINAL NULL)
   shows PRICE, YEAR and 1.  */
void sp_doc_add_uprating (cJSON *obj, const char *original_name,
                          double price, double original, const char *year,
                          const char *year_original, double factor);

/* A member NAME: "TEXT" of the document, e.g. a formula or the path a
   figure is read from.  */
typedef struct
{
  const char *name;
  const char *text;
} sp_doc_text;

/* Add to OBJ the object NAME holding the N string members TEXTS, in
   order (e.g. a section's "formulas").  Returns the new object, owned
   by OBJ.  */
cJSON *sp_doc_texts (cJSON *obj, const char *name, const sp_doc_text *texts,
                     size_t n);

/* A member NAME: VALUE of the document, for a run of numbers that are
   always defined (e.g. one row of a table).  */
typedef struct
{
  const char *name;
  double value;
} sp_doc_value;

/* Add to OBJ the N number members VALUES, in order.  */
void sp_doc_numbers (cJSON *obj, const sp_doc_value *values, size_t n);

/* A new empty object appended to the array LIST (one row of a table).
   Owned by LIST.  */
cJSON *sp_doc_element (cJSON *list);

/* The member NAME of DOC, added as an empty object when absent (e.g.
   "intervals", which several sections fill).  Owned by DOC.  */
cJSON *sp_doc_section (cJSON *doc, const char *name);

/* Record in DOC's evaluation.excluded_after_period that N rows of INPUT
   ("register", "transactions", "outcomes") were dated after the
   reporting period's end and left out (issue 10).  Nothing when the
   document has no evaluation.period_end.  A second call for the same
   INPUT replaces the first.  */
void sp_doc_excluded_after_period (cJSON *doc, const char *input, size_t n);

/* The object at the dotted PATH ("savings.scaled") in DOC, or NULL.  */
const cJSON *sp_doc_get (const cJSON *doc, const char *path);

/* The number at the dotted PATH, or FALLBACK when absent or null.  */
double sp_doc_num (const cJSON *doc, const char *path, double fallback);

/* The string at the dotted PATH, or FALLBACK.  */
const char *sp_doc_str (const cJSON *doc, const char *path,
                        const char *fallback);

#endif /* SP_DOC_H */

/* jsonload.h -- read a JSON input strictly: one value, each key once

   cJSON is lenient where an input must not be: a key given twice in an
   object (both are kept and a reader finds the first, so the second is
   ignored in silence), text after the value (ignored when the length is
   given), and a nesting deeper than its limit (reported as a syntax
   error, as if a comma were missing).  Every JSON input -- the
   evaluation file, a rollout scenario, a previous results document --
   is read through here, and each of these is an error at its
   FILE:LINE:COLUMN (the column counting characters).  */

#ifndef SP_JSONLOAD_H
#define SP_JSONLOAD_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "diag.h"

/* Parse the LEN bytes at TEXT (NUL-terminated after them; NAME in
   messages) as one JSON value, an object when OBJECT is not NULL.
   Returns the tree (caller frees with cJSON_Delete), or NULL after one
   error in D:
     - text that is not JSON: INVALID, or when it is NULL "this is not
       valid JSON: check for a missing comma, quote or brace near here",
       at the place cJSON stopped;
     - a value that is not an object when OBJECT is given: "OBJECT must
       be a JSON object { ... }" at the value;
     - arrays and objects nested more than CJSON_NESTING_LIMIT deep:
       said so, at the bracket past the limit;
     - anything but white space after the value: at its first
       character;
     - a key that an object already has: at the second key, naming the
       first's line.  */
cJSON *sp_json_parse_strict (const char *name, const char *text, size_t len,
                             const char *invalid, const char *object,
                             sp_diag *d);

/* Read the JSON file at PATH ("-": standard input) with sp_slurp_text
   (UTF-8 text, no size limit) and parse it with sp_json_parse_strict.
   Returns the tree and its text in *TEXT (caller frees both; the text
   serves to place later messages, jsonpos.h), or NULL with *TEXT NULL
   after recording why in D (66: cannot be read; 65: not text, or as
   above).  */
cJSON *sp_json_load_strict (const char *path, const char *invalid,
                            const char *object, char **text, sp_diag *d);

/* Line and column of the key at KEY_PATH ("evaluation.programme",
   jsonpos.h) in the JSON file at PATH, read again: for a message about
   a value found in a document read earlier.  The deepest part of the
   path found, or 1:1 when the file cannot be read again (standard
   input).  Reports nothing.  */
void sp_json_file_position (const char *path, const char *key_path,
                            size_t *line, size_t *column);

#endif /* SP_JSONLOAD_H */

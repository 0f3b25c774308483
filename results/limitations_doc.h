/* limitations_doc.h -- the limitations in the results document

   "limitations": [ { "code": "no_comparison_group", "text": "..." }, ...]

   one entry per limitation that applies (analysis/limitations.h decides
   which), in the order of sp_limit; an empty array when none applies.
   The text is plain English for a board: what the evidence cannot show
   and why, naming the figures it bears on.  Renderers print it as it
   is.  The code and text of every limitation live in the table of
   limitations_doc.c (see limitations.h for how to add one).  */

#ifndef SP_LIMITATIONS_DOC_H
#define SP_LIMITATIONS_DOC_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "limitations.h"

/* The code of LIMIT as it appears in the document
   ("no_comparison_group"), or NULL for a value outside sp_limit.
   Static.  */
const char *sp_limit_code (sp_limit limit);

/* The text of LIMIT bearing on the figures FIGURES (SP_LIMIT_ON_*
   bits) into BUF (SIZE bytes); returns BUF.  */
char *sp_limit_text (sp_limit limit, unsigned figures, char *buf,
                     size_t size);

/* Add (or replace) DOC's top-level "limitations" array from L.  */
void sp_doc_add_limitations (cJSON *doc, const sp_limits *l);

#endif /* SP_LIMITATIONS_DOC_H */

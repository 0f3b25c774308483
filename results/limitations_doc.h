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

/* Add (or replace) DOC's top-level "limitations" array from L.  The
   texts are without the sentences that quote a figure of the document
   (the size of the baseline difference of a comparison group): those
   are added by sp_doc_add_limitation_details, from the published view.  */
void sp_doc_add_limitations (cJSON *doc, const sp_limits *l);

/* Append to each limitation of DOC the sentence its code takes from
   DOC's figures (e.g. comparison_group_differences: the baseline
   difference, comparison_doc.h), when the figure is a number there.
   sp_disclosure_apply calls it last, once, so that a figure disclosure
   control suppressed is never quoted in words (text cannot be
   suppressed); call it once per document.  */
void sp_doc_add_limitation_details (cJSON *doc);

#endif /* SP_LIMITATIONS_DOC_H */

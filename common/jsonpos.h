/* jsonpos.h -- find line and column positions in JSON text

   cJSON keeps no positions, so messages about a key locate it in the
   text: by searching for the quoted key (sp_json_key_position), or,
   where the same key recurs (a scenario repeats its keys in every
   segment), by walking the text along the key's path
   (sp_json_path_position).  The text must already have parsed as
   JSON.  */

#ifndef SP_JSONPOS_H
#define SP_JSONPOS_H

#include <stddef.h>

/* Line and column (1-based) of byte OFFSET in TEXT, the column counting
   characters (UTF-8 sequences), as the CSV messages do.  */
void sp_json_offset_position (const char *text, size_t offset, size_t *line,
                              size_t *column);

/* Line and column of the first occurrence of "KEY" followed by a colon
   in TEXT; 1:1 when it is not found.  */
void sp_json_key_position (const char *text, const char *key, size_t *line,
                           size_t *column);

/* Line and column (1-based) in TEXT of the key (for an object member) or
   the element (for an array index) at PATH: object keys and array
   indices separated by dots, e.g. "ramp.growth" or "segments.1.share".
   When part of PATH is missing, the position of the deepest part found;
   "" or a missing first key gives the start of the document.  */
void sp_json_path_position (const char *text, const char *path,
                            size_t *line, size_t *column);

/* Scanning JSON text already known to be valid: P past white space; P
   (at a value's first byte) past the value's end; P (at an opening
   quote) past the closing quote.  */
const char *sp_json_skip_ws (const char *p);
const char *sp_json_skip_value (const char *p);
const char *sp_json_skip_string (const char *p);

#endif /* SP_JSONPOS_H */

/* jsonpos.h -- find line and column positions in JSON text

   cJSON keeps no positions, so messages about a key locate it by
   searching the text for the quoted key.  */

#ifndef SP_JSONPOS_H
#define SP_JSONPOS_H

#include <stddef.h>

/* Line and column (1-based) of byte OFFSET in TEXT.  */
void sp_json_offset_position (const char *text, size_t offset, size_t *line,
                              size_t *column);

/* Line and column of the first occurrence of "KEY" followed by a colon
   in TEXT; 1:1 when it is not found.  */
void sp_json_key_position (const char *text, const char *key, size_t *line,
                           size_t *column);

#endif /* SP_JSONPOS_H */

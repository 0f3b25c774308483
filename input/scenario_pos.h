/* scenario_pos.h -- locate a key of a JSON document by its path

   cJSON keeps no positions and a scenario repeats the same keys in
   every segment, so messages about "segments.1.share" find it by
   walking the JSON text along the path: object keys and array indices
   separated by dots.  The text must already have parsed as JSON.  */

#ifndef SP_SCENARIO_POS_H
#define SP_SCENARIO_POS_H

#include <stddef.h>

/* Line and column (1-based) in TEXT of the key (for an object member) or
   the element (for an array index) at PATH, e.g. "ramp.growth" or
   "segments.1.share".  When part of PATH is missing, the position of the
   deepest part found; "" or a missing first key gives the start of the
   document.  */
void sp_scenario_pos (const char *text, const char *path, size_t *line,
                      size_t *column);

#endif /* SP_SCENARIO_POS_H */

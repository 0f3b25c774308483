/* words.h -- lists in plain English

   Renderers and the results layer both name several things in one
   phrase ("the NHS cost saving and the social value").  */

#ifndef SP_WORDS_H
#define SP_WORDS_H

#include <stddef.h>

/* The N WORDS joined as a list, "a", "a and b", "a, b and c", into BUF
   (SIZE bytes, cut when too small); EMPTY when N is 0.  Returns BUF.  */
char *sp_words_list (const char *const *words, size_t n, const char *empty,
                     char *buf, size_t size);

#endif /* SP_WORDS_H */

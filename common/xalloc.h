/* xalloc.h -- allocation that never returns NULL

   socialprofit treats running out of memory as fatal: these wrappers
   print one line on stderr and exit with status 71 (EX_OSERR) instead of
   returning NULL.  Every pointer they return is owned by the caller and
   released with free().  */

#ifndef SP_XALLOC_H
#define SP_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

/* malloc (N), never NULL.  */
void *sp_xmalloc (size_t n);

/* calloc (COUNT, SIZE), zero-filled, never NULL.  */
void *sp_xcalloc (size_t count, size_t size);

/* realloc (P, N), never NULL.  */
void *sp_xrealloc (void *p, size_t n);

/* A copy of S (NULL gives NULL).  */
char *sp_xstrdup (const char *s);

/* A copy of the first N bytes of S, NUL-terminated.  */
char *sp_xstrndup (const char *s, size_t n);

/* A newly allocated string formatted like printf.  */
char *sp_xasprintf (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));

/* As sp_xasprintf with a va_list.  */
char *sp_xvasprintf (const char *fmt, va_list ap);

#endif /* SP_XALLOC_H */

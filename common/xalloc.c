/* xalloc.c -- allocation that never returns NULL */

#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
die_oom (void)
{
  fputs ("socialprofit: out of memory\n", stderr);
  exit (71);
}

void *
sp_xmalloc (size_t n)
{
  void *p = malloc (n ? n : 1);
  if (!p)
    die_oom ();
  return p;
}

void *
sp_xcalloc (size_t count, size_t size)
{
  void *p = calloc (count ? count : 1, size ? size : 1);
  if (!p)
    die_oom ();
  return p;
}

void *
sp_xrealloc (void *p, size_t n)
{
  void *q = realloc (p, n ? n : 1);
  if (!q)
    die_oom ();
  return q;
}

char *
sp_xstrdup (const char *s)
{
  return s ? sp_xstrndup (s, strlen (s)) : NULL;
}

char *
sp_xstrndup (const char *s, size_t n)
{
  char *p = sp_xmalloc (n + 1);
  memcpy (p, s, n);
  p[n] = '\0';
  return p;
}

char *
sp_xvasprintf (const char *fmt, va_list ap)
{
  va_list ap2;
  va_copy (ap2, ap);
  int n = vsnprintf (NULL, 0, fmt, ap2);
  va_end (ap2);
  if (n < 0)
    n = 0;
  char *p = sp_xmalloc ((size_t) n + 1);
  vsnprintf (p, (size_t) n + 1, fmt, ap);
  return p;
}

char *
sp_xasprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *p = sp_xvasprintf (fmt, ap);
  va_end (ap);
  return p;
}

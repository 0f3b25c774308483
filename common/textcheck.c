/* textcheck.c -- check that an input file is UTF-8 text */

#include "textcheck.h"

#include <glib.h>
#include <string.h>

/* 1-based line of byte AT in TEXT.  */
static size_t
line_of (const char *text, const char *at)
{
  size_t line = 1;
  for (const char *c = text; c < at; c++)
    line += *c == '\n';
  return line;
}

int
sp_text_check (const char *name, const char *text, size_t len, sp_diag *d)
{
  if (len >= 2 && (memcmp (text, "\xFF\xFE", 2) == 0
                   || memcmp (text, "\xFE\xFF", 2) == 0))
    {
      sp_diag_error (d, name, 1, 0,
                     "the file is UTF-16 text: save it as UTF-8 (for a "
                     "spreadsheet, as CSV UTF-8)");
      return -1;
    }
  const char *nul = memchr (text, '\0', len);
  if (nul)
    {
      sp_diag_error (d, name, line_of (text, nul), 0,
                     "the line holds a NUL byte, so the file is not UTF-8 "
                     "text: save it as UTF-8 (for a spreadsheet, as CSV "
                     "UTF-8)");
      return -1;
    }
  const gchar *end = NULL;
  if (!g_utf8_validate (text, (gssize) len, &end))
    {
      sp_diag_error (d, name, line_of (text, end), 0,
                     "byte 0x%02X on this line is not UTF-8 text (a file "
                     "saved in a legacy encoding such as Windows-1252?): "
                     "save it as UTF-8 (for a spreadsheet, as CSV UTF-8)",
                     (unsigned) (unsigned char) *end);
      return -1;
    }
  return 0;
}

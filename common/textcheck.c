/* textcheck.c -- check that an input file is UTF-8 text */

#include "textcheck.h"

#include <glib.h>
#include <string.h>

static const char advice[] =
  "save it as UTF-8 (for a spreadsheet, as CSV UTF-8)";

int
sp_text_check (const char *name, const char *text, size_t len, sp_diag *d)
{
  if (len >= 2 && (memcmp (text, "\xFF\xFE", 2) == 0
                   || memcmp (text, "\xFE\xFF", 2) == 0))
    {
      sp_diag_error (d, name, 1, 0, "the file is UTF-16 text: %s", advice);
      return -1;
    }
  int ok = 1;
  size_t line = 1;
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      const char *line_end = nl ? nl : end;
      const gchar *bad = NULL;
      if (memchr (p, '\0', (size_t) (line_end - p)))
        {
          sp_diag_error (d, name, line, 0,
                         "the line holds a NUL byte, so the file is not "
                         "UTF-8 text: %s", advice);
          ok = 0;
        }
      else if (!g_utf8_validate (p, line_end - p, &bad))
        {
          size_t column = 1 + (size_t) g_utf8_strlen (p, bad - p);
          sp_diag_error (d, name, line, column,
                         "byte 0x%02X is not UTF-8 text (a file saved in a "
                         "legacy encoding such as Windows-1252?): %s",
                         (unsigned) (unsigned char) *bad, advice);
          ok = 0;
        }
      p = line_end + 1;
      line++;
    }
  return ok ? 0 : -1;
}

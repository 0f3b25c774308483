/* workbook.h -- the results document as an Excel workbook (xlsx)

   A renderer: it reads only the results document and writes, with
   libxlsxwriter, one workbook:

     Summary        the headline figures with their intervals (kind and
                    level), people, period and basis, then the
                    limitations ("What these figures can and cannot
                    show")
     Savings        the figures, the service lines with a total row
                    (the document's totals, not a formula), categories
     Social value   the figures, outcomes, domains
     Register, Investment, Local economy, Social profit
     Rollout NAME   one per scenario: its figures, cash flows,
                    sensitivity (and its other tables)
     Intervals      every interval of the document, one row each
     Assumptions and sources
                    unit costs and value proxies with their sources and
                    price years, the investment and scenario parameters,
                    the inputs and the bootstrap settings

   A sheet is made only for a section the document has.  Each sheet
   starts with a title row and a row saying what it is; every table has
   a bold header row, frozen on the first table.  Numbers are numbers:
   money as £#,##0, fractions as 0.0%, counts with thousands
   separators (a field's format follows its name); text is text; null
   is an empty cell.  Columns are sized to their contents.  The
   workbook's creation time is SOURCE_DATE_EPOCH when set.  */

#ifndef SP_WORKBOOK_H
#define SP_WORKBOOK_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "diag.h"

/* Render DOC as an xlsx workbook into memory: *BUF (owned, caller
   frees) of *LEN bytes.  Returns 0, or -1 with the reason in D (exit
   73).  */
int sp_workbook_render (const cJSON *doc, char **buf, size_t *len,
                        sp_diag *d);

#endif /* SP_WORKBOOK_H */

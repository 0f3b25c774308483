/* trend_dir.h -- write the trend command's output folder at once
   (issue 10)

   socialprofit trend R1.json R2.json ... --out DIR writes, through a
   temporary folder renamed into place (outdir.h):

     DIR/trend.json                      the trend document (trend_doc.h)
     DIR/charts/trend-PATH.png, .svg, .pdf one chart per headline figure,
                                         PATH its path with dots as
                                         dashes (trend-savings-saving)
     DIR/trend.pdf                       the short PDF (statement.h)  */

#ifndef SP_TREND_DIR_H
#define SP_TREND_DIR_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "diag.h"

/* "trend-" and PATH with its dots turned to dashes, into BUF; returns
   BUF.  */
char *sp_trend_chart_name (const char *path, char *buf, size_t size);

/* Write the trend document DOC into DIR as above; an existing DIR is
   replaced only when it is empty or a previous trend output (its
   trend.json written by socialprofit), or when FORCE is set.  Returns
   the number of charts written, or -1 with the reason in D (73).  */
int sp_trend_dir_write (const cJSON *doc, const char *dir, int force,
                        sp_diag *d);

#endif /* SP_TREND_DIR_H */

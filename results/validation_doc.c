/* validation_doc.c -- the outcome of socialprofit validate as a
   document */

#include "validation_doc.h"

cJSON *
sp_validation_doc (const sp_diag *d, size_t files_checked)
{
  cJSON *doc = cJSON_CreateObject ();
  cJSON_AddBoolToObject (doc, "valid", !sp_diag_failed (d));
  cJSON_AddNumberToObject (doc, "files_checked", (double) files_checked);
  size_t warnings = 0;
  for (size_t i = 0; i < d->n_msgs; i++)
    warnings += d->msgs[i].kind == SP_DIAG_WARNING;
  cJSON_AddNumberToObject (doc, "errors", (double) d->n_errors);
  cJSON_AddNumberToObject (doc, "warnings", (double) warnings);
  cJSON *list = cJSON_AddArrayToObject (doc, "diagnostics");
  for (size_t i = 0; i < d->n_msgs; i++)
    {
      const sp_diag_msg *m = &d->msgs[i];
      cJSON *row = cJSON_CreateObject ();
      if (m->file)
        cJSON_AddStringToObject (row, "file", sp_diag_file_label (m->file));
      else
        cJSON_AddNullToObject (row, "file");
      if (m->line)
        cJSON_AddNumberToObject (row, "line", (double) m->line);
      else
        cJSON_AddNullToObject (row, "line");
      if (m->column)
        cJSON_AddNumberToObject (row, "column", (double) m->column);
      else
        cJSON_AddNullToObject (row, "column");
      cJSON_AddStringToObject (row, "severity", m->kind == SP_DIAG_ERROR
                                                  ? "error"
                                                  : "warning");
      cJSON_AddStringToObject (row, "message", m->text);
      cJSON_AddItemToArray (list, row);
    }
  return doc;
}

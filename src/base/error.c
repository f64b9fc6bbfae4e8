/* error.c — see error.h. */
#include "base/error.h"
#include <stdarg.h>
#include <stdio.h>

precis_status err_set(precis_error *err, precis_status status, const char *fmt, ...) {
  if (!err) return status;
  err->status = status;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return status;
}

void err_clear(precis_error *err) {
  if (!err) return;
  err->status = PRECIS_OK;
  err->message[0] = '\0';
}

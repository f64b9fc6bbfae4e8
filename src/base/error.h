/* error.h — filling a precis_error (precis.h) in one line at the failure site. */
#ifndef PRECIS_ERROR_H
#define PRECIS_ERROR_H
#include "precis.h"

/* Sets status and a printf-style message (when err is not NULL); returns status. */
precis_status err_set(precis_error *err, precis_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void err_clear(precis_error *err);

#endif

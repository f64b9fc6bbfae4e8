/* xalloc.h — allocation that cannot return NULL.
 *
 * precis treats out-of-memory as fatal (message + exit code 5, PRECIS_ERR_NOMEM): every
 * caller would otherwise need an error path that is never tested.
 */
#ifndef PRECIS_XALLOC_H
#define PRECIS_XALLOC_H
#include <stddef.h>
#include <stdlib.h>

void xalloc_die(void);
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t size);
/* Grow an array so that it holds at least `need` items of `item` bytes; returns the new pointer. */
void *xgrow(void *p, size_t *cap, size_t need, size_t item);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif

/* buf.h — growable byte buffer, always NUL-terminated; used by readers and renderers. */
#ifndef PRECIS_BUF_H
#define PRECIS_BUF_H
#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
  char *data; /* NUL-terminated once anything was written; may be NULL before */
  size_t len, cap;
} buf;

#define BUF_INIT {NULL, 0, 0}
void buf_reserve(buf *b, size_t extra);
void buf_append(buf *b, const void *data, size_t len);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap);
void buf_clear(buf *b);
/* Hands the bytes to the caller (malloc'd, NUL-terminated, never NULL) and resets the buffer. */
char *buf_detach(buf *b, size_t *len);
void buf_free(buf *b);

#endif

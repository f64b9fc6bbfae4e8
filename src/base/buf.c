/* buf.c — see buf.h. */
#include "base/buf.h"
#include "base/xalloc.h"
#include <stdio.h>
#include <string.h>

void buf_reserve(buf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need > b->cap) {
    size_t cap = b->cap;
    b->data = xgrow(b->data, &cap, need, 1);
    b->cap = cap;
  }
}

void buf_append(buf *b, const void *data, size_t len) {
  buf_reserve(b, len);
  if (len) memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void buf_puts(buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_putc(buf *b, char c) { buf_append(b, &c, 1); }

void buf_vprintf(buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) return;
  buf_reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void buf_printf(buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void buf_clear(buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

char *buf_detach(buf *b, size_t *len) {
  if (!b->data) buf_reserve(b, 0), b->data[0] = '\0';
  char *p = b->data;
  if (len) *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}

void buf_free(buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

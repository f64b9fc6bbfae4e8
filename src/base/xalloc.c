/* xalloc.c — see xalloc.h. */
#include "base/xalloc.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void xalloc_die(void) {
  fputs("precis: out of memory\n", stderr);
  exit(5);
}

void *xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) xalloc_die();
  return p;
}

void *xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) xalloc_die();
  return p;
}

void *xrealloc(void *p, size_t size) {
  p = realloc(p, size ? size : 1);
  if (!p) xalloc_die();
  return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t item) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 8;
  while (c < need) {
    if (c > SIZE_MAX / 2) xalloc_die();
    c *= 2;
  }
  if (item && c > SIZE_MAX / item) xalloc_die();
  *cap = c;
  return xrealloc(p, c * item);
}

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

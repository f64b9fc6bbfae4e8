/* segment.c — PLACEHOLDER: splits on ". " and newlines; replaced by the real splitter. */
#include "text/segment.h"
#include "base/xalloc.h"

static void push(text_span **s, size_t *n, size_t *cap, size_t a, size_t b) {
  *s = xgrow(*s, cap, *n + 1, sizeof **s);
  (*s)[(*n)++] = (text_span){(uint32_t)a, (uint32_t)b};
}

size_t segment_sentences(const char *text, size_t len, const char *lang, text_span **spans, size_t *n,
                         size_t *cap) {
  size_t before = *n, start = 0;
  for (size_t i = 0; i <= len; i++) {
    int end = i == len || text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i - 1] == '.');
    if (!end) continue;
    size_t a = start, b = i;
    while (a < b && (text[a] == ' ' || text[a] == '\n')) a++;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\n')) b--;
    if (b > a) push(spans, n, cap, a, b);
    start = i + 1;
  }
  return *n - before;
}

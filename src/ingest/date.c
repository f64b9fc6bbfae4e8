/* date.c — PLACEHOLDER: ISO dates only; replaced by the real date finder. */
#include "ingest/date.h"
#include <ctype.h>
#include <string.h>

int date_find(const char *s, size_t len, char out[11], size_t *start, size_t *end) {
  for (size_t i = 0; i + 10 <= len; i++) {
    const char *p = s + i;
    if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[3]) && p[4] == '-' && p[7] == '-') {
      memcpy(out, p, 10);
      out[10] = '\0';
      if (start) *start = i;
      if (end) *end = i + 10;
      return 1;
    }
  }
  return 0;
}
int date_is_dateline(const char *s, size_t len) { return 0; }

/* json_out.c — see json_out.h. */
#include "base/json_out.h"
#include "base/utf8.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

void json_str(buf *b, const char *s, size_t len) {
  buf_reserve(b, len + 2);
  buf_putc(b, '"');
  size_t i = 0, run = 0;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      i++, run++;
      continue;
    }
    buf_append(b, s + i - run, run);
    run = 0;
    if (c >= 0x80) {
      size_t start = i;
      uint32_t cp = utf8_next(s, len, &i);
      if (cp == 0xFFFD && i == start + 1) buf_puts(b, "\\ufffd");
      else buf_append(b, s + start, i - start);
      continue;
    }
    switch (c) {
    case '"': buf_puts(b, "\\\""); break;
    case '\\': buf_puts(b, "\\\\"); break;
    case '\n': buf_puts(b, "\\n"); break;
    case '\t': buf_puts(b, "\\t"); break;
    case '\r': buf_puts(b, "\\r"); break;
    default: buf_printf(b, "\\u%04x", c);
    }
    i++;
  }
  buf_append(b, s + i - run, run);
  buf_putc(b, '"');
}

void json_cstr(buf *b, const char *s) {
  if (!s) buf_puts(b, "null");
  else json_str(b, s, strlen(s));
}

void json_num(buf *b, double v, int decimals) {
  if (!isfinite(v)) {
    buf_puts(b, "null");
    return;
  }
  /* Integer arithmetic keeps the decimal point a '.', whatever LC_NUMERIC says. */
  double scale = pow(10, decimals);
  double r = floor(fabs(v) * scale + 0.5);
  long long ip = (long long)(r / scale);
  long long fp = (long long)(r - (double)ip * scale);
  if (v < 0 && r > 0) buf_putc(b, '-');
  buf_printf(b, "%lld", ip);
  if (decimals > 0) buf_printf(b, ".%0*lld", decimals, fp);
}

void json_ranges(buf *b, const size_t *pairs, size_t n) {
  buf_putc(b, '[');
  for (size_t k = 0; k < n; k++) buf_printf(b, "%s[%zu,%zu]", k ? "," : "", pairs[2 * k], pairs[2 * k + 1]);
  buf_putc(b, ']');
}

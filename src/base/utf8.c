/* utf8.c — see utf8.h. */
#include "base/utf8.h"

static size_t seq_len(const unsigned char *p, size_t left) {
  unsigned c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  if (!n || n > left) return 0;
  for (size_t k = 1; k < n; k++)
    if ((p[k] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && p[1] < 0xA0) return 0;  /* overlong */
  if (c == 0xED && p[1] >= 0xA0) return 0; /* surrogate */
  if (c == 0xF0 && p[1] < 0x90) return 0;  /* overlong */
  if (c == 0xF4 && p[1] >= 0x90) return 0; /* > U+10FFFF */
  return n;
}

int utf8_valid(const char *s, size_t len, size_t *bad) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t n = seq_len(p + i, len - i);
    if (!n) {
      if (bad) *bad = i;
      return 0;
    }
    i += n;
  }
  return 1;
}

uint32_t utf8_next(const char *s, size_t len, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  size_t n = seq_len(p, len - *i);
  if (!n) {
    (*i)++;
    return 0xFFFD;
  }
  *i += n;
  switch (n) {
  case 1: return p[0];
  case 2: return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  case 3: return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  default:
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

size_t utf8_put(char *out, uint32_t cp) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) return o[0] = (unsigned char)cp, 1;
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t utf8_clip(const char *s, size_t max) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = max;
  while (i > 0 && (p[i - 1] & 0xC0) == 0x80) i--; /* back over continuation bytes */
  if (i > 0 && p[i - 1] >= 0xC0) {                /* lead byte: keep it only if complete */
    size_t need = p[i - 1] >= 0xF0 ? 4 : p[i - 1] >= 0xE0 ? 3 : 2;
    if (max - (i - 1) < need) return i - 1;
    return max;
  }
  return max;
}

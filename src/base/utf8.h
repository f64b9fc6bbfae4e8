/* utf8.h — UTF-8 validation and decoding, the checks every reader applies before text enters
 * the pipeline. O(n), no allocation. */
#ifndef PRECIS_UTF8_H
#define PRECIS_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates); else 0 with *bad = offset of
 * the first invalid byte. */
int utf8_valid(const char *s, size_t len, size_t *bad);
/* Decodes one code point at s[*i] and advances *i; invalid bytes yield U+FFFD and advance 1. */
uint32_t utf8_next(const char *s, size_t len, size_t *i);
/* Writes cp as UTF-8 into out (4 bytes room); returns bytes written. */
size_t utf8_put(char *out, uint32_t cp);
/* Length of the longest prefix of s[0..max) that does not split a code point. */
size_t utf8_clip(const char *s, size_t max);
/* 1 for a Hebrew letter, alef to tav with the final forms: where the Hebrew word rules
 * (gershayim, one-letter prefixes) apply, in the tokenizer and the sentence splitter. */
static inline int utf8_is_hebrew_letter(uint32_t cp) { return cp >= 0x05D0 && cp <= 0x05EA; }

#endif

/* rouge_unicode.c — the documented non-ROUGE-1.5.5 tokenization for `--unicode`.
 *
 * ROUGE-1.5.5 turns every non-ASCII byte into a space, which shreds Greek, Arabic, Hebrew or
 * Hindi text into nothing. This mode keeps such text: NFKC with case folding (so ligatures,
 * full-width forms and case variants compare equal), then ICU word boundaries; a token is every
 * segment ICU marks as a word, number, letter or ideograph run (punctuation and spaces dropped).
 * Cost: O(n) per line. One ICU break iterator per scorer, so not thread-safe (like the scorer).
 */
#include "base/error.h"
#include "base/xalloc.h"
#include "eval/rouge_internal.h"
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <stdlib.h>
#include <string.h>

struct rouge_unicode {
  const UNormalizer2 *fold;
  UBreakIterator *words;
  UChar *raw, *folded;
  size_t raw_cap, folded_cap;
  char *utf8;
  size_t utf8_cap;
};

rouge_unicode *rouge_unicode_new(precis_error *err) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *fold = unorm2_getNFKCCasefoldInstance(&st);
  if (U_FAILURE(st)) {
    err_set(err, PRECIS_ERR_INTERNAL, "rouge: ICU NFKC_Casefold unavailable: %s", u_errorName(st));
    return NULL;
  }
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
  if (U_FAILURE(st)) {
    err_set(err, PRECIS_ERR_INTERNAL, "rouge: ICU word breaker unavailable: %s", u_errorName(st));
    return NULL;
  }
  rouge_unicode *u = xcalloc(1, sizeof *u);
  u->fold = fold;
  u->words = bi;
  return u;
}

void rouge_unicode_free(rouge_unicode *u) {
  if (!u) return;
  ubrk_close(u->words);
  free(u->raw);
  free(u->folded);
  free(u->utf8);
  free(u);
}

/* UTF-8 -> UTF-16 -> NFKC_Casefold; returns the folded length (0 on invalid input). */
static int32_t fold_line(rouge_unicode *u, const char *line, size_t len) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t n16 = 0;
  u->raw = xgrow(u->raw, &u->raw_cap, len + 1, sizeof *u->raw);
  u_strFromUTF8WithSub(u->raw, (int32_t)u->raw_cap, &n16, line, (int32_t)len, 0xFFFD, NULL, &st);
  if (U_FAILURE(st)) return 0;
  for (;;) {
    st = U_ZERO_ERROR;
    int32_t n = unorm2_normalize(u->fold, u->raw, n16, u->folded, (int32_t)u->folded_cap, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) {
      u->folded = xgrow(u->folded, &u->folded_cap, (size_t)n + 1, sizeof *u->folded);
      continue;
    }
    return U_FAILURE(st) ? 0 : n;
  }
}

static void add_segment(rouge_unicode *u, rouge_scorer *s, prepared *p, int32_t a, int32_t b) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t n8 = 0;
  size_t need = (size_t)(b - a) * 3 + 1;
  u->utf8 = xgrow(u->utf8, &u->utf8_cap, need, 1);
  u_strToUTF8(u->utf8, (int32_t)u->utf8_cap, &n8, u->folded + a, b - a, &st);
  if (U_SUCCESS(st) && n8 > 0) rouge_add_token(s, p, u->utf8, (size_t)n8);
}

void rouge_unicode_line(rouge_unicode *u, rouge_scorer *s, prepared *p, limit_state *ls,
                        const char *line, size_t len) {
  len = rouge_unicode_clip_bytes(s, ls, len);
  /* never cut a code point in two when -b stops mid-character */
  while (len > 0 && ((unsigned char)line[len] & 0xC0) == 0x80) len--;
  int32_t n = fold_line(u, line, len);
  if (n <= 0) return;
  UErrorCode st = U_ZERO_ERROR;
  ubrk_setText(u->words, u->folded, n, &st);
  if (U_FAILURE(st)) return;
  int32_t a = ubrk_first(u->words);
  for (int32_t b = ubrk_next(u->words); b != UBRK_DONE; a = b, b = ubrk_next(u->words)) {
    if (ubrk_getRuleStatus(u->words) == UBRK_WORD_NONE) continue;
    if (!rouge_unicode_room(s, ls)) return;
    add_segment(u, s, p, a, b);
  }
}

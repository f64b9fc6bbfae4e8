/* decode.c — bytes of unknown encoding to UTF-8 (ingest_decode, declared in ingest.h).
 *
 * Scraped news arrives as UTF-8 (most), UTF-16 with a BOM (Windows tools), or a legacy 8-bit
 * code page: cp1251 (or KOI8-R) for Russian, cp1252/latin-1 for Western languages. ICU's
 * detector (ucsdet) is unreliable on short texts, so the choice between those families is our
 * own (see guess_legacy); ucsdet is asked only about long texts in other scripts (Greek, Hebrew,
 * Arabic, CJK), and ucnv does the conversion itself. Line ends are normalized to "\n" so later stages see one
 * convention.
 *
 * Cost: O(n) in the input bytes.
 */
#include "ingest/ingest.h"
#include "base/error.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

/* NUL bytes or many control characters mean the input is not text. */
static int looks_binary(const unsigned char *p, size_t len) {
  size_t controls = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned c = p[i];
    if (c == 0) return 1;
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F)
      controls++;
  }
  return controls > 8 && controls * 50 > len;
}

/* ICU's guess for a text in a non-Latin script (Greek, Hebrew, Arabic, CJK), or NULL when it is
 * not confident or names a Cyrillic or Western code page (our own checks decide those). Only
 * consulted with enough non-ASCII bytes: on short texts ucsdet is unreliable. */
static const char *icu_guess_other_script(const char *bytes, size_t len) {
  static const char *const TRUSTED[] = {"ISO-8859-7",   "windows-1253", "ISO-8859-8",   "ISO-8859-8-I",
                                        "windows-1255", "ISO-8859-6",   "windows-1256", "Shift_JIS",
                                        "EUC-JP",       "EUC-KR",       "GB18030",      "Big5",
                                        "ISO-2022-JP"};
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *csd = ucsdet_open(&status);
  if (U_FAILURE(status)) return NULL;
  const char *result = NULL;
  ucsdet_setText(csd, bytes, (int32_t)(len > (1u << 20) ? (1u << 20) : len), &status);
  const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(csd, &status) : NULL;
  if (match && U_SUCCESS(status) && ucsdet_getConfidence(match, &status) >= 40) {
    const char *name = ucsdet_getName(match, &status);
    for (size_t i = 0; name && i < sizeof TRUSTED / sizeof *TRUSTED; i++)
      if (strcmp(name, TRUSTED[i]) == 0) result = TRUSTED[i];
  }
  ucsdet_close(csd);
  return result;
}

/* The legacy code page of bytes that are not UTF-8.
 * Western text (cp1252, a superset of latin-1's printable range): bytes >= 0x80 are accented
 * letters standing alone between ASCII letters ("été", "Grüße").
 * Cyrillic text: such bytes come in runs of three or more (whole words), mostly in 0xC0..0xFF;
 * Russian prose is mostly lower case, which cp1251 puts at 0xE0..0xFF and KOI8-R at 0xC0..0xDF.
 * Other scripts also come in runs; ICU names them when it is confident. */
static const char *guess_legacy(const char *bytes, size_t len) {
  const unsigned char *p = (const unsigned char *)bytes;
  size_t high = 0, in_runs = 0, c0_df = 0, e0_ff = 0, run = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && p[i] >= 0x80) {
      high++;
      if (p[i] >= 0xE0)
        e0_ff++;
      else if (p[i] >= 0xC0)
        c0_df++;
      run++;
      continue;
    }
    if (run >= 3) in_runs += run;
    run = 0;
  }
  if (!high || in_runs * 2 < high) return "windows-1252";
  if (high >= 64) {
    const char *other = icu_guess_other_script(bytes, len);
    if (other) return other;
  }
  if ((c0_df + e0_ff) * 10 < high * 7) return "windows-1252";
  return c0_df > e0_ff * 3 / 2 ? "KOI8-R" : "windows-1251";
}

/* Converts with ICU into a malloc'd UTF-8 buffer; NULL on failure. */
static char *convert_to_utf8(const char *from, const char *src, size_t len, size_t *out_len) {
  if (len > (size_t)INT32_MAX / 4) return NULL;
  UErrorCode status = U_ZERO_ERROR;
  int32_t need = ucnv_convert("UTF-8", from, NULL, 0, src, (int32_t)len, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
  char *dst = xmalloc((size_t)need + 1);
  status = U_ZERO_ERROR;
  int32_t got = ucnv_convert("UTF-8", from, dst, need + 1, src, (int32_t)len, &status);
  if (U_FAILURE(status)) {
    free(dst);
    return NULL;
  }
  *out_len = (size_t)got;
  return dst;
}

/* Copies into the arena with "\r\n" and lone "\r" turned into "\n". */
static char *copy_normalized(arena *a, const char *s, size_t len, size_t *out_len) {
  char *dst = arena_alloc(a, len + 1);
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '\r') {
      dst[o++] = '\n';
      if (i + 1 < len && s[i + 1] == '\n') i++;
    } else {
      dst[o++] = s[i];
    }
  }
  dst[o] = '\0';
  *out_len = o;
  return dst;
}

static int only_whitespace(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) { /* no-break space */
      i++;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return 0;
  }
  return 1;
}

static precis_status finish(arena *a, const char *s, size_t len, const char *what, char **out,
                            size_t *out_len, precis_error *err) {
  if (only_whitespace(s, len)) return err_set(err, PRECIS_ERR_INPUT, "%s: empty input (no text)", what);
  *out = copy_normalized(a, s, len, out_len);
  return PRECIS_OK;
}

precis_status ingest_decode(arena *a, const char *bytes, size_t len, const char *what, char **out,
                            size_t *out_len, precis_error *err) {
  const unsigned char *p = (const unsigned char *)bytes;
  *out = NULL;
  *out_len = 0;
  if (!bytes) len = 0;
  const char *utf16 = NULL;
  if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) utf16 = "UTF-16LE";
  if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) utf16 = "UTF-16BE";
  if (utf16) {
    size_t n = 0;
    char *conv = convert_to_utf8(utf16, bytes + 2, len - 2, &n);
    if (!conv || !utf8_valid(conv, n, NULL) || memchr(conv, '\0', n)) {
      free(conv);
      return err_set(err, PRECIS_ERR_INPUT, "%s: invalid UTF-16 text", what);
    }
    precis_status st = finish(a, conv, n, what, out, out_len, err);
    free(conv);
    return st;
  }
  if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    bytes += 3;
    p += 3;
    len -= 3;
  }
  if (looks_binary(p, len))
    return err_set(err, PRECIS_ERR_INPUT, "%s: looks like binary data, not text", what);
  if (utf8_valid(bytes, len, NULL)) return finish(a, bytes, len, what, out, out_len, err);

  const char *legacy = guess_legacy(bytes, len);
  size_t n = 0;
  char *conv = convert_to_utf8(legacy, bytes, len, &n);
  if (!conv) return err_set(err, PRECIS_ERR_INPUT, "%s: cannot convert from %s", what, legacy);
  precis_status st = finish(a, conv, n, what, out, out_len, err);
  free(conv);
  return st;
}

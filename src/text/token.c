/* token.c — words and numbers for the models (see token.h).
 *
 * Decisions, so that every stage matches the same way:
 *  - A word is a run of letters, combining marks and digits of any script (general categories
 *    L, M, Nd; ZWJ/ZWNJ inside Indic and Persian words). "G7", "21st" and "mp3" are one word.
 *  - Hyphens split words ("Nagorno-Karabakh" → nagorno, karabakh; "COVID-19" → covid, 19): the
 *    parts match across outlets that hyphenate differently, and ROUGE splits there too.
 *  - Apostrophes (' ’ ʼ) between letters stay inside the word and are normalised to "'"
 *    ("don't", "Iran's" → the English stemmer drops "'s"), except in French, Italian and Catalan
 *    where they mark elision and split: "l'homme" → l, homme ("l" is a stopword).
 *  - Hebrew acronyms keep their gershayim: ארה"ב is one word.
 *  - Dotted single-letter acronyms stay whole with their dots: "U.S." → "u.s." (not "us").
 *  - Han and Kana characters are one token each (no dictionary word segmentation); Thai, also
 *    written without spaces, stays in runs.
 *  - Numbers: digits of any script with "." or "," between digits. The norm is canonical ASCII:
 *    group separators dropped, the decimal mark written "."; which mark is decimal follows the
 *    language ("4,400" en → 4400, "3.5" en → 3.5; "4.400" de → 4400, "3,5" de → 3.5), a mark used
 *    twice is a group separator ("1.000.000"), and with both marks the last one is decimal;
 *    no-break/thin spaces before three digits group too ("10 000" → 10000).
 *  - Folding: ASCII tokens are lowercased directly (NFKC of ASCII is the identity); other tokens go
 *    through ICU's NFKC_Casefold ("Straße" → strasse, "ＡＢＣ" → abc, final ς → σ).
 *  - Stopwords (TOK_STOP) are looked up on the folded form, before stemming.
 *  - Stems: Snowball (libstemmer) for every language it ships; Czech and Hebrew have none there, so
 *    we apply our own light stemmers (Czech: strip one case/number ending, keeping ≥ 3 letters;
 *    Hebrew: strip the conjunction ו and one of the prefixes ה ב ל, keeping ≥ 3 letters). Only
 *    tokens made of letters alone are stemmed.
 * Complexity: O(n) in the text; one ICU call per non-ASCII token, one Snowball call per word not
 * in the tokenizer's stem cache.
 */
#include "text/token.h"
#include "base/intern.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "text/stopwords.h"
#include <libstemmer.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

enum light_stemmer { LIGHT_NONE, LIGHT_CZECH, LIGHT_HEBREW };

/* Snowball costs ~4x the rest of tokenizing, and news vocabulary is Zipfian, so each tokenizer
 * keeps a direct-mapped cache of recent word → stem results (same output, ~3x faster). */
#define STEM_CACHE_SLOTS 2048 /* power of two; ~125 KiB, allocated on first use */
#define STEM_CACHE_WORD 30
typedef struct stem_slot {
  unsigned char word_len, stem_len; /* word_len 0: empty */
  char word[STEM_CACHE_WORD], stem[STEM_CACHE_WORD];
} stem_slot;

struct tokenizer {
  char lang[8];
  const stopword_list *stops;
  struct sb_stemmer *stemmer;
  enum light_stemmer light;
  char decimal_mark; /* '.' or ',' */
  int split_elision; /* fr, it, ca */
  const UNormalizer2 *nfkc_cf;
  char *norm; /* folded token */
  size_t norm_cap;
  UChar *u16_in, *u16_out;
  size_t u16_in_cap, u16_out_cap;
  stem_slot *stem_cache;
};

/* ISO 639-1 codes and the Snowball algorithm names of Debian's libstemmer 2.2. */
static const char *const snowball_names[][2] = {
    {"ar", "arabic"},     {"ca", "catalan"},   {"da", "danish"},     {"de", "german"},
    {"el", "greek"},      {"en", "english"},   {"es", "spanish"},    {"eu", "basque"},
    {"fi", "finnish"},    {"fr", "french"},    {"ga", "irish"},      {"hi", "hindi"},
    {"hu", "hungarian"},  {"hy", "armenian"},  {"id", "indonesian"}, {"it", "italian"},
    {"lt", "lithuanian"}, {"nb", "norwegian"}, {"ne", "nepali"},     {"nl", "dutch"},
    {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},  {"ru", "russian"},
    {"sr", "serbian"},    {"sv", "swedish"},   {"ta", "tamil"},      {"tr", "turkish"},
    {"yi", "yiddish"},
};

/* Languages writing "3,5" for three and a half. */
static const char *const comma_decimal_langs[] = {"bg", "ca", "cs", "da", "de", "el", "es", "eu",
                                                  "fi", "fr", "hr", "hu", "id", "it", "lt", "nb",
                                                  "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl",
                                                  "sr", "sv", "tr", "uk"};

static int code_in(const char *code, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(code, list[i]) == 0) return 1;
  return 0;
}

static struct sb_stemmer *open_stemmer(const char *code) {
  for (size_t i = 0; i < sizeof snowball_names / sizeof snowball_names[0]; i++)
    if (strcmp(code, snowball_names[i][0]) == 0) return sb_stemmer_new(snowball_names[i][1], "UTF_8");
  return NULL;
}

tokenizer *tokenizer_new(const char *lang) {
  tokenizer *t = xcalloc(1, sizeof *t);
  const char *code = lang ? lang : "";
  if (strlen(code) < sizeof t->lang) strcpy(t->lang, code);
  t->stops = stopword_list_for(t->lang);
  t->stemmer = open_stemmer(t->lang);
  t->light = strcmp(t->lang, "cs") == 0 ? LIGHT_CZECH : strcmp(t->lang, "he") == 0 ? LIGHT_HEBREW : LIGHT_NONE;
  t->decimal_mark = code_in(t->lang, comma_decimal_langs, sizeof comma_decimal_langs / sizeof *comma_decimal_langs)
                        ? ','
                        : '.';
  static const char *const elision[] = {"ca", "fr", "it"};
  t->split_elision = code_in(t->lang, elision, 3);
  UErrorCode err = U_ZERO_ERROR;
  t->nfkc_cf = unorm2_getNFKCCasefoldInstance(&err);
  if (U_FAILURE(err)) t->nfkc_cf = NULL; /* ICU data missing: fall back to simple folding */
  return t;
}

void tokenizer_free(tokenizer *t) {
  if (!t) return;
  if (t->stemmer) sb_stemmer_delete(t->stemmer);
  free(t->norm);
  free(t->u16_in);
  free(t->u16_out);
  free(t->stem_cache);
  free(t);
}

const char *tokenizer_lang(const tokenizer *t) { return t->lang; }

int tokenizer_is_stop(const tokenizer *t, const char *word, size_t len) {
  return stopword_in(t->stops, word, len);
}

/* ---- character classes ------------------------------------------------------------------- */

enum cp_class { CP_OTHER, CP_LETTER, CP_MARK, CP_DIGIT, CP_JOINER };

static enum cp_class classify(uint32_t cp) {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CP_LETTER;
    if (cp >= '0' && cp <= '9') return CP_DIGIT;
    return CP_OTHER;
  }
  if (cp == 0x200C || cp == 0x200D) return CP_JOINER;
  uint32_t mask = (uint32_t)U_GET_GC_MASK((UChar32)cp);
  if (mask & U_GC_L_MASK) return CP_LETTER;
  if (mask & U_GC_M_MASK) return CP_MARK;
  if (mask & U_GC_ND_MASK) return CP_DIGIT;
  return CP_OTHER;
}

/* Han and Kana are written without spaces: each character is a token of its own (unigrams match
 * across outlets without a dictionary). Thai is left as runs (no dictionary segmentation). */
static int is_ideograph(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

/* No-break, narrow no-break and thin spaces group digits in French and other typographies. */
static int is_digit_group_space(uint32_t cp) { return cp == 0xA0 || cp == 0x202F || cp == 0x2009; }

static int is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
static int is_gershayim(uint32_t cp) { return cp == '"' || cp == '\'' || cp == 0x05F3 || cp == 0x05F4; }

static uint32_t cp_at(const char *s, size_t len, size_t i, size_t *next) {
  *next = i;
  if (i >= len) return 0;
  unsigned char b = (unsigned char)s[i];
  if (b < 0x80) {
    *next = i + 1;
    return b;
  }
  return utf8_next(s, len, next);
}

int token_gershayim_at(uint32_t before, const char *s, size_t len, size_t i) {
  size_t next;
  if (!utf8_is_hebrew_letter(before) || !utf8_is_hebrew_letter(cp_at(s, len, i, &next))) return 0;
  return !utf8_is_hebrew_letter(cp_at(s, len, next, &next));
}

/* Length of a dotted single-letter acronym at i ("U.S.", "e.g.", "a.m."), 0 when none. */
static size_t acronym_len(const char *s, size_t len, size_t i) {
  size_t j = i, letters = 0;
  while (j + 1 < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') && s[j + 1] == '.') {
    letters++;
    j += 2;
  }
  if (letters < 2) return 0;
  /* a letter right after the last dot ("U.S.A") leaves a plain run of words */
  if (j < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')) return 0;
  return j - i;
}

/* 1 when exactly three digits start at i (a digit group). */
static int three_digits_at(const char *s, size_t len, size_t i) {
  size_t next = i;
  for (int k = 0; k < 3; k++)
    if (classify(cp_at(s, len, next, &next)) != CP_DIGIT) return 0;
  return next >= len || classify(cp_at(s, len, next, &next)) != CP_DIGIT;
}

typedef struct raw_token {
  size_t start, end;
  int has_letter, has_digit, ascii, is_acronym;
} raw_token;

/* Extends the token that starts at a letter or digit at i. */
static void scan_token(const tokenizer *t, const char *s, size_t len, size_t i, raw_token *tok) {
  memset(tok, 0, sizeof *tok);
  tok->start = i;
  tok->ascii = 1;
  size_t acr = acronym_len(s, len, i);
  if (acr) {
    tok->end = i + acr;
    tok->has_letter = tok->is_acronym = 1;
    return;
  }
  uint32_t prev = 0;
  size_t j = i;
  while (j < len) {
    size_t next;
    uint32_t cp = cp_at(s, len, j, &next);
    enum cp_class cls = classify(cp);
    if (cls == CP_LETTER && cp >= 0x3040 && is_ideograph(cp)) {
      if (j == i) tok->has_letter = 1, tok->ascii = 0, j = next;
      break;
    }
    if (cls == CP_LETTER || (cls == CP_MARK && j > i) || (cls == CP_JOINER && j > i)) {
      tok->has_letter |= cls == CP_LETTER;
    } else if (cls == CP_DIGIT) {
      tok->has_digit = 1;
    } else {
      size_t after;
      uint32_t following = cp_at(s, len, next, &after);
      enum cp_class fcls = classify(following);
      int joins = 0;
      if ((cp == '.' || cp == ',') && !tok->has_letter && classify(prev) == CP_DIGIT && fcls == CP_DIGIT)
        joins = 1; /* 4,400 and 3.5 */
      else if (is_digit_group_space(cp) && !tok->has_letter && classify(prev) == CP_DIGIT &&
               three_digits_at(s, len, next))
        joins = 1; /* 10 000 with a no-break space */
      else if (is_apostrophe(cp) && !t->split_elision && classify(prev) == CP_LETTER && fcls == CP_LETTER)
        joins = 1; /* don't */
      else if (is_gershayim(cp) && utf8_is_hebrew_letter(prev) && utf8_is_hebrew_letter(following))
        joins = cp != '"' || token_gershayim_at(prev, s, len, next); /* ארה"ב; not ב"טעות */
      if (!joins) break;
    }
    if (cp >= 0x80) tok->ascii = 0;
    prev = cp;
    j = next;
  }
  tok->end = j;
}

/* ---- normalisation ------------------------------------------------------------------------ */

static void ensure_norm(tokenizer *t, size_t need) {
  if (need > t->norm_cap) t->norm = xgrow(t->norm, &t->norm_cap, need, 1);
}

static size_t fold_ascii(tokenizer *t, const char *s, size_t n) {
  ensure_norm(t, n + 1);
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    t->norm[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  t->norm[n] = '\0';
  return n;
}

/* Appends one code point as UTF-16 to t->u16_in at *k. */
static void put_u16(tokenizer *t, size_t *k, uint32_t cp) {
  t->u16_in = xgrow(t->u16_in, &t->u16_in_cap, *k + 2, sizeof *t->u16_in);
  if (cp >= 0x10000) {
    t->u16_in[(*k)++] = (UChar)(0xD800 + ((cp - 0x10000) >> 10));
    t->u16_in[(*k)++] = (UChar)(0xDC00 + ((cp - 0x10000) & 0x3FF));
  } else {
    t->u16_in[(*k)++] = (UChar)cp;
  }
}

/* Simple per-code-point folding when ICU's normalisation data is unavailable or fails. */
static size_t fold_simple(tokenizer *t, const char *s, size_t n) {
  ensure_norm(t, n * 2 + 8);
  size_t out = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp = utf8_next(s, n, &i);
    if (is_apostrophe(cp)) cp = '\'';
    cp = (uint32_t)u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT);
    ensure_norm(t, out + 5);
    out += utf8_put(t->norm + out, cp);
  }
  t->norm[out] = '\0';
  return out;
}

static size_t fold_unicode(tokenizer *t, const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp = utf8_next(s, n, &i);
    put_u16(t, &k, is_apostrophe(cp) ? '\'' : cp);
  }
  if (!t->nfkc_cf || k > INT32_MAX / 4) return fold_simple(t, s, n);
  for (int attempt = 0; attempt < 2; attempt++) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t cap = (int32_t)(t->u16_out_cap ? t->u16_out_cap : 0);
    int32_t got = unorm2_normalize(t->nfkc_cf, t->u16_in, (int32_t)k, t->u16_out, cap, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      t->u16_out = xgrow(t->u16_out, &t->u16_out_cap, (size_t)got + 1, sizeof *t->u16_out);
      continue;
    }
    if (U_FAILURE(err)) break;
    ensure_norm(t, (size_t)got * 3 + 1);
    int32_t out_len = 0;
    err = U_ZERO_ERROR;
    u_strToUTF8(t->norm, (int32_t)t->norm_cap, &out_len, t->u16_out, got, &err);
    if (U_FAILURE(err)) break;
    t->norm[out_len] = '\0';
    return (size_t)out_len;
  }
  return fold_simple(t, s, n);
}

/* Canonical ASCII form of a number token (see the header comment). */
static size_t fold_number(tokenizer *t, const char *s, size_t n) {
  size_t dots = 0, commas = 0;
  char last_sep = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '.') dots++, last_sep = '.';
    if (s[i] == ',') commas++, last_sep = ',';
  }
  char decimal = 0;
  if (dots && commas) decimal = last_sep;
  else if (dots + commas == 1) {
    const char *sep = memchr(s, last_sep, n);
    size_t digits_after = 0;
    for (size_t i = (size_t)(sep - s) + 1; i < n;) {
      uint32_t cp = utf8_next(s, n, &i);
      if (classify(cp) == CP_DIGIT) digits_after++;
    }
    decimal = (last_sep == t->decimal_mark || digits_after != 3) ? last_sep : 0;
  }
  ensure_norm(t, n + 1);
  size_t out = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp = utf8_next(s, n, &i);
    if (cp == '.' || cp == ',') {
      if ((char)cp == decimal) t->norm[out++] = '.';
      continue;
    }
    int32_t v = u_charDigitValue((UChar32)cp);
    if (v >= 0 && v <= 9) t->norm[out++] = (char)('0' + v); /* group spaces vanish */
  }
  t->norm[out] = '\0';
  return out;
}

/* ---- light stemmers for languages Snowball lacks ------------------------------------------ */

static size_t count_code_points(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

static int ends_with(const char *s, size_t n, const char *suffix, size_t k) {
  return k <= n && memcmp(s + n - k, suffix, k) == 0;
}

/* Czech: removes the longest of our case/number endings, keeping a stem of ≥ 3 letters. */
static size_t stem_czech(const char *s, size_t n) {
  static const char *const endings[] = {
      "ového", "ovému", "ovými", "ových", "ování", "ostmi", "ovém", "ovou", "ovým", "ostí",
      "ách",   "ami",   "ata",   "aty",   "ech",   "ého",   "ému",  "emi",  "ích",  "ími",
      "ímu",   "ými",   "ých",   "ům",    "ou",    "em",    "ím",   "ém",   "ým",   "ám",
      "mi",    "a",     "e",     "ě",     "i",     "í",     "o",    "u",    "ů",    "y",
      "ý",     "á",     "é"};
  size_t best = 0;
  for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
    size_t k = strlen(endings[i]);
    if (k > best && ends_with(s, n, endings[i], k) && count_code_points(s, n - k) >= 3) best = k;
  }
  return n - best;
}

/* Hebrew: strips the conjunction ו and then one of ה ב ל, keeping ≥ 3 letters; returns the
 * byte offset where the stem starts. */
static size_t stem_hebrew(const char *s, size_t n) {
  size_t off = 0;
  if (count_code_points(s, n) >= 5 && n >= 2 && memcmp(s, "\xD7\x95", 2) == 0) off = 2; /* ו */
  static const char *const prefixes[] = {"\xD7\x94", "\xD7\x91", "\xD7\x9C"}; /* ה ב ל */
  for (size_t i = 0; i < 3; i++)
    if (n - off >= 2 && memcmp(s + off, prefixes[i], 2) == 0 && count_code_points(s + off + 2, n - off - 2) >= 3) {
      off += 2;
      break;
    }
  return off;
}

static int letters_only(const raw_token *rt) { return rt->has_letter && !rt->has_digit && !rt->is_acronym; }

/* Snowball stem of the folded word in t->norm, through the cache. */
static void snowball_stem(tokenizer *t, token *tok) {
  stem_slot *slot = NULL;
  if (tok->norm_len < STEM_CACHE_WORD) {
    if (!t->stem_cache) t->stem_cache = xcalloc(STEM_CACHE_SLOTS, sizeof *t->stem_cache);
    slot = &t->stem_cache[hash_bytes(t->norm, tok->norm_len) & (STEM_CACHE_SLOTS - 1)];
    if (slot->word_len == tok->norm_len && memcmp(slot->word, t->norm, tok->norm_len) == 0) {
      tok->norm = slot->stem;
      tok->norm_len = slot->stem_len;
      return;
    }
  }
  const sb_symbol *st = sb_stemmer_stem(t->stemmer, (const sb_symbol *)t->norm, (int)tok->norm_len);
  if (!st) return; /* out of memory inside Snowball: keep the unstemmed word */
  size_t stem_len = (size_t)sb_stemmer_length(t->stemmer);
  tok->norm = (const char *)st;
  if (slot && stem_len < STEM_CACHE_WORD) {
    slot->word_len = (unsigned char)tok->norm_len;
    memcpy(slot->word, t->norm, tok->norm_len);
    slot->stem_len = (unsigned char)stem_len;
    memcpy(slot->stem, st, stem_len);
  }
  tok->norm_len = stem_len;
}

/* Sets tok->norm/norm_len to the stem of the folded word. */
static void stem(tokenizer *t, token *tok) {
  if (t->stemmer) {
    snowball_stem(t, tok);
  } else if (t->light == LIGHT_CZECH) {
    tok->norm_len = stem_czech(t->norm, tok->norm_len);
  } else if (t->light == LIGHT_HEBREW) {
    size_t off = stem_hebrew(t->norm, tok->norm_len);
    tok->norm = t->norm + off;
    tok->norm_len -= off;
  }
}

static int make_token(tokenizer *t, const char *text, const raw_token *rt, token *tok) {
  const char *s = text + rt->start;
  size_t n = rt->end - rt->start;
  size_t folded;
  if (!rt->has_letter) folded = fold_number(t, s, n);
  else if (rt->ascii) folded = fold_ascii(t, s, n);
  else folded = fold_unicode(t, s, n);
  if (folded == 0) return 0;
  tok->start = (uint32_t)rt->start;
  tok->end = (uint32_t)rt->end;
  tok->norm = t->norm;
  tok->norm_len = folded;
  tok->flags = rt->has_letter ? TOK_WORD : TOK_NUMBER;
  if (rt->has_letter && stopword_in(t->stops, t->norm, folded)) tok->flags |= TOK_STOP;
  if (letters_only(rt)) stem(t, tok);
  return 1;
}

size_t tokenizer_run(tokenizer *t, const char *text, size_t len, token_fn fn, void *ctx) {
  size_t count = 0, i = 0;
  if (len > UINT32_MAX) len = UINT32_MAX; /* spans are 32-bit */
  while (i < len) {
    unsigned char b = (unsigned char)text[i];
    size_t next;
    if (b < 0x80) {
      if (!(((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9'))) {
        i++;
        continue;
      }
    } else {
      enum cp_class cls = classify(cp_at(text, len, i, &next));
      if (cls != CP_LETTER && cls != CP_DIGIT) {
        i = next;
        continue;
      }
    }
    raw_token rt;
    scan_token(t, text, len, i, &rt);
    i = rt.end > i ? rt.end : i + 1;
    token tok;
    if (!make_token(t, text, &rt, &tok)) continue;
    count++;
    if (fn(&tok, ctx)) break;
  }
  return count;
}

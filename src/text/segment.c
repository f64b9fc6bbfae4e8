/* segment.c — sentence splitting with a hand-written byte scanner (see segment.h).
 *
 * Why not ICU's BreakIterator: it needs a UTF-16 copy of the text and still gets abbreviations,
 * initials and headline lines wrong for news, so we would post-process its output anyway. A scanner
 * that stops only at candidate bytes (. ! ? ; newline and the lead bytes of … ؟ ۔ । ॥ 。 ！ ？ ;)
 * runs at memory speed and keeps every rule in one place.
 *
 * The rules, in the order they are applied:
 *  1. A run of terminators (". ! ? … ؟ । ॥ 。", Greek ";" when lang is "el", U+037E always) is
 *     extended over closing quotes and brackets (." .” .’ ?) .» and "fin. »"), so the sentence
 *     ends after the closer.
 *  2. CJK full-width terminators (。！？) end the sentence at once; every other terminator must be
 *     followed by white space or the end of the text ("3.5", "U.S.A", "example.com" never split),
 *     except when a lowercase word is glued to a capitalised one ("of Ebola.The CDC", scraping
 *     damage). Footnote marks after the terminator ("church.[54] The") stay with the sentence.
 *  3. A newline after the terminator always ends the sentence (the line looks complete).
 *  4. A lowercase letter (or , ; :) after the white space never starts a sentence.
 *  5. Ellipsis ("..." or "…"): ends the sentence only when an uppercase or caseless-script letter
 *     follows, possibly after an opening quote or bracket.
 *  6. A full stop after an abbreviation (our lists: Mr. Dr. Gen. Inc. Jan. etc., US states of
 *     datelines when capitalised, г. им. z.B. Nr. Sr. Sra. ...), an initial ("A." "W." "Д.", cased
 *     scripts and Hebrew only: a one-letter Hindi word is as often a real word) or a dotted
 *     acronym ("U.S", "EE.UU", "т.е", "यू.एस") ends the sentence only when the next word is a
 *     capitalised function word of the language ("in the U.S. The ..." splits, "U.S. President
 *     ..." does not; caseless scripts therefore never split there). Before a digit it never splits
 *     ("No. 5", "Jan. 12"); "e.g." "i.e." "vs." "z.B." and the like never split.
 *  7. German ordinal dates ("am 3. Oktober") and list numbers opening a sentence ("5. Item")
 *     do not split.
 *  8. Lines: a paragraph break (a blank line, possibly holding spaces: " \n \n ") always ends a
 *     sentence. A single newline ends one unless the next line starts with a lowercase letter or
 *     the line ends in a continuation mark (, - – — ( / &): headlines and datelines without final
 *     punctuation become sentences of their own, hard-wrapped prose stays whole.
 *  9. Spans exclude surrounding white space (ASCII and Unicode spaces); spans without a letter or
 *     digit (separator lines such as "***") are dropped.
 * Complexity: O(n) over the text; the abbreviation and stopword checks are O(log k) and happen
 * only at full stops followed by white space.
 */
#include "text/segment.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "text/stopwords.h"
#include <string.h>
#include <unicode/uchar.h>

enum term_kind { TERM_NONE, TERM_STOP, TERM_STRONG, TERM_ELLIPSIS, TERM_CJK };

typedef struct seg_ctx {
  const char *text;
  size_t len;
  const stopword_list *stops; /* the language's function words, for rule 6 */
  int greek;                  /* ";" is a question mark */
  int german;                 /* ordinal dates, rule 7 */
} seg_ctx;

/* Bytes at which the scanner must look closer: terminators, newline, and the lead bytes of the
 * multi-byte terminators. Everything else is skipped in a tight loop. */
static const unsigned char candidate[256] = {
    ['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, ['\n'] = 1,
    [0xCD] = 1, /* U+037E Greek question mark */
    [0xD8] = 1, /* U+061F Arabic question mark */
    [0xDB] = 1, /* U+06D4 Arabic full stop */
    [0xE0] = 1, /* U+0964/0965 Devanagari danda, double danda */
    [0xE2] = 1, /* U+2026 ellipsis */
    [0xE3] = 1, /* U+3002 ideographic full stop */
    [0xEF] = 1, /* U+FF01, U+FF1F, U+FF61 full-width ! ? . */
};

static int bytes_at(const seg_ctx *c, size_t i, const char *seq, size_t n) {
  return i + n <= c->len && memcmp(c->text + i, seq, n) == 0;
}

/* Length in bytes of the terminator at i (0 when there is none) and its kind. */
static size_t terminator_at(const seg_ctx *c, size_t i, enum term_kind *kind) {
  unsigned char b = (unsigned char)c->text[i];
  switch (b) {
  case '.': *kind = TERM_STOP; return 1;
  case '!':
  case '?': *kind = TERM_STRONG; return 1;
  case ';': *kind = TERM_STRONG; return c->greek ? 1 : 0;
  case 0xCD: *kind = TERM_STRONG; return bytes_at(c, i, "\xCD\xBE", 2) ? 2 : 0;
  case 0xD8: *kind = TERM_STRONG; return bytes_at(c, i, "\xD8\x9F", 2) ? 2 : 0;
  case 0xDB: *kind = TERM_STRONG; return bytes_at(c, i, "\xDB\x94", 2) ? 2 : 0;
  case 0xE0:
    *kind = TERM_STRONG;
    return bytes_at(c, i, "\xE0\xA5\xA4", 3) || bytes_at(c, i, "\xE0\xA5\xA5", 3) ? 3 : 0;
  case 0xE2: *kind = TERM_ELLIPSIS; return bytes_at(c, i, "\xE2\x80\xA6", 3) ? 3 : 0;
  case 0xE3: *kind = TERM_CJK; return bytes_at(c, i, "\xE3\x80\x82", 3) ? 3 : 0;
  case 0xEF:
    *kind = TERM_CJK;
    return bytes_at(c, i, "\xEF\xBC\x81", 3) || bytes_at(c, i, "\xEF\xBC\x9F", 3) ||
                   bytes_at(c, i, "\xEF\xBD\xA1", 3)
               ? 3
               : 0;
  default: *kind = TERM_NONE; return 0;
  }
}

/* Length of the white-space character at i (ASCII or a Unicode space), 0 when none. */
static size_t space_at(const seg_ctx *c, size_t i) {
  const unsigned char *p = (const unsigned char *)c->text + i;
  size_t left = c->len - i;
  if (left == 0) return 0;
  if (p[0] == ' ' || (p[0] >= '\t' && p[0] <= '\r')) return 1;
  if (p[0] == 0xC2 && left >= 2 && p[1] == 0xA0) return 2; /* no-break space */
  if (p[0] == 0xE2 && left >= 3 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF)) return 3;
  if (p[0] == 0xE2 && left >= 3 && p[1] == 0x81 && p[2] == 0x9F) return 3; /* U+205F */
  if (p[0] == 0xE3 && left >= 3 && p[1] == 0x80 && p[2] == 0x80) return 3; /* U+3000 */
  if (p[0] == 0xEF && left >= 3 && p[1] == 0xBB && p[2] == 0xBF) return 3; /* BOM */
  return 0;
}

/* Length of the space ending just before position i, 0 when none. */
static size_t space_before(const seg_ctx *c, size_t i) {
  for (size_t n = 1; n <= 3 && n <= i; n++)
    if (space_at(c, i - n) == n) return n;
  return 0;
}

/* Closing quotes and brackets that stay with the sentence they close. */
static size_t closer_at(const seg_ctx *c, size_t i) {
  if (i >= c->len) return 0;
  switch ((unsigned char)c->text[i]) {
  case '"':
  case '\'':
  case ')':
  case ']':
  case '}': return 1;
  case 0xC2: return bytes_at(c, i, "\xC2\xBB", 2) ? 2 : 0; /* » */
  case 0xE2: /* ’ ” “ (German closing) › */
    return bytes_at(c, i, "\xE2\x80\x99", 3) || bytes_at(c, i, "\xE2\x80\x9D", 3) ||
                   bytes_at(c, i, "\xE2\x80\x9C", 3) || bytes_at(c, i, "\xE2\x80\xBA", 3)
               ? 3
               : 0;
  case 0xE3: /* 」 』 */
    return bytes_at(c, i, "\xE3\x80\x8D", 3) || bytes_at(c, i, "\xE3\x80\x8F", 3) ? 3 : 0;
  case 0xEF: return bytes_at(c, i, "\xEF\xBC\x89", 3) ? 3 : 0; /* ） */
  default: return 0;
  }
}

/* Opening quotes and brackets that may precede the first word of a sentence. */
static size_t opener_at(const seg_ctx *c, size_t i) {
  if (i >= c->len) return 0;
  switch ((unsigned char)c->text[i]) {
  case '"':
  case '\'':
  case '(':
  case '[': return 1;
  case 0xC2: return bytes_at(c, i, "\xC2\xAB", 2) || bytes_at(c, i, "\xC2\xBF", 2) ||
                            bytes_at(c, i, "\xC2\xA1", 2)
                        ? 2
                        : 0; /* « ¿ ¡ */
  case 0xE2: /* ‘ “ „ ‹ */
    return bytes_at(c, i, "\xE2\x80\x98", 3) || bytes_at(c, i, "\xE2\x80\x9C", 3) ||
                   bytes_at(c, i, "\xE2\x80\x9E", 3) || bytes_at(c, i, "\xE2\x80\xB9", 3)
               ? 3
               : 0;
  default: return 0;
  }
}

/* Length of a footnote mark "[12]" at i, 0 when none. */
static size_t footnote_at(const seg_ctx *c, size_t i) {
  if (i >= c->len || c->text[i] != '[') return 0;
  size_t k = i + 1;
  while (k < c->len && k - i <= 4 && c->text[k] >= '0' && c->text[k] <= '9') k++;
  return k > i + 1 && k < c->len && c->text[k] == ']' ? k + 1 - i : 0;
}

/* Skips closers and footnote marks after a terminator run; French puts a (no-break) space before
 * the closing ». */
static size_t skip_closers(const seg_ctx *c, size_t j) {
  for (;;) {
    size_t n = closer_at(c, j);
    if (!n) n = footnote_at(c, j);
    if (n) {
      j += n;
      continue;
    }
    size_t s = space_at(c, j);
    if (s && s <= 3 && c->text[j] != '\n' && bytes_at(c, j + s, "\xC2\xBB", 2)) {
      j += s + 2;
      continue;
    }
    return j;
  }
}

static uint32_t code_point_at(const seg_ctx *c, size_t i) {
  size_t k = i;
  return utf8_next(c->text, c->len, &k);
}

static int is_lower_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower((UChar32)cp);
}

static int is_upper_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper((UChar32)cp) || u_istitle((UChar32)cp);
}

static int is_letter_cp(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return u_isalpha((UChar32)cp);
}

static int is_digit_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit((UChar32)cp);
}

/* Position of the first letter or digit of the next sentence candidate, skipping openers. */
static size_t skip_openers(const seg_ctx *c, size_t k) {
  size_t n;
  while ((n = opener_at(c, k)) != 0) k += n;
  return k;
}

/* Folds the word starting at k (letters only) into out; returns its length, 0 when too long. */
static size_t fold_word(const seg_ctx *c, size_t k, char *out, size_t cap, size_t *end) {
  size_t n = 0, i = k;
  while (i < c->len) {
    size_t next = i;
    uint32_t cp = utf8_next(c->text, c->len, &next);
    if (!is_letter_cp(cp) && !(cp >= 0x300 && u_getCombiningClass((UChar32)cp))) break;
    if (cp < 0x80) cp = (uint32_t)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    else cp = (uint32_t)u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT);
    if (n + 4 >= cap) return 0;
    n += utf8_put(out + n, cp);
    i = next;
  }
  *end = i;
  return n;
}

/* Rule 6: does a capitalised function word start at k? A one-letter word ("A", "I") only counts
 * when a lowercase word follows it, so the initials of "J. A. Smith" do not split. */
static int function_word_starts(const seg_ctx *c, size_t k) {
  if (k >= c->len || !is_upper_cp(code_point_at(c, k))) return 0;
  char word[64];
  size_t end = k, n = fold_word(c, k, word, sizeof word, &end);
  if (!n || !stopword_in(c->stops, word, n)) return 0;
  size_t letters = 0;
  for (size_t i = 0; i < n; i++) letters += ((unsigned char)word[i] & 0xC0) != 0x80;
  if (letters > 1) return 1;
  size_t s = space_at(c, end);
  return s && end + s < c->len && is_lower_cp(code_point_at(c, end + s));
}

/* ---- abbreviations ------------------------------------------------------------------------ */

enum abbrev_class {
  ABBR_NONE,
  ABBR_MAY_END,   /* ends a sentence only before a capitalised function word */
  ABBR_NEVER_END, /* "e.g." "vs." "z.B.": something always follows */
  ABBR_NUMBERING, /* "No." "Nr.": an abbreviation only before a digit */
  ABBR_CAPITAL    /* US states ("Ga." "Ore." "Ill."): MAY_END when capitalised, else a word */
};

typedef struct abbrev {
  const char *word; /* lowercase, without the final dot; sorted by bytes */
  unsigned char cls;
} abbrev;

/* Our own list across en, fr, de, es, ru, cs, el: titles, company forms, months and weekdays,
 * Latin abbreviations, units, US states of AP datelines ("FLINT, Mich. —"). Common words that could end a sentence are left out ("sun", "no"
 * is numbering only). Keep sorted by bytes (test_segment checks). */
static const abbrev abbrevs[] = {
    {"abs", ABBR_NUMBERING}, {"adm", ABBR_MAY_END}, {"al", ABBR_MAY_END}, {"ala", ABBR_CAPITAL},
    {"apod", ABBR_MAY_END}, {"approx", ABBR_NEVER_END}, {"apr", ABBR_MAY_END},
    {"ariz", ABBR_CAPITAL}, {"ark", ABBR_CAPITAL}, {"art", ABBR_NUMBERING}, {"atd", ABBR_MAY_END},
    {"aug", ABBR_MAY_END}, {"av", ABBR_MAY_END}, {"avda", ABBR_MAY_END}, {"ave", ABBR_MAY_END},
    {"avr", ABBR_MAY_END}, {"bd", ABBR_MAY_END}, {"blvd", ABBR_MAY_END}, {"bros", ABBR_MAY_END},
    {"bzw", ABBR_NEVER_END}, {"ca", ABBR_NEVER_END}, {"calif", ABBR_CAPITAL},
    {"capt", ABBR_MAY_END}, {"cf", ABBR_NEVER_END}, {"ch", ABBR_NUMBERING}, {"cmdr", ABBR_MAY_END},
    {"co", ABBR_MAY_END}, {"col", ABBR_MAY_END}, {"colo", ABBR_CAPITAL}, {"conn", ABBR_CAPITAL},
    {"corp", ABBR_MAY_END}, {"cpl", ABBR_MAY_END}, {"dec", ABBR_MAY_END}, {"del", ABBR_CAPITAL},
    {"dept", ABBR_MAY_END}, {"det", ABBR_MAY_END}, {"doc", ABBR_MAY_END}, {"dr", ABBR_MAY_END},
    {"dra", ABBR_MAY_END}, {"drs", ABBR_MAY_END}, {"déc", ABBR_MAY_END}, {"dña", ABBR_MAY_END},
    {"ene", ABBR_MAY_END}, {"env", ABBR_NEVER_END}, {"etc", ABBR_MAY_END}, {"evtl", ABBR_NEVER_END},
    {"feb", ABBR_MAY_END}, {"fig", ABBR_NUMBERING}, {"fla", ABBR_CAPITAL}, {"fr", ABBR_MAY_END},
    {"fri", ABBR_MAY_END}, {"ft", ABBR_MAY_END}, {"févr", ABBR_MAY_END}, {"ga", ABBR_CAPITAL},
    {"gen", ABBR_MAY_END}, {"ggf", ABBR_NEVER_END}, {"gov", ABBR_MAY_END}, {"hon", ABBR_MAY_END},
    {"hr", ABBR_MAY_END}, {"ill", ABBR_CAPITAL}, {"inc", ABBR_MAY_END}, {"ind", ABBR_CAPITAL},
    {"ing", ABBR_MAY_END}, {"inkl", ABBR_NEVER_END}, {"jan", ABBR_MAY_END}, {"janv", ABBR_MAY_END},
    {"jh", ABBR_MAY_END}, {"jr", ABBR_MAY_END}, {"juil", ABBR_MAY_END}, {"jul", ABBR_MAY_END},
    {"jun", ABBR_MAY_END}, {"kan", ABBR_CAPITAL}, {"ky", ABBR_CAPITAL}, {"la", ABBR_CAPITAL},
    {"lt", ABBR_MAY_END}, {"ltd", ABBR_MAY_END}, {"maj", ABBR_MAY_END}, {"mass", ABBR_CAPITAL},
    {"md", ABBR_CAPITAL}, {"mgr", ABBR_MAY_END}, {"mich", ABBR_CAPITAL}, {"minn", ABBR_CAPITAL},
    {"mio", ABBR_MAY_END}, {"miss", ABBR_CAPITAL}, {"mlle", ABBR_MAY_END}, {"mme", ABBR_MAY_END},
    {"mo", ABBR_CAPITAL}, {"mont", ABBR_CAPITAL}, {"mr", ABBR_MAY_END}, {"mrd", ABBR_MAY_END},
    {"mrs", ABBR_MAY_END}, {"ms", ABBR_MAY_END}, {"mt", ABBR_MAY_END}, {"např", ABBR_NEVER_END},
    {"neb", ABBR_CAPITAL}, {"nev", ABBR_CAPITAL}, {"no", ABBR_NUMBERING}, {"nos", ABBR_NUMBERING},
    {"nov", ABBR_MAY_END}, {"nr", ABBR_NUMBERING}, {"núm", ABBR_NUMBERING}, {"oct", ABBR_MAY_END},
    {"okla", ABBR_CAPITAL}, {"ore", ABBR_CAPITAL}, {"pa", ABBR_CAPITAL}, {"pp", ABBR_NUMBERING},
    {"pres", ABBR_MAY_END}, {"prof", ABBR_MAY_END}, {"pvt", ABBR_MAY_END}, {"pág", ABBR_NUMBERING},
    {"rd", ABBR_MAY_END}, {"ref", ABBR_NUMBERING}, {"rep", ABBR_MAY_END}, {"resp", ABBR_NEVER_END},
    {"rev", ABBR_MAY_END}, {"sen", ABBR_MAY_END}, {"sep", ABBR_MAY_END}, {"sept", ABBR_MAY_END},
    {"sgt", ABBR_MAY_END}, {"sr", ABBR_MAY_END}, {"sra", ABBR_MAY_END}, {"srta", ABBR_MAY_END},
    {"st", ABBR_MAY_END}, {"ste", ABBR_MAY_END}, {"str", ABBR_MAY_END}, {"sv", ABBR_MAY_END},
    {"tenn", ABBR_CAPITAL}, {"tex", ABBR_CAPITAL}, {"thu", ABBR_MAY_END}, {"thur", ABBR_MAY_END},
    {"thurs", ABBR_MAY_END}, {"tj", ABBR_NEVER_END}, {"tue", ABBR_MAY_END}, {"tues", ABBR_MAY_END},
    {"tzv", ABBR_NEVER_END}, {"ud", ABBR_MAY_END}, {"uds", ABBR_MAY_END}, {"univ", ABBR_MAY_END},
    {"usw", ABBR_MAY_END}, {"va", ABBR_CAPITAL}, {"vgl", ABBR_NEVER_END}, {"viz", ABBR_NEVER_END},
    {"vol", ABBR_NUMBERING}, {"vs", ABBR_NEVER_END}, {"vt", ABBR_CAPITAL}, {"wash", ABBR_CAPITAL},
    {"wis", ABBR_CAPITAL}, {"wyo", ABBR_CAPITAL}, {"κλπ", ABBR_MAY_END}, {"χλμ", ABBR_MAY_END},
    {"акад", ABBR_MAY_END}, {"вв", ABBR_MAY_END}, {"гг", ABBR_MAY_END}, {"ген", ABBR_MAY_END},
    {"долл", ABBR_MAY_END}, {"др", ABBR_MAY_END}, {"им", ABBR_MAY_END}, {"млн", ABBR_MAY_END},
    {"млрд", ABBR_MAY_END}, {"напр", ABBR_NEVER_END}, {"обл", ABBR_MAY_END}, {"пр", ABBR_MAY_END},
    {"проф", ABBR_MAY_END}, {"руб", ABBR_MAY_END}, {"стр", ABBR_NUMBERING}, {"тыс", ABBR_MAY_END},
    {"ул", ABBR_MAY_END},
};
#define N_ABBREVS (sizeof abbrevs / sizeof abbrevs[0])

/* Dotted forms that are never sentence-final: "e.g." "i.e." "z.B." "d.h." "т.е." "π.χ.". */
static const char *const never_end_dotted[] = {"d.h", "e.g", "i.e", "p.ex", "u.a", "z.b",
                                               "π.χ", "т.е", "т.к", "т.н"};

static int cmp_abbrev(const void *key, const void *item) {
  return strcmp((const char *)key, ((const abbrev *)item)->word);
}

static enum abbrev_class lookup_abbrev(const char *lower) {
  size_t lo = 0, hi = N_ABBREVS;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_abbrev(lower, &abbrevs[mid]);
    if (c == 0) return (enum abbrev_class)abbrevs[mid].cls;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return ABBR_NONE;
}

static int is_cased_cp(uint32_t cp) { return is_lower_cp(cp) || is_upper_cp(cp); }

static uint32_t code_point_at_str(const char *w, size_t n) {
  size_t i = 0;
  return utf8_next(w, n, &i);
}

/* Class of the word w[0..n) that precedes a full stop, looked up in lowercase. */
static enum abbrev_class classify_lowered(const char *w, size_t n) {
  char lower[64];
  if (n == 0 || n >= sizeof lower) return ABBR_NONE;
  size_t letters = 0, dots = 0;
  for (size_t i = 0; i < n;) {
    if (w[i] == '.') {
      dots++;
      lower[i] = w[i];
      i++;
      continue;
    }
    size_t at = i;
    uint32_t cp = utf8_next(w, n, &i);
    dots += cp == 0x0970; /* Devanagari abbreviation sign: "यू॰एन॰" */
    /* marks, the Devanagari sign and invisible joiners/zero-width space ride along with letters */
    int mark = cp >= 0x300 && ((U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK) || cp == 0x0970 ||
                               (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060);
    if (!is_letter_cp(cp) && !mark) return ABBR_NONE; /* digits, hyphens: "3.5", "COVID-19" */
    letters += !mark; /* "के" (consonant + vowel sign) is one letter, an initial */
    if (cp < 0x80) {
      lower[at] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    } else {
      UChar32 folded = u_tolower((UChar32)cp);
      char tmp[4];
      size_t k = utf8_put(tmp, (uint32_t)folded);
      if (k != i - at) memcpy(tmp, w + at, k = i - at); /* keep the byte length stable */
      memcpy(lower + at, tmp, k);
    }
  }
  lower[n] = '\0';
  if (dots) {
    for (size_t i = 0; i < sizeof never_end_dotted / sizeof never_end_dotted[0]; i++)
      if (strcmp(lower, never_end_dotted[i]) == 0) return ABBR_NEVER_END;
    return ABBR_MAY_END; /* U.S, EE.UU, a.m */
  }
  /* an initial; in caseless scripts a one-letter word is as often a word ("की" in Hindi), but
   * Hebrew writes none apart (its one-letter words are prefixes): "השופט אלווין ק. ג'ונס" */
  if (letters == 1) {
    uint32_t cp = code_point_at_str(w, n);
    return is_cased_cp(cp) || utf8_is_hebrew_letter(cp) ? ABBR_MAY_END : ABBR_NONE;
  }
  return lookup_abbrev(lower);
}

/* Class of the word w[0..n) that precedes a full stop; state names count only capitalised. */
static enum abbrev_class classify_word(const char *w, size_t n) {
  enum abbrev_class cls = classify_lowered(w, n);
  if (cls == ABBR_CAPITAL) return (w[0] >= 'A' && w[0] <= 'Z') ? ABBR_MAY_END : ABBR_NONE;
  return cls;
}

/* Start of the word that ends at i (the full stop), without leading openers. */
static size_t word_start(const seg_ctx *c, size_t sentence_start, size_t i) {
  size_t a = i;
  while (a > sentence_start && !space_before(c, a)) a--;
  size_t n;
  while (a < i && (n = opener_at(c, a)) != 0) a += n;
  return a;
}

static int is_all_digits(const char *w, size_t n) {
  if (n == 0) return 0;
  for (size_t i = 0; i < n; i++)
    if (w[i] < '0' || w[i] > '9') return 0;
  return 1;
}

static int only_space_between(const seg_ctx *c, size_t from, size_t to) {
  size_t s;
  while (from < to && (s = space_at(c, from)) != 0) from += s;
  return from >= to;
}

static int german_month_at(const seg_ctx *c, size_t k) {
  static const char *const months[] = {"januar", "februar", "märz",      "april",   "mai",
                                       "juni",   "juli",    "august",    "september",
                                       "oktober", "november", "dezember", "jänner"};
  char word[32];
  size_t end = k, n = fold_word(c, k, word, sizeof word, &end);
  for (size_t i = 0; n && i < sizeof months / sizeof months[0]; i++)
    if (strlen(months[i]) == n && memcmp(months[i], word, n) == 0) return 1;
  return 0;
}

/* Rule 6 and 7 for a single full stop at i followed by the sentence candidate at k. */
static int full_stop_ends(const seg_ctx *c, size_t sentence_start, size_t i, size_t k) {
  size_t a = word_start(c, sentence_start, i);
  const char *w = c->text + a;
  size_t n = i - a;
  uint32_t next = code_point_at(c, k);
  if (n <= 3 && is_all_digits(w, n) && only_space_between(c, sentence_start, a)) return 0; /* "5. Item" */
  if (c->german && n <= 2 && is_all_digits(w, n) && german_month_at(c, k)) return 0;
  switch (classify_word(w, n)) {
  case ABBR_NONE: return 1;
  case ABBR_NEVER_END: return 0;
  case ABBR_NUMBERING: return !is_digit_cp(next);
  case ABBR_MAY_END:
  default: return !is_digit_cp(next) && function_word_starts(c, k);
  }
}

/* Scraped text often loses the space after a full stop: "symptoms of Ebola.The CDC says". A
 * lowercase word of two letters or more, then the terminator, then a capitalised word
 * (uppercase + lowercase) starts a new sentence; "U.S.A", "Ph.D", "Break.com" do not match. */
static int glued_sentence_start(const seg_ctx *c, size_t i, size_t j) {
  if (i < 2 || j + 1 >= c->len) return 0;
  size_t a = i - 1;
  while (a > 0 && ((unsigned char)c->text[a] & 0xC0) == 0x80) a--;
  if (!is_lower_cp(code_point_at(c, a)) || a == 0) return 0;
  size_t b = a - 1;
  while (b > 0 && ((unsigned char)c->text[b] & 0xC0) == 0x80) b--;
  if (!is_letter_cp(code_point_at(c, b))) return 0;
  size_t next = j;
  uint32_t first = utf8_next(c->text, c->len, &next);
  return is_upper_cp(first) && next < c->len && is_lower_cp(code_point_at(c, next));
}

/* Rules 2-7: does the terminator run text[i..j) (closers included) end the sentence? */
static int run_ends_sentence(const seg_ctx *c, size_t sentence_start, size_t i, size_t j,
                             enum term_kind kind) {
  if (kind == TERM_CJK || j >= c->len) return 1;
  size_t k = j, s, newline = 0;
  if (!space_at(c, j)) return kind != TERM_ELLIPSIS && glued_sentence_start(c, i, j);
  while ((s = space_at(c, k)) != 0) {
    newline |= c->text[k] == '\n';
    k += s;
  }
  if (k >= c->len || newline) return 1;
  uint32_t next = code_point_at(c, k);
  if (is_lower_cp(next) || next == ',' || next == ';' || next == ':') return 0;
  size_t word = skip_openers(c, k);
  if (kind == TERM_ELLIPSIS) {
    uint32_t first = word < c->len ? code_point_at(c, word) : 0;
    return is_letter_cp(first) && !is_lower_cp(first);
  }
  if (kind == TERM_STRONG) return 1;
  return full_stop_ends(c, sentence_start, i, k);
}

/* ---- lines ---------------------------------------------------------------------------------- */

/* Last code point of text[from..to) ignoring trailing spaces, or 0 when empty. */
static uint32_t last_code_point(const seg_ctx *c, size_t from, size_t to) {
  size_t s;
  while (to > from && (s = space_before(c, to)) != 0) to -= s;
  if (to <= from) return 0;
  size_t a = to - 1;
  while (a > from && ((unsigned char)c->text[a] & 0xC0) == 0x80) a--;
  return code_point_at(c, a);
}

/* Rule 8 for the newline at i. */
static int newline_ends_sentence(const seg_ctx *c, size_t sentence_start, size_t i) {
  size_t k = i + 1, s;
  while ((s = space_at(c, k)) != 0) {
    if (c->text[k] == '\n') return 1; /* blank line */
    k += s;
  }
  if (k >= c->len) return 1;
  uint32_t last = last_code_point(c, sentence_start, i);
  if (last == 0) return 0;
  if (last == ',' || last == '-' || last == '(' || last == '/' || last == '&' || last == 0x2013 ||
      last == 0x2014)
    return 0;
  return !is_lower_cp(code_point_at(c, k));
}

/* ---- output --------------------------------------------------------------------------------- */

static int has_word_char(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    if (b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) return 1;
  }
  return 0;
}

static void emit(const seg_ctx *c, size_t a, size_t b, text_span **spans, size_t *n, size_t *cap) {
  size_t s;
  while (a < b && (s = space_at(c, a)) != 0) a += s;
  while (b > a && (s = space_before(c, b)) != 0 && b - s >= a) b -= s;
  if (b <= a || !has_word_char(c->text + a, b - a)) return;
  if (b > UINT32_MAX) return; /* spans are 32-bit; such texts are refused upstream */
  *spans = xgrow(*spans, cap, *n + 1, sizeof **spans);
  (*spans)[(*n)++] = (text_span){(uint32_t)a, (uint32_t)b};
}

int segment_tables_sorted(void) {
  for (size_t i = 1; i < N_ABBREVS; i++)
    if (strcmp(abbrevs[i - 1].word, abbrevs[i].word) >= 0) return 0;
  return 1;
}

size_t segment_sentences(const char *text, size_t len, const char *lang, text_span **spans, size_t *n,
                         size_t *cap) {
  const char *code = lang && *lang ? lang : "en";
  const stopword_list *stops = stopword_list_for(code);
  seg_ctx c = {text, len, stops ? stops : stopword_list_for("en"), strcmp(code, "el") == 0,
               strcmp(code, "de") == 0};
  size_t before = *n, start = 0, i = 0;
  while (i < len) {
    unsigned char b = (unsigned char)text[i];
    if (!candidate[b]) {
      i++;
      continue;
    }
    if (b == '\n') {
      if (newline_ends_sentence(&c, start, i)) {
        emit(&c, start, i, spans, n, cap);
        start = i + 1;
      }
      i++;
      continue;
    }
    enum term_kind kind, next_kind;
    size_t t = terminator_at(&c, i, &kind);
    if (!t) {
      i++;
      continue;
    }
    size_t j = i + t, dots = kind == TERM_STOP;
    while (j < len && (t = terminator_at(&c, j, &next_kind)) != 0) {
      if (next_kind == TERM_STOP) dots++;
      if (next_kind > kind || (kind == TERM_STOP && next_kind == TERM_ELLIPSIS)) kind = next_kind;
      j += t;
    }
    if (kind == TERM_STOP && dots >= 2) kind = TERM_ELLIPSIS;
    j = skip_closers(&c, j);
    if (run_ends_sentence(&c, start, i, j, kind)) {
      emit(&c, start, j, spans, n, cap);
      start = j;
    }
    i = j;
  }
  emit(&c, start, len, spans, n, cap);
  return *n - before;
}

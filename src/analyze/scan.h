/* scan.h — surface tokens for the digest's rule-based extractors (facts, quotes, timeline,
 * entities).
 *
 * The model's tokenizer (text/token.h) folds, stems and drops punctuation, which is what
 * similarity wants; the extractors need the opposite: the surface form, capitalization,
 * punctuation and quotation marks, hyphenated words kept whole ("33-year-old", "F-16" and
 * "Nagorno-Karabakh" are single words, so a number glued to letters is never read as a count),
 * and the English possessive "'s" split off as its own token ("Azerbaijan's" → Azerbaijan + 's).
 * Also the small closed word lists the rules share (months, weekdays, number words, speech
 * verbs, titles) for English, French, Spanish and German: our own lists, no gazetteer.
 * Complexity: O(n) in the sentence length; word-list lookups are linear in lists of a few
 * dozen entries, i.e. O(1).
 */
#ifndef PRECIS_ANALYZE_SCAN_H
#define PRECIS_ANALYZE_SCAN_H
#include <stddef.h>
#include <stdint.h>

enum scan_kind {
  SCAN_WORD = 1,  /* letters (maybe with digits or inner hyphens/apostrophes) */
  SCAN_NUM = 2,   /* digits with inner . or , only */
  SCAN_PUNCT = 3, /* any other single code point (quotes, commas, %, $, ...) */
  SCAN_POSS = 4   /* the possessive 's / ’s split off a word */
};

typedef struct scan_tok {
  uint32_t start, end; /* byte offsets in the scanned text */
  uint8_t kind;
  uint8_t cap;     /* word starting with an upper-case letter */
  uint8_t allcaps; /* word of ≥ 2 letters, all upper case (UN, OSCE) */
  uint32_t cp;     /* for SCAN_PUNCT: the code point */
  /* word classes, computed once by scan_text (lex_* below read them) */
  uint8_t classified;
  uint8_t month;   /* lex_month */
  int8_t weekday;  /* lex_weekday */
  uint16_t lex;    /* bits of the lex_* predicates */
} scan_tok;

typedef struct scan_list {
  scan_tok *t;
  size_t n, cap;
} scan_list;

/* Replaces l's tokens with those of s[0..len) (offsets relative to s), word classes included. */
void scan_text(scan_list *l, const char *s, size_t len);
/* The same without word classes (lex_* then look words up each time): for word counting. */
void scan_words(scan_list *l, const char *s, size_t len);
void scan_free(scan_list *l);

/* Lower-cased copy of the token's text into out (cap bytes, NUL-terminated, truncated). */
size_t scan_lower(const char *s, const scan_tok *t, char *out, size_t cap);
/* 1 when the token's text equals word, ignoring ASCII case. */
int scan_is(const char *s, const scan_tok *t, const char *word);
/* Index in the NULL-terminated list of the token's text (ASCII-case-insensitive), or -1. */
int scan_in(const char *s, const scan_tok *t, const char *const *list);

/* Quotation marks: 1 opening, 2 closing, 3 ambiguous (straight "), 0 none. */
int scan_quote_mark(uint32_t cp);

/* ---- shared word lists ------------------------------------------------------------------- */
/* Month 1..12 of a month name or abbreviation (en, fr, es, de), else 0. */
int lex_month(const char *s, const scan_tok *t);
/* Weekday 0 (Monday) .. 6 (Sunday), else -1. */
int lex_weekday(const char *s, const scan_tok *t);
/* Value of a number word of language `lang` ("two", "twenty-three", "dozen", "deux", "veinte"),
 * or 0 when the token is not one ("miles" counts in Spanish only); *vague is set for "dozens",
 * "hundreds", "thousands" (a range, not a value). */
double lex_number_word(const char *s, const scan_tok *t, const char *lang, int *vague);
/* Multiplier of a scale word ("million" → 1e6, "billion", "thousand", "mil"...), or 0. */
double lex_scale(const char *s, const scan_tok *t);
/* 1 for a verb or phrase head reporting speech ("said", "told", "accused", "dijo", "déclaré"). */
int lex_speech_verb(const char *s, const scan_tok *t);
/* 1 for a title or role word that precedes a name ("President", "Minister", "Secretary-General"). */
int lex_title(const char *s, const scan_tok *t);
/* 1 for a lower-case noun that can head an attributed group ("ministry", "officials", "police"). */
int lex_role_noun(const char *s, const scan_tok *t);
/* 1 for a word naming an organization ("Ministry", "Agency", "Council", "Group"). */
int lex_org_word(const char *s, const scan_tok *t);
/* 1 for a capitalized nationality adjective ("Armenian", "Azerbaijani", "French", "Turkish"). */
int lex_demonym(const char *s, const scan_tok *t);
/* 1 for a function word (articles, prepositions, auxiliaries, pronouns) in en/fr/es/de. */
int lex_function_word(const char *s, const scan_tok *t);
/* 1 for a personal pronoun that can stand for a speaker ("he", "she", "il", "elle", "ella"). */
int lex_pronoun(const char *s, const scan_tok *t);
/* 1 when text[a..b) holds a paragraph break: two line breaks with only blanks between them ("\n\n",
 * and " \n \n " as Multi-News writes it). Quotes, pronouns and timeline context stop there. */
int scan_paragraph_break(const char *text, uint32_t a, uint32_t b);

#endif

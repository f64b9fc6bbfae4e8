/* rouge_porter.c — the Porter stemmer as ROUGE-1.5.5 runs it (its -m option).
 *
 * Why our own and not libstemmer's "porter": ROUGE-1.5.5 ships a Porter stemmer whose step 4
 * was changed by its author (the script marks it "CYL: Modified 02/14/2004"). The published
 * algorithm removes at most one step-4 suffix, the longest one, and stops when its condition
 * fails. ROUGE-1.5.5 instead runs three tests one after the other on the word as it stands:
 *   (a) the longest of al ance ence er ic able ible ant ement ou ism ate iti ous ive ize;
 *   (b) then "ment";
 *   (c) then "ent", or else "ion" after s or t;
 * each removed when what precedes it has measure m > 1. So "congressional" loses "al" in (a)
 * and "ion" in (c) and becomes "congress" (published Porter: "congression"); "experimental"
 * becomes "experi", "accidental" "accid", and "movement", whose "ement" fails in (a), loses
 * "ent" in (c): "movem". The shared ROUGE-1.5.5 test vectors confirm these (docs/EVALUATION.md).
 * ROUGE_PORTER_PUBLISHED runs the published step 4 instead; the unit test checks that this
 * variant equals libstemmer's porter on a large vocabulary, which is how we know the other
 * four steps are right.
 *
 * Written from the algorithm's description (M. F. Porter, "An algorithm for suffix
 * stripping", 1980, with the later bli/logi amendments that every common implementation has).
 * O(length of the word) per word, apart from runs of "y" (each y's kind depends on the one before).
 */
#include "eval/rouge_internal.h"
#include <string.h>

/* The word being stemmed: b[0..len) is the current word; stem_len marks where the suffix that
 * the last ends_with() matched begins. */
typedef struct stem_word {
  char *b;
  size_t len;
  size_t stem_len;
} stem_word;

/* Porter's consonant: not a e i o u, and y only where it follows a vowel or starts the word. */
static int is_consonant(const char *b, size_t i) {
  char c = b[i];
  if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return 0;
  if (c != 'y') return 1;
  size_t first = i; /* the y's alternate back to the start of their run */
  while (first > 0 && b[first - 1] == 'y') first--;
  int first_is_consonant = first == 0 ? 1 : !is_consonant(b, first - 1);
  return ((i - first) & 1) ? !first_is_consonant : first_is_consonant;
}

/* Porter's m: how many vowel-run + consonant-run pairs b[0..n) has ([C](VC)^m[V]). */
static int measure(const char *b, size_t n) {
  size_t i = 0;
  int m = 0;
  while (i < n && is_consonant(b, i)) i++;
  while (i < n) {
    while (i < n && !is_consonant(b, i)) i++;
    if (i == n) break;
    m++;
    while (i < n && is_consonant(b, i)) i++;
  }
  return m;
}

static int has_vowel(const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!is_consonant(b, i)) return 1;
  return 0;
}

/* b[i-1], b[i] are the same consonant */
static int double_consonant(const char *b, size_t i) {
  return i >= 1 && b[i] == b[i - 1] && is_consonant(b, i);
}

/* b[i-2..i] is consonant-vowel-consonant and b[i] is not w, x or y (Porter's *o) */
static int cvc(const char *b, size_t i) {
  if (i < 2 || !is_consonant(b, i) || is_consonant(b, i - 1) || !is_consonant(b, i - 2)) return 0;
  return b[i] != 'w' && b[i] != 'x' && b[i] != 'y';
}

static int ends_with(stem_word *w, const char *suffix) {
  size_t n = strlen(suffix);
  if (n > w->len || memcmp(w->b + w->len - n, suffix, n)) return 0;
  w->stem_len = w->len - n;
  return 1;
}

/* Replaces the matched suffix. Replacements are never longer than what they replace
 * plus what step 1b removed before, so the word never outgrows its buffer. */
static void set_suffix(stem_word *w, const char *s) {
  size_t n = strlen(s);
  memcpy(w->b + w->stem_len, s, n);
  w->len = w->stem_len + n;
}

static int stem_measure(const stem_word *w) { return measure(w->b, w->stem_len); }

/* Step 1: plurals, -ed, -ing, and y -> i. */
static void step1(stem_word *w) {
  if (w->b[w->len - 1] == 's') {
    if (ends_with(w, "sses"))
      w->len -= 2;
    else if (ends_with(w, "ies"))
      set_suffix(w, "i");
    else if (w->len >= 2 && w->b[w->len - 2] != 's')
      w->len--;
  }
  if (ends_with(w, "eed")) {
    if (stem_measure(w) > 0) w->len--;
  } else if ((ends_with(w, "ed") || ends_with(w, "ing")) && has_vowel(w->b, w->stem_len)) {
    w->len = w->stem_len;
    if (ends_with(w, "at"))
      set_suffix(w, "ate");
    else if (ends_with(w, "bl"))
      set_suffix(w, "ble");
    else if (ends_with(w, "iz"))
      set_suffix(w, "ize");
    else if (double_consonant(w->b, w->len - 1)) {
      char c = w->b[w->len - 1];
      if (c != 'l' && c != 's' && c != 'z') w->len--;
    } else if (measure(w->b, w->len) == 1 && cvc(w->b, w->len - 1)) {
      w->b[w->len++] = 'e';
    }
  }
  if (ends_with(w, "y") && has_vowel(w->b, w->stem_len)) w->b[w->len - 1] = 'i';
}

typedef struct suffix_rule {
  const char *suffix, *replacement;
} suffix_rule;

/* The longest listed suffix the word ends with (the tables hold no suffix that is the end of
 * another except where the longer one comes first), replaced when the stem has m > min_m. */
static int apply_rules(stem_word *w, const suffix_rule *rules, size_t n, int min_m) {
  for (size_t i = 0; i < n; i++) {
    if (!ends_with(w, rules[i].suffix)) continue;
    if (stem_measure(w) > min_m) set_suffix(w, rules[i].replacement);
    return 1;
  }
  return 0;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const suffix_rule step2_rules[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},    {"anci", "ance"},
    {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},      {"entli", "ent"},
    {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"},  {"ation", "ate"},
    {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"},  {"fulness", "ful"},
    {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},    {"biliti", "ble"},
    {"logi", "log"}};

static const suffix_rule step3_rules[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"},
                                          {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
                                          {"ness", ""}};

/* Step 4 of the published algorithm: one suffix, the longest. */
static const suffix_rule step4_rules[] = {
    {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ance", ""}, {"ence", ""}, {"able", ""},
    {"ible", ""},  {"al", ""},   {"er", ""},  {"ic", ""},   {"ant", ""},  {"ou", ""},
    {"ism", ""},   {"ate", ""},  {"iti", ""}, {"ous", ""},  {"ive", ""},  {"ize", ""}};

/* Step 4 (a) of ROUGE-1.5.5: the published list without "ment", "ent" and "ion". */
static const suffix_rule rouge_step4a_rules[] = {
    {"ement", ""}, {"ance", ""}, {"ence", ""}, {"able", ""}, {"ible", ""}, {"al", ""},
    {"er", ""},    {"ic", ""},   {"ant", ""},  {"ou", ""},   {"ism", ""},  {"ate", ""},
    {"iti", ""},   {"ous", ""},  {"ive", ""},  {"ize", ""}};

/* "-sion" / "-tion" lose "ion" when the stem before "ion" has m > 1. */
static void strip_ion(stem_word *w) {
  if (!ends_with(w, "ion") || w->stem_len == 0) return;
  char before = w->b[w->stem_len - 1];
  if ((before == 's' || before == 't') && stem_measure(w) > 1) w->len = w->stem_len;
}

static void step4_published(stem_word *w) {
  if (!apply_rules(w, step4_rules, COUNT(step4_rules), 1)) strip_ion(w);
}

static void step4_rouge(stem_word *w) {
  apply_rules(w, rouge_step4a_rules, COUNT(rouge_step4a_rules), 1);
  if (ends_with(w, "ment") && stem_measure(w) > 1) w->len = w->stem_len;
  if (ends_with(w, "ent")) {
    if (stem_measure(w) > 1) w->len = w->stem_len;
  } else {
    strip_ion(w);
  }
}

/* Step 5: a final e, and ll -> l, on long enough words. */
static void step5(stem_word *w) {
  if (w->len >= 2 && w->b[w->len - 1] == 'e') {
    int m = measure(w->b, w->len - 1);
    if (m > 1 || (m == 1 && !cvc(w->b, w->len - 2))) w->len--;
  }
  if (w->len >= 2 && w->b[w->len - 1] == 'l' && double_consonant(w->b, w->len - 1) &&
      measure(w->b, w->len) > 1)
    w->len--;
}

size_t rouge_porter_stem(char *word, size_t len, rouge_porter_variant variant) {
  if (len < 3) return len; /* both the published algorithm and ROUGE-1.5.5 leave these alone */
  stem_word w = {word, len, 0};
  step1(&w);
  if (w.len == 0) return 0;
  apply_rules(&w, step2_rules, COUNT(step2_rules), 0);
  apply_rules(&w, step3_rules, COUNT(step3_rules), 0);
  if (variant == ROUGE_PORTER_ROUGE155)
    step4_rouge(&w);
  else
    step4_published(&w);
  if (w.len > 0) step5(&w);
  return w.len;
}

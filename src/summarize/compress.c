/* compress.c — the cuts of `--compress` (see compress.h): parentheticals, attribution tails and
 * leading connectives, found by byte scans over one sentence.
 *
 * Why so conservative: a summary sentence is quoted as the outlets' words, with offsets. A cut
 * must leave a sentence the outlet could have written, so every rule matches a closed pattern
 * (short word lists per language, written for this project) and anything else is left alone:
 * quotation marks anywhere near a cut, unbalanced brackets, a tail with inner punctuation or a
 * word that starts a clause ("who", "that", "is"...), a connective before a letter we cannot
 * capitalize. Every cut must also leave at least COMPRESS_MIN_WORDS words.
 *
 * Cost: one pass for the brackets and quotes, one over the tail's few words, one over the
 * sentence start; O(sentence bytes) in all, no allocation.
 */
#include "summarize/compress.h"
#include <string.h>

static int is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
static int is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/* A byte that can start or continue a letter: ASCII letters and digits, and lead bytes of
 * scripts (U+00C0 and up), except U+2000–U+2FFF (punctuation, dashes, symbols: lead byte E2)
 * and Latin-1 punctuation (lead byte C2). Continuation bytes follow their lead. */
static int is_letterish(unsigned char c) { return is_ascii_alnum(c) || (c >= 0xC3 && c != 0xE2); }

/* Double quotation marks of any language: ASCII, “ ” „ (en/de), « » (fr, de reversed), ‹ › and
 * 「 」. Returns the byte length of the mark at s[i], or 0. Toggling on each one tracks "inside
 * a quotation" for every convention at once (“…”, „…“, «…», »…«), nested quotes aside. */
static size_t double_quote_at(const char *s, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[i] == '"') return 1;
  if (u[i] == 0xC2 && i + 1 < len && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) return 2;
  if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
      (u[i + 2] == 0x9C || u[i + 2] == 0x9D || u[i + 2] == 0x9E || u[i + 2] == 0xB9 || u[i + 2] == 0xBA))
    return 3;
  if (u[i] == 0xE3 && i + 2 < len && u[i + 1] == 0x80 && (u[i + 2] == 0x8C || u[i + 2] == 0x8D)) return 3;
  return 0;
}

/* A single quotation mark used as a quote, not as an apostrophe: ‘ anywhere, or ' / ’ at the start
 * of a word or right after punctuation ("ready,' he said"). Byte length at s[i], or 0. */
static size_t single_quote_at(const char *s, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0;
  if (u[i] == '\'') n = 1;
  else if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x98) return 3;
  else if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x99) n = 3;
  if (!n) return 0;
  if (i == 0) return n;
  unsigned char before = u[i - 1];
  return is_space(before) || before == ',' || before == '.' || before == '!' || before == '?' || before == '(' ? n : 0;
}

/* Words as the minimum-length rule counts them: runs of non-space bytes holding a letter or digit. */
static size_t count_words(const char *s, size_t from, size_t to) {
  size_t n = 0;
  int in_word = 0, letter = 0;
  for (size_t i = from; i <= to; i++) {
    if (i == to || is_space((unsigned char)s[i])) {
      if (in_word && letter) n++;
      in_word = letter = 0;
      continue;
    }
    in_word = 1;
    if (is_letterish((unsigned char)s[i])) letter = 1;
  }
  return n;
}

/* ---- word lists (ours; lower case; ' stands for both ' and ’) --------------------------------- */

typedef struct lang_rules {
  const char *code;
  const char *const *verbs;        /* finite speech verbs: "said", "a-déclaré" forms come via aux */
  const char *const *aux;          /* auxiliaries before a participle ("a", "ont") */
  const char *const *participles;  /* speech participles after aux */
  const char *const *according;    /* phrases before the source: "according to", "selon" */
  const char *const *clause_words; /* words that open or mark a clause: never in a tail's names */
  const char *const *after_verb;   /* words allowed after "<subject> said": time, place, medium */
  const char *const *connectives;  /* sentence openers linking to the previous sentence */
  const char *const *openers;      /* words that open a source named after its verb ("said the
                                      mayor", "a déclaré le maire"): articles, possessives,
                                      pronouns; otherwise the source must be capitalized */
  const char *const *inverted;     /* verbs that may precede their source ("said the mayor"; not
                                      "told NBC", whose noun is the listener); NULL: all verbs */
  int bare_verb_ok;                /* ", dijo." — the verb alone carries its subject (es) */
} lang_rules;

static const char *const en_verbs[] = {"said", "says", "told", "tells", "added", "adds", "reported", "reports",
                                       "announced", "stated", "explained", "explains", "noted", "notes",
                                       "confirmed", "wrote", "writes", "warned", NULL};
static const char *const en_according[] = {"according to", NULL};
static const char *const en_clause[] = {"who", "whom", "whose", "which", "that", "what", "and", "but", "or", "nor",
                                        "if", "when", "while", "where", "because", "although", "though", "as",
                                        "after", "before", "since", "until", "unless", "whether", "to", "is", "was",
                                        "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                                        "could", "should", "can", "may", "might", "must", "do", "does", "did",
                                        "not", "no", "so", "then", "than", NULL};
static const char *const en_after[] = {"on", "in", "at", "by", "the", "a", "an", "his", "her", "its", "their",
                                       "late", "earlier", "later", "last", "this", "yesterday", "today", "tonight",
                                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "week", "month", "year", "morning", "afternoon", "evening", "night",
                                       "reporters", "journalists", "statement", "interview", "conference",
                                       "news", "press", "briefing", "release", "phone", "telephone", "email",
                                       NULL};
static const char *const en_connectives[] = {"however", "meanwhile", "in addition", "additionally", "moreover",
                                             "furthermore", "also", "nevertheless", "nonetheless",
                                             "in the meantime", "besides", "separately", "indeed", "still",
                                             "on the other hand", NULL};

static const char *const fr_verbs[] = {"déclare", "indique", "affirme", "explique", "précise", "ajoute",
                                       "souligne", "annonce", "rapporte", "dit", "confie", "raconte", NULL};
static const char *const fr_aux[] = {"a", "ont", NULL};
static const char *const fr_participles[] = {"déclaré", "indiqué", "affirmé", "expliqué", "précisé", "ajouté",
                                             "souligné", "annoncé", "rapporté", "dit", "confié", "raconté", NULL};
static const char *const fr_according[] = {"selon", "d'après", NULL};
static const char *const fr_clause[] = {"qui", "que", "qu'", "quoi", "quand", "lorsque", "si", "et", "mais", "ou",
                                        "où", "dont", "car", "puis", "donc", "est", "sont", "était", "sera", "a",
                                        "ont", "avait", "ne", "n'", "pas", "comme", NULL};
static const char *const fr_after[] = {"à", "au", "aux", "la", "le", "les", "l'", "lors", "d'une", "d'un", "de",
                                       "du", "des", "dans", "un", "une", "conférence", "presse", "communiqué",
                                       "entretien", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                       "dimanche", "ce", "matin", "soir", "journalistes", "hier", NULL};
static const char *const fr_connectives[] = {"cependant", "toutefois", "néanmoins", "pourtant", "par ailleurs",
                                             "en outre", "de plus", "entre-temps", "en effet", "d'ailleurs", NULL};

static const char *const es_verbs[] = {"dijo", "afirmó", "declaró", "explicó", "añadió", "aseguró", "indicó",
                                       "informó", "señaló", "agregó", "precisó", "apuntó", "manifestó", "dice",
                                       "afirma", "explica", "asegura", "indica", "señala", "informa", "agrega",
                                       "añade", NULL};
static const char *const es_according[] = {"según", "de acuerdo con", NULL};
static const char *const es_clause[] = {"que", "quien", "quienes", "cual", "cuando", "si", "y", "e", "pero", "o",
                                        "u", "donde", "porque", "aunque", "mientras", "como", "es", "fue", "era",
                                        "será", "ha", "han", "había", "no", NULL};
static const char *const es_after[] = {"a", "al", "la", "el", "los", "las", "en", "un", "una", "de", "del",
                                       "rueda", "prensa", "comunicado", "entrevista", "periodistas", "lunes",
                                       "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "este",
                                       "esta", "ayer", "hoy", NULL};
static const char *const es_connectives[] = {"sin embargo", "además", "asimismo", "no obstante",
                                             "mientras tanto", "por otra parte", "por otro lado", NULL};

static const char *const de_verbs[] = {"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "berichtete",
                                       "berichtet", "schrieb", "hieß", NULL};
static const char *const de_according[] = {"so", "laut", NULL};
static const char *const de_clause[] = {"dass", "daß", "und", "oder", "aber", "wenn", "weil", "ob", "als", "denn",
                                        "nicht", "ist", "war", "sind", "wird", "hat", "habe", "sei", "wie", NULL};
static const char *const de_after[] = {"am", "im", "in", "der", "die", "dem", "den", "einer", "einem", "gegenüber",
                                       "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                                       "sonntag", "auf", "bei", "zeitung", "nachrichtenagentur", NULL};

static const char *const en_inverted[] = {"said", "says", "added", "adds", "wrote", "writes", "noted", "explained",
                                          NULL};
static const char *const en_openers[] = {"the", "a", "an", "his", "her", "its", "their", "he", "she", "they", NULL};
static const char *const fr_openers[] = {"le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", NULL};
static const char *const es_openers[] = {"el", "la", "los", "las", "un", "una", "su", "sus", "él", "ella", NULL};
static const char *const de_openers[] = {"der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre", "er",
                                         "sie", NULL};

/* German has no connective rule: its connectives take the verb-second slot ("Allerdings ist die
 * Lage ernst."), so cutting one would leave a verb-first clause. */
static const lang_rules rules[] = {
    {"en", en_verbs, NULL, NULL, en_according, en_clause, en_after, en_connectives, en_openers, en_inverted, 0},
    {"fr", fr_verbs, fr_aux, fr_participles, fr_according, fr_clause, fr_after, fr_connectives, fr_openers, NULL, 0},
    {"es", es_verbs, NULL, NULL, es_according, es_clause, es_after, es_connectives, es_openers, NULL, 1},
    {"de", de_verbs, NULL, NULL, de_according, de_clause, de_after, NULL, de_openers, NULL, 0},
};

static const lang_rules *rules_for(const char *lang) {
  for (size_t i = 0; lang && i < sizeof rules / sizeof rules[0]; i++)
    if (!strcmp(lang, rules[i].code)) return &rules[i];
  return NULL;
}

/* Matches the text s[i..end) against `word` (ASCII case folded; ' matches ' and ’); returns the
 * bytes consumed, or 0 when the word is not a prefix of the text. */
static size_t match_prefix(const char *s, size_t i, size_t end, const char *word) {
  size_t start = i;
  for (const char *w = word; *w; w++) {
    if (i >= end) return 0;
    unsigned char c = (unsigned char)s[i];
    if (*w == '\'' && c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99) {
      i += 3;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (c != (unsigned char)*w) return 0;
    i++;
  }
  return i - start;
}

static int word_equals(const char *s, size_t from, size_t to, const char *word) {
  return match_prefix(s, from, to, word) == to - from;
}

static int in_list(const char *s, size_t from, size_t to, const char *const *list) {
  for (size_t k = 0; list && list[k]; k++)
    if (word_equals(s, from, to, list[k])) return 1;
  return 0;
}

/* ---- attribution tails ------------------------------------------------------------------------ */

/* A tail has at most TAIL_MAX_WORDS words; what it leaves, at least TAIL_MIN_HEAD_WORDS: shorter
 * heads are mostly opinions ("It's not a happy life, according to X."), which need their source. */
enum { TAIL_MAX_WORDS = 10, TAIL_MIN_HEAD_WORDS = 6 };

typedef struct tail_words {
  uint32_t start[TAIL_MAX_WORDS + 1], end[TAIL_MAX_WORDS + 1];
  size_t n;
} tail_words;

/* Splits s[from..to) at white space; 0 when there are more than TAIL_MAX_WORDS words. */
static int split_words(const char *s, size_t from, size_t to, tail_words *w) {
  w->n = 0;
  size_t i = from;
  while (i < to) {
    while (i < to && is_space((unsigned char)s[i])) i++;
    if (i >= to) break;
    if (w->n == TAIL_MAX_WORDS) return 0;
    w->start[w->n] = (uint32_t)i;
    while (i < to && !is_space((unsigned char)s[i])) i++;
    w->end[w->n++] = (uint32_t)i;
  }
  return 1;
}

static int word_in(const char *s, const tail_words *w, size_t k, const char *const *list) {
  return in_list(s, w->start[k], w->end[k], list);
}

/* French inversion: "a-t-il", "ont-elles" (aux) and "déclare-t-il", "dit-elle" (verb). The stem
 * before the pronoun suffix, or 0 when the word has none. */
static size_t french_inverted_stem(const char *s, size_t from, size_t to) {
  static const char *const suffixes[] = {"-t-il", "-t-elle", "-t-on", "-ils", "-elles", "-il", "-elle", NULL};
  for (size_t k = 0; suffixes[k]; k++) {
    size_t n = strlen(suffixes[k]);
    if (to - from > n && word_equals(s, to - n, to, suffixes[k])) return to - n;
  }
  return 0;
}

/* Words w[k..] open a speech-verb phrase: returns its length in words (0: none); *has_subject is
 * set when the phrase names its own subject (French inversion). */
static size_t verb_phrase(const char *s, const tail_words *w, size_t k, const lang_rules *r, int *has_subject) {
  *has_subject = 0;
  if (k >= w->n) return 0;
  if (word_in(s, w, k, r->verbs)) return 1;
  if (r->aux && word_in(s, w, k, r->aux) && k + 1 < w->n && word_in(s, w, k + 1, r->participles)) return 2;
  if (!strcmp(r->code, "fr")) {
    size_t stem = french_inverted_stem(s, w->start[k], w->end[k]);
    if (!stem) return 0;
    *has_subject = 1;
    if (in_list(s, w->start[k], stem, r->verbs)) return 1;
    if (in_list(s, w->start[k], stem, r->aux) && k + 1 < w->n && word_in(s, w, k + 1, r->participles)) return 2;
  }
  return 0;
}

/* Words w[from..to) can be a name or a noun phrase: none of them starts a clause. */
static int names_only(const char *s, const tail_words *w, size_t from, size_t to, const lang_rules *r) {
  for (size_t k = from; k < to; k++)
    if (word_in(s, w, k, r->clause_words)) return 0;
  return 1;
}

/* Words after "<subject> said": a short time, place or medium ("on Monday", "told reporters"). */
static int plain_after(const char *s, const tail_words *w, size_t from, const lang_rules *r) {
  if (w->n - from > 4) return 0;
  for (size_t k = from; k < w->n; k++) {
    unsigned char first = (unsigned char)s[w->start[k]];
    if (!(first >= 'A' && first <= 'Z') && !word_in(s, w, k, r->after_verb)) return 0;
  }
  return 1;
}

/* Number of words of the "according to" phrase opening the tail, or 0. */
static size_t according_phrase(const char *s, const tail_words *w, const lang_rules *r) {
  for (size_t p = 0; r->according[p]; p++) {
    const char *phrase = r->according[p];
    size_t words = 1;
    for (const char *c = phrase; *c; c++) words += *c == ' ';
    if (words > w->n) continue;
    size_t got = match_prefix(s, w->start[0], w->end[words - 1], phrase);
    if (got && w->start[0] + got == w->end[words - 1]) return words;
  }
  return 0;
}

/* 1 when the words after the comma are an attribution: "<source> said [on Monday]", "said <source>",
 * "according to <source>" and their fr/es/de forms. */
static int is_attribution(const char *s, const tail_words *w, const lang_rules *r) {
  if (w->n == 0) return 0;
  size_t acc = according_phrase(s, w, r);
  if (acc) return w->n > acc && w->n - acc <= 7 && names_only(s, w, acc, w->n, r);
  int has_subject;
  size_t v = verb_phrase(s, w, 0, r, &has_subject);
  if (v) { /* verb first: "said the mayor", "a déclaré le ministre", "dijo", "a-t-il ajouté" */
    if (w->n == v) return has_subject || r->bare_verb_ok;
    if (has_subject) return plain_after(s, w, v, r); /* "a-t-il précisé à la presse" */
    if (r->inverted && !word_in(s, w, 0, r->inverted)) return 0;
    if (word_in(s, w, v, r->after_verb) && !word_in(s, w, v, r->openers)) return 0; /* "said Monday" */
    const unsigned char *u = (const unsigned char *)s + w->start[v];
    int capital = (u[0] >= 'A' && u[0] <= 'Z') || (u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97);
    int opens_source = capital || word_in(s, w, v, r->openers); /* not "wrote in a note" */
    return opens_source && w->n - v <= 6 && names_only(s, w, v, w->n, r);
  }
  for (size_t k = 1; k <= 5 && k < w->n; k++) { /* subject first: "police said on Monday" */
    if (!names_only(s, w, k - 1, k, r)) return 0;
    v = verb_phrase(s, w, k, r, &has_subject);
    if (v) return !has_subject && plain_after(s, w, k + v, r);
  }
  return 0;
}

/* 1 when a double quotation mark ends right before byte `end` (skipping white space). */
static int quote_before(const char *s, size_t end) {
  while (end > 0 && is_space((unsigned char)s[end - 1])) end--;
  for (size_t n = 1; n <= 3 && n <= end; n++)
    if (double_quote_at(s, end, end - n) == n) return 1;
  return 0;
}

/* The attribution tail ", <attribution>" before the final full stop, as a cut, or 0. The comma is
 * the last one outside brackets and quotations. A quoted word or two may stand in the rest
 * ("called for “meaningful” talks, his spokesman said.") but a longer quotation is speech that
 * needs its speaker ("Even so, “I'm really excited” about it, Collins says."), as is one ending in
 * a comma ("“We are ready,” the mayor said."); quotation marks must pair up and stay out of the
 * tail. Single quotation marks, which cannot be told from apostrophes reliably, rule the cut out.
 * The rest needs TAIL_MIN_HEAD_WORDS words. */
static int find_tail(const char *s, size_t len, const lang_rules *r, compress_span *cut) {
  size_t end = len;
  while (end > 0 && is_space((unsigned char)s[end - 1])) end--;
  if (end < 2 || s[end - 1] != '.' || s[end - 2] == '.') return 0; /* a full stop, no ellipsis */
  size_t dot = end - 1, comma = SIZE_MAX, quote_words = 0;
  int depth = 0, quoted = 0;
  for (size_t i = 0; i < dot; i++) {
    char c = s[i];
    if (single_quote_at(s, len, i)) return 0;
    size_t q = double_quote_at(s, len, i);
    if (q) {
      if (quoted && (quote_words > 2 || (i > 0 && s[i - 1] == ','))) return 0; /* speech, not a phrase */
      quoted = !quoted;
      quote_words = 0;
      i += q - 1;
      continue;
    }
    if (quoted && !is_space((unsigned char)c) && (i == 0 || is_space((unsigned char)s[i - 1]) || double_quote_at(s, len, i - 1)))
      quote_words++;
    if (c == '(' || c == '[') depth++;
    else if ((c == ')' || c == ']') && depth > 0) depth--;
    else if (c == ',' && depth == 0 && !quoted) comma = i;
  }
  if (comma == SIZE_MAX || depth != 0 || quoted || quote_before(s, comma)) return 0;
  for (size_t i = comma + 1; i < dot; i++)
    if (double_quote_at(s, dot, i)) return 0;
  for (size_t i = comma + 1; i < dot; i++)
    if (strchr(",;:()[]!?", s[i])) return 0;
  tail_words w;
  if (!split_words(s, comma + 1, dot, &w) || !is_attribution(s, &w, r)) return 0;
  size_t start = comma;
  while (start > 0 && is_space((unsigned char)s[start - 1])) start--;
  if (count_words(s, 0, start) < TAIL_MIN_HEAD_WORDS) return 0;
  size_t first_end = 0; /* the head must not open with a subordinate clause ("When ..., police said.") */
  while (first_end < start && !is_space((unsigned char)s[first_end])) first_end++;
  if (in_list(s, 0, first_end, r->clause_words)) return 0;
  *cut = (compress_span){(uint32_t)start, (uint32_t)dot};
  return 1;
}

/* ---- parentheticals --------------------------------------------------------------------------- */

static int holds_digit(const char *s, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (s[i] >= '0' && s[i] <= '9') return 1;
  return 0;
}

/* A bracket group holding a number is kept unless it restates the number just before it in other
 * units ("50 kilometres (30 miles)", "£36bn ($45bn)"): a figure of its own ("costs rose (33%)",
 * "(32 and 27 years, respectively)", "Canada (7th)") is content. Restating = the group opens with
 * a figure (a digit, $, £ or €) and a digit is among the three words before it, the last of which
 * holds a letter (a unit, not a bare number), with no bracket in between (lists of figures). */
static int opens_with_figure(const char *s, size_t at, size_t end) {
  const unsigned char *u = (const unsigned char *)s;
  if (at < end && ((u[at] >= '0' && u[at] <= '9') || u[at] == '$')) return 1;
  if (at + 1 < end && u[at] == 0xC2 && u[at + 1] == 0xA3) return 1;                      /* £ */
  return at + 2 < end && u[at] == 0xE2 && u[at + 1] == 0x82 && u[at + 2] == 0xAC;     /* € */
}

static int restates_number(const char *s, size_t open_at, size_t close_at) {
  if (!opens_with_figure(s, open_at + 1, close_at)) return 0;
  size_t i = open_at, words = 0;
  int last_has_letter = 0, digit = 0;
  while (i > 0 && words < 3) {
    while (i > 0 && is_space((unsigned char)s[i - 1])) i--;
    size_t end = i;
    while (i > 0 && !is_space((unsigned char)s[i - 1])) i--;
    if (i == end) break;
    for (size_t k = i; k < end; k++) {
      if (strchr("()[]", s[k])) return 0;
      if (words == 0 && is_letterish((unsigned char)s[k]) && !(s[k] >= '0' && s[k] <= '9')) last_has_letter = 1;
    }
    if (holds_digit(s, i, end)) digit = 1;
    words++;
  }
  return digit && last_has_letter;
}

/* A bracket group of more than PAREN_MAX_WORDS words, or holding a negation, is more than an aside:
 * "a ship said to smuggle cars (which proved unfounded after inspection)" — kept. */
enum { PAREN_MAX_WORDS = 6 };

static int holds_negation(const char *s, size_t from, size_t to) {
  static const char *const negations[] = {"not", "no", "never", "nor", "ne", "pas", "jamais", "nunca", "nicht",
                                          "kein", "keine", "nie", NULL};
  size_t i = from;
  while (i < to) { /* words: letters, digits, apostrophes and any non-ASCII byte */
    size_t start = i;
    while (i < to && (is_ascii_alnum((unsigned char)s[i]) || s[i] == '\'' || (unsigned char)s[i] >= 0x80)) i++;
    if (i == start) {
      i++;
      continue;
    }
    size_t n = i - start;
    if (in_list(s, start, i, negations)) return 1;
    if (n > 2 && match_prefix(s, start, i, "n'")) return 1;                          /* n'était */
    if ((n > 3 && match_prefix(s, i - 3, i, "n't") == 3) || (n > 5 && match_prefix(s, i - 5, i, "n't") == 5))
      return 1;                                                                      /* didn't */
  }
  return 0;
}

/* Appends the cuts of balanced bracket groups (outermost only) that sit inside the sentence: a
 * space before, text after (the final punctuation stays), outside quotation marks and holding
 * none, short (PAREN_MAX_WORDS) and without negation. The space before goes with the group, so "a (b), c" gives "a, c". No cut at all when the
 * brackets do not balance, or when the sentence's double quotation marks do not pair up (it is
 * part of a longer quotation, whose brackets are the editor's: "This person [she points]...”). */
static void find_parentheticals(const char *s, size_t len, compress_result *out, size_t max_cuts) {
  enum { MAX_DEPTH = 8 };
  char expect[MAX_DEPTH];
  size_t depth = 0, open_at = 0, n = out->ncut;
  int quoted = 0, open_in_quote = 0, quote_inside = 0;
  for (size_t i = 0; i < len; i++) {
    size_t q = double_quote_at(s, len, i);
    if (q || single_quote_at(s, len, i)) {
      if (q) quoted = !quoted;
      if (depth) quote_inside = 1;
      if (q) i += q - 1;
      continue;
    }
    char c = s[i];
    if (c == '(' || c == '[') {
      if (depth == MAX_DEPTH) break; /* too deep to be prose: give up below */
      if (depth == 0) open_at = i, open_in_quote = quoted, quote_inside = 0;
      expect[depth++] = c == '(' ? ')' : ']';
    } else if (c == ')' || c == ']') {
      if (depth == 0 || expect[depth - 1] != c) {
        depth = MAX_DEPTH; /* unbalanced */
        break;
      }
      if (--depth) continue;
      size_t after = i + 1;
      int inside_sentence = open_at > 0 && is_space((unsigned char)s[open_at - 1]) && after < len &&
                            (is_space((unsigned char)s[after]) || strchr(",;:.!?", s[after]));
      size_t rest = after;
      while (rest < len && is_space((unsigned char)s[rest])) rest++;
      if (!inside_sentence || rest == len || open_in_quote || quote_inside || i == open_at + 1) continue;
      if (holds_digit(s, open_at, after) && !restates_number(s, open_at, i)) continue;
      if (count_words(s, open_at, after) > PAREN_MAX_WORDS || holds_negation(s, open_at + 1, i)) continue;
      if (out->ncut < max_cuts) out->cut[out->ncut++] = (compress_span){(uint32_t)(open_at - 1), (uint32_t)after};
    }
  }
  if (depth || quoted) out->ncut = n;
}

/* ---- leading connectives ---------------------------------------------------------------------- */

/* The letter after a cut connective must open the sentence: an ASCII or Latin-1 capital or a digit
 * already, or a lower-case letter we can capitalize (ASCII, Latin-1: UTF-8 C3 A0..BE but ÷).
 * Other scripts are not capitalized, so their connectives stay. */
static int is_upper_or_digit(const unsigned char *u, size_t i, size_t len) {
  if ((u[i] >= 'A' && u[i] <= 'Z') || (u[i] >= '0' && u[i] <= '9')) return 1;
  return u[i] == 0xC3 && i + 1 < len && u[i + 1] >= 0x80 && u[i + 1] <= 0x9E && u[i + 1] != 0x97;
}
static int is_capitalizable(const unsigned char *u, size_t i, size_t len) {
  if (u[i] >= 'a' && u[i] <= 'z') return 1;
  return u[i] == 0xC3 && i + 1 < len && u[i + 1] >= 0xA0 && u[i + 1] <= 0xBE && u[i + 1] != 0xB7;
}

/* "However, the river..." → the cut [0, 9) when the next letter can open the sentence. */
static int find_connective(const char *s, size_t len, const lang_rules *r, compress_span *cut, int *capitalize) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t k = 0; r->connectives && r->connectives[k]; k++) {
    size_t n = match_prefix(s, 0, len, r->connectives[k]);
    if (!n || n >= len || s[n] != ',') continue;
    size_t next = n + 1;
    if (next >= len || !is_space(u[next])) continue;
    while (next < len && is_space(u[next])) next++;
    if (next >= len) return 0;
    if (is_capitalizable(u, next, len)) *capitalize = 1;
    else if (!is_upper_or_digit(u, next, len)) return 0;
    *cut = (compress_span){0, (uint32_t)next};
    return 1;
  }
  return 0;
}

/* ---- the whole sentence ----------------------------------------------------------------------- */

static size_t cut_words(const char *s, compress_span c) { return count_words(s, c.start, c.end); }

size_t compress_sentence(const char *s, size_t len, const char *lang, compress_result *out) {
  memset(out, 0, sizeof *out);
  if (!s || len == 0 || len > UINT32_MAX) return 0;
  size_t words = count_words(s, 0, len);
  if (words <= COMPRESS_MIN_WORDS) return 0;
  const lang_rules *r = rules_for(lang);

  /* Brackets first (two slots kept for the tail and the connective), each kept only while the
   * sentence keeps its minimum. */
  compress_result found = {{{0, 0}}, 0, 0};
  find_parentheticals(s, len, &found, COMPRESS_MAX_CUTS - 2);
  for (size_t k = 0; k < found.ncut; k++) {
    size_t w = cut_words(s, found.cut[k]);
    if (words - w < COMPRESS_MIN_WORDS) continue;
    words -= w;
    out->cut[out->ncut++] = found.cut[k];
  }
  if (!r) return out->ncut;

  compress_span tail;
  if (find_tail(s, len, r, &tail)) {
    size_t w = cut_words(s, tail);
    /* find_tail saw no bracket in the tail, so no bracket cut lies inside it. */
    if (words - w >= COMPRESS_MIN_WORDS) {
      words -= w;
      out->cut[out->ncut++] = tail;
    }
  }

  compress_span lead;
  int capitalize = 0;
  if (find_connective(s, len, r, &lead, &capitalize)) {
    size_t w = cut_words(s, lead);
    int clear = out->ncut == 0 || out->cut[0].start >= lead.end;
    if (clear && words - w >= COMPRESS_MIN_WORDS) {
      memmove(out->cut + 1, out->cut, out->ncut * sizeof *out->cut);
      out->cut[0] = lead;
      out->ncut++;
      out->capitalize = capitalize;
    }
  }
  return out->ncut;
}

size_t compress_apply(const char *s, size_t len, const compress_result *r, char *out) {
  size_t n = 0, from = 0;
  for (size_t k = 0; k <= r->ncut; k++) {
    size_t to = k < r->ncut ? r->cut[k].start : len;
    memcpy(out + n, s + from, to - from);
    n += to - from;
    if (k < r->ncut) from = r->cut[k].end;
  }
  if (r->capitalize && n > 0) {
    unsigned char *u = (unsigned char *)out;
    if (u[0] >= 'a' && u[0] <= 'z') u[0] = (unsigned char)(u[0] - 32);
    else if (n > 1 && is_capitalizable(u, 0, n)) u[1] = (unsigned char)(u[1] - 0x20);
  }
  return n;
}

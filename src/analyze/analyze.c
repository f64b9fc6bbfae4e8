/* analyze.c — attribution ("who says this sentence"), speaker names, date arithmetic and a
 * word-set similarity shared by the digest extractors (see analyze.h).
 *
 * Attribution is a small set of surface patterns, tried for every speech verb outside quotes:
 *   NP [aux/adverb/"on Sunday"] VERB      "Azerbaijan's defence ministry on Monday said"
 *   NP, APPOSITIVE, VERB                  "Hikmet Hajiyev, a senior adviser to Aliyev, accused"
 *   "…," VERB NP                          "“…,” said the minister"
 *   according to NP / selon NP / según NP
 * where NP is a run of capitalized words, possessives, role nouns ("ministry", "officials") and
 * inner connectors (of, in, for, to). All O(tokens of the sentence).
 */
#include "analyze/analyze.h"
#include "base/buf.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include <stdlib.h>
#include <string.h>

static int is_word(const scan_tok *t) { return t->kind == SCAN_WORD; }
static int is_punct(const scan_tok *t, uint32_t cp) { return t->kind == SCAN_PUNCT && t->cp == cp; }

/* Tokens that may sit between a speaker and its verb: auxiliaries, adverbs, time phrases. */
static int skippable_before_verb(const an_sentence *s, size_t j) {
  static const char *const words[] = {"has", "had", "have", "also", "later", "earlier",
                                      "reportedly", "then", "previously", "further", "a", "ha", "had",
                                      "also", "again", "once", "publicly", "separately", "quickly",
                                      "swiftly", "on", "morning", "evening", "night", "afternoon",
                                      "yesterday", "today", "late", "early", "last", "initially", NULL};
  const scan_tok *t = &s->tok[j];
  if (lex_weekday(s->text, t) >= 0) return 1;
  return scan_in(s->text, t, words) >= 0;
}

/* "They've", "I'd", "We're": a pronoun with its auxiliary, never a named speaker. */
static int contraction(const char *text, const scan_tok *t) {
  char low[64];
  size_t n = scan_lower(text, t, low, sizeof low);
  static const char *const tails[] = {"'ve", "'re", "'ll", "'d", "'m", NULL};
  for (int i = 0; tails[i]; i++) {
    size_t k = strlen(tails[i]);
    if (n > k && !memcmp(low + n - k, tails[i], k)) return 1;
  }
  return 0;
}

static int np_core(const an_sentence *s, size_t j) {
  const scan_tok *t = &s->tok[j];
  if (s->quoted && s->quoted[j]) return 0;
  if (t->kind == SCAN_POSS) return 1;
  if (!is_word(t)) return 0;
  if (lex_month(s->text, t) || lex_weekday(s->text, t) >= 0) return 0;
  static const char *const openers[] = {"earlier", "later", "meanwhile", "however", "then", "now", "today",
                                        "yesterday", "separately", "previously", "still", "instead", "last",
                                        "officially", "finally", "initially", "again", "here", "there", "if",
                                        "unless", "once", "i'd", "i'm", "i've", "i'll", "we'd", "we're", NULL};
  if (t->cap && scan_in(s->text, t, openers) >= 0) return 0; /* "Earlier, police said" */
  if (t->cap && contraction(s->text, t)) return 0;              /* "They've told the family" */
  if (t->cap) return !lex_function_word(s->text, t) || t->allcaps;
  return lex_role_noun(s->text, t) || lex_title(s->text, t);
}

static int np_article(const an_sentence *s, size_t j) {
  static const char *const words[] = {"the", "la", "le", "el", "los", "las", "les", "l'", NULL};
  return j < s->ntok && scan_in(s->text, &s->tok[j], words) >= 0;
}

/* A lower-case modifier of a role noun: "coast guard", "fire department", "state police". */
static int np_modifier(const an_sentence *s, size_t j) {
  const scan_tok *t = &s->tok[j];
  return t->kind == SCAN_WORD && !t->cap && !lex_function_word(s->text, t) && !lex_speech_verb(s->text, t) &&
         !(s->quoted && s->quoted[j]);
}

static int np_connector(const an_sentence *s, size_t j) {
  static const char *const words[] = {"of", "in", "for", "to", "de", "del", "du", "des", "la", NULL};
  return scan_in(s->text, &s->tok[j], words) >= 0;
}

/* Walks a noun phrase leftwards ending at token `last`; returns its first token or SIZE_MAX. */
static size_t np_backward(const an_sentence *s, size_t last) {
  if (!np_core(s, last)) return SIZE_MAX;
  size_t first = last, modifiers = 0;
  while (first > 0) {
    size_t j = first - 1;
    if (np_core(s, j)) {
      first = j;
      continue;
    }
    if (modifiers < 2 && np_modifier(s, j) && !s->tok[first].cap && lex_role_noun(s->text, &s->tok[first + modifiers]) ) {
      first = j;
      modifiers++;
      continue;
    }
    if (j > 0 && np_connector(s, j) && np_core(s, j - 1)) {
      first = j - 1;
      continue;
    }
    if (j > 1 && scan_is(s->text, &s->tok[j], "the") && np_connector(s, j - 1) && np_core(s, j - 2)) {
      first = j - 2; /* Olesya Vartanyan of the International Crisis Group */
      continue;
    }
    break;
  }
  if (first > 0 && np_article(s, first - 1)) first--;
  if (s->tok[first].kind == SCAN_POSS) return SIZE_MAX;
  return first;
}

/* Walks a noun phrase rightwards from `first`; returns one past its last token (first when none).
 * A name in apposition is included: "el consejero de Emergencias, Jorge Sala". */
static size_t np_forward(const an_sentence *s, size_t first) {
  size_t j = first;
  if (np_article(s, j)) j++;
  size_t start = j, end = j;
  while (j < s->ntok) {
    if (np_core(s, j)) {
      end = ++j;
      continue;
    }
    if (j + 1 < s->ntok && np_connector(s, j) && np_core(s, j + 1)) {
      j++;
      continue;
    }
    /* "the city fire department": modifiers before a role noun */
    if (np_modifier(s, j) && ((j + 1 < s->ntok && lex_role_noun(s->text, &s->tok[j + 1]) && !s->tok[j + 1].cap) ||
                              (j + 2 < s->ntok && np_modifier(s, j + 1) && lex_role_noun(s->text, &s->tok[j + 2]) &&
                               !s->tok[j + 2].cap))) {
      j++;
      continue;
    }
    break;
  }
  if (end == start) return first;
  /* Romance adjectives follow the noun: "la protection civile", "la policía nacional" */
  const char *lang = s->lang ? s->lang : "";
  if ((!strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "it") || !strcmp(lang, "pt")) && end < s->ntok &&
      !s->tok[end - 1].cap && lex_role_noun(s->text, &s->tok[end - 1]) && np_modifier(s, end))
    end++;
  if (end + 1 < s->ntok && is_punct(&s->tok[end], ',') && s->tok[end + 1].cap && !s->tok[end].cap) {
    size_t k = end + 1;
    while (k < s->ntok && s->tok[k].kind == SCAN_WORD && s->tok[k].cap && !lex_function_word(s->text, &s->tok[k])) k++;
    if (k > end + 1 && (k == s->ntok || s->tok[k].kind == SCAN_PUNCT)) end = k;
  }
  return end;
}

static int has_capital(const an_sentence *s, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (s->tok[i].cap || lex_role_noun(s->text, &s->tok[i])) return 1;
  return 0;
}

static int set_speaker(arena *a, an_sentence *s, size_t from, size_t to, size_t verb) {
  if (from >= to || !has_capital(s, from, to)) return 0;
  s->has_speaker = 1;
  s->speaker_start = s->tok[from].start;
  s->speaker_end = s->tok[to - 1].end;
  s->verb_tok = (uint32_t)verb;
  an_speaker_parse(a, s, from, to, &s->speaker);
  /* "the statement said" speaks for whoever issued it: the caller resolves it like a pronoun */
  s->speaker_is_pronoun = !strcmp(s->speaker.key, "statement") || !strcmp(s->speaker.key, "the statement");
  return 1;
}

/* "a déclaré", "ont indiqué", "ha dicho": the auxiliary before a participle. */
static int auxiliary(const an_sentence *s, size_t j) {
  static const char *const aux[] = {"a", "ont", "avait", "avaient", "ha", "han", "había", "hat", "haben", NULL};
  return scan_in(s->text, &s->tok[j], aux) >= 0;
}

static int set_pronoun(an_sentence *s, size_t j, size_t v) {
  s->has_speaker = 1;
  s->speaker_is_pronoun = 1;
  s->speaker_start = s->tok[j].start;
  s->speaker_end = s->tok[j].end;
  s->verb_tok = (uint32_t)v;
  return 1;
}

/* A phrase right after a preposition is its object, not the subject of the verb that follows:
 * "Erdogan, promising support for Azerbaijan, said" does not make Azerbaijan the speaker. */
static int object_of_preposition(const an_sentence *s, size_t first) {
  static const char *const preps[] = {"for", "to", "with", "against", "from", "at", "by", "about", "on",
                                      "over", "into", "toward", "towards", "between", "among", "of", "in",
                                      "behind", "under", "than", "like", "pour", "contre", "avec", "para",
                                      "contra", "con", NULL};
  return first > 0 && scan_in(s->text, &s->tok[first - 1], preps) >= 0;
}

/* The speech-verb form is not used as a verb of this sentence: an adjective ("Kissane's alleged
 * path", "the reported account"), a passive ("Custodio is accused of"), a noun ("TV shows"),
 * or "show" without a record-like subject ("court records show" is attribution, "Best show
 * ever" is not). */
static int not_a_speech_use(const an_sentence *s, size_t v) {
  static const char *const determiners[] = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this",
                                            "that", "these", "those", NULL};
  static const char *const passive[] = {"is", "was", "are", "were", "be", "been", "being", "get", "got", NULL};
  static const char *const recordlike[] = {"records", "data", "figures", "documents", "statistics", "polls",
                                           "studies", "surveys", "filings", "papers", "results", NULL};
  const scan_tok *t = s->tok;
  const char *lang = s->lang ? s->lang : "";
  int romance = !strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "it") || !strcmp(lang, "pt");
  if (romance && v > 0 && auxiliary(s, v - 1)) return 0; /* "a déclaré", "ha dicho" */
  if (v > 0 && (t[v - 1].kind == SCAN_POSS || scan_in(s->text, &t[v - 1], determiners) >= 0)) return 1;
  if (v > 0 && scan_in(s->text, &t[v - 1], passive) >= 0) return 1;
  if (scan_is(s->text, &t[v], "show") || scan_is(s->text, &t[v], "shows"))
    return !(v > 0 && scan_in(s->text, &t[v - 1], recordlike) >= 0);
  return 0;
}

/* A speaker written after its verb ("…, informó el consejero, Jorge Sala.") closes the clause:
 * in "…, told officers he led the child" the phrase after the verb is the listener. */
static int closes_clause(const an_sentence *s, size_t end) {
  return end >= s->ntok || s->tok[end].kind == SCAN_PUNCT;
}

static int try_verb(arena *a, an_sentence *s, size_t v) {
  const scan_tok *t = s->tok;
  if (not_a_speech_use(s, v)) return 0;
  /* "dit-il", "a-t-elle dit": the pronoun is glued to the verb or its auxiliary */
  static const char *const glued[] = {"dit-il", "dit-elle", "ajoute-t-il", "ajoute-t-elle", NULL};
  static const char *const aux_pron[] = {"a-t-il", "a-t-elle", NULL};
  if (scan_in(s->text, &t[v], glued) >= 0) return set_pronoun(s, v, v);
  if (v > 0 && scan_in(s->text, &t[v - 1], aux_pron) >= 0) return set_pronoun(s, v - 1, v);
  size_t pre = v; /* the token before the verb group, auxiliary included */
  if (pre > 0 && auxiliary(s, pre - 1)) pre--;
  if (pre != v) { /* "…», a déclaré le préfet Julien Marchal" / "…, a indiqué mardi le ministère" */
    int after_mark = pre > 0 && ((t[pre - 1].kind == SCAN_PUNCT && (scan_quote_mark(t[pre - 1].cp) >= 2 || t[pre - 1].cp == ',')));
    size_t from = v + 1;
    while (from < s->ntok && lex_weekday(s->text, &t[from]) >= 0) from++;
    size_t end = after_mark ? np_forward(s, from) : from;
    if (end > from && set_speaker(a, s, from, end, v)) return 1;
  }
  /* "…," said NP */
  int after_quote = v > 0 && ((t[v - 1].kind == SCAN_PUNCT && scan_quote_mark(t[v - 1].cp) >= 2) ||
                               (v > 1 && is_punct(&t[v - 1], ',') &&
                                ((t[v - 2].kind == SCAN_PUNCT && scan_quote_mark(t[v - 2].cp) >= 2) ||
                                 (s->quoted && s->quoted[v - 2]))));
  if (after_quote && v + 1 < s->ntok) {
    size_t end = np_forward(s, v + 1);
    if (end > v + 1 && set_speaker(a, s, v + 1, end, v)) return 1;
  }
  if (v == 0) return 0;
  size_t j = v - 1;
  while (j > 0 && skippable_before_verb(s, j)) j--;
  if (lex_pronoun(s->text, &t[j]) && !(s->quoted && s->quoted[j])) {
    s->has_speaker = 1;
    s->speaker_is_pronoun = 1;
    s->speaker_start = t[j].start;
    s->speaker_end = t[j].end;
    s->verb_tok = (uint32_t)v;
    return 1;
  }
  if (is_punct(&t[j], ',') && j > 1) {
    /* appositive: "NP, a senior adviser to X, VERB" or "the operator, Blue Line Shipping, VERB" */
    for (size_t k = j - 1; k > 0 && j - k < 14; k--) {
      if (!is_punct(&t[k], ',')) continue;
      size_t first = np_backward(s, k - 1);
      int names = j > k + 1;
      for (size_t m = k + 1; m < j; m++) names &= t[m].kind == SCAN_WORD && t[m].cap && !lex_function_word(s->text, &t[m]);
      if (first != SIZE_MAX && names && set_speaker(a, s, first, j, v)) return 1; /* "the operator, Blue Line, said" */
      if (first != SIZE_MAX && set_speaker(a, s, first, k, v)) return 1;
      first = np_backward(s, j - 1);
      if (first == k + 1 && set_speaker(a, s, first, j, v)) return 1;
      break;
    }
    /* "…, informó el consejero": a speaker after the verb */
    size_t end = np_forward(s, v + 1);
    if (v + 1 < s->ntok && end > v + 1 && closes_clause(s, end) && set_speaker(a, s, v + 1, end, v)) return 1;
    return 0;
  }
  size_t first = np_backward(s, j);
  if (first == SIZE_MAX || object_of_preposition(s, first)) return 0;
  return set_speaker(a, s, first, j + 1, v);
}

int an_attribution(arena *a, an_sentence *s) {
  s->has_speaker = 0;
  s->speaker_is_pronoun = 0;
  memset(&s->speaker, 0, sizeof s->speaker);
  for (size_t v = 0; v < s->ntok; v++) {
    if (s->quoted && s->quoted[v]) continue;
    const scan_tok *t = &s->tok[v];
    if (!is_word(t)) continue;
    if ((scan_is(s->text, t, "according") && v + 1 < s->ntok && scan_is(s->text, &s->tok[v + 1], "to")) ||
        scan_is(s->text, t, "selon") || scan_is(s->text, t, "d'après") || scan_in(s->text, t, (const char *const[]){"según", NULL}) >= 0) {
      size_t from = scan_is(s->text, t, "according") ? v + 2 : v + 1;
      size_t end = np_forward(s, from);
      if (end > from && set_speaker(a, s, from, end, v)) return 1;
      continue;
    }
    int verb = lex_speech_verb(s->text, t) ||
               (scan_is(s->text, t, "called") && v + 1 < s->ntok &&
                (scan_is(s->text, &s->tok[v + 1], "on") || scan_is(s->text, &s->tok[v + 1], "for") ||
                 scan_is(s->text, &s->tok[v + 1], "it")));
    if (verb && !t->cap && try_verb(a, s, v)) return 1;
  }
  return 0;
}

/* ---- speaker names ------------------------------------------------------------------------- */

static char *join_tokens(arena *a, const an_sentence *s, size_t from, size_t to) {
  if (from >= to) return arena_strdup(a, "");
  return arena_strndup(a, s->text + s->tok[from].start, s->tok[to - 1].end - s->tok[from].start);
}

static char *lower_copy(arena *a, const char *src) {
  size_t n = strlen(src);
  char *out = arena_alloc(a, n * 2 + 1);
  scan_tok whole = {.start = 0, .end = (uint32_t)n, .kind = SCAN_WORD};
  scan_lower(src, &whole, out, n * 2 + 1);
  return out;
}

static int is_name_word(const an_sentence *s, size_t i) {
  const scan_tok *t = &s->tok[i];
  return is_word(t) && t->cap && !lex_title(s->text, t) && !lex_function_word(s->text, t) &&
         !lex_org_word(s->text, t);
}

void an_speaker_parse(arena *a, const an_sentence *s, size_t from, size_t to, an_speaker *out) {
  memset(out, 0, sizeof *out);
  if (from < to && np_article(s, from)) from++;
  for (size_t c = from + 1; c + 1 < to; c++) {
    if (!is_punct(&s->tok[c], ',')) continue;
    /* "el consejero de Emergencias, Jorge Sala": role, then the name */
    int all_names = 1;
    for (size_t k = c + 1; k < to; k++) all_names &= is_name_word(s, k);
    if (!all_names) break;
    out->name = join_tokens(a, s, c + 1, to);
    out->role = join_tokens(a, s, from, c);
    out->person = 1;
    out->key = lower_copy(a, join_tokens(a, s, to - 1, to));
    out->display = out->name;
    return;
  }
  size_t last_title = SIZE_MAX;
  for (size_t i = from; i < to; i++)
    if (is_word(&s->tok[i]) && (lex_title(s->text, &s->tok[i]) || (!s->tok[i].cap && lex_role_noun(s->text, &s->tok[i]))))
      last_title = i;
  size_t name_from = SIZE_MAX, name_to = SIZE_MAX;
  size_t scan_from = last_title == SIZE_MAX ? from : last_title + 1;
  for (size_t i = scan_from; i < to; i++) {
    if (!is_name_word(s, i)) {
      if (last_title != SIZE_MAX) break; /* the name follows the title directly */
      continue;
    }
    if (lex_demonym(s->text, &s->tok[i]) && i + 1 < to && !is_name_word(s, i + 1)) break;
    name_from = i;
    name_to = i;
    while (name_to < to && is_name_word(s, name_to)) name_to++;
    break;
  }
  /* a name that owns something ("Azerbaijan's ministry") or qualifies a group ("Karabakh rebels")
   * is not the speaker: the whole phrase is */
  if (name_from != SIZE_MAX && name_to < to &&
      (s->tok[name_to].kind == SCAN_POSS || lex_org_word(s->text, &s->tok[name_to]) ||
       (is_word(&s->tok[name_to]) && !s->tok[name_to].cap && !lex_function_word(s->text, &s->tok[name_to]))))
    name_from = SIZE_MAX;
  if (name_from != SIZE_MAX && last_title == SIZE_MAX && name_from > from) name_from = SIZE_MAX;
  if (name_from == SIZE_MAX) {
    out->name = "";
    out->role = join_tokens(a, s, from, to);
    out->person = 0;
    out->key = lower_copy(a, out->role);
    out->display = out->role;
    return;
  }
  out->name = join_tokens(a, s, name_from, name_to);
  buf b = BUF_INIT;
  if (name_from > from) buf_append(&b, s->text + s->tok[from].start, s->tok[name_from - 1].end - s->tok[from].start);
  size_t rest = name_to;
  if (rest < to && np_connector(s, rest) && !scan_is(s->text, &s->tok[rest], "of")) rest = to;
  if (rest < to && scan_is(s->text, &s->tok[rest], "of")) rest++;
  if (rest < to && scan_is(s->text, &s->tok[rest], "the")) rest++;
  if (rest < to) {
    if (b.len) buf_putc(&b, ' ');
    buf_append(&b, s->text + s->tok[rest].start, s->tok[to - 1].end - s->tok[rest].start);
  }
  out->role = b.len ? arena_strndup(a, b.data, b.len) : "";
  buf_free(&b);
  out->person = name_to - name_from >= 2 || last_title != SIZE_MAX;
  out->key = lower_copy(a, out->person ? join_tokens(a, s, name_to - 1, name_to) : out->name);
  out->display = out->name;
}

/* ---- dates ---------------------------------------------------------------------------------- */

static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static an_date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  return (an_date){(int)(y + (m <= 2)), (int)m, (int)d};
}

int an_weekday(an_date d) {
  long z = days_from_civil(d.y, d.m, d.d);
  return (int)(((z % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3) */
}

long an_days(an_date d) { return d.y && d.m && d.d ? days_from_civil(d.y, d.m, d.d) : 0; }

an_date an_add_days(an_date d, int days) { return civil_from_days(days_from_civil(d.y, d.m, d.d) + days); }

void an_date_format(an_date d, char out[11]) {
  out[0] = '\0';
  if (d.y <= 0 || d.y > 9999) return;
  out[0] = (char)('0' + d.y / 1000);
  out[1] = (char)('0' + d.y / 100 % 10);
  out[2] = (char)('0' + d.y / 10 % 10);
  out[3] = (char)('0' + d.y % 10);
  out[4] = '\0';
  if (!d.m) return;
  out[4] = '-';
  out[5] = (char)('0' + d.m / 10);
  out[6] = (char)('0' + d.m % 10);
  out[7] = '\0';
  if (!d.d) return;
  out[7] = '-';
  out[8] = (char)('0' + d.d / 10);
  out[9] = (char)('0' + d.d % 10);
  out[10] = '\0';
}

an_date an_date_parse(const char *s) {
  an_date d = {0, 0, 0};
  if (!s) return d;
  size_t n = strlen(s);
  for (size_t i = 0; i < 4; i++)
    if (i >= n || s[i] < '0' || s[i] > '9') return d;
  d.y = atoi(s);
  if (n >= 7 && s[4] == '-') {
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m >= 1 && m <= 12) d.m = m;
  }
  if (d.m && n >= 10 && s[7] == '-') {
    int dd = (s[8] - '0') * 10 + (s[9] - '0');
    if (dd >= 1 && dd <= 31) d.d = dd;
  }
  return d;
}

/* ---- similarity ----------------------------------------------------------------------------- */

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

size_t an_wordset(const char *s, size_t len, uint64_t **out) {
  scan_list l = {0};
  scan_words(&l, s, len);
  uint64_t *h = xmalloc((l.n + 1) * sizeof *h);
  size_t n = 0;
  for (size_t i = 0; i < l.n; i++) {
    if (l.t[i].kind != SCAN_WORD && l.t[i].kind != SCAN_NUM) continue;
    char low[128];
    size_t k = scan_lower(s, &l.t[i], low, sizeof low);
    h[n++] = hash_bytes(low, k);
  }
  scan_free(&l);
  qsort(h, n, sizeof *h, cmp_u64);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if (!u || h[u - 1] != h[i]) h[u++] = h[i];
  *out = h;
  return u;
}

double an_jaccard(const uint64_t *ha, size_t na, const uint64_t *hb, size_t nb) {
  size_t i = 0, j = 0, common = 0;
  while (i < na && j < nb) {
    if (ha[i] == hb[j]) common++, i++, j++;
    else if (ha[i] < hb[j]) i++;
    else j++;
  }
  size_t uni = na + nb - common;
  return uni ? (double)common / (double)uni : 0.0;
}

/* Sorted hashes of the digit tokens of a span (malloc'd). */
static size_t number_hashes(const char *s, size_t len, uint64_t **out) {
  scan_list l = {0};
  scan_words(&l, s, len);
  uint64_t *h = xmalloc((l.n + 1) * sizeof *h);
  size_t n = 0;
  for (size_t i = 0; i < l.n; i++)
    if (l.t[i].kind == SCAN_NUM) h[n++] = hash_bytes(s + l.t[i].start, l.t[i].end - l.t[i].start);
  scan_free(&l);
  qsort(h, n, sizeof *h, cmp_u64);
  *out = h;
  return n;
}

int an_numbers_differ(const char *a, size_t alen, const char *b, size_t blen) {
  uint64_t *ha, *hb;
  size_t na = number_hashes(a, alen, &ha), nb = number_hashes(b, blen, &hb);
  int differ = na && nb && (na != nb || memcmp(ha, hb, na * sizeof *ha) != 0);
  free(ha);
  free(hb);
  return differ;
}

double an_similarity(const char *a, size_t alen, const char *b, size_t blen) {
  uint64_t *ha, *hb;
  size_t na = an_wordset(a, alen, &ha), nb = an_wordset(b, blen, &hb);
  double sim = an_jaccard(ha, na, hb, nb);
  free(ha);
  free(hb);
  return sim;
}

/* facts.c — numeric claims and disagreements (see facts.h).
 *
 * Per number token the rules run in a fixed order, each a look at a few neighbouring tokens:
 *   1. is it a number at all (digits, number words, "a dozen", scale words "1.5 million")?
 *   2. is it part of something that is not a claim (date, year, time, age, identifier, URL,
 *      duration, phone number, "the two countries")?
 *   3. its qualifier (tokens before), kind (%, currency, unit) and counted phrase (tokens after);
 *   4. its key: a casualty class when a casualty word is attached (before or after), else the
 *      singular of the counted head noun;
 *   5. whom it concerns, whether it is an update, and its time frame.
 * O(tokens) per sentence with a constant window.
 */
#include "analyze/facts.h"
#include "base/buf.h"
#include "base/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct cursor {
  arena *a;
  const an_sentence *s;
  /* per-sentence answers, computed once so that a sentence with many numbers stays linear */
  int cumulative;          /* claim_cumulative() of the sentence */
  size_t url_end;          /* url_end() of the sentence */
  size_t *day_at;          /* tokens naming a day, and their marks (claim_day) */
  int *day_mark;
  size_t ndays;
} cursor;

static const scan_tok *tk(const cursor *c, size_t i) { return &c->s->tok[i]; }
static int is(const cursor *c, size_t i, const char *w) { return i < c->s->ntok && scan_is(c->s->text, tk(c, i), w); }
static int in(const cursor *c, size_t i, const char *const *l) { return i < c->s->ntok && scan_in(c->s->text, tk(c, i), l) >= 0; }
static int punct(const cursor *c, size_t i, uint32_t cp) {
  return i < c->s->ntok && tk(c, i)->kind == SCAN_PUNCT && tk(c, i)->cp == cp;
}
static int word(const cursor *c, size_t i) { return i < c->s->ntok && tk(c, i)->kind == SCAN_WORD; }
static int fword(const cursor *c, size_t i) { return word(c, i) && lex_function_word(c->s->text, tk(c, i)); }

/* ---- casualty classes ------------------------------------------------------------------------ */

static const char *casualty_class(const cursor *c, size_t i) {
  static const char *const killed[] = {
      "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "deaths", "death", "fatalities",
      "fatality", "toll", "lives", "perished", "slain", "tués", "tuées", "tué", "morts", "mortes", "mort",
      "décès", "muertos", "muertas", "murieron", "fallecidos", "fallecieron", "muerto", "muertes", "tote",
      "getötet", "toten", "drowned", NULL};
  /* bodies recovered are a part of a toll, and "victims" may be hurt or treated: both are
   * their own quantities ("75,000 bodies were recovered" does not dispute "200,000 killed") */
  static const char *const bodies[] = {"bodies", "cadáveres", "corps", "leichen", NULL};
  static const char *const injured[] = {"injured", "injuring", "wounded", "wounding", "hurt", "injuries",
                                        "blessés", "blessées", "blessé", "heridos", "heridas", "herido",
                                        "verletzt", "verletzte", "verletzten", NULL};
  static const char *const missing[] = {"missing", "unaccounted", "disparus", "desaparecidos", "vermisst", NULL};
  static const char *const rescued[] = {"rescued", "survivors", "saved", "rescatados", "secourus", "gerettet", NULL};
  static const char *const evacuated[] = {"evacuated", "displaced", "evacuees", "évacués", "évacuées", "evacuados",
                                          "evacuadas", "desplazados", "evakuiert", NULL};
  static const char *const arrested[] = {"arrested", "arrêtés", "interpellés", "arrestados", "festgenommen", NULL};
  /* held is not charged: "three detained" and "12 arrested" are two quantities */
  static const char *const detained[] = {"detained", "detenidos", "held", NULL};
  if (!word(c, i)) return NULL;
  if (in(c, i, killed)) return "killed";
  if (in(c, i, bodies)) return "bodies";
  if (in(c, i, injured)) return "injured";
  if (in(c, i, missing)) return "missing";
  if (in(c, i, evacuated)) return "evacuated";
  if (in(c, i, rescued)) return "rescued";
  if (in(c, i, arrested)) return "arrested";
  if (in(c, i, detained)) return "detained";
  return NULL;
}

/* ---- numbers ------------------------------------------------------------------------------- */

/* Value of a digit token: the language's group mark is skipped, its decimal mark starts the
 * fraction ("4,400" en = 4400, "3,5" fr = 3.5). */
static double digits_value(const char *s, const scan_tok *t, const char *lang) {
  int comma_decimal = lang && (!strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "de") ||
                               !strcmp(lang, "it") || !strcmp(lang, "pt") || !strcmp(lang, "ru"));
  char decimal = comma_decimal ? ',' : '.';
  double v = 0, scale = 1;
  int in_frac = 0;
  for (uint32_t i = t->start; i < t->end; i++) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9') {
      if (in_frac) v += (ch - '0') * (scale /= 10);
      else v = v * 10 + (ch - '0');
    } else if (ch == decimal) {
      in_frac = 1;
    }
  }
  return v;
}

static int digit_count(const char *s, const scan_tok *t) {
  int n = 0;
  for (uint32_t i = t->start; i < t->end; i++) n += s[i] >= '0' && s[i] <= '9';
  return n;
}

/* One past the last token of a URL written with spaces ("http: / / example. com / 2010 / 09 /
 * 3 - shot"), 0 when the sentence has none: its numbers are path parts. */
static size_t url_end(const cursor *c) {
  size_t end = 0;
  int in_url = 0;
  for (size_t i = 0; i < c->s->ntok; i++) {
    if (is(c, i, "http") || is(c, i, "https") || is(c, i, "www")) in_url = 1;
    if (in_url && punct(c, i, '/')) end = i + 1;
  }
  if (!end) return 0;
  while (end < c->s->ntok && (tk(c, end)->kind != SCAN_WORD || !tk(c, end)->cap) &&
         !(tk(c, end)->kind == SCAN_PUNCT && tk(c, end)->cp != '-' && tk(c, end)->cp != '/'))
    end++; /* the slug after the last slash: "3 - shot - at - kraft" */
  return end;
}

/* Numbers that are parts of dates, times, ages, identifiers, URLs. */
static int not_a_claim(const cursor *c, size_t i, double v) {
  const an_sentence *s = c->s;
  const scan_tok *t = tk(c, i);
  static const char *const time_units[] = {"hours", "hour", "minutes", "minute", "seconds", "second", "days",
                                           "day", "weeks", "week", "months", "month", "years", "year",
                                           "decades", "decade", "centuries", "century", "times", "a.m.", "p.m.",
                                           "am", "pm", "gmt", "utc", "h", "heures", "jours", "ans", "años",
                                           "horas", "días", "semaines", "semanas", "mois", "meses", "jahre",
                                           "stunden", "tage", "o'clock", "bst", "est", "cet", "ist", "fois", "veces", "mal", NULL};
  static const char *const ident[] = {"no", "number", "page", "article", "resolution", "flight", "route",
                                      "highway", "room", "chapter", "section", "rule", "paragraph", "level",
                                      "phase", "grade", "version", "act", "season", "episode", "round", "game",
                                      "category", "lot", "row", "aged", "age", "n°", "nº", NULL};
  if (t->kind == SCAN_NUM) {
    int nd = digit_count(s->text, t);
    if (nd == 4 && t->end - t->start == 4 && v >= 1800 && v <= 2100) return 1; /* year */
    if (nd >= 8) return 1;                                                         /* phone / id */
    if (i + 2 < s->ntok && (punct(c, i + 1, ':') || punct(c, i + 1, 'h')) && tk(c, i + 2)->kind == SCAN_NUM) return 1;
    if (i >= 2 && punct(c, i - 1, ':') && tk(c, i - 2)->kind == SCAN_NUM) return 1;
    if (i > 0 && (punct(c, i - 1, '#') || punct(c, i - 1, '/'))) return 1;
    /* "1, 400" in pre-tokenized text: one number or two? Neither part is taken */
    if (i + 2 < s->ntok && punct(c, i + 1, ',') && tk(c, i + 1)->start == t->end && tk(c, i + 2)->kind == SCAN_NUM &&
        tk(c, i + 2)->start == tk(c, i + 1)->end + 1 && digit_count(s->text, tk(c, i + 2)) == 3 &&
        tk(c, i + 2)->end - tk(c, i + 2)->start == 3 && digit_count(s->text, t) <= 3)
      return 1;
    if (i >= 2 && punct(c, i - 1, ',') && tk(c, i - 2)->kind == SCAN_NUM && tk(c, i - 1)->start == tk(c, i - 2)->end &&
        t->start == tk(c, i - 1)->end + 1 && nd == 3 && t->end - t->start == 3 && digit_count(s->text, tk(c, i - 2)) <= 3)
      return 1;
    if (i < c->url_end) return 1;
    if (i + 1 < s->ntok && punct(c, i + 1, '/')) return 1;
    /* inside a URL or e-mail address: look at the surrounding non-space run */
    uint32_t a = t->start, b = t->end;
    while (a > s->start && s->text[a - 1] != ' ' && s->text[a - 1] != '\n') a--;
    while (b < s->end && s->text[b] != ' ' && s->text[b] != '\n') b++;
    for (uint32_t k = a; k < b; k++)
      if (s->text[k] == '@' || (s->text[k] == '/' && k + 1 < b && s->text[k + 1] == '/') ||
          (k + 4 <= b && !memcmp(s->text + k, "www.", 4)))
        return 1;
  }
  if (i > 0 && (lex_month(s->text, tk(c, i - 1)) || in(c, i - 1, ident))) return 1;
  if (i > 1 && punct(c, i - 1, '.') && lex_month(s->text, tk(c, i - 2))) return 1; /* Sept. 27 */
  if (i + 1 < s->ntok && lex_month(s->text, tk(c, i + 1))) return 1;
  if (i + 2 < s->ntok && (is(c, i + 1, "de") || is(c, i + 1, "of")) && lex_month(s->text, tk(c, i + 2))) return 1;
  if (i + 1 < s->ntok && in(c, i + 1, time_units)) return 1;
  if (i + 2 < s->ntok && word(c, i + 1) && in(c, i + 2, time_units) && !fword(c, i + 1) &&
      !casualty_class(c, i + 1))
    return 1; /* "two more days" */
  if (i + 1 < s->ntok && punct(c, i + 1, ')') && i > 0 && punct(c, i - 1, '(')) return 1; /* "(33)" */
  return 0;
}

/* Number words need a following noun ("two helicopters") and no determiner before ("the two
 * countries" refers, it does not count). */
static int number_word_ok(const cursor *c, size_t i) {
  static const char *const det[] = {"the", "these", "those", "its", "their", "his", "her", "our", "both",
                                    "les", "ces", "ses", "leurs", "los", "las", "sus", "estos", "die", "no",
                                    "each", "any", "every", "which", NULL};
  static const char *const not_after_one[] = {"of", "another", "day", "time", "way", "side", "hand", "thing",
                                              "point", "year", "week", "month", "another", "by", "or", "and", NULL};
  if (i > 0 && in(c, i - 1, det)) return 0;
  if (is(c, i, "one") && (in(c, i + 1, not_after_one) || i + 1 >= c->s->ntok)) return 0;
  if (i + 1 < c->s->ntok && casualty_class(c, i + 1)) return 1;
  if (i + 1 < c->s->ntok && word(c, i + 1) && !fword(c, i + 1)) return 1;
  if (i + 2 < c->s->ntok && (is(c, i + 1, "more") || is(c, i + 1, "additional")) && word(c, i + 2) && !fword(c, i + 2))
    return 1; /* "three more bodies" */
  if (i + 2 < c->s->ntok && is(c, i + 1, "of") && !is(c, i, "one")) return 1; /* "dozens of people" */
  if (i > 0 && casualty_class(c, i - 1)) return 1;                         /* "killing two" */
  if (i > 0 && is(c, i - 1, "to")) /* "bringing the death toll to three" */
    for (size_t j = i - 1, k = 0; j > 0 && k < 8; k++) {
      j--;
      if (is(c, j, "toll") || is(c, j, "total")) return 1;
      if (tk(c, j)->kind == SCAN_PUNCT) break;
    }
  return 0;
}

/* ---- qualifiers ------------------------------------------------------------------------------- */

typedef struct qual_rule {
  const char *w1, *w2; /* w2 NULL for one word; read as "w1 w2 NUMBER" */
  fact_qualifier q;
} qual_rule;

static const qual_rule qual_rules[] = {
    {"at", "least", QUAL_AT_LEAST},    {"at", "most", QUAL_UP_TO},        {"more", "than", QUAL_MORE_THAN},
    {"fewer", "than", QUAL_LESS_THAN}, {"less", "than", QUAL_LESS_THAN},  {"up", "to", QUAL_UP_TO},
    {"many", "as", QUAL_UP_TO},        {"upwards", "of", QUAL_MORE_THAN}, {"an", "estimated", QUAL_ABOUT},
    {"au", "moins", QUAL_AT_LEAST},    {"plus", "de", QUAL_MORE_THAN},    {"moins", "de", QUAL_LESS_THAN},
    {"près", "de", QUAL_NEARLY},       {"al", "menos", QUAL_AT_LEAST},    {"más", "de", QUAL_MORE_THAN},
    {"menos", "de", QUAL_LESS_THAN},   {"cerca", "de", QUAL_NEARLY},      {"alrededor", "de", QUAL_ABOUT},
    {"mindestens", NULL, QUAL_AT_LEAST}, {"over", NULL, QUAL_MORE_THAN},  {"above", NULL, QUAL_MORE_THAN},
    {"about", NULL, QUAL_ABOUT},       {"around", NULL, QUAL_ABOUT},      {"approximately", NULL, QUAL_ABOUT},
    {"roughly", NULL, QUAL_ABOUT},     {"some", NULL, QUAL_ABOUT},        {"estimated", NULL, QUAL_ABOUT},
    {"nearly", NULL, QUAL_NEARLY},     {"almost", NULL, QUAL_NEARLY},     {"under", NULL, QUAL_LESS_THAN},
    {"environ", NULL, QUAL_ABOUT},     {"quelque", NULL, QUAL_ABOUT},     {"unos", NULL, QUAL_ABOUT},
    {"unas", NULL, QUAL_ABOUT},        {"casi", NULL, QUAL_NEARLY},       {"hasta", NULL, QUAL_UP_TO},
    {"jusqu'à", NULL, QUAL_UP_TO},     {"etwa", NULL, QUAL_ABOUT},        {"rund", NULL, QUAL_ABOUT},
    {"fast", NULL, QUAL_NEARLY},       {"über", NULL, QUAL_MORE_THAN},
    /* "several thousand homes" is compatible with "about 4,000 homes": vague, never compared */
    {"several", NULL, QUAL_VAGUE},     {"few", NULL, QUAL_VAGUE},         {"plusieurs", NULL, QUAL_VAGUE},
    {"varios", NULL, QUAL_VAGUE},      {"varias", NULL, QUAL_VAGUE},      {"mehrere", NULL, QUAL_VAGUE},
};

/* Qualifier ending just before token i; *first is set to its first token. */
static fact_qualifier find_qualifier(const cursor *c, size_t i, size_t *first) {
  *first = i;
  size_t j = i;
  if (j > 0 && (is(c, j - 1, "a") || is(c, j - 1, "an")) && !is(c, j, "estimated")) j--; /* over a dozen */
  for (size_t r = 0; r < sizeof qual_rules / sizeof qual_rules[0]; r++) {
    const qual_rule *q = &qual_rules[r];
    if (q->w2) {
      if (j >= 2 && is(c, j - 2, q->w1) && is(c, j - 1, q->w2)) {
        *first = j - 2;
        if (!strcmp(q->w1, "many") && j >= 3 && is(c, j - 3, "as")) *first = j - 3;
        return q->q;
      }
    } else if (j >= 1 && is(c, j - 1, q->w1)) {
      *first = j - 1;
      return q->q;
    }
  }
  return QUAL_EXACT;
}

static void set_range(fact *f) {
  double v = f->value;
  f->lo = f->hi = v;
  switch (f->qualifier) {
  case QUAL_AT_LEAST:
  case QUAL_MORE_THAN: f->hi = HUGE_VAL; break;
  case QUAL_ABOUT: f->lo = v * 0.85, f->hi = v * 1.15; break;
  case QUAL_NEARLY: f->lo = v * 0.85; break;
  case QUAL_UP_TO:
  case QUAL_LESS_THAN: f->lo = 0; break;
  case QUAL_VAGUE: f->lo = v / 2, f->hi = v * 5; break;
  case QUAL_EXACT: break;
  }
}

/* ---- counted phrase and key -------------------------------------------------------------------- */

static int unit_kind(const char *head) {
  static const char *const units[] = {"kilometers", "kilometres", "kilometer", "kilometre", "km", "miles",
                                      "mile", "meters", "metres", "meter", "metre", "hectares", "acres", "tons",
                                      "tonnes", "ton", "kg", "kilograms", "litres", "liters", "barrels",
                                      "degrees", "mph", "feet", "foot", "inches", "centimeters", "cm", "mm",
                                      "square", "kilómetros", "metros", "kilomètres", "mètres", "pieds", "pies", "milles", "kilos", NULL};
  static const char *const money[] = {"dollars", "dollar", "euros", "euro", "pounds", "yuan", "rupees",
                                      "roubles", "rubles", "usd", "eur", "dólares", "francs", "yen", "pesos",
                                      NULL};
  for (int i = 0; money[i]; i++)
    if (!strcmp(head, money[i])) return FACT_MONEY;
  for (int i = 0; units[i]; i++)
    if (!strcmp(head, units[i])) return FACT_MEASURE;
  return FACT_COUNT;
}

/* Singular, lower-case key of a head noun ("helicopters" → "helicopter", "casualties" → "casualty"). */
static char *singular(arena *a, const char *low, const char *lang) {
  static const char *const same[][2] = {{"copters", "helicopter"}, {"copter", "helicopter"},
                                        {"choppers", "helicopter"}, {"persons", "people"},
                                        {"person", "people"}, {"servicemen", "serviceman"},
                                        {"men", "man"}, {"women", "woman"}, {"children", "child"},
                                        {"species", "species"}, {"series", "series"}, {"news", "news"}};
  for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
    if (!strcmp(low, same[i][0])) return arena_strdup(a, same[i][1]);
  size_t n = strlen(low);
  char *out = arena_strdup(a, low);
  if (lang && !strcmp(lang, "es")) { /* aviones → avión, hectáreas → hectárea, efectivos → efectivo */
    if (n > 5 && !strcmp(low + n - 4, "ones")) strcpy(out + n - 4, "ón");
    else if (n > 4 && !strcmp(low + n - 2, "es") && strchr("lnrdj", low[n - 3])) out[n - 2] = '\0';
    else if (n > 3 && low[n - 1] == 's') out[n - 1] = '\0';
    return out;
  }
  if (lang && !strcmp(lang, "fr")) {
    if (n > 3 && (low[n - 1] == 's' || low[n - 1] == 'x')) out[n - 1] = '\0';
    return out;
  }
  if (n > 4 && !strcmp(low + n - 3, "ies")) strcpy(out + n - 3, "y");
  else if (n > 4 && (!strcmp(low + n - 4, "ches") || !strcmp(low + n - 4, "shes") || !strcmp(low + n - 4, "sses")))
    out[n - 2] = '\0';
  else if (n > 3 && (low[n - 1] == 's' || low[n - 1] == 'x') && low[n - 2] != 's' && low[n - 2] != 'u' &&
           low[n - 2] != 'i')
    out[n - 1] = '\0';
  return out;
}

static char *span_text(arena *a, const cursor *c, size_t from, size_t to) {
  if (from >= to) return arena_strdup(a, "");
  return arena_strndup(a, c->s->text + tk(c, from)->start, tk(c, to - 1)->end - tk(c, from)->start);
}

/* A word ending in -ed followed by nothing noun-like reads as a verb ("destroyed", "killed"). */
static int looks_verb(const cursor *c, size_t i) {
  /* irregular past tenses that follow a subject count: "40 firefighters fought the blaze" */
  static const char *const irregular[] = {"fought", "took", "made", "went", "came", "saw", "began", "ran", "fled",
                                          "left", "lost", "found", "held", "kept", "gave", "got", "brought",
                                          "caught", "struck", "stood", "fell", "rose", "spent", "sent", "built",
                                          "met", "led", "won", "drove", "flew", "broke", "spoke", "chose", "grew",
                                          "knew", "threw", "became", "swam", "sank", "slept", "wore", "were", NULL};
  if (in(c, i, irregular)) return 1;
  const scan_tok *t = tk(c, i);
  size_t n = t->end - t->start;
  const char *w = c->s->text + t->start;
  if (n > 3 && !memcmp(w + n - 2, "ed", 2)) return !(word(c, i + 1) && !fword(c, i + 1) && !tk(c, i + 1)->cap);
  return lex_speech_verb(c->s->text, t);
}

static int ends_in(const cursor *c, size_t i, const char *suffix) {
  const scan_tok *t = tk(c, i);
  size_t n = t->end - t->start, k = strlen(suffix);
  return n > k + 1 && !memcmp(c->s->text + t->end - k, suffix, k);
}

typedef struct phrase {
  size_t from, to;     /* counted words */
  size_t concern_tok;  /* capitalized word inside the phrase, or SIZE_MAX */
  size_t next;         /* first token after the phrase */
} phrase;

static void counted_phrase(const cursor *c, size_t j, phrase *p) {
  p->concern_tok = SIZE_MAX;
  if (is(c, j, "of") && (is(c, j + 1, "the") || is(c, j + 1, "les") || is(c, j + 1, "los"))) j += 2;
  else if (is(c, j, "of") || is(c, j, "de")) j += 1;
  p->from = j;
  size_t n = 0;
  while (j < c->s->ntok && n < 4) {
    if (n > 0 && tk(c, j)->kind == SCAN_POSS) { /* "the bridge's steel supports": the owner is not counted */
      p->from = ++j;
      n = 0;
      continue;
    }
    /* "eight stories below", "two miles away": the adverb is no part of what is counted */
    static const char *const adverbs[] = {"below", "above", "away", "ago", "down", "up", "long", "high", "deep",
                                          "wide", "tall", "old", "apart", "later", "earlier", "each", "apiece",
                                          "behind", "ahead", "off", "out", NULL};
    if (!word(c, j) || fword(c, j) || casualty_class(c, j) || looks_verb(c, j) || in(c, j, adverbs)) break;
    int vague_word;
    if (lex_number_word(c->s->text, tk(c, j), c->s->lang, &vague_word) > 0) break; /* "three of eight charges" */
    if (n > 0 && ends_in(c, j, "ed")) break;   /* "supports showed corrosion" */
    if (ends_in(c, j, "wide") || ends_in(c, j, "ly") || ends_in(c, j, "ment")) break; /* "statewide", "grièvement" */
    if (tk(c, j)->cap) {
      if (p->concern_tok == SIZE_MAX && n == 0) p->concern_tok = j;
      else if (!lex_demonym(c->s->text, tk(c, j))) break;
    }
    j++, n++;
  }
  p->to = j;
  p->next = j;
  /* in Romance languages adjectives follow the noun ("vecinos evacuados"): the head comes first */
  const char *lang = c->s->lang;
  if (lang && (!strcmp(lang, "es") || !strcmp(lang, "fr") || !strcmp(lang, "it") || !strcmp(lang, "pt")) &&
      p->to > p->from + 1)
    p->to = p->next = p->from + 1;
}

/* Casualty word attached to the number: right after the phrase (were killed / had died) or
 * just before the number (killing 23, death toll rose to 32). */
static const char *attached_casualty(const cursor *c, size_t num, size_t qual_first, const phrase *p,
                                     size_t *where) {
  static const char *const aux[] = {"were", "was", "have", "had", "has", "been", "are", "reportedly",
                                    "also", "being", "later", "ont", "été", "sont", "han", "sido", "fueron",
                                    "resultaron", "wurden", "sind", "confirmed", "still", "now", "siguen", "toujours", NULL};
  for (size_t j = p->next, k = 0; j < c->s->ntok && k < 5; j++, k++) {
    const char *cls = casualty_class(c, j);
    if (cls) return *where = j, cls;
    if (!in(c, j, aux)) break;
  }
  /* "the death toll from the ferry disaster to 17" */
  if (qual_first > 0 && (is(c, qual_first - 1, "to") || is(c, qual_first - 1, "at")))
    for (size_t j = qual_first - 1, k = 0; j > 0 && k < 8; k++) {
      j--;
      if (tk(c, j)->kind == SCAN_PUNCT || tk(c, j)->kind == SCAN_NUM) break;
      if (is(c, j, "toll") || is(c, j, "fatalities") || is(c, j, "deaths")) return *where = j, "killed";
    }
  static const char *const between[] = {"to", "of", "at", "rose", "reached", "count", "their", "total",
                                         "military", "civilian", "official", "the", "a", "climbed", "now",
                                         "stood", "stands", "is", "was", "à", "de", "s'élève", "asciende", "number", "put", NULL};
  for (size_t j = qual_first, k = 0; j > 0 && k < 5; k++) {
    j--;
    const char *cls = casualty_class(c, j);
    if (cls) return *where = j, cls;
    if (!in(c, j, between)) break;
  }
  return NULL;
}

static fact_update find_update(const cursor *c, size_t qual_first, size_t num_end) {
  static const char *const more[] = {"more", "additional", "further", "new", "other", "supplémentaires", "más", NULL};
  static const char *const total[] = {"bringing", "total", "rose", "risen", "climbed", "reached", "increased",
                                      "raising", "taking", NULL};
  if (in(c, num_end, more) && !is(c, num_end + 1, "than")) return UPDATE_INCREMENT;
  if (qual_first > 0 && is(c, qual_first - 1, "another")) return UPDATE_INCREMENT;
  if (qual_first > 0 && is(c, qual_first - 1, "to"))
    for (size_t j = qual_first - 1, k = 0; j > 0 && k < 10; k++) {
      j--;
      if (in(c, j, total)) return UPDATE_TOTAL;
      if (tk(c, j)->kind == SCAN_PUNCT && tk(c, j)->cp != ',') break;
    }
  return UPDATE_NONE;
}

/* Whom it concerns: a capitalized word in the phrase ("Azerbaijani helicopters"), a possessive
 * before the number ("Armenia's 12 systems"), or "of/belonging to/from [the] X" later in the
 * clause ("one helicopter of Azerbaijan"). */
static const char *find_concerns(const cursor *c, size_t qual_first, const phrase *p) {
  if (p->concern_tok != SIZE_MAX) return span_text(c->a, c, p->concern_tok, p->concern_tok + 1);
  if (qual_first >= 2 && tk(c, qual_first - 1)->kind == SCAN_POSS && tk(c, qual_first - 2)->cap)
    return span_text(c->a, c, qual_first - 2, qual_first - 1);
  static const char *const preps[] = {"of", "to", "from", "de", "du", "des", "del", NULL};
  static const char *const stop[] = {"while", "but", "whereas", "when", "after", "that", "which", "who", "because",
                                     "since", "pendant", "mientras", "cuando", "quand", "lorsque", NULL};
  for (size_t j = p->next; j < c->s->ntok; j++) {
    const scan_tok *t = tk(c, j);
    if (t->kind == SCAN_PUNCT && (t->cp == '.' || t->cp == ';' || t->cp == ':')) break;
    if (in(c, j, stop) || lex_speech_verb(c->s->text, t) || is(c, j, "according") || is(c, j, "selon") ||
        scan_in(c->s->text, t, (const char *const[]){"según", NULL}) >= 0)
      break;
    if (!in(c, j, preps)) continue;
    size_t k = j + 1;
    if (is(c, k, "the") || is(c, k, "la") || is(c, k, "le") || is(c, k, "el")) k++;
    if (word(c, k) && tk(c, k)->cap && !lex_month(c->s->text, tk(c, k)) && lex_weekday(c->s->text, tk(c, k)) < 0)
      return span_text(c->a, c, k, k + 1);
  }
  /* "an Azerbaijani family of five": the group before "of N" */
  if (qual_first >= 3 && (is(c, qual_first - 1, "of") || is(c, qual_first - 1, "de")) && tk(c, qual_first - 3)->cap)
    return span_text(c->a, c, qual_first - 3, qual_first - 2);
  return "";
}

/* ---- time frame ---------------------------------------------------------------------------- */

/* "last month", "earlier this year", "two weeks ago": before the event, though undated. */
static const char *relative_past(const cursor *c) {
  static const char *const spans[] = {"week", "month", "year", "weeks", "months", "years", NULL};
  for (size_t i = 0; i + 1 < c->s->ntok; i++) {
    if ((is(c, i, "last") || is(c, i, "previous")) && in(c, i + 1, spans)) return "earlier";
    if (is(c, i, "earlier") && is(c, i + 1, "this") && in(c, i + 2, spans)) return "earlier";
    if (in(c, i, spans) && is(c, i + 1, "ago")) return "earlier";
  }
  return "";
}

/* The date expression nearest to token `near` that places the number outside the event:
 * "in April 2016", "in July", "since 1991". "" when none (the event itself). */
static const char *find_timeframe(const cursor *c, size_t near) {
  static const char *const intro[] = {"in", "since", "during", "en", "depuis", "desde", "durante", "im", "seit",
                                      "until", "by", NULL};
  const an_sentence *s = c->s;
  size_t best = SIZE_MAX, best_dist = SIZE_MAX;
  an_date best_d = {0, 0, 0};
  int best_since = 0;
  for (size_t i = 0; i < s->ntok; i++) {
    an_date d = {0, 0, 0};
    int month = lex_month(s->text, tk(c, i));
    int has_intro = i > 0 && in(c, i - 1, intro);
    size_t day_at = i + 1 < s->ntok && punct(c, i + 1, '.') ? i + 2 : i + 1; /* "Oct. 10, 2002" */
    size_t year_at = day_at + 1 < s->ntok && punct(c, day_at + 1, ',') ? day_at + 2 : day_at + 1;
    if (month && tk(c, i)->cap && day_at < s->ntok && tk(c, day_at)->kind == SCAN_NUM &&
        digit_count(s->text, tk(c, day_at)) <= 2 && year_at < s->ntok && tk(c, year_at)->kind == SCAN_NUM &&
        tk(c, year_at)->end - tk(c, year_at)->start == 4) {
      /* a full date with its year: another month than the article's is another time */
      d.m = month;
      d.y = atoi(s->text + tk(c, year_at)->start);
      if (d.y < 1800 || d.y > 2100 || !s->date.y) continue;
    } else if (month && tk(c, i)->cap) {
      /* "September 27" is a day of the event, not a time frame */
      if (i + 1 < s->ntok && tk(c, i + 1)->kind == SCAN_NUM && digit_count(s->text, tk(c, i + 1)) <= 2) continue;
      if (i > 0 && tk(c, i - 1)->kind == SCAN_NUM && digit_count(s->text, tk(c, i - 1)) <= 2) continue;
      d.m = month;
      if (i + 1 < s->ntok && tk(c, i + 1)->kind == SCAN_NUM && digit_count(s->text, tk(c, i + 1)) == 4)
        d.y = atoi(s->text + tk(c, i + 1)->start);
      else if (has_intro && s->date.y) d.y = month > s->date.m ? s->date.y - 1 : s->date.y;
      else if (has_intro) d.y = -1; /* "in February" in an undated article: a month, year unknown */
      else continue;
    } else if (tk(c, i)->kind == SCAN_NUM && tk(c, i)->end - tk(c, i)->start == 4 && has_intro) {
      d.y = atoi(s->text + tk(c, i)->start);
      if (d.y < 1800 || d.y > 2100) continue;
      if (i > 0 && lex_month(s->text, tk(c, i - 1))) continue; /* counted with its month */
    } else {
      continue;
    }
    /* the event's own month or year is not a separate time frame */
    if (s->date.y && d.y == s->date.y && (d.m == 0 || d.m == s->date.m)) continue;
    size_t dist = i > near ? i - near : near - i;
    if (dist < best_dist) {
      best_dist = dist;
      best = i;
      best_d = d;
      best_since = i > 0 && (is(c, i - 1, "since") || is(c, i - 1, "depuis") || is(c, i - 1, "desde") || is(c, i - 1, "seit"));
    }
  }
  if (best == SIZE_MAX) return relative_past(c);
  char out[11];
  if (best_d.y == -1) { /* "--02": ISO 8601's month without a year */
    out[0] = out[1] = '-';
    out[2] = (char)('0' + best_d.m / 10);
    out[3] = (char)('0' + best_d.m % 10);
    out[4] = '\0';
  } else {
    an_date_format(best_d, out);
  }
  buf b = BUF_INIT;
  buf_printf(&b, "%s%s", best_since ? "since " : "", out);
  char *r = arena_strndup(c->a, b.data, b.len);
  buf_free(&b);
  return r;
}

const char *facts_sentence_timeframe(arena *a, const an_sentence *s) {
  cursor c = {.a = a, .s = s};
  return find_timeframe(&c, 0);
}

/* Languages whose cue words (function words, casualty words, qualifiers) we have. */
static int cued_language(const char *lang) {
  return !lang || !*lang || !strcmp(lang, "en") || !strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "de") ||
         !strcmp(lang, "und");
}

/* ---- scope of a claim ------------------------------------------------------------------------ */

/* The day nearest to the number: a weekday ("27 killed on Saturday", "Saturday's bombings") or a
 * calendar day ("the bombing on May 22 that killed 22"), -1 none. */
static int day_mark_at(const cursor *c, size_t i) {
  if (!tk(c, i)->cap) return -1;
  int month = lex_month(c->s->text, tk(c, i));
  if (month && i + 1 < c->s->ntok && tk(c, i + 1)->kind == SCAN_NUM && digit_count(c->s->text, tk(c, i + 1)) <= 2)
    return 100 + 32 * month + (int)digits_value(c->s->text, tk(c, i + 1), "en");
  return lex_weekday(c->s->text, tk(c, i));
}

static void find_days(cursor *c) {
  for (size_t i = 0; i < c->s->ntok; i++) {
    int mark = day_mark_at(c, i);
    if (mark < 0) continue;
    c->day_at = xrealloc(c->day_at, (c->ndays + 1) * sizeof *c->day_at);
    c->day_mark = xrealloc(c->day_mark, (c->ndays + 1) * sizeof *c->day_mark);
    c->day_at[c->ndays] = i;
    c->day_mark[c->ndays++] = mark;
  }
}

static int claim_day(const cursor *c, size_t near) {
  int best = -1;
  size_t best_dist = SIZE_MAX;
  for (size_t k = 0; k < c->ndays; k++) {
    size_t i = c->day_at[k], dist = i > near ? i - near : near - i;
    if (dist < best_dist) best_dist = dist, best = c->day_mark[k];
  }
  return best;
}

/* 2 for a running total ("9,000 since March", "8,000 so far", "in the year-long uprising"), 1 for
 * a sum over an unstated span ("a total of 125", "in all, 104"), 0 otherwise. */
static int claim_cumulative(const cursor *c) {
  int sum = 0;
  static const char *const words[] = {"total", "altogether", "overall", "cumulative", "year-long", "yearlong",
                                      "month-long", "insgesamt", NULL};
  static const char *const since[] = {"since", "depuis", "desde", "seit", NULL};
  static const char *const periods[] = {"crackdown", "uprising", "conflict", "war", "revolt", "insurgency",
                                        "revolution", "occupation", "epidemic", "pandemic", NULL};
  for (size_t i = 0; i < c->s->ntok; i++) {
    if (in(c, i, words) && !is(c, i, "year-long") && !is(c, i, "yearlong") && !is(c, i, "month-long")) sum = 1;
    else if (in(c, i, words)) return 2;
    /* "since the crackdown began", "since March", "since 2011" — not "since early morning" */
    if (in(c, i, since) && i + 1 < c->s->ntok &&
        (is(c, i + 1, "the") || is(c, i + 1, "then") || is(c, i + 1, "its") || lex_month(c->s->text, tk(c, i + 1)) ||
         tk(c, i + 1)->kind == SCAN_NUM))
      return 2;
    if ((is(c, i, "in") || is(c, i, "during")) && is(c, i + 1, "the") && in(c, i + 2, periods)) return 2;
    if ((is(c, i, "so") && is(c, i + 1, "far")) || (is(c, i, "to") && is(c, i + 1, "date")) ||
        (is(c, i, "past") && (is(c, i + 1, "year") || is(c, i + 1, "years") || is(c, i + 1, "month") ||
                              is(c, i + 1, "months"))))
      return 2;
    if (is(c, i, "in") && is(c, i + 1, "all") && (punct(c, i + 2, ',') || (i + 2 < c->s->ntok && tk(c, i + 2)->kind == SCAN_NUM)))
      sum = 1;
  }
  return sum;
}

/* "two deaths in each state", "three apiece": a figure per member, not a total. */
static int claim_distributive(const cursor *c, size_t num_end) {
  for (size_t j = num_end; j < c->s->ntok && j < num_end + 5; j++)
    if (is(c, j, "each") || is(c, j, "apiece") || is(c, j, "per") || is(c, j, "every")) return 1;
  return 0;
}

/* The sentence reports equipment lost ("destroyed", "shot down"): wartime claims by opposing
 * sides about the same materiel are the one kind of plain count we compare. */
static int claim_loss(const cursor *c, size_t num_end) {
  static const char *const words[] = {"destroyed", "downed", "détruits", "détruit", "abattu", "destruidos",
                                      "derribado", "zerstört", NULL};
  static const char *const clause_end[] = {"while", "but", "whereas", "and", NULL};
  /* the loss verb must follow the number in its clause ("two helicopters ... have been destroyed"),
   * not precede it ("destroyed houses in 15 villages") */
  for (size_t i = num_end; i < c->s->ntok && i < num_end + 25; i++) {
    if (punct(c, i, '.') || punct(c, i, ';')) break;
    if (in(c, i, clause_end) && !is(c, i, "and")) break;
    if (in(c, i, words) || (is(c, i, "shot") && is(c, i + 1, "down"))) return 1;
  }
  return 0;
}

/* "104 killed in Homs", "across Syria": the place the figure covers, from the clause after it. */
static const char *claim_place(const cursor *c, size_t from) {
  static const char *const preps[] = {"in", "across", "near", "at", "throughout", "en", "dans", "à", NULL};
  for (size_t j = from; j + 1 < c->s->ntok && j < from + 8; j++) {
    const scan_tok *t = tk(c, j);
    if (t->kind == SCAN_PUNCT && t->cp != '-') break;
    if (!in(c, j, preps)) continue;
    size_t k = j + 1;
    if (is(c, k, "the")) k++;
    if (word(c, k) && tk(c, k)->cap && !lex_month(c->s->text, tk(c, k)) && lex_weekday(c->s->text, tk(c, k)) < 0)
      return span_text(c->a, c, k, k + 1);
  }
  return "";
}

/* "2 to 3 miles", "between 6 and 8", "10-12": the lower end of a stated range, or -1. */
static double range_low(const cursor *c, size_t qual_first) {
  if (qual_first < 2) return -1;
  size_t sep = qual_first - 1, lo = qual_first - 2;
  if (!(is(c, sep, "to") || is(c, sep, "and") || is(c, sep, "or") || punct(c, sep, '-') || punct(c, sep, 0x2013)))
    return -1;
  if (tk(c, lo)->kind == SCAN_NUM) return digits_value(c->s->text, tk(c, lo), c->s->lang);
  int vague;
  double v = lex_number_word(c->s->text, tk(c, lo), c->s->lang, &vague);
  return v > 0 && !vague ? v : -1;
}

/* ---- extraction ------------------------------------------------------------------------------ */

static void add_fact(fact_list *out, const fact *f) {
  out->items = xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
  out->items[out->n++] = *f;
}

static void extract_at(const cursor *c, size_t i, fact_list *out) {
  const an_sentence *s = c->s;
  const scan_tok *t = tk(c, i);
  fact f;
  memset(&f, 0, sizeof f);
  int vague = 0;
  if (t->kind == SCAN_NUM) {
    f.value = digits_value(s->text, t, s->lang);
  } else {
    f.value = lex_number_word(s->text, t, s->lang, &vague);
    if (f.value <= 0) return;
    if (lex_month(s->text, t) && i + 1 < s->ntok && (punct(c, i + 1, '.') || tk(c, i + 1)->kind == SCAN_NUM)) return;
    if (!number_word_ok(c, i)) return;
  }
  if (not_a_claim(c, i, f.value)) return;
  size_t num_end = i + 1;
  /* "twenty three" / "a hundred thousand": absorb a following number word or scale */
  double scale;
  while (num_end < s->ntok && (scale = lex_scale(s->text, tk(c, num_end))) > 0 &&
         !(scale == 1e6 && scan_is(s->text, tk(c, num_end), "m") && word(c, num_end + 1))) {
    f.value *= scale;
    num_end++;
  }
  size_t qual_first;
  f.qualifier = vague == 1 ? QUAL_VAGUE : vague == 2 ? QUAL_ABOUT : find_qualifier(c, i, &qual_first);
  if (vague) qual_first = i;
  f.kind = FACT_COUNT;
  if (i > 0 && tk(c, i - 1)->kind == SCAN_PUNCT &&
      (tk(c, i - 1)->cp == '$' || tk(c, i - 1)->cp == 0x20AC || tk(c, i - 1)->cp == 0xA3 || tk(c, i - 1)->cp == 0xA5)) {
    f.kind = FACT_MONEY;
    if (qual_first == i) qual_first = i - 1;
  }
  if (punct(c, num_end, '%')) {
    f.kind = FACT_PERCENT;
    num_end++;
  } else if (is(c, num_end, "percent") || is(c, num_end, "pct")) {
    f.kind = FACT_PERCENT;
    num_end++;
  } else if ((is(c, num_end, "per") && is(c, num_end + 1, "cent")) || (is(c, num_end, "pour") && is(c, num_end + 1, "cent")) ||
             (is(c, num_end, "por") && is(c, num_end + 1, "ciento"))) {
    f.kind = FACT_PERCENT;
    num_end += 2;
  }
  if (f.kind == FACT_COUNT && punct(c, num_end, 0x20AC)) f.kind = FACT_MONEY;
  if (s->lang && !strcmp(s->lang, "fr") && (is(c, num_end, "cents") || is(c, num_end, "cent"))) {
    f.value *= 100; /* "cinq cents morts" */
    num_end++;
  }
  f.update = find_update(c, qual_first, num_end);
  size_t phrase_at = num_end;
  static const char *const more[] = {"more", "additional", "further", "new", "other", NULL};
  if (f.update == UPDATE_INCREMENT && in(c, phrase_at, more)) phrase_at++;
  phrase p;
  counted_phrase(c, phrase_at, &p);
  if (!cued_language(s->lang) && p.to > p.from + 1) p.to = p.next = p.from + 1; /* no function words known */
  char head[64] = "";
  if (p.to > p.from) scan_lower(s->text, tk(c, p.to - 1), head, sizeof head);
  if (f.kind == FACT_COUNT && head[0]) f.kind = (fact_kind)unit_kind(head);
  if (f.kind == FACT_COUNT && i > 0 && (is(c, i - 1, "us") || is(c, i - 1, "usd"))) f.kind = FACT_MONEY;
  size_t where;
  const char *cls = f.kind == FACT_COUNT ? attached_casualty(c, i, qual_first, &p, &where) : NULL;
  if (f.kind == FACT_COUNT && !cls && !head[0]) return; /* a bare number with nothing counted */
  if (cls && !strcmp(cls, "bodies") && f.update == UPDATE_INCREMENT) cls = "killed"; /* "three more bodies": the toll grows */
  set_range(&f);
  f.counted = p.to > p.from ? span_text(c->a, c, p.from, p.to) : (cls ? "people" : "");
  if (cls && p.to == p.from && where == p.next && !strcmp(cls, "rescued"))
    f.counted = span_text(c->a, c, where, where + 1); /* "180 survivors" */
  if (f.kind == FACT_PERCENT) {
    buf b = BUF_INIT;
    buf_printf(&b, "percent:%s", head[0] ? singular(c->a, head, s->lang) : "");
    f.key = arena_strndup(c->a, b.data, b.len);
    buf_free(&b);
  } else if (f.kind == FACT_MONEY) {
    f.key = "money";
  } else {
    f.key = cls ? cls : singular(c->a, head, s->lang);
  }
  f.concerns = find_concerns(c, qual_first, &p);
  f.claimant = s->has_speaker && !s->speaker_is_pronoun ? s->speaker.display : "";
  f.claimant_key = s->has_speaker && !s->speaker_is_pronoun ? s->speaker.key : "";
  double low = range_low(c, qual_first);
  if (low >= 0 && low < f.lo) f.lo = low;
  f.day_mark = claim_day(c, i);
  f.cumulative = c->cumulative;
  f.distributive = claim_distributive(c, num_end);
  f.loss = claim_loss(c, num_end);
  f.place = claim_place(c, p.next);
  f.timeframe = find_timeframe(c, i);
  if (!*f.timeframe && s->context_timeframe) f.timeframe = s->context_timeframe;
  f.cued = cued_language(s->lang);
  f.day = an_days(s->date);
  f.article = s->article;
  f.start = tk(c, qual_first)->start;
  f.end = tk(c, num_end - 1)->end;
  f.value_text = arena_strndup(c->a, s->text + f.start, f.end - f.start);
  f.sent_start = s->start;
  f.sent_end = s->end;
  add_fact(out, &f);
}

/* Bylines, credits and time stamps: "Reporting by ...", "Photo 1 of 12", "Posted 10/03/2025". */
static int metadata_sentence(const cursor *c) {
  static const char *const openers[] = {"reporting", "editing", "writing", "additional", "photo", "photos",
                                        "posted", "updated", "published", "copyright", "image", "images",
                                        "video", "source", "sources", "credit", "contact", NULL};
  size_t i = 0;
  while (i < c->s->ntok && tk(c, i)->kind == SCAN_PUNCT) i++;
  return i < c->s->ntok && tk(c, i)->cap && in(c, i, openers) &&
         (is(c, i, "additional") ? is(c, i + 1, "reporting") : 1) &&
         (i + 1 >= c->s->ntok || is(c, i + 1, "by") || is(c, i + 1, "reporting") || is(c, i + 1, "at") ||
          is(c, i + 1, "on") || tk(c, i + 1)->kind == SCAN_NUM || tk(c, i + 1)->kind == SCAN_PUNCT);
}

void facts_extract(arena *a, const an_sentence *s, fact_list *out) {
  cursor c = {.a = a, .s = s};
  if (metadata_sentence(&c)) return;
  c.cumulative = claim_cumulative(&c);
  c.url_end = url_end(&c);
  find_days(&c);
  for (size_t i = 0; i < s->ntok; i++) {
    const scan_tok *t = &s->tok[i];
    if (t->kind == SCAN_NUM || (t->kind == SCAN_WORD && !t->cap) || (t->kind == SCAN_WORD && i == 0))
      extract_at(&c, i, out);
  }
  free(c.day_at);
  free(c.day_mark);
}

/* ---- grouping ---------------------------------------------------------------------------------- */

typedef struct sort_item {
  const fact *f;
  size_t index;
} sort_item;

static int cmp_fact(const void *pa, const void *pb) {
  const sort_item *a = pa, *b = pb;
  int k = strcmp(a->f->key, b->f->key);
  if (k) return k;
  if ((k = strcmp(a->f->timeframe, b->f->timeframe))) return k;
  if (a->f->kind != b->f->kind) return (int)a->f->kind - (int)b->f->kind;
  if (a->f->article != b->f->article) return a->f->article < b->f->article ? -1 : 1;
  return a->f->start < b->f->start ? -1 : a->f->start > b->f->start;
}

static int concerns_match(const char *a, const char *b) {
  size_t n = 0;
  while (a[n] && b[n] && n < 6) {
    char x = a[n], y = b[n];
    if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
    if (x != y) return 0;
    n++;
  }
  return (!a[n] && !b[n]) || n == 6;
}

static int is_casualty_key(const char *key) {
  static const char *const keys[] = {"killed", "injured", "missing", "evacuated", "arrested", "detained", "rescued",
                                     "bodies", NULL};
  for (int i = 0; keys[i]; i++)
    if (!strcmp(key, keys[i])) return 1;
  return 0;
}

static int same_text_ci(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    char x = *a, y = *b;
    if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
    if (x != y) return 0;
  }
  return !*a && !*b;
}

/* Words that name no particular group of people: any casualty count with one of them (or with
 * nothing counted) speaks of the same toll. */
static int generic_group(const char *counted) {
  static const char *const words[] = {"", "people", "persons", "personnes", "personas", "personen", "survivors",
                                      "victims", "victimes", "víctimas", "dead", "residents", "inhabitants",
                                      "vecinos", "habitantes", "habitants", "einwohner", NULL};
  for (int i = 0; words[i]; i++)
    if (same_text_ci(counted, words[i])) return 1;
  return 0;
}

/* Same counted phrase, ignoring case and a final plural "s" ("helicopters" = "helicopter"). */
static int same_counted(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na && (a[na - 1] == 's' || a[na - 1] == 'S')) na--;
  if (nb && (b[nb - 1] == 's' || b[nb - 1] == 'S')) nb--;
  if (!na || na != nb) return 0;
  for (size_t i = 0; i < na; i++) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
    if (x != y) return 0;
  }
  return 1;
}

/* Two claims speak of the same quantity: same party, and — outside the casualty classes, where
 * the verb names the quantity — the same counted phrase ("murder charges" is not "first-degree
 * murder charges") unless both are claimed by someone ("two helicopters", the army said; "one
 * military helicopter", the agency said). A bare "people" without a casualty word is never
 * comparable. */
static int comparable(const fact *x, const fact *y) {
  if (!x->cued || !y->cued) return 0;
  if (x->update || y->update || x->qualifier == QUAL_VAGUE || y->qualifier == QUAL_VAGUE) return 0;
  if (!concerns_match(x->concerns, y->concerns)) return 0;
  /* a toll of Monday is not one of Tuesday, a running total not a day's count, "two in each
   * state" not a total, "104 in Homs" not a count "in Idlib" */
  if (x->day_mark >= 0 && y->day_mark >= 0 && x->day_mark != y->day_mark) return 0;
  if (x->cumulative != y->cumulative || x->distributive || y->distributive) return 0;
  if (*x->place && *y->place && !concerns_match(x->place, y->place)) return 0;
  /* "26 people killed" and "six educators killed" count different groups */
  if (is_casualty_key(x->key)) return (generic_group(x->counted) && generic_group(y->counted)) || same_counted(x->counted, y->counted);
  /* distances and sizes describe different things; sums and shares only compare when they
   * name the same thing ("70 percent of men" vs "86 percent of men") */
  if (x->kind == FACT_MEASURE) return 0;
  if (x->kind == FACT_MONEY || x->kind == FACT_PERCENT)
    return *x->concerns && same_counted(x->counted, y->counted); /* sums differ unless they are one party's */
  if (!strcmp(x->key, "people") || !strcmp(x->key, "persona") || !strcmp(x->key, "personne")) return 0;
  /* A plain count names its thing but not which of them: "six students" (warrants) and "two
   * students" (the alarm), "two sugar pellets" (hard task) and "one" (easy task) are different
   * subgroups under one noun. Only losses of equipment claimed by two different parties ("two
   * helicopters destroyed", the army said; "one helicopter shot down", the agency said) are
   * taken as one quantity. */
  return x->loss && y->loss && *x->claimant && *y->claimant && !same_text_ci(x->claimant_key, y->claimant_key);
}

/* The conditions of comparable() that concern one claim alone: a claim failing them is compared
 * with nothing. */
static int may_compare(const fact *x) {
  if (!x->cued || x->update || x->qualifier == QUAL_VAGUE || x->distributive || x->kind == FACT_MEASURE) return 0;
  if (is_casualty_key(x->key)) return 1;
  if (x->kind == FACT_MONEY || x->kind == FACT_PERCENT) return *x->concerns != '\0';
  if (!strcmp(x->key, "people") || !strcmp(x->key, "persona") || !strcmp(x->key, "personne")) return 0;
  return x->loss && *x->claimant;
}

/* A group with more comparable claims than this (only machine-made input has them) is checked
 * on its first ones, in article order, to bound the pairwise check. */
enum { MAX_COMPARED = 2000 };

static int disjoint(const fact *x, const fact *y) { return x->lo > y->hi || y->lo > x->hi; }

/* An article that gives the same claimant two incompatible values for one quantity is speaking
 * of different things under one name ("eight counts ... two counts"): it cannot disagree. */
static int ambiguous(const sort_item *items, size_t from, size_t to, const fact *x) {
  for (size_t k = from; k < to; k++) {
    const fact *y = items[k].f;
    if (y == x || y->article != x->article || !same_text_ci(y->claimant, x->claimant)) continue;
    if (comparable(x, y) && disjoint(x, y)) return 1;
  }
  return 0;
}

/* Reports more than two days apart follow a figure as it evolves (a toll that rises over weeks):
 * they are not the same time frame. */
static int same_period(const fact *x, const fact *y) {
  if (!x->day || !y->day) return 1;
  long gap = x->day > y->day ? x->day - y->day : y->day - x->day;
  return gap <= 2;
}

/* x_amb, y_amb: whether ambiguous() holds for x and y (computed once per group member). */
static int conflict(const fact *x, const fact *y, int x_amb, int y_amb) {
  if (!same_period(x, y)) return 0;
  /* within one article only two named claimants can disagree ("X said two, Y said one") */
  if (x->article == y->article && (!*x->claimant || !*y->claimant || same_text_ci(x->claimant, y->claimant))) return 0;
  if (!comparable(x, y) || !disjoint(x, y)) return 0;
  return x->article == y->article || (!x_amb && !y_amb);
}

static int cmp_group(const void *pa, const void *pb) {
  const fact_group *a = pa, *b = pb;
  if (a->disagreement != b->disagreement) return b->disagreement - a->disagreement;
  if (a->narticles != b->narticles) return a->narticles < b->narticles ? 1 : -1;
  if (a->n != b->n) return a->n < b->n ? 1 : -1;
  int k = strcmp(a->key, b->key);
  return k ? k : strcmp(a->timeframe, b->timeframe);
}

size_t facts_group(arena *a, const fact_list *facts, fact_group **groups) {
  size_t n = facts->n;
  *groups = NULL;
  if (!n) return 0;
  sort_item *items = xmalloc(n * sizeof *items);
  for (size_t i = 0; i < n; i++) items[i] = (sort_item){&facts->items[i], i};
  qsort(items, n, sizeof *items, cmp_fact);
  fact_group *g = arena_calloc(a, n, sizeof *g);
  size_t ng = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && !strcmp(items[j].f->key, items[i].f->key) && !strcmp(items[j].f->timeframe, items[i].f->timeframe) &&
           items[j].f->kind == items[i].f->kind)
      j++;
    fact_group *G = &g[ng++];
    G->key = items[i].f->key;
    G->timeframe = items[i].f->timeframe;
    G->n = j - i;
    G->members = arena_alloc(a, G->n * sizeof *G->members);
    uint32_t last_article = UINT32_MAX;
    /* only claims that can be compared with anything take part in the pairwise check: a big
     * group of plain counts ("people", "points") costs O(G), not O(G²) */
    sort_item *cand = xmalloc((j - i) * sizeof *cand);
    size_t nc = 0;
    for (size_t k = i; k < j; k++) {
      G->members[k - i] = items[k].index;
      if (items[k].f->article != last_article) G->narticles++, last_article = items[k].f->article;
      if (may_compare(items[k].f) && nc < MAX_COMPARED) cand[nc++] = items[k];
    }
    uint8_t *amb = xmalloc(nc + 1);
    for (size_t k = 0; k < nc; k++) amb[k] = (uint8_t)ambiguous(cand, 0, nc, cand[k].f);
    for (size_t k = 0; k < nc && !G->disagreement; k++)
      for (size_t l = 0; l < k && !G->disagreement; l++)
        G->disagreement = conflict(cand[k].f, cand[l].f, amb[k], amb[l]);
    free(amb);
    free(cand);
    i = j;
  }
  free(items);
  qsort(g, ng, sizeof *g, cmp_group);
  *groups = g;
  return ng;
}

const char *fact_qualifier_name(fact_qualifier q) {
  static const char *const names[] = {"", "at least", "more than", "about", "nearly", "up to", "less than", "vague"};
  return names[q];
}
const char *fact_kind_name(fact_kind k) {
  static const char *const names[] = {"count", "percent", "money", "measure"};
  return names[k];
}
const char *fact_update_name(fact_update u) {
  static const char *const names[] = {"", "increment", "total"};
  return names[u];
}

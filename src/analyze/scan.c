/* scan.c — surface tokens and shared word lists for the digest extractors (see scan.h).
 * O(n) per text; list lookups are over short fixed lists. The lists are written for this
 * project (en, fr, es, de); they are deliberately small: the rules need cue words, not lexicons.
 */
#include "analyze/scan.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include <string.h>
#include <unicode/uchar.h>

static uint32_t cp_at(const char *s, size_t len, size_t i, size_t *next) {
  *next = i;
  if (i >= len) return 0;
  if ((unsigned char)s[i] < 0x80) {
    *next = i + 1;
    return (unsigned char)s[i];
  }
  return utf8_next(s, len, next);
}

static int is_letter(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return u_isalpha((UChar32)cp) || (U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK);
}
static int is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }
static int is_alnum(uint32_t cp) { return is_letter(cp) || is_digit(cp); }
static int is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2011; }
static int is_space(uint32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || u_isspace((UChar32)cp); }

static void push(scan_list *l, uint32_t a, uint32_t b, int kind, uint32_t cp) {
  l->t = xgrow(l->t, &l->cap, l->n + 1, sizeof *l->t);
  scan_tok *t = &l->t[l->n++];
  memset(t, 0, sizeof *t);
  t->start = a;
  t->end = b;
  t->kind = (uint8_t)kind;
  t->cp = cp;
}

/* Dotted acronym "U.S." / "a.m.": length, or 0. */
static size_t acronym_len(const char *s, size_t len, size_t i) {
  size_t j = i, letters = 0;
  while (j + 1 < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') && s[j + 1] == '.') {
    letters++;
    j += 2;
  }
  if (letters < 2 || (j < len && is_letter((unsigned char)s[j]))) return 0;
  return j - i;
}

/* 1 when an apostrophe at i starts a possessive "'s" that ends the word. */
static int possessive_at(const char *s, size_t len, size_t i, size_t *after) {
  size_t n1, n2;
  uint32_t a = cp_at(s, len, i, &n1);
  if (!is_apostrophe(a)) return 0;
  uint32_t b = cp_at(s, len, n1, &n2);
  if (b != 's' && b != 'S') return 0;
  size_t n3;
  if (is_letter(cp_at(s, len, n2, &n3))) return 0;
  *after = n2;
  return 1;
}

static void set_case(scan_tok *t, const char *s, size_t len) {
  size_t i = t->start, next;
  if (t->end - t->start > 2 && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z' && (s[i + 1] == '\'' ||
      (t->end - t->start > 4 && !memcmp(s + i + 1, "\xE2\x80\x99", 3)))) {
    size_t after = s[i + 1] == '\'' ? i + 2 : i + 4; /* l'Intérieur, d'Azur: the word after the elision */
    uint32_t c = cp_at(s, len, after, &next);
    if (u_isupper((UChar32)c)) i = after;
  }
  uint32_t first = cp_at(s, len, i, &next);
  t->cap = (uint8_t)(u_isupper((UChar32)first) || u_istitle((UChar32)first));
  size_t letters = 0, upper = 0;
  for (i = t->start; i < t->end; i = next) {
    uint32_t cp = cp_at(s, len, i, &next);
    if (!is_letter(cp)) continue;
    letters++;
    upper += u_isupper((UChar32)cp) != 0;
  }
  t->allcaps = (uint8_t)(letters >= 2 && upper == letters);
}

/* A digit group separated by a (narrow/no-break) space: "150 000", "4 400" in French. The group
 * before has 1–3 digits and the one after exactly 3, so "in 1990 200 people" stays apart. */
static size_t space_group_end(const char *s, size_t len, size_t i, size_t group_start) {
  size_t next;
  uint32_t cp = cp_at(s, len, i, &next);
  if (cp != ' ' && cp != 0xA0 && cp != 0x202F && cp != 0x2009) return 0;
  size_t digits_before = 0;
  for (size_t k = group_start; k < i; k++) digits_before += s[k] >= '0' && s[k] <= '9';
  if (digits_before < 1 || digits_before > 3) return 0;
  size_t k = next, n = 0;
  while (k < len && s[k] >= '0' && s[k] <= '9') k++, n++;
  return n == 3 ? k : 0;
}

/* Extends a word or number token from i; returns its end. */
static size_t word_end(const char *s, size_t len, size_t i, int *has_letter) {
  size_t j = i, next, after, group_start = i;
  *has_letter = 0;
  uint32_t prev = 0;
  while (j < len) {
    uint32_t cp = cp_at(s, len, j, &next);
    if (is_alnum(cp) || (j > i && (U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK))) {
      *has_letter |= is_letter(cp);
      prev = cp;
      j = next;
      continue;
    }
    uint32_t following = cp_at(s, len, next, &after);
    int joins = 0;
    if (!*has_letter && is_digit(prev)) {
      size_t g = space_group_end(s, len, j, group_start);
      if (g) {
        group_start = next;
        j = g;
        continue;
      }
    }
    if (is_hyphen(cp) && is_alnum(prev) && is_alnum(following)) joins = 1;
    else if ((cp == '.' || cp == ',') && !*has_letter && is_digit(prev) && is_digit(following)) joins = 1;
    else if (is_apostrophe(cp) && is_letter(prev) && is_letter(following) && !possessive_at(s, len, j, &after))
      joins = 1;
    if (!joins) break;
    prev = cp;
    j = next;
  }
  return j;
}

static void classify_word(const char *s, scan_tok *t);

static void scan(scan_list *l, const char *s, size_t len, int classify);

void scan_text(scan_list *l, const char *s, size_t len) { scan(l, s, len, 1); }
void scan_words(scan_list *l, const char *s, size_t len) { scan(l, s, len, 0); }

static void scan(scan_list *l, const char *s, size_t len, int classify) {
  l->n = 0;
  size_t i = 0, next;
  while (i < len) {
    uint32_t cp = cp_at(s, len, i, &next);
    if (is_space(cp)) {
      i = next;
      continue;
    }
    if (!is_alnum(cp)) {
      push(l, (uint32_t)i, (uint32_t)next, SCAN_PUNCT, cp);
      i = next;
      continue;
    }
    size_t acr = acronym_len(s, len, i);
    int has_letter = 1;
    size_t end = acr ? i + acr : word_end(s, len, i, &has_letter);
    push(l, (uint32_t)i, (uint32_t)end, has_letter ? SCAN_WORD : SCAN_NUM, 0);
    if (has_letter) {
      set_case(&l->t[l->n - 1], s, len);
      if (classify) classify_word(s, &l->t[l->n - 1]);
    }
    size_t after;
    if (possessive_at(s, len, end, &after)) {
      push(l, (uint32_t)end, (uint32_t)after, SCAN_POSS, 0);
      end = after;
    }
    i = end;
  }
}

void scan_free(scan_list *l) {
  free(l->t);
  l->t = NULL;
  l->n = l->cap = 0;
}

size_t scan_lower(const char *s, const scan_tok *t, char *out, size_t cap) {
  size_t o = 0, next;
  for (size_t i = t->start; i < t->end; i = next) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* ASCII needs no Unicode tables: most tokens take only this path */
      if (o + 2 > cap) break;
      out[o++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      next = i + 1;
      continue;
    }
    uint32_t cp = cp_at(s, t->end, i, &next);
    if (cp == 0x2019) cp = '\'';
    cp = (uint32_t)u_tolower((UChar32)cp);
    char tmp[4];
    size_t k = utf8_put(tmp, cp);
    if (o + k + 1 > cap) break;
    memcpy(out + o, tmp, k);
    o += k;
  }
  if (cap) out[o] = '\0';
  return o;
}

int scan_is(const char *s, const scan_tok *t, const char *word) {
  size_t n = t->end - t->start;
  if ((s[t->start] | 0x20) != word[0] || strlen(word) != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char a = s[t->start + i], b = word[i];
    if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
    if (a != b) return 0;
  }
  return 1;
}

int scan_in(const char *s, const scan_tok *t, const char *const *list) {
  if (t->kind != SCAN_WORD) return -1;
  if (t->end - t->start >= 64) return -1;
  /* the first byte of the lower-cased token rejects almost every entry before the token is
   * lower-cased as a whole (which costs Unicode lookups outside ASCII) */
  unsigned char b = (unsigned char)s[t->start];
  char first;
  if (b < 0x80) {
    first = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
  } else {
    size_t next = t->start;
    char tmp[4];
    utf8_put(tmp, (uint32_t)u_tolower((UChar32)utf8_next(s, t->end, &next)));
    first = tmp[0];
  }
  char low[64];
  int lowered = 0;
  for (int i = 0; list[i]; i++) {
    if (list[i][0] != first) continue;
    if (!lowered) scan_lower(s, t, low, sizeof low), lowered = 1;
    if (list[i][1] == low[1] && strcmp(list[i], low) == 0) return i;
  }
  return -1;
}

int scan_quote_mark(uint32_t cp) {
  switch (cp) {
  case 0x201C: case 0xAB: case 0x201E: return 1;
  case 0x201D: case 0xBB: return 2;
  case '"': return 3;
  default: return 0;
  }
}

/* ---- word lists -------------------------------------------------------------------------- */

static int compute_month(const char *s, const scan_tok *t) {
  static const char *const names[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov",
      "dec", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
      "agosto", "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "april",
      "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "sep", "setiembre",
      NULL};
  static const int month[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 9, 9};
  int i = scan_in(s, t, names);
  if (i < 0) return 0;
  /* "may", "mar", "march" and "dec" are also common words: only capitalized they name a month. */
  if ((i == 4 || i == 2 || i == 14 || i == 23) && !t->cap) return 0;
  return month[i];
}

static int compute_weekday(const char *s, const scan_tok *t) {
  static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                      "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
                                      "sábado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag",
                                      "freitag", "samstag", "sonntag", NULL};
  int i = scan_in(s, t, names);
  return i < 0 ? -1 : i % 7;
}

double lex_number_word(const char *s, const scan_tok *t, const char *lang, int *vague) {
  static const struct { const char *w; double v; int vague; const char *lang; } words[] = {
      {"one", 1, 0, "en"},       {"two", 2, 0, "en"},        {"three", 3, 0, "en"},     {"four", 4, 0, "en"},        {"five", 5, 0, "en"},
      {"six", 6, 0, "en"},       {"seven", 7, 0, "en"},      {"eight", 8, 0, "en"},     {"nine", 9, 0, "en"},        {"ten", 10, 0, "en"},
      {"eleven", 11, 0, "en"},   {"twelve", 12, 0, "en"},    {"thirteen", 13, 0, "en"}, {"fourteen", 14, 0, "en"},   {"fifteen", 15, 0, "en"},
      {"sixteen", 16, 0, "en"},  {"seventeen", 17, 0, "en"}, {"eighteen", 18, 0, "en"}, {"nineteen", 19, 0, "en"},   {"twenty", 20, 0, "en"},
      {"thirty", 30, 0, "en"},   {"forty", 40, 0, "en"},     {"fifty", 50, 0, "en"},    {"sixty", 60, 0, "en"},      {"seventy", 70, 0, "en"},
      {"eighty", 80, 0, "en"},   {"ninety", 90, 0, "en"},    {"hundred", 100, 0, "en"}, {"thousand", 1000, 0, "en"}, {"dozen", 12, 0, "en"},
      {"dozens", 24, 1, "en"},   {"hundreds", 200, 1, "en"}, {"thousands", 2000, 1, "en"}, {"scores", 40, 1, "en"},
      {"dizaine", 10, 2, "fr"}, {"douzaine", 12, 2, "fr"}, {"quinzaine", 15, 2, "fr"}, {"vingtaine", 20, 2, "fr"},
      {"trentaine", 30, 2, "fr"}, {"quarantaine", 40, 2, "fr"}, {"cinquantaine", 50, 2, "fr"},
      {"soixantaine", 60, 2, "fr"}, {"centaine", 100, 2, "fr"}, {"decena", 10, 2, "es"}, {"veintena", 20, 2, "es"},
      {"centenar", 100, 2, "es"}, {"docena", 12, 2, "es"},
      {"deux", 2, 0, "fr"},      {"trois", 3, 0, "fr"},      {"quatre", 4, 0, "fr"},    {"cinq", 5, 0, "fr"},        {"sept", 7, 0, "fr"},
      {"huit", 8, 0, "fr"},      {"neuf", 9, 0, "fr"},       {"dix", 10, 0, "fr"},      {"douze", 12, 0, "fr"},      {"quinze", 15, 0, "fr"},
      {"vingt", 20, 0, "fr"},    {"trente", 30, 0, "fr"},    {"cent", 100, 0, "fr"},    {"mille", 1000, 0, "fr"},    {"dizaines", 20, 1, "fr"},
      {"centaines", 200, 1, "fr"}, {"milliers", 2000, 1, "fr"}, {"dos", 2, 0, "es"},      {"tres", 3, 0, "es"},        {"cuatro", 4, 0, "es"},
      {"cinco", 5, 0, "es"},     {"seis", 6, 0, "es"},       {"siete", 7, 0, "es"},     {"ocho", 8, 0, "es"},        {"nueve", 9, 0, "es"},
      {"diez", 10, 0, "es"},     {"doce", 12, 0, "es"},      {"quince", 15, 0, "es"},   {"veinte", 20, 0, "es"},     {"treinta", 30, 0, "es"},
      {"cien", 100, 0, "es"},    {"decenas", 20, 1, "es"},   {"cientos", 200, 1, "es"}, {"centenares", 200, 1, "es"}, {"miles", 2000, 1, "es"},
      {"zwei", 2, 0, "de"},      {"drei", 3, 0, "de"},       {"vier", 4, 0, "de"},      {"fünf", 5, 0, "de"},        {"zehn", 10, 0, "de"},
      {"dutzende", 24, 1, "de"}, {"hunderte", 200, 1, "de"}, {"tausende", 2000, 1, "de"}};
  *vague = 0;
  if (t->kind != SCAN_WORD) return 0;
  char low[64];
  size_t n = scan_lower(s, t, low, sizeof low);
  /* "twenty-three": sum of the hyphenated parts when every part is a number word */
  double total = 0;
  size_t a = 0;
  while (a <= n) {
    size_t b = a;
    while (b < n && low[b] != '-') b++;
    double part = 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
      if (words[k].w[0] == low[a] && strlen(words[k].w) == b - a && memcmp(words[k].w, low + a, b - a) == 0 &&
          (!strcmp(words[k].lang, lang && *lang ? lang : "en") || (!strcmp(words[k].lang, "en") && !(lang && *lang)))) {
        part = words[k].v;
        if (words[k].vague) *vague = words[k].vague;
        break;
      }
    if (part == 0) return 0;
    total += part;
    a = b + 1;
  }
  return total;
}

double lex_scale(const char *s, const scan_tok *t) {
  static const char *const w[] = {"thousand", "million", "millions", "billion", "billions", "trillion",
                                  "mille", "milliard", "milliards", "mil", "millón", "millones", "milliarde",
                                  "milliarden", "mln", "bn", "m", NULL};
  static const double v[] = {1e3, 1e6, 1e6, 1e9, 1e9, 1e12, 1e3, 1e9, 1e9, 1e3, 1e6, 1e6, 1e9, 1e9, 1e6, 1e9, 1e6};
  int i = scan_in(s, t, w);
  return i < 0 ? 0 : v[i];
}

static int compute_speech_verb(const char *s, const scan_tok *t) {
  static const char *const verbs[] = {
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "reported", "reports",
      "announced", "announces", "claimed", "claims", "accused", "accuses", "denied", "denies", "warned",
      "warns", "urged", "urges", "wrote", "writes", "tweeted", "confirmed", "confirms", "insisted",
      "insists", "noted", "explained", "declared", "declares", "alleged", "asserted", "stressed", "argued",
      "estimated", "acknowledged", "admitted", "blamed", "rejected", "condemned", "dismissed", "show", "shows",
      "déclaré", "dit", "affirmé", "annoncé", "indiqué", "expliqué", "précisé", "ajouté", "assuré",
      "estimé", "dénoncé", "accusé", "démenti", "affirme", "déclare", "indique", "explique", "estime",
      "estiment", "affirment", "indiquent", "déclarent", "annoncent", "dit-il", "dit-elle", "ajoute-t-il",
      "ajoute-t-elle", "estimate", "estimates",
      "dijo", "afirmó", "declaró", "aseguró", "señaló", "indicó", "explicó", "añadió", "anunció",
      "denunció", "informó", "acusó", "negó", "advirtió", "sagte", "erklärte", "betonte", NULL};
  return scan_in(s, t, verbs) >= 0;
}

static int compute_title(const char *s, const scan_tok *t) {
  static const char *const titles[] = {
      "president", "prime", "minister", "secretary-general", "secretary", "spokesman", "spokeswoman",
      "spokesperson", "chief", "chancellor", "king", "queen", "pope", "general", "gen", "colonel", "governor",
      "mayor", "senator", "sen", "rep", "ambassador", "director", "chairman", "chairwoman", "ceo", "deputy",
      "vice", "former", "dr", "mr", "mrs", "ms", "commander", "leader", "adviser", "advisor", "envoy",
      "presidential", "candidate", "foreign", "defence", "defense", "interior", "premier", "président",
      "présidente", "ministre", "porte-parole", "presidente", "ministra", "ministro", "portavoz",
      "secretario", "alcalde", "maire", "sheriff", "judge", "justice", "lt", "sgt", "capt", "officer",
      "inspector", "superintendent", "professor", "prof", "head", "emir", "sheikh", "prince", "princess",
      "cardinal", "bishop", "archbishop", "lawmaker", "congressman", "congresswoman", "councillor", "consejero",
      "consejera", "alcaldesa", "conseiller", "conseillère", "préfet", "executive", "maire", NULL};
  return scan_in(s, t, titles) >= 0;
}

static int compute_role_noun(const char *s, const scan_tok *t) {
  static const char *const nouns[] = {
      "ministry", "spokesman", "spokeswoman", "spokesperson", "officials", "official", "minister",
      "president", "agency", "army", "forces", "rebels", "military", "government", "police", "statement",
      "department", "office", "media", "sources", "authorities", "residents", "witnesses", "defence",
      "defense", "foreign", "state", "news", "interior", "health", "presidential", "senior", "adviser",
      "advisor", "chief", "leader", "leaders", "analysts", "observers", "experts", "group", "troops",
      "separatists", "activists", "organizers", "organisers", "researchers", "scientists", "doctors",
      "hospital", "prosecutors", "prosecutor", "investigators", "lawyer", "lawyers", "officers", "spokesmen",
      "service", "services", "administration", "command", "council", "committee", "secretary", "commission",
      "ministère", "gouvernement", "autorités", "porte-parole", "ministerio", "gobierno", "autoridades",
      "portavoz", "policía", "fuentes", "guard", "executive", "brigade", "consejero", "consejera", "alcalde",
      "alcaldesa", "ministro", "ministra", "presidente", "presidenta", "servicio", "préfecture", "préfet",
      "pompiers", "bomberos", "records", "regulator", "operator", "maire", "protection", "sécurité", "défense",
      "protección", "ministre", "ministère", "company", "firm", "airline", "manufacturer", "owner", "employer",
      "union", "club", "school", "university", "court", "coroner", "trust", "charity", "utility", "insurer",
      "carrier", "sheriff", "mayor", "governor", "judge", "coach", "chairman", "chairwoman", "director",
      "inspector", "commissioner", "marshal", "captain", "superintendent", "witness", "report", "study",
      "letter", "complaint", "indictment", "lawsuit", "filing", "survey", "poll", NULL};
  return scan_in(s, t, nouns) >= 0;
}

static int compute_org_word(const char *s, const scan_tok *t) {
  static const char *const words[] = {
      "ministry", "agency", "council", "group", "department", "army", "nations", "union", "assembly",
      "organization", "organisation", "observatory", "committee", "party", "bank", "court", "news",
      "commission", "institute", "university", "corporation", "company", "inc", "ltd", "association",
      "federation", "office", "service", "forces", "police", "parliament", "congress", "senate",
      "government", "fund", "press", "times", "post", "reuters", "bureau", "authority", "board",
      "foundation", "church", "club", "house", "ministère", "ministerio", "gobierno", "nacional", "ayuntamiento",
      "mairie", "consejería", "préfecture", "center", "centre", "museum", "school", "hospital", "airport",
      "college", "library", "institution", "network", "channel", "magazine", "journal", NULL};
  return scan_in(s, t, words) >= 0;
}

static int ends_with(const char *low, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n > k + 2 && memcmp(low + n - k, suffix, k) == 0;
}

static int compute_demonym(const char *s, const scan_tok *t) {
  if (t->kind != SCAN_WORD || !t->cap) return 0;
  static const char *const irregular[] = {"french", "dutch", "british", "greek", "thai", "swiss", "azeri",
                                          "iraqi", "israeli", "pakistani", "saudi", "kuwaiti", "yemeni",
                                          "turkish", "polish", "spanish", "danish", "swedish", "irish",
                                          "kurdish", "finnish", "scottish", "welsh", "english", "czech",
                                          "uzbek", "kazakh", "tajik", "arab", "soviet", "western",
                                          "eastern", "european", "african", "asian", NULL};
  if (scan_in(s, t, irregular) >= 0) return 1;
  char low[64];
  size_t n = scan_lower(s, t, low, sizeof low);
  if (memchr(low, '-', n)) return 0;
  return ends_with(low, n, "ian") || ends_with(low, n, "ean") || ends_with(low, n, "ani") ||
         ends_with(low, n, "ese") || ends_with(low, n, "ish") || ends_with(low, n, "can") ||
         ends_with(low, n, "ien") || ends_with(low, n, "ienne") || ends_with(low, n, "ais") ||
         ends_with(low, n, "aise") || ends_with(low, n, "ano") || ends_with(low, n, "ana") ||
         ends_with(low, n, "ense") || ends_with(low, n, "ish");
}

static int compute_function_word(const char *s, const scan_tok *t) {
  static const char *const words[] = {
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but",
      "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "is", "are",
      "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
      "might", "can", "did", "do", "does", "not", "no", "than", "into", "after", "before", "since", "during",
      "over", "under", "about", "while", "when", "where", "there", "their", "they", "them", "he", "she",
      "his", "her", "we", "our", "you", "i", "also", "including", "such", "some", "all", "both", "each",
      "per", "between", "among", "against", "more", "less", "le", "la", "les", "de", "des", "du", "un",
      "une", "et", "ou", "en", "dans", "sur", "pour", "par", "avec", "au", "aux", "ont", "été", "est",
      "sont", "qui", "que", "el", "los", "las", "del", "y", "o", "con", "por", "para", "han", "sido", "es",
      "son", "fueron", "se", "su", "sus", "lo", "al", "der", "die", "das", "und", "im", "mit", "von", "zu",
      "ist", "sind", "wurden", "à", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "on", "ne", "pas",
      "sous", "entre", "dont", "où", "mais", "car", "après", "avant", "depuis", "pendant", "contre", "vers",
      "chez", "lors", "autre", "autres", "other", "others", "una", "unos", "unas", "este", "esta", "sobre",
      "tras", "desde", "hasta", "pero", "como", "muy", "ya", "también", "sin", "cuando", "donde", "fue", "era",
      "ha", "había", "otros", "otras", "otro", "otra", "ein", "eine", "einen", "dem", "den", "auf", "für",
      "bei", "nach", "aus", "wie", "auch", "nicht", "sich", "es", "hat", "war", "wird", "weitere", NULL};
  return scan_in(s, t, words) >= 0;
}

static int compute_pronoun(const char *s, const scan_tok *t) {
  /* plural pronouns are left out: "they" rarely points back to the previous speaker */
  static const char *const words[] = {"he", "she", "it", "il", "elle", "él", "ella", "er", NULL};
  return scan_in(s, t, words) >= 0;
}

/* ---- cached classification ----------------------------------------------------------------- */

enum {
  LEX_SPEECH = 1 << 0, LEX_TITLE = 1 << 1, LEX_ROLE = 1 << 2, LEX_ORG = 1 << 3,
  LEX_DEMONYM = 1 << 4, LEX_FUNCTION = 1 << 5, LEX_PRONOUN = 1 << 6
};

/* Every rule asks the same few questions of a word many times: answer them once per token. */
static void classify_word(const char *s, scan_tok *t) {
  t->month = (uint8_t)compute_month(s, t);
  t->weekday = (int8_t)compute_weekday(s, t);
  unsigned lex = 0;
  if (compute_speech_verb(s, t)) lex |= LEX_SPEECH;
  if (compute_title(s, t)) lex |= LEX_TITLE;
  if (compute_role_noun(s, t)) lex |= LEX_ROLE;
  if (compute_org_word(s, t)) lex |= LEX_ORG;
  if (compute_demonym(s, t)) lex |= LEX_DEMONYM;
  if (compute_function_word(s, t)) lex |= LEX_FUNCTION;
  if (compute_pronoun(s, t)) lex |= LEX_PRONOUN;
  t->lex = (uint16_t)lex;
  t->classified = 1;
}

static int cached(const char *s, const scan_tok *t, unsigned bit) {
  if (t->kind != SCAN_WORD) return 0;
  if (t->classified) return (t->lex & bit) != 0;
  switch (bit) { /* a token from scan_words or built by hand: look it up */
  case LEX_SPEECH: return compute_speech_verb(s, t);
  case LEX_TITLE: return compute_title(s, t);
  case LEX_ROLE: return compute_role_noun(s, t);
  case LEX_ORG: return compute_org_word(s, t);
  case LEX_DEMONYM: return compute_demonym(s, t);
  case LEX_FUNCTION: return compute_function_word(s, t);
  default: return compute_pronoun(s, t);
  }
}

int lex_month(const char *s, const scan_tok *t) {
  if (t->kind != SCAN_WORD) return 0;
  return t->classified ? t->month : compute_month(s, t);
}
int lex_weekday(const char *s, const scan_tok *t) {
  if (t->kind != SCAN_WORD) return -1;
  return t->classified ? t->weekday : compute_weekday(s, t);
}
int lex_speech_verb(const char *s, const scan_tok *t) { return cached(s, t, LEX_SPEECH); }
int lex_title(const char *s, const scan_tok *t) { return cached(s, t, LEX_TITLE); }
int lex_role_noun(const char *s, const scan_tok *t) { return cached(s, t, LEX_ROLE); }
int lex_org_word(const char *s, const scan_tok *t) { return cached(s, t, LEX_ORG); }
int lex_demonym(const char *s, const scan_tok *t) { return cached(s, t, LEX_DEMONYM); }
int lex_function_word(const char *s, const scan_tok *t) { return cached(s, t, LEX_FUNCTION); }
int lex_pronoun(const char *s, const scan_tok *t) { return cached(s, t, LEX_PRONOUN); }

int scan_paragraph_break(const char *text, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++) {
    if (text[i] != '\n') continue;
    uint32_t j = i + 1;
    while (j < b && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) j++;
    if (j < b && text[j] == '\n') return 1;
  }
  return 0;
}

/* date.c — finding calendar dates and datelines in multilingual news text.
 *
 * Why a token matcher and not a regex: month names come in five languages, in several
 * grammatical forms (Russian genitive "сентября", abbreviations "Сен", "Sept."), with ordinal
 * suffixes ("27th", "1er") and particles ("27 de septiembre de 2020"). The line is cut into
 * tokens (numbers, case-folded words, punctuation) once, and a few shapes are tried at each
 * token: day-month-year, month-day-year, ISO and numeric. Folding uses ICU's simple lower-case
 * mapping so Cyrillic and accented Latin compare case-insensitively.
 *
 * Cost: O(n) in the bytes scanned (the month table is a constant).
 */
#include "ingest/date.h"
#include "base/utf8.h"
#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>

enum { TOK_NUM, TOK_WORD, TOK_PUNCT };

typedef struct date_token {
  int kind;
  size_t start, end; /* byte span in the scanned text */
  int value;         /* TOK_NUM: its value (capped); TOK_PUNCT: the code point */
  int digits;        /* TOK_NUM: number of digits */
  int upper_initial; /* TOK_WORD: starts with an upper-case letter */
  int all_upper;     /* TOK_WORD: every letter upper-case */
  char folded[64];   /* TOK_WORD: lower-cased; "" when too long (no month or weekday is) */
} date_token;

typedef struct month_name {
  const char *name;
  int month;
} month_name;

/* Folded (lower-case) month names and abbreviations: en/ru/fr/de/es, and cs/el/ar/he/hi for the
 * WikiNews datelines of the MultiLing sets. */
/* clang-format off */
static const month_name MONTHS[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4},
    {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
    {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10}, {"november", 11},
    {"nov", 11}, {"december", 12}, {"dec", 12},
    /* Russian: nominative, genitive, abbreviations */
    {"январь", 1}, {"января", 1}, {"янв", 1}, {"февраль", 2}, {"февраля", 2}, {"фев", 2}, {"февр", 2},
    {"март", 3}, {"марта", 3}, {"мар", 3}, {"апрель", 4}, {"апреля", 4}, {"апр", 4}, {"май", 5},
    {"мая", 5}, {"июнь", 6}, {"июня", 6}, {"июн", 6}, {"июль", 7}, {"июля", 7}, {"июл", 7},
    {"август", 8}, {"августа", 8}, {"авг", 8}, {"сентябрь", 9}, {"сентября", 9}, {"сен", 9},
    {"сент", 9}, {"октябрь", 10}, {"октября", 10}, {"окт", 10}, {"ноябрь", 11}, {"ноября", 11},
    {"ноя", 11}, {"нояб", 11}, {"декабрь", 12}, {"декабря", 12}, {"дек", 12},
    /* French */
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fév", 2}, {"mars", 3},
    {"avril", 4}, {"avr", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"août", 8},
    {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    {"decembre", 12}, {"déc", 12},
    /* German */
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"juni", 6}, {"juli", 7},
    {"oktober", 10}, {"dezember", 12}, {"okt", 10}, {"dez", 12},
    /* Spanish */
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    /* Czech (genitive, nominative): the MultiLing sets carry them */
    {"ledna", 1}, {"leden", 1}, {"února", 2}, {"únor", 2}, {"března", 3}, {"březen", 3}, {"dubna", 4},
    {"duben", 4}, {"května", 5}, {"květen", 5}, {"června", 6}, {"červen", 6}, {"července", 7},
    {"červenec", 7}, {"srpna", 8}, {"srpen", 8}, {"září", 9}, {"října", 10}, {"říjen", 10},
    {"listopadu", 11}, {"listopad", 11}, {"prosince", 12}, {"prosinec", 12},
    /* Greek (genitive) */
    {"ιανουαρίου", 1}, {"φεβρουαρίου", 2}, {"μαρτίου", 3}, {"απριλίου", 4}, {"μαΐου", 5},
    {"ιουνίου", 6}, {"ιουλίου", 7}, {"αυγούστου", 8}, {"σεπτεμβρίου", 9}, {"οκτωβρίου", 10},
    {"νοεμβρίου", 11}, {"δεκεμβρίου", 12},
    /* Arabic (Gregorian month names) */
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4}, {"مايو", 5},
    {"يونيو", 6}, {"يوليو", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10},
    {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
    /* Hebrew (also with the prefixes ב/ל, see month_of) */
    {"ינואר", 1}, {"פברואר", 2}, {"מרץ", 3}, {"מרס", 3}, {"אפריל", 4}, {"מאי", 5}, {"יוני", 6},
    {"יולי", 7}, {"אוגוסט", 8}, {"ספטמבר", 9}, {"אוקטובר", 10}, {"נובמבר", 11}, {"דצמבר", 12},
    /* Hindi */
    {"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"मार्च", 3}, {"अप्रैल", 4}, {"अप्रेल", 4}, {"मई", 5},
    {"जून", 6}, {"जुलाई", 7}, {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9}, {"अक्टूबर", 10},
    {"अक्तूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11}, {"दिसंबर", 12}, {"दिसम्बर", 12},
};
/* clang-format on */

/* Words a dateline may hold besides the date: weekdays, "updated", time-zone words, particles. */
static const char *const DATELINE_WORDS[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "понедельник", "вторник", "среда", "четверг", "пятница",
    "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado",
    "sabado", "domingo", "updated", "update", "published", "posted", "last", "modified", "created", "on",
    "at", "am", "pm", "a", "m", "p", "utc", "gmt", "ist", "est", "edt", "cst", "cdt", "pst", "pdt", "bst",
    "cet", "cest", "msk", "et", "pt", "обновлено", "опубликовано", "в", "г", "года", "год", "mis", "à",
    "jour", "le", "de", "del", "el", "um", "uhr", "den", "der", "aktualisiert", "veröffentlicht",
    "actualizado", "publicado", "publié", "h", "the", "of",
    /* cs, el, ar, he, hi weekdays and particles */
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle", "δευτέρα", "τρίτη", "τετάρτη",
    "πέμπτη", "παρασκευή", "σάββατο", "κυριακή", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
    "الخميس", "الجمعة", "السبت", "الأحد", "الاحد", "ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת",
    "יום", "ה", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "गुरूवार", "बृहस्पतीवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार",
    "रविवार", "इतवार", "تموز", "كانون", "الثاني"};

static int fold_cp(uint32_t cp) { return (int)u_tolower((UChar32)cp); }

/* Lower-cases s[start..end) into out (UTF-8); returns 0 when it does not fit. */
static int fold_word(const char *s, size_t start, size_t end, char out[64]) {
  size_t o = 0, i = start;
  while (i < end) {
    uint32_t cp = utf8_next(s, end, &i);
    char tmp[4];
    size_t n = utf8_put(tmp, (uint32_t)fold_cp(cp));
    if (o + n >= 64) return 0;
    memcpy(out + o, tmp, n);
    o += n;
  }
  out[o] = '\0';
  return 1;
}

/* Letters, and the combining marks that Indic scripts write inside words. */
static int is_word_cp(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (u_isalpha((UChar32)cp)) return 1;
  int8_t type = u_charType((UChar32)cp);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

/* Splits s[0..len) into at most `cap` tokens; spaces separate and are dropped. */
static size_t tokenize(const char *s, size_t len, date_token *toks, size_t cap) {
  size_t n = 0, i = 0;
  while (i < len && n < cap) {
    size_t start = i;
    uint32_t cp = utf8_next(s, len, &i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) continue;
    date_token *t = &toks[n++];
    memset(t, 0, sizeof *t);
    t->start = start;
    if (u_isdigit((UChar32)cp)) {
      /* any script's decimal digits: Devanagari "१३" is 13 */
      t->kind = TOK_NUM;
      long v = 0;
      int digits = 0;
      size_t j = start;
      while (j < len) {
        size_t k = j;
        uint32_t d = utf8_next(s, len, &k);
        if (!u_isdigit((UChar32)d)) break;
        if (v < 100000) v = v * 10 + u_charDigitValue((UChar32)d);
        digits++;
        j = k;
      }
      t->value = (int)v;
      t->digits = digits;
      i = j;
    } else if (is_word_cp(cp)) {
      t->kind = TOK_WORD;
      t->upper_initial = u_isupper((UChar32)cp) ? 1 : 0;
      int all_upper = t->upper_initial;
      size_t j = i;
      while (j < len) {
        size_t k = j;
        uint32_t c2 = utf8_next(s, len, &k);
        if (!is_word_cp(c2)) break;
        if (!u_isupper((UChar32)c2)) all_upper = 0;
        j = k;
      }
      i = j;
      t->all_upper = all_upper;
      if (!fold_word(s, start, i, t->folded)) t->folded[0] = '\0';
    } else {
      t->kind = TOK_PUNCT;
      t->value = (int)cp;
    }
    t->end = i;
  }
  return n;
}

static int month_named(const char *folded) {
  for (size_t i = 0; i < sizeof MONTHS / sizeof *MONTHS; i++)
    if (strcmp(folded, MONTHS[i].name) == 0) return MONTHS[i].month;
  return 0;
}

static int month_of(const date_token *t) {
  if (t->kind != TOK_WORD || !t->folded[0]) return 0;
  int m = month_named(t->folded);
  /* Hebrew glues the prepositions ב (in) and ל (to) to the month: "בינואר", "לאפריל" */
  if (!m && (strncmp(t->folded, "\xD7\x91", 2) == 0 || strncmp(t->folded, "\xD7\x9C", 2) == 0))
    m = month_named(t->folded + 2);
  return m;
}

static int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return days[month - 1];
}

static int valid_date(int year, int month, int day) {
  return year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

static int is_punct(const date_token *t, int cp) { return t->kind == TOK_PUNCT && t->value == cp; }
static int is_word(const date_token *t, const char *w) {
  return t->kind == TOK_WORD && strcmp(t->folded, w) == 0;
}
static int adjacent(const date_token *a, const date_token *b) { return a->end == b->start; }

/* An ordinal suffix glued to a day number: "27th", "1er", "1st". */
static int is_ordinal_suffix(const date_token *num, const date_token *t) {
  if (!adjacent(num, t) || t->kind != TOK_WORD) return 0;
  static const char *const SUFFIXES[] = {"st", "nd", "rd", "th", "er", "re", "e", "eme", "ème", "o", "a"};
  for (size_t i = 0; i < sizeof SUFFIXES / sizeof *SUFFIXES; i++)
    if (strcmp(t->folded, SUFFIXES[i]) == 0) return 1;
  return 0;
}

static int is_day(const date_token *t) {
  return t->kind == TOK_NUM && t->digits <= 2 && t->value >= 1 && t->value <= 31;
}
static int is_year(const date_token *t) { return t->kind == TOK_NUM && t->digits == 4; }

/* Skips an optional day suffix and a following "." (German "27.") at toks[*i]. */
static void skip_day_suffix(const date_token *toks, size_t n, size_t day, size_t *i) {
  if (*i < n && is_ordinal_suffix(&toks[day], &toks[*i])) (*i)++;
  if (*i < n && is_punct(&toks[*i], '.') && adjacent(&toks[*i - 1], &toks[*i])) (*i)++;
}

typedef struct date_match {
  int year, month, day;
  size_t first, last; /* token indexes, inclusive */
} date_match;

/* "27 September 2020", "27. September 2020", "1er octobre 2020", "27 de septiembre de 2020",
 * "28 Сен, 2020", "28 сентября 2020 г." */
static int match_dmy(const date_token *toks, size_t n, size_t at, date_match *m) {
  if (!is_day(&toks[at])) return 0;
  size_t i = at + 1;
  skip_day_suffix(toks, n, at, &i);
  if (i < n && is_word(&toks[i], "de")) i++;
  if (i >= n) return 0;
  int month = month_of(&toks[i]);
  if (!month) return 0;
  i++;
  if (i < n && is_punct(&toks[i], '.')) i++;
  if (i + 1 < n && is_punct(&toks[i], '/') && toks[i + 1].kind == TOK_WORD) i += 2; /* "يوليو/تموز" */
  if (i < n && is_punct(&toks[i], ',')) i++;
  if (i < n && (is_word(&toks[i], "de") || is_word(&toks[i], "del"))) i++;
  if (i >= n || !is_year(&toks[i])) return 0;
  *m = (date_match){toks[i].value, month, toks[at].value, at, i};
  return valid_date(m->year, m->month, m->day);
}

/* "September 27, 2020", "September 27th 2020", "Sept. 27, 2020" */
static int match_mdy(const date_token *toks, size_t n, size_t at, date_match *m) {
  int month = month_of(&toks[at]);
  if (!month) return 0;
  size_t i = at + 1;
  if (i < n && is_punct(&toks[i], '.')) i++;
  if (i >= n || !is_day(&toks[i])) return 0;
  size_t day = i++;
  if (i < n && is_ordinal_suffix(&toks[day], &toks[i])) i++;
  if (i < n && is_punct(&toks[i], ',')) i++;
  if (i >= n || !is_year(&toks[i])) return 0;
  *m = (date_match){toks[i].value, month, toks[day].value, at, i};
  return valid_date(m->year, m->month, m->day);
}

/* "2020-09-27" (also 2020/09/27) */
static int match_iso(const date_token *toks, size_t n, size_t at, date_match *m) {
  if (at + 4 >= n || !is_year(&toks[at])) return 0;
  const date_token *s1 = &toks[at + 1], *mo = &toks[at + 2], *s2 = &toks[at + 3], *d = &toks[at + 4];
  int sep = s1->kind == TOK_PUNCT ? s1->value : 0;
  if ((sep != '-' && sep != '/' && sep != '.') || !is_punct(s2, sep)) return 0;
  if (mo->kind != TOK_NUM || mo->digits > 2 || d->kind != TOK_NUM || d->digits > 2) return 0;
  if (!adjacent(&toks[at], s1) || !adjacent(s1, mo) || !adjacent(mo, s2) || !adjacent(s2, d)) return 0;
  *m = (date_match){toks[at].value, mo->value, d->value, at, at + 4};
  return valid_date(m->year, m->month, m->day);
}

/* "27.09.2020", "27/09/2020" (day first, as in Europe; month first only when the first number
 * cannot be a month and the second can, e.g. 09/27/2020). */
static int match_numeric(const date_token *toks, size_t n, size_t at, date_match *m) {
  if (at + 4 >= n) return 0;
  const date_token *a = &toks[at], *s1 = &toks[at + 1], *b = &toks[at + 2], *s2 = &toks[at + 3],
                   *y = &toks[at + 4];
  int sep = s1->kind == TOK_PUNCT ? s1->value : 0;
  if ((sep != '.' && sep != '/' && sep != '-') || !is_punct(s2, sep)) return 0;
  if (a->kind != TOK_NUM || a->digits > 2 || b->kind != TOK_NUM || b->digits > 2 || !is_year(y)) return 0;
  if (!adjacent(a, s1) || !adjacent(s1, b) || !adjacent(b, s2) || !adjacent(s2, y)) return 0;
  int day = a->value, month = b->value;
  if (month > 12 && day <= 12) {
    day = b->value;
    month = a->value;
  }
  *m = (date_match){y->value, month, day, at, at + 4};
  return valid_date(m->year, m->month, m->day);
}

static int match_at(const date_token *toks, size_t n, size_t at, date_match *m) {
  return match_iso(toks, n, at, m) || match_numeric(toks, n, at, m) || match_dmy(toks, n, at, m) ||
         match_mdy(toks, n, at, m);
}

/* Token budget per window: a date needs at most 8 tokens, so long texts are scanned in windows
 * that overlap by that much, keeping the token array on the stack. */
enum { WINDOW = 256, OVERLAP = 16 };

int date_find(const char *s, size_t len, char out[11], size_t *start, size_t *end) {
  date_token toks[WINDOW];
  size_t base = 0;
  while (base < len) {
    size_t n = tokenize(s + base, len - base, toks, WINDOW);
    if (n == 0) break;
    int full = n == WINDOW;
    size_t limit = full ? n - OVERLAP : n;
    for (size_t i = 0; i < limit; i++) {
      date_match m;
      if (match_at(toks, n, i, &m)) {
        snprintf(out, 11, "%04d-%02d-%02d", m.year, m.month, m.day);
        if (start) *start = base + toks[m.first].start;
        if (end) *end = base + toks[m.last].end;
        return 1;
      }
    }
    if (!full) break;
    base += toks[limit].start;
  }
  return 0;
}

static int is_dateline_word(const date_token *t) {
  if (t->kind != TOK_WORD) return 0;
  for (size_t i = 0; i < sizeof DATELINE_WORDS / sizeof *DATELINE_WORDS; i++)
    if (strcmp(t->folded, DATELINE_WORDS[i]) == 0) return 1;
  return 0;
}

/* A clock time "13:41" or "13.41" or "1:41" starting at toks[i]; returns tokens used. */
static size_t time_at(const date_token *toks, size_t n, size_t i) {
  if (i + 2 >= n || toks[i].kind != TOK_NUM || toks[i].digits > 2 || toks[i].value > 24) return 0;
  if (!(is_punct(&toks[i + 1], ':') || is_punct(&toks[i + 1], '.') || is_word(&toks[i + 1], "h"))) return 0;
  if (toks[i + 2].kind != TOK_NUM || toks[i + 2].digits != 2 || toks[i + 2].value > 59) return 0;
  size_t used = 3;
  if (i + 4 < n && is_punct(&toks[i + 3], ':') && toks[i + 4].kind == TOK_NUM && toks[i + 4].digits == 2)
    used = 5;
  return used;
}

int date_is_dateline(const char *s, size_t len) {
  if (len == 0 || len > 160) return 0;
  date_token toks[64];
  size_t n = tokenize(s, len, toks, 64);
  if (n == 0 || n == 64) return 0;
  int dates = 0, times = 0, place_words = 0;
  size_t i = 0;
  while (i < n) {
    date_match m;
    if (match_at(toks, n, i, &m)) {
      dates++;
      i = m.last + 1;
      continue;
    }
    size_t t = time_at(toks, n, i);
    if (t) {
      times++;
      i += t;
      continue;
    }
    const date_token *tok = &toks[i];
    if (tok->kind == TOK_PUNCT) {
      int cp = tok->value;
      /* sentence-ending punctuation inside a short line reads as prose */
      if (cp == '?' || cp == '!' || cp == '"' || cp == 0x201C || cp == 0x201D) return 0;
    } else if (tok->kind == TOK_WORD) {
      if (!is_dateline_word(tok) && month_of(tok) == 0) {
        /* a place ("MOSCOW", "New Delhi") or a time-zone abbreviation ("IST") */
        if (!tok->upper_initial) return 0;
        if (++place_words > 3) return 0;
      }
    } else if (tok->digits > 4) {
      return 0;
    }
    i++;
  }
  return dates > 0 || (times > 0 && place_words <= 1);
}

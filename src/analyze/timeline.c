/* timeline.c — date expressions in a sentence and their resolution (see timeline.h).
 * Each token is tried as the head of an expression; the most precise one wins, the first one
 * on ties. O(tokens) per sentence.
 */
#include "analyze/timeline.h"
#include "base/xalloc.h"
#include <stdlib.h>
#include <string.h>

/* P_NAMED: a day that names an earlier event ("Sunday's fire"): the sentence's own day, when it
 * states one ("died on Tuesday"), wins over it. */
enum precision { P_NONE, P_YEAR, P_MONTH, P_NAMED, P_RELATIVE, P_FULL };

typedef struct found {
  enum precision p;
  an_date d;
  int since;
  size_t from, to; /* tokens */
} found;

static int is(const an_sentence *s, size_t i, const char *w) { return i < s->ntok && scan_is(s->text, &s->tok[i], w); }
static int in(const an_sentence *s, size_t i, const char *const *l) {
  return i < s->ntok && scan_in(s->text, &s->tok[i], l) >= 0;
}

/* Day of month of a token ("27", "27th", "1er"), else 0. */
static int day_of(const an_sentence *s, size_t i) {
  if (i >= s->ntok) return 0;
  const scan_tok *t = &s->tok[i];
  const char *p = s->text + t->start;
  size_t n = t->end - t->start, k = 0;
  int v = 0;
  while (k < n && k < 3 && p[k] >= '0' && p[k] <= '9') v = v * 10 + (p[k++] - '0');
  if (k == 0 || k > 2) return 0;
  if (k < n && t->kind != SCAN_WORD) return 0;
  if (k < n) {
    const char *suf = p + k;
    size_t sl = n - k;
    if (!((sl == 2 && (!memcmp(suf, "st", 2) || !memcmp(suf, "nd", 2) || !memcmp(suf, "rd", 2) ||
                       !memcmp(suf, "th", 2) || !memcmp(suf, "er", 2)))))
      return 0;
  }
  return v >= 1 && v <= 31 ? v : 0;
}

static int year_of(const an_sentence *s, size_t i) {
  if (i >= s->ntok || s->tok[i].kind != SCAN_NUM || s->tok[i].end - s->tok[i].start != 4) return 0;
  int y = atoi(s->text + s->tok[i].start);
  return y >= 1800 && y <= 2100 ? y : 0;
}

/* Year for a month/day stated without one: the article's, or the previous one when the month is
 * later in the year than the article (news reports the past). */
static int infer_year(const an_sentence *s, int m, int d) {
  (void)d;
  if (!s->date.y) return 0;
  return s->date.m && m > s->date.m ? s->date.y - 1 : s->date.y;
}

static void consider(found *best, enum precision p, an_date d, int since, size_t from, size_t to) {
  if (d.y <= 0 || p <= best->p) return;
  *best = (found){p, d, since, from, to};
}

static int is_since(const an_sentence *s, size_t i) {
  return i > 0 && (is(s, i - 1, "since") || is(s, i - 1, "depuis") || is(s, i - 1, "desde") || is(s, i - 1, "seit"));
}

static void try_full_dates(const an_sentence *s, size_t i, found *best) {
  const scan_tok *t = &s->tok[i];
  /* ISO 2020-09-27 */
  if (t->kind == SCAN_NUM && t->end - t->start == 10 && s->text[t->start + 4] == '-' && s->text[t->start + 7] == '-') {
    an_date d = an_date_parse(s->text + t->start);
    if (d.y && d.m && d.d) consider(best, P_FULL, d, 0, i, i + 1);
    return;
  }
  int m = lex_month(s->text, t);
  if (!m) return;
  /* Month Day[,] [Year]  /  Month. Day */
  size_t j = i + 1;
  if (j < s->ntok && s->tok[j].kind == SCAN_PUNCT && s->tok[j].cp == '.') j++;
  int d = day_of(s, j);
  if (d) {
    size_t k = j + 1;
    if (k < s->ntok && s->tok[k].kind == SCAN_PUNCT && s->tok[k].cp == ',') k++;
    int y = year_of(s, k);
    an_date date = {y ? y : infer_year(s, m, d), m, d};
    consider(best, P_FULL, date, 0, i, y ? k + 1 : j + 1);
    return;
  }
  /* Day Month [Year]  /  Day de Month [de Year] */
  size_t b = i;
  if (b >= 2 && is(s, b - 1, "de")) b--;
  d = b >= 1 ? day_of(s, b - 1) : 0;
  if (d) {
    size_t k = i + 1;
    if (is(s, k, "de")) k++;
    if (k < s->ntok && s->tok[k].kind == SCAN_PUNCT && s->tok[k].cp == ',') k++;
    int y = year_of(s, k);
    an_date date = {y ? y : infer_year(s, m, d), m, d};
    consider(best, P_FULL, date, 0, b - 1, y ? k + 1 : i + 1);
    return;
  }
  /* Month Year / in Month */
  static const char *const intro[] = {"in", "since", "during", "until", "en", "depuis", "desde", "durante",
                                      "im", "seit", "by", "late", "early", "mid", "fin", "début", "hasta", NULL};
  size_t k = i + 1;
  if (is(s, k, "de")) k++;
  int y = year_of(s, k);
  if (!s->tok[i].cap && !y && (!s->lang || !strcmp(s->lang, "en"))) return;
  if (y) consider(best, P_MONTH, (an_date){y, m, 0}, is_since(s, i), i, k + 1);
  else if (i > 0 && in(s, i - 1, intro)) consider(best, P_MONTH, (an_date){infer_year(s, m, 0), m, 0}, is_since(s, i), i - 1, i + 1);
}

static void try_relative(const an_sentence *s, size_t i, found *best) {
  if (!s->date.y || !s->date.m || !s->date.d) return;
  const scan_tok *t = &s->tok[i];
  int wd = lex_weekday(s->text, t);
  if (wd >= 0) {
    int today = an_weekday(s->date);
    int back = (today - wd + 7) % 7;
    /* "next Sunday", and the day after the article's ("declared Thursday a day of mourning" in a
     * Wednesday paper) look forward; every other weekday is the latest one on or before it */
    int forward = (i > 0 && (is(s, i - 1, "next") || is(s, i - 1, "prochain") || is(s, i - 1, "próximo"))) || back == 6;
    int delta = forward ? ((wd - today + 7) % 7 ? (wd - today + 7) % 7 : 7) : -back;
    size_t from = i > 0 && (is(s, i - 1, "on") || is(s, i - 1, "el") || is(s, i - 1, "last") || forward) ? i - 1 : i;
    size_t to = i + 1;
    static const char *const part[] = {"morning", "evening", "night", "afternoon", "matin", "soir", "soirée", NULL};
    if (in(s, to, part)) to++;
    int named = i + 1 < s->ntok && s->tok[i + 1].kind == SCAN_POSS;
    consider(best, named ? P_NAMED : P_RELATIVE, an_add_days(s->date, delta), 0, from, to);
    return;
  }
  static const char *const minus1[] = {"yesterday", "hier", "ayer", "gestern", "anoche", NULL};
  static const char *const zero[] = {"today", "tonight", "overnight", "aujourd'hui", "hoy", "heute", NULL};
  if (in(s, i, minus1)) consider(best, P_RELATIVE, an_add_days(s->date, -1), 0, i, i + 1);
  else if (in(s, i, zero)) consider(best, P_RELATIVE, s->date, 0, i, i + 1);
  else if (is(s, i, "last") && i + 1 < s->ntok) {
    if (is(s, i + 1, "night")) consider(best, P_RELATIVE, an_add_days(s->date, -1), 0, i, i + 2);
    else if (is(s, i + 1, "week")) consider(best, P_RELATIVE, an_add_days(s->date, -7), 0, i, i + 2);
    else if (is(s, i + 1, "month")) {
      an_date prev = an_add_days(s->date, -s->date.d);
      prev.d = 0;
      consider(best, P_MONTH, prev, 0, i, i + 2);
    }
    else if (is(s, i + 1, "year")) consider(best, P_YEAR, (an_date){s->date.y - 1, 0, 0}, 0, i, i + 2);
  } else if (is(s, i, "this") && (is(s, i + 1, "morning") || is(s, i + 1, "afternoon") || is(s, i + 1, "evening"))) {
    consider(best, P_RELATIVE, s->date, 0, i, i + 2);
  }
}

static void try_year(const an_sentence *s, size_t i, found *best) {
  static const char *const intro[] = {"in", "since", "until", "en", "depuis", "desde", "im", "seit", "by", "à", NULL};
  int y = year_of(s, i);
  if (!y || i == 0 || !in(s, i - 1, intro)) return;
  if (i + 1 < s->ntok && s->tok[i + 1].kind == SCAN_PUNCT && s->tok[i + 1].cp == '-') return;
  consider(best, P_YEAR, (an_date){y, 0, 0}, is_since(s, i), i - 1, i + 1);
}

void timeline_extract(const an_sentence *s, timeline_list *out) {
  found best = {P_NONE, {0, 0, 0}, 0, 0, 0};
  for (size_t i = 0; i < s->ntok; i++) {
    try_full_dates(s, i, &best);
    try_relative(s, i, &best);
    try_year(s, i, &best);
  }
  if (best.p == P_NONE) return;
  out->items = xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
  timeline_item *it = &out->items[out->n++];
  memset(it, 0, sizeof *it);
  it->date = best.d;
  an_date_format(best.d, it->when);
  it->since = best.since;
  it->article = s->article;
  it->start = s->start;
  it->end = s->end;
  it->expr_start = s->tok[best.from].start;
  it->expr_end = s->tok[best.to - 1].end;
}

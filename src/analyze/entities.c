/* entities.c — capitalized names, typed and counted (see entities.h). Extraction is O(tokens)
 * per sentence; ranking sorts the M mentions once, O(M log M), and merges surnames in O(K²) over
 * the K distinct names (a few hundred per cluster). */
#include "analyze/entities.h"
#include "base/xalloc.h"
#include <stdlib.h>
#include <string.h>

static int is(const an_sentence *s, size_t i, const char *w) { return i < s->ntok && scan_is(s->text, &s->tok[i], w); }

static int starts_sentence(const an_sentence *s, size_t i) {
  if (i == 0) return 1;
  const scan_tok *p = &s->tok[i - 1];
  return p->kind == SCAN_PUNCT && (scan_quote_mark(p->cp) || p->cp == '(' || p->cp == ':' || p->cp == '-' ||
                                   p->cp == 0x2014);
}

/* Capitalized only because it opens the sentence: function words, adverbs, gerunds... */
static int ordinary_opener(const an_sentence *s, size_t i) {
  static const char *const words[] = {"meanwhile", "however", "amid", "despite", "still", "yet", "now", "mostly",
                                      "read", "according", "earlier", "later", "another", "many", "several",
                                      "although", "though", "if", "after", "before", "why", "what", "how",
                                      "there", "here", "we", "i", "you", "one", "two", "three", "mais", "pero",
                                      "según", "selon", "cependant", "sin", "embargo", "así", "ainsi", "plus",
                                      "more", "most", "other", "others", "some", "all", "any", "every", "such",
                                      "instead", "also", "then", "thus", "so", "even", "only", "just", NULL};
  const scan_tok *t = &s->tok[i];
  if (lex_function_word(s->text, t) || scan_in(s->text, t, words) >= 0) return 1;
  size_t n = t->end - t->start;
  const char *w = s->text + t->start;
  return n > 4 && (!memcmp(w + n - 3, "ing", 3) || !memcmp(w + n - 2, "ly", 2) || !memcmp(w + n - 2, "ed", 2));
}

static int name_word(const an_sentence *s, size_t i) {
  const scan_tok *t = &s->tok[i];
  if (t->kind != SCAN_WORD || !t->cap) return 0;
  if (lex_month(s->text, t) || lex_weekday(s->text, t) >= 0) return 0;
  if (t->end - t->start == 1 && !t->allcaps) return is(s, i, "I") ? 0 : 1;
  return 1;
}

static int ends_with_ci(const an_sentence *s, size_t i, const char *suffix, size_t min_len) {
  const scan_tok *t = &s->tok[i];
  size_t n = t->end - t->start, k = strlen(suffix);
  if (n < min_len || n < k) return 0;
  for (size_t j = 0; j < k; j++) {
    char ch = s->text[t->end - k + j];
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
    if (ch != suffix[j]) return 0;
  }
  return 1;
}

/* A place by the way the text uses the name (no gazetteer): "Pakistan", "Finland" (-stan, -land),
 * "United States", "Russian Federation", "Republic of X", "Armenia's capital / government /
 * foreign minister", "the capital of X". ENT_OTHER when nothing says so. */
static entity_type place_by_pattern(const an_sentence *s, size_t from, size_t to) {
  static const char *const state_heads[] = {"states", "kingdom", "republic", "emirates", "islands", "federation",
                                            NULL};
  static const char *const owned[] = {"capital", "government", "prime", "parliament", "army", "military",
                                      "border", "borders", "territory", "embassy", "population", "economy",
                                      "troops", "foreign", "defence", "defense", "interior", "citizens",
                                      "regime", "armed", "airspace", "president", NULL};
  static const char *const of_place[] = {"capital", "government", "republic", "kingdom", "citizens", "territory",
                                         "borders", "border", "embassy", "people", "north", "south", "east",
                                         "west", "parts", "regions", "region", "province", "provinces", NULL};
  if (to - from == 1 && (ends_with_ci(s, from, "stan", 6) || ends_with_ci(s, from, "land", 6)))
    return ENT_PLACE;
  if (to - from >= 2 && (scan_in(s->text, &s->tok[to - 1], state_heads) >= 0 ||
                         scan_in(s->text, &s->tok[from], state_heads) >= 0))
    return ENT_PLACE;
  /* "Armenia's foreign minister": a one-word name that owns a state's attributes (president
   * only for a one-word owner: "Harvard's president" would need its org word) */
  if (to - from == 1 && to + 1 < s->ntok && s->tok[to].kind == SCAN_POSS &&
      scan_in(s->text, &s->tok[to + 1], owned) >= 0)
    return ENT_PLACE;
  if (from >= 2 && scan_is(s->text, &s->tok[from - 1], "of") && scan_in(s->text, &s->tok[from - 2], of_place) >= 0)
    return ENT_PLACE;
  return ENT_OTHER;
}

/* Adds tokens [from, to) as a mention after stripping titles and a nationality adjective that
 * only qualifies a title ("Armenian Prime Minister"); the adjective stays in names such as
 * "Soviet Union" or "Syrian Observatory for Human Rights". */
static void emit(arena *a, const an_sentence *s, size_t from, size_t to, entity_type hint, int initial,
                 entity_mentions *out) {
  static const char *const inner[] = {"of", "for", "de", "del", "du", "des", "la", "von", NULL};
  static const char *const place_preps[] = {"in", "at", "from", "near", "into", "across", "en", "à", "dans",
                                            "desde", "hacia", "nach", "aus", NULL};
  int org = 0;
  for (size_t k = from; k < to; k++) org |= lex_org_word(s->text, &s->tok[k]);
  for (;;) {
    if (from >= to) return;
    const scan_tok *t = &s->tok[from];
    if (lex_title(s->text, t) && !org) { /* "Defence Ministry" keeps its "Defence" */
      hint = ENT_PERSON;
      from++;
    } else if (lex_function_word(s->text, t) && !t->allcaps) {
      from++;
    } else if (lex_demonym(s->text, t) && (to - from == 1 || lex_title(s->text, &s->tok[from + 1]))) {
      from++;
    } else {
      break;
    }
  }
  while (to > from && (scan_in(s->text, &s->tok[to - 1], inner) >= 0 || lex_title(s->text, &s->tok[to - 1]))) to--;
  if (to <= from) return;
  if (org || (to - from == 1 && s->tok[from].allcaps && s->tok[from].end - s->tok[from].start <= 5)) hint = ENT_ORG;
  else if (hint == ENT_OTHER && from > 0 && scan_in(s->text, &s->tok[from - 1], place_preps) >= 0 &&
           !(to < s->ntok && s->tok[to].kind == SCAN_POSS)) /* "at Gosnell's clinic": an owner, not a place */
    hint = ENT_PLACE;
  if (hint == ENT_OTHER) hint = place_by_pattern(s, from, to);
  uint32_t bs = s->tok[from].start, be = s->tok[to - 1].end;
  out->items = xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
  out->items[out->n++] = (entity_mention){arena_strndup(a, s->text + bs, be - bs), hint, initial && to - from == 1,
                                          s->article, bs, be};
}

void entities_extract(arena *a, const an_sentence *s, entity_mentions *out) {
  static const char *const inner[] = {"of", "for", "de", "del", "du", "des", "la", "von", NULL};
  for (size_t i = 0; i < s->ntok;) {
    if (!name_word(s, i) || (s->quoted && s->quoted[i] && 0)) {
      i++;
      continue;
    }
    size_t from = i, to = i + 1;
    for (;;) {
      if (to < s->ntok && name_word(s, to)) to++;
      else if (to + 2 < s->ntok && s->tok[to].kind == SCAN_PUNCT && s->tok[to].cp == '.' &&
               s->tok[to - 1].end - s->tok[to - 1].start == 1 && name_word(s, to + 2))
        to += 2; /* a middle initial: "David O. Selznick" */
      else if (to + 1 < s->ntok && scan_in(s->text, &s->tok[to], inner) >= 0 && name_word(s, to + 1)) to += 2;
      else break;
    }
    size_t next = to;
    int initial = starts_sentence(s, from);
    if (initial && ordinary_opener(s, from)) from++, initial = 0;
    /* "US State Department Spokesperson Morgan Ortagus": the part before the title is an
     * institution, the part after it a person */
    size_t last_title = SIZE_MAX;
    for (size_t k = from; k < to; k++)
      if (lex_title(s->text, &s->tok[k])) last_title = k;
    if (last_title != SIZE_MAX && last_title + 1 < to && last_title > from) {
      size_t first_title = from;
      while (first_title < last_title && !lex_title(s->text, &s->tok[first_title])) first_title++;
      emit(a, s, from, first_title, ENT_OTHER, initial, out);
      emit(a, s, last_title + 1, to, ENT_PERSON, 0, out);
    } else {
      entity_type hint = (from > 0 && lex_title(s->text, &s->tok[from - 1])) ||
                                 (from > 1 && s->tok[from - 1].kind == SCAN_PUNCT && s->tok[from - 1].cp == '.' &&
                                  lex_title(s->text, &s->tok[from - 2])) /* "Dr. Kermit Gosnell" */
                             ? ENT_PERSON
                             : ENT_OTHER;
      emit(a, s, from, to, hint, initial, out);
    }
    i = next;
  }
}

/* ---- ranking ------------------------------------------------------------------------------ */

typedef struct ranked {
  const char *key; /* lower-cased name */
  size_t first;    /* index of its first mention */
  size_t longest;  /* index of its longest written form */
  size_t count, narticles;
  size_t votes[4];
  size_t openers; /* mentions that only opened a sentence */
  int merged;
} ranked;

static char *lower(arena *a, const char *s) {
  size_t n = strlen(s);
  char *out = arena_alloc(a, n * 2 + 1);
  scan_tok whole = {.start = 0, .end = (uint32_t)n, .kind = SCAN_WORD};
  scan_lower(s, &whole, out, n * 2 + 1);
  return out;
}

typedef struct keyed {
  const char *key;
  size_t index;
} keyed;

static int cmp_keyed(const void *pa, const void *pb) {
  const keyed *a = pa, *b = pb;
  int k = strcmp(a->key, b->key);
  return k ? k : (a->index < b->index ? -1 : a->index > b->index);
}

static int cmp_ranked(const void *pa, const void *pb) {
  const ranked *a = pa, *b = pb;
  if (a->merged != b->merged) return a->merged - b->merged;
  if (a->count != b->count) return a->count < b->count ? 1 : -1;
  return a->first < b->first ? -1 : a->first > b->first;
}

static const char *last_word(const char *key) {
  const char *sp = strrchr(key, ' ');
  return sp ? sp + 1 : NULL;
}

size_t entities_rank(arena *a, const entity_mentions *m, size_t max, entity **out) {
  *out = NULL;
  if (!m->n) return 0;
  keyed *k = xmalloc(m->n * sizeof *k);
  for (size_t i = 0; i < m->n; i++) k[i] = (keyed){lower(a, m->items[i].name), i};
  qsort(k, m->n, sizeof *k, cmp_keyed);
  ranked *r = xcalloc(m->n, sizeof *r);
  size_t nr = 0;
  for (size_t i = 0; i < m->n;) {
    size_t j = i;
    ranked *e = &r[nr++];
    e->key = k[i].key;
    e->first = k[i].index;
    e->longest = k[i].index;
    /* mentions were added article by article, and equal keys stay in index order: articles
     * only grow along the run, so a change of article is a new one */
    uint32_t last_article = UINT32_MAX;
    size_t nseen = 0;
    for (; j < m->n && !strcmp(k[j].key, k[i].key); j++) {
      const entity_mention *mm = &m->items[k[j].index];
      e->count++;
      if (strlen(mm->name) > strlen(m->items[e->longest].name)) e->longest = k[j].index;
      e->votes[mm->hint]++;
      e->openers += mm->initial;
      if (mm->article != last_article) nseen++, last_article = mm->article;
    }
    e->narticles = nseen;
    i = j;
  }
  free(k);
  /* a word seen capitalized only at sentence starts is an ordinary word ("Relations") */
  for (size_t i = 0; i < nr; i++)
    if (r[i].openers == r[i].count) r[i].merged = 1;
  /* a lone surname joins the single full name (not an organization or place) ending with it */
  for (size_t i = 0; i < nr; i++) {
    if (r[i].merged || strchr(r[i].key, ' ')) continue;
    size_t target = SIZE_MAX, matches = 0;
    for (size_t j = 0; j < nr; j++) {
      const char *lw = last_word(r[j].key);
      if (j != i && !r[j].merged && !r[j].votes[ENT_ORG] && !r[j].votes[ENT_PLACE] && lw && !strcmp(lw, r[i].key))
        target = j, matches++;
    }
    if (matches != 1) continue;
    r[target].count += r[i].count;
    r[target].narticles = r[target].narticles > r[i].narticles ? r[target].narticles : r[i].narticles;
    for (int t = 0; t < 4; t++) r[target].votes[t] += r[i].votes[t];
    if (r[i].first < r[target].first) r[target].first = r[i].first;
    r[i].merged = 1;
  }
  qsort(r, nr, sizeof *r, cmp_ranked);
  size_t n = 0;
  while (n < nr && n < max && !r[n].merged) n++;
  entity *e = arena_calloc(a, n ? n : 1, sizeof *e);
  for (size_t i = 0; i < n; i++) {
    const entity_mention *first = &m->items[r[i].first];
    e[i].name = m->items[r[i].longest].name;
    e[i].count = r[i].count;
    e[i].narticles = r[i].narticles;
    size_t best = 0;
    for (int t = 1; t < 4; t++)
      if (r[i].votes[t] > r[i].votes[best] || (best == 0 && r[i].votes[t] > 0)) best = (size_t)t;
    e[i].type = (entity_type)best;
    e[i].article = first->article;
    e[i].start = first->start;
    e[i].end = first->end;
  }
  free(r);
  *out = e;
  return n;
}

const char *entity_type_name(entity_type t) {
  static const char *const names[] = {"other", "person", "organization", "place"};
  return names[t];
}

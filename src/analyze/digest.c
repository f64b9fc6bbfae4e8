/* digest.c — assembling the event page of one cluster (see digest.h for the plan and costs). */
#include "analyze/digest.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include "text/segment.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Everything gathered from the articles before grouping. */
typedef struct gather {
  arena *a;
  fact_list facts;
  quote_list quotes;
  timeline_list timeline;
  entity_mentions mentions;
  /* word trigram hashes of every sentence, for the shared-sentence shares */
  uint64_t *shingles;
  size_t nshingles, shingles_cap;
  size_t *sent_shingle_end; /* per sentence: end index into shingles */
  uint32_t *sent_article;
  size_t nsent, sent_cap;
  /* article frequency of each content word (lower-cased), for the headline */
  intern *words;
  uint32_t *df, *df_last;
  size_t df_cap, df_last_cap;
} gather;

static void count_words(gather *g, uint32_t article, const char *text, const scan_list *toks) {
  for (size_t k = 0; k < toks->n; k++) {
    if (toks->t[k].kind != SCAN_WORD || lex_function_word(text, &toks->t[k])) continue;
    char low[96];
    size_t n = scan_lower(text, &toks->t[k], low, sizeof low);
    uint32_t id = intern_id(g->words, low, n);
    if (id >= g->df_cap) {
      size_t old = g->df_cap, old_last = g->df_last_cap;
      g->df = xgrow(g->df, &g->df_cap, id + 1, sizeof *g->df);
      g->df_last = xgrow(g->df_last, &g->df_last_cap, id + 1, sizeof *g->df_last);
      for (size_t z = old; z < g->df_cap; z++) g->df[z] = 0;
      for (size_t z = old_last; z < g->df_last_cap; z++) g->df_last[z] = UINT32_MAX;
    }
    if (g->df_last[id] != article) g->df[id]++, g->df_last[id] = article;
  }
}

/* ---- per article ----------------------------------------------------------------------------- */

static void mark_quoted(const scan_list *toks, const quote_span *spans, size_t nspans, uint8_t *quoted) {
  size_t q = 0;
  for (size_t i = 0; i < toks->n; i++) {
    while (q < nspans && spans[q].end <= toks->t[i].start) q++;
    quoted[i] = q < nspans && toks->t[i].start >= spans[q].start && toks->t[i].start < spans[q].end;
  }
}

static void add_shingles(gather *g, const an_sentence *s) {
  uint64_t w[3] = {0, 0, 0};
  size_t nw = 0;
  for (size_t i = 0; i < s->ntok; i++) {
    const scan_tok *t = &s->tok[i];
    if (t->kind != SCAN_WORD && t->kind != SCAN_NUM) continue;
    char low[96];
    size_t k = scan_lower(s->text, t, low, sizeof low);
    w[0] = w[1];
    w[1] = w[2];
    w[2] = hash_bytes(low, k);
    if (++nw < 3) continue;
    g->shingles = xgrow(g->shingles, &g->shingles_cap, g->nshingles + 1, sizeof *g->shingles);
    g->shingles[g->nshingles++] = w[0] * 0x9E3779B97F4A7C15ull ^ w[1] * 0xC2B2AE3D27D4EB4Full ^ w[2];
  }
  size_t old_cap = g->sent_cap;
  g->sent_shingle_end = xgrow(g->sent_shingle_end, &g->sent_cap, g->nsent + 1, sizeof *g->sent_shingle_end);
  if (g->sent_cap != old_cap) g->sent_article = xrealloc(g->sent_article, g->sent_cap * sizeof *g->sent_article);
  g->sent_shingle_end[g->nsent] = g->nshingles;
  g->sent_article[g->nsent++] = s->article;
}

/* 1 when every word of the sentence is inside a quotation (a quoted passage split into sentences). */
static int inside_quotation(const an_sentence *s) {
  size_t words = 0;
  for (size_t i = 0; i < s->ntok; i++) {
    if (s->tok[i].kind != SCAN_WORD && s->tok[i].kind != SCAN_NUM) continue;
    if (!s->quoted[i]) return 0;
    words++;
  }
  return words > 0;
}

/* The people a paragraph has named so far: a "he said" is resolved only when exactly one
 * person is in view (a journalist's "he" after two named men is ambiguous to us). */
typedef struct persons_in_view {
  an_speaker *items;
  size_t n, cap;
} persons_in_view;

static void view_add(persons_in_view *v, const an_speaker *sp) {
  for (size_t i = 0; i < v->n; i++)
    if (!strcmp(v->items[i].key, sp->key)) {
      if (sp->person && !v->items[i].person) v->items[i] = *sp; /* "Reyes" then "Mayor Tom Reyes" */
      return;
    }
  v->items = xgrow(v->items, &v->cap, v->n + 1, sizeof *v->items);
  v->items[v->n++] = *sp;
}

static char *lower_dup(arena *a, const char *src) {
  size_t n = strlen(src);
  char *out = arena_alloc(a, n * 2 + 1);
  scan_tok whole = {.start = 0, .end = (uint32_t)n, .kind = SCAN_WORD};
  scan_lower(src, &whole, out, n * 2 + 1);
  return out;
}

/* Persons named in a sentence: personal speakers, a lone name that surnames one already in view,
 * and names a title introduces ("Mayor Tom Reyes visited..."). */
static void view_add_sentence(arena *a, persons_in_view *v, const an_sentence *s, const entity_mentions *m,
                              size_t first_mention) {
  /* a lone name as speaker ("said Cruz") may be a person or a country: it counts as one more
   * in view, so at worst it makes a "he" ambiguous */
  if (s->has_speaker && !s->speaker_is_pronoun && *s->speaker.key &&
      (s->speaker.person || (*s->speaker.name && !*s->speaker.role)))
    view_add(v, &s->speaker);
  for (size_t i = first_mention; i < m->n; i++) {
    const entity_mention *e = &m->items[i];
    if (e->hint != ENT_PERSON || !strchr(e->name, ' ')) continue;
    const char *surname = strrchr(e->name, ' ') + 1;
    an_speaker sp = {.name = e->name, .role = "", .key = lower_dup(a, surname), .display = e->name, .person = 1};
    view_add(v, &sp);
  }
}

static void analyze_article(gather *g, uint32_t index, const precis_article_info *info, an_date date) {
  scan_list toks = {0};
  scan_text(&toks, info->text, info->len);
  text_span *spans = NULL;
  size_t nspans = 0, spans_cap = 0;
  segment_sentences(info->text, info->len, info->lang, &spans, &nspans, &spans_cap);
  quote_span *qs = NULL;
  size_t nq = 0, q_cap = 0;
  quotes_find_spans(info->text, info->len, &qs, &nq, &q_cap);
  uint8_t *quoted = xmalloc(toks.n + 1);
  mark_quoted(&toks, qs, nq, quoted);
  count_words(g, index, info->text, &toks);

  an_sentence *sents = xcalloc(nspans + 1, sizeof *sents);
  persons_in_view view = {0};
  const an_speaker *para_speaker = NULL; /* the paragraph's last speaker, for "it said" */
  const an_speaker *prev_speaker = NULL; /* the previous sentence's speaker */
  size_t t = 0;
  for (size_t k = 0; k < nspans; k++) {
    an_sentence *s = &sents[k];
    while (t < toks.n && toks.t[t].start < spans[k].start) t++;
    size_t first = t;
    while (t < toks.n && toks.t[t].start < spans[k].end) t++;
    *s = (an_sentence){.text = info->text, .len = info->len, .article = index, .start = spans[k].start,
                       .end = spans[k].end, .lang = info->lang, .date = date, .tok = toks.t + first,
                       .ntok = t - first, .quoted = quoted + first};
    int new_paragraph = k == 0 || scan_paragraph_break(info->text, spans[k - 1].end, spans[k].start);
    if (new_paragraph) view.n = 0, para_speaker = NULL;
    an_attribution(g->a, s);
    if (s->has_speaker && s->speaker_is_pronoun) {
      /* "he/she said" names the one person of the paragraph in view; "it/the statement said"
       * the paragraph's last speaker, else the previous sentence's (an institution's statement
       * quoted over two paragraphs); anything else stays unattributed */
      int personal = s->speaker.key == NULL && !(s->speaker_end - s->speaker_start == 2 &&
                                                 (info->text[s->speaker_start] | 0x20) == 'i' &&
                                                 (info->text[s->speaker_start + 1] | 0x20) == 't');
      const an_speaker *back = personal ? (view.n == 1 ? &view.items[0] : NULL)
                                        : para_speaker ? para_speaker : prev_speaker;
      if (!personal && back && back->person) back = NULL; /* "it" is no person */
      if (back) s->speaker = *back, s->speaker_is_pronoun = 0;
      else s->has_speaker = 0;
    }
    if (s->has_speaker) para_speaker = &s->speaker;
    if (s->has_speaker) prev_speaker = &s->speaker;
    else if (!inside_quotation(s)) prev_speaker = NULL; /* a quotation's inner sentence keeps its speaker in view */
    if (!new_paragraph) {
      const char *tf = facts_sentence_timeframe(g->a, &sents[k - 1]);
      s->context_timeframe = *tf ? tf : NULL;
    }
    size_t dated = g->timeline.n;
    timeline_extract(s, &g->timeline);
    if (g->timeline.n > dated) s->context_timeframe = NULL; /* its own date says when */
    facts_extract(g->a, s, &g->facts);
    size_t first_mention = g->mentions.n;
    entities_extract(g->a, s, &g->mentions);
    view_add_sentence(g->a, &view, s, &g->mentions, first_mention);
    add_shingles(g, s);
  }
  free(view.items);
  quotes_extract(sents, nspans, qs, nq, &g->quotes);
  free(sents);
  free(quoted);
  free(qs);
  free(spans);
  scan_free(&toks);
}

/* ---- shared sentences ------------------------------------------------------------------------ */

typedef struct shingle_slot {
  uint64_t h;
  uint32_t article; /* first article seen, UINT32_MAX = empty */
  uint32_t multi;   /* seen in two articles or more */
} shingle_slot;

static void shared_shares(const gather *g, digest *d) {
  size_t cap = 16;
  while (cap < g->nshingles * 2) cap <<= 1;
  shingle_slot *tab = xmalloc(cap * sizeof *tab);
  for (size_t i = 0; i < cap; i++) tab[i].article = UINT32_MAX, tab[i].multi = 0;
  size_t *slot_of = xmalloc((g->nshingles + 1) * sizeof *slot_of);
  size_t from = 0;
  for (size_t s = 0; s < g->nsent; s++) {
    for (size_t k = from; k < g->sent_shingle_end[s]; k++) {
      size_t p = (size_t)(g->shingles[k] & (cap - 1));
      while (tab[p].article != UINT32_MAX && tab[p].h != g->shingles[k]) p = (p + 1) & (cap - 1);
      if (tab[p].article == UINT32_MAX) tab[p].h = g->shingles[k], tab[p].article = g->sent_article[s];
      else if (tab[p].article != g->sent_article[s]) tab[p].multi = 1;
      slot_of[k] = p;
    }
    from = g->sent_shingle_end[s];
  }
  from = 0;
  for (size_t s = 0; s < g->nsent; s++) {
    size_t n = g->sent_shingle_end[s] - from, multi = 0;
    for (size_t k = from; k < g->sent_shingle_end[s]; k++) multi += tab[slot_of[k]].multi;
    digest_source *src = &d->sources[g->sent_article[s]];
    src->nsentences++;
    if (n && multi * 2 >= n) src->nshared++;
    from = g->sent_shingle_end[s];
  }
  free(slot_of);
  free(tab);
}

/* ---- headline -------------------------------------------------------------------------------- */

/* The title whose content words occur in the most articles (mean document frequency). */
static void choose_headline(digest *d, const gather *g) {
  scan_list l = {0};
  double best = -1;
  for (size_t i = 0; i < d->narticles; i++) {
    const char *title = d->articles[i].title;
    if (!title || !*title) continue;
    scan_text(&l, title, strlen(title));
    double sum = 0;
    size_t n = 0;
    for (size_t k = 0; k < l.n; k++) {
      if (l.t[k].kind != SCAN_WORD || lex_function_word(title, &l.t[k])) continue;
      char low[96];
      size_t len = scan_lower(title, &l.t[k], low, sizeof low);
      uint32_t id = intern_find(g->words, low, len);
      sum += id == UINT32_MAX || id >= g->df_cap ? 0 : g->df[id];
      n++;
    }
    double score = n ? sum / (double)n : 0;
    if (score > best) {
      best = score;
      d->headline = title;
      d->headline_from_title = 1;
      d->headline_ref = (digest_ref){(uint32_t)i, 0, 0};
    }
  }
  scan_free(&l);
  if (d->headline) return;
  if (d->nsummary) {
    d->headline = d->summary[0].text;
    d->headline_ref = d->summary[0].ref;
    return;
  }
  d->headline = "";
  for (size_t i = 0; i < d->narticles && !*d->headline; i++) {
    text_span *sp = NULL;
    size_t n = 0, c = 0;
    segment_sentences(d->articles[i].text, d->articles[i].len, d->articles[i].lang, &sp, &n, &c);
    if (n) {
      d->headline = arena_strndup(d->arena, d->articles[i].text + sp[0].start, sp[0].end - sp[0].start);
      d->headline_ref = (digest_ref){(uint32_t)i, sp[0].start, sp[0].end};
    }
    free(sp);
  }
}

/* ---- quotes by speaker ----------------------------------------------------------------------- */

typedef struct qsort_item {
  const quote *q;
} qsort_item;

static int cmp_quote(const void *pa, const void *pb) {
  const quote *a = ((const qsort_item *)pa)->q, *b = ((const qsort_item *)pb)->q;
  int k = strcmp(a->speaker.key, b->speaker.key);
  if (k) return k;
  if (a->article != b->article) return a->article < b->article ? -1 : 1;
  return a->start < b->start ? -1 : a->start > b->start;
}

static void add_ref(arena *a, digest_ref **refs, size_t *n, size_t *cap, digest_ref r) {
  for (size_t i = 0; i < *n; i++)
    if ((*refs)[i].article == r.article) return; /* one reference per outlet */
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 4;
    digest_ref *nr = arena_alloc(a, nc * sizeof *nr);
    if (*n) memcpy(nr, *refs, *n * sizeof *nr);
    *refs = nr;
    *cap = nc;
  }
  (*refs)[(*n)++] = r;
}

typedef struct statement_build {
  digest_statement st;
  size_t cap;
  uint64_t *words;
  size_t nwords;
} statement_build;

static void group_speaker(digest *d, const qsort_item *items, size_t n, digest_speaker *sp) {
  arena *a = d->arena;
  statement_build *b = xcalloc(n, sizeof *b);
  size_t nb = 0;
  sp->key = items[0].q->speaker.key;
  sp->name = items[0].q->speaker.name;
  sp->role = items[0].q->speaker.role;
  for (size_t i = 0; i < n; i++) {
    const quote *q = items[i].q;
    if (strlen(q->speaker.name) > strlen(sp->name)) sp->name = q->speaker.name;
    if (strlen(q->speaker.role) > strlen(sp->role)) sp->role = q->speaker.role;
    sp->person |= q->speaker.person;
    const char *text = d->articles[q->article].text + q->start;
    uint64_t *w;
    size_t nw = an_wordset(text, q->end - q->start, &w);
    size_t match = SIZE_MAX;
    for (size_t k = 0; k < nb && match == SIZE_MAX; k++)
      if (an_jaccard(w, nw, b[k].words, b[k].nwords) >= 0.5 &&
          !an_numbers_differ(text, q->end - q->start, b[k].st.text, strlen(b[k].st.text)))
        match = k;
    digest_ref r = {q->article, q->start, q->end};
    if (match == SIZE_MAX) {
      match = nb++;
      b[match].st.kind = q->kind;
      b[match].st.text = arena_strndup(a, text, q->end - q->start);
      b[match].words = w;
      b[match].nwords = nw;
    } else {
      free(w);
      if (q->kind == QUOTE_DIRECT && b[match].st.kind != QUOTE_DIRECT) {
        b[match].st.kind = QUOTE_DIRECT;
        b[match].st.text = arena_strndup(a, text, q->end - q->start);
      }
    }
    add_ref(a, &b[match].st.refs, &b[match].st.nrefs, &b[match].cap, r);
  }
  sp->items = arena_alloc(a, (nb ? nb : 1) * sizeof *sp->items);
  sp->nitems = nb;
  uint8_t *seen = xcalloc(d->narticles + 1, 1);
  size_t nseen = 0;
  for (size_t k = 0; k < nb; k++) {
    sp->items[k] = b[k].st;
    for (size_t r = 0; r < b[k].st.nrefs; r++)
      if (!seen[b[k].st.refs[r].article]) seen[b[k].st.refs[r].article] = 1, nseen++;
    free(b[k].words);
  }
  free(seen);
  sp->narticles = nseen;
  free(b);
  if (!*sp->name) sp->name = "";
}

static int cmp_speaker(const void *pa, const void *pb) {
  const digest_speaker *a = pa, *b = pb;
  if (a->narticles != b->narticles) return a->narticles < b->narticles ? 1 : -1;
  if (a->nitems != b->nitems) return a->nitems < b->nitems ? 1 : -1;
  return strcmp(a->key, b->key);
}

/* Case-insensitive equality of the first words of two names ("Donald Trump" / "Donald J. Trump"). */
static int same_first_name(const char *a, const char *b) {
  for (; *a && *b && *a != ' ' && *b != ' '; a++, b++) {
    char x = *a, y = *b;
    if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
    if (x != y) return 0;
  }
  return (!*a || *a == ' ') && (!*b || *b == ' ');
}

/* Speakers are grouped by surname, but "Jeff Delacruz" and "Elizabeth Delacruz" are two people:
 * where one surname carries two first names, each full name gets its own group, and a bare
 * "Delacruz said" stays apart from both (it cannot be told which). O(Q log Q) over the Q quotes:
 * one sort by key, then one pass per surname. */
static int cmp_quote_key(const void *pa, const void *pb) {
  const quote *a = *(const quote *const *)pa, *b = *(const quote *const *)pb;
  int k = strcmp(a->speaker.key, b->speaker.key);
  return k ? k : (a < b ? -1 : a > b);
}

static int full_person(const an_speaker *x) { return x->person && strchr(x->name, ' ') != NULL; }

static void split_shared_surnames(arena *a, quote_list *ql) {
  quote **by_key = xmalloc((ql->n + 1) * sizeof *by_key);
  for (size_t i = 0; i < ql->n; i++) by_key[i] = &ql->items[i];
  qsort(by_key, ql->n, sizeof *by_key, cmp_quote_key);
  for (size_t i = 0; i < ql->n;) {
    size_t j = i;
    const char *first_name = NULL;
    int shared = 0;
    for (; j < ql->n && !strcmp(by_key[j]->speaker.key, by_key[i]->speaker.key); j++) {
      if (!full_person(&by_key[j]->speaker)) continue;
      if (!first_name) first_name = by_key[j]->speaker.name;
      else if (!same_first_name(first_name, by_key[j]->speaker.name)) shared = 1;
    }
    for (size_t k = i; shared && k < j; k++)
      if (full_person(&by_key[k]->speaker)) by_key[k]->speaker.key = lower_dup(a, by_key[k]->speaker.name);
    i = j;
  }
  free(by_key);
}

static void group_quotes(digest *d, gather *g) {
  size_t n = g->quotes.n;
  if (!n) return;
  split_shared_surnames(d->arena, &g->quotes);
  qsort_item *items = xmalloc(n * sizeof *items);
  for (size_t i = 0; i < n; i++) items[i].q = &g->quotes.items[i];
  qsort(items, n, sizeof *items, cmp_quote);
  d->speakers = arena_calloc(d->arena, n, sizeof *d->speakers);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && !strcmp(items[j].q->speaker.key, items[i].q->speaker.key)) j++;
    group_speaker(d, items + i, j - i, &d->speakers[d->nspeakers++]);
    i = j;
  }
  free(items);
  qsort(d->speakers, d->nspeakers, sizeof *d->speakers, cmp_speaker);
}

/* A claimant is named as in "who said what", by the longest name seen for the speaker
 * ("Markova" → "Elena Markova"). O(F·S) for F facts and S speakers. */
static void name_claimants(digest *d) {
  for (size_t i = 0; i < d->facts.n; i++) {
    fact *f = &d->facts.items[i];
    if (!*f->claimant_key) continue;
    for (size_t k = 0; k < d->nspeakers; k++)
      if (!strcmp(d->speakers[k].key, f->claimant_key)) {
        f->claimant = *d->speakers[k].name ? d->speakers[k].name : d->speakers[k].role;
        break;
      }
  }
}

/* ---- timeline -------------------------------------------------------------------------------- */

static int cmp_event_item(const void *pa, const void *pb) {
  const timeline_item *a = pa, *b = pb;
  int k = strcmp(a->when, b->when);
  if (k) return k;
  if (a->article != b->article) return a->article < b->article ? -1 : 1;
  return a->start < b->start ? -1 : a->start > b->start;
}

static void group_timeline(digest *d, gather *g) {
  size_t n = g->timeline.n;
  if (!n) return;
  timeline_item *it = g->timeline.items;
  qsort(it, n, sizeof *it, cmp_event_item);
  d->events = arena_calloc(d->arena, n, sizeof *d->events);
  size_t *caps = xcalloc(n, sizeof *caps);
  uint64_t **words = xcalloc(n, sizeof *words);
  size_t *nwords = xcalloc(n, sizeof *nwords);
  size_t run_start = 0;
  for (size_t i = 0; i < n; i++) {
    if (i && strcmp(it[i].when, it[i - 1].when)) run_start = d->nevents;
    const char *text = d->articles[it[i].article].text + it[i].start;
    uint64_t *w;
    size_t nw = an_wordset(text, it[i].end - it[i].start, &w);
    size_t match = SIZE_MAX;
    for (size_t k = run_start; k < d->nevents && match == SIZE_MAX; k++)
      if (an_jaccard(w, nw, words[k], nwords[k]) >= 0.5 &&
          !an_numbers_differ(text, it[i].end - it[i].start, d->events[k].text, strlen(d->events[k].text)))
        match = k;
    if (match == SIZE_MAX) {
      match = d->nevents++;
      digest_event *e = &d->events[match];
      memcpy(e->when, it[i].when, sizeof e->when);
      e->since = it[i].since;
      e->text = arena_strndup(d->arena, text, it[i].end - it[i].start);
      e->expr_start = it[i].expr_start;
      e->expr_end = it[i].expr_end;
      words[match] = w;
      nwords[match] = nw;
    } else {
      free(w);
    }
    add_ref(d->arena, &d->events[match].refs, &d->events[match].nrefs, &caps[match],
            (digest_ref){it[i].article, it[i].start, it[i].end});
  }
  for (size_t k = 0; k < d->nevents; k++) free(words[k]);
  free(words);
  free(nwords);
  free(caps);
}

/* Speakers and entities inform each other: a speaker known by surname only takes the full name
 * the entities found ("Bernstein" → "Matthew Bernstein"), and an untyped entity that speaks with
 * a title ("Defense lawyer Jack McMahon") is a person. O(S·E) for S speakers and E ≤ 25 entities. */
static void link_speakers_and_entities(digest *d) {
  for (size_t i = 0; i < d->nspeakers; i++) {
    digest_speaker *sp = &d->speakers[i];
    if (!*sp->name) continue;
    for (size_t k = 0; k < d->nentities; k++) {
      entity *e = &d->entities[k];
      const char *last = strrchr(e->name, ' ');
      last = last ? last + 1 : e->name;
      char low[128];
      scan_tok whole = {.start = 0, .end = (uint32_t)strlen(last), .kind = SCAN_WORD};
      scan_lower(last, &whole, low, sizeof low);
      if (strcmp(low, sp->key) || e->type == ENT_ORG || e->type == ENT_PLACE) continue;
      if (e->type == ENT_OTHER && *sp->role && sp->person) e->type = ENT_PERSON; /* a titled speaker */
      if (strlen(e->name) > strlen(sp->name) && e->type == ENT_PERSON) sp->name = e->name, sp->person = 1;
      break;
    }
  }
}

/* ---- build ----------------------------------------------------------------------------------- */

/* The cluster's reference date for undated articles: the most common article date. */
static an_date cluster_date(const digest *d) {
  an_date best = {0, 0, 0};
  size_t best_n = 0;
  for (size_t i = 0; i < d->narticles; i++) {
    an_date x = an_date_parse(d->articles[i].date);
    if (!x.d) continue;
    size_t n = 0;
    for (size_t j = 0; j < d->narticles; j++) n += d->articles[j].date && !strcmp(d->articles[j].date, d->articles[i].date);
    if (n > best_n) best_n = n, best = x;
  }
  return best;
}

static void copy_summary(digest *d, const precis_summary *s) {
  if (!s) return;
  size_t n = precis_summary_count(s);
  d->summary = arena_calloc(d->arena, n ? n : 1, sizeof *d->summary);
  for (size_t i = 0; i < n; i++) {
    const precis_summary_sentence *ss = precis_summary_get(s, i);
    if (!ss) continue;
    digest_sentence *o = &d->summary[d->nsummary++];
    o->text = arena_strndup(d->arena, ss->text, ss->len);
    o->len = ss->len;
    o->ref = (digest_ref){(uint32_t)ss->article, (uint32_t)ss->start, (uint32_t)ss->end};
    o->nsources = ss->nsources;
    o->sources = arena_alloc(d->arena, (ss->nsources ? ss->nsources : 1) * sizeof *o->sources);
    if (ss->nsources) memcpy(o->sources, ss->sources, ss->nsources * sizeof *o->sources);
    if (!ss->nsources) o->sources[0] = ss->article, o->nsources = 1;
    if (ss->nremoved) {
      o->removed = arena_alloc(d->arena, 2 * ss->nremoved * sizeof *o->removed);
      memcpy(o->removed, ss->removed, 2 * ss->nremoved * sizeof *o->removed);
      o->nremoved = ss->nremoved;
    }
  }
}

digest *digest_build(const precis_corpus *c, const precis_summary *summary) {
  digest *d = xcalloc(1, sizeof *d);
  d->arena = arena_new();
  d->corpus = c;
  d->narticles = precis_corpus_count(c);
  d->articles = arena_calloc(d->arena, d->narticles ? d->narticles : 1, sizeof *d->articles);
  for (size_t i = 0; i < d->narticles; i++) precis_corpus_article(c, i, &d->articles[i]);
  d->sources = arena_calloc(d->arena, d->narticles ? d->narticles : 1, sizeof *d->sources);
  copy_summary(d, summary);

  gather g;
  memset(&g, 0, sizeof g);
  g.a = d->arena;
  g.words = intern_new();
  an_date fallback = cluster_date(d);
  for (size_t i = 0; i < d->narticles; i++) {
    an_date date = an_date_parse(d->articles[i].date);
    if (!date.d) date = fallback;
    analyze_article(&g, (uint32_t)i, &d->articles[i], date);
  }
  shared_shares(&g, d);
  choose_headline(d, &g);

  d->facts = g.facts;
  d->ngroups = facts_group(d->arena, &d->facts, &d->groups);
  for (size_t i = 0; i < d->ngroups; i++) d->ndisagreements += d->groups[i].disagreement;
  group_quotes(d, &g);
  name_claimants(d);
  group_timeline(d, &g);
  d->nentities = entities_rank(d->arena, &g.mentions, 25, &d->entities);
  link_speakers_and_entities(d);

  free(g.quotes.items);
  free(g.timeline.items);
  free(g.mentions.items);
  free(g.shingles);
  free(g.sent_shingle_end);
  free(g.sent_article);
  free(g.df);
  free(g.df_last);
  intern_free(g.words);
  return d;
}

void digest_free(digest *d) {
  if (!d) return;
  free(d->facts.items);
  arena_free(d->arena);
  free(d);
}

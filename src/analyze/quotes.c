/* quotes.c — quotation spans and their speakers (see quotes.h). O(n) per article. */
#include "analyze/quotes.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include <string.h>

static uint32_t cp_at(const char *s, size_t len, size_t i, size_t *next) {
  *next = i + 1;
  if ((unsigned char)s[i] < 0x80) return (unsigned char)s[i];
  *next = i;
  return utf8_next(s, len, next);
}

static size_t count_words(const char *s, size_t a, size_t b) {
  size_t n = 0;
  int in_word = 0;
  for (size_t i = a; i < b; i++) {
    int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
    if (!sp && !in_word) n++;
    in_word = !sp;
  }
  return n;
}

static void push_span(const char *text, size_t a, size_t b, quote_span **spans, size_t *n, size_t *cap) {
  while (a < b && (text[a] == ' ' || text[a] == '\n')) a++;
  while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\n')) b--;
  /* a short span is a scare quote ("breakaway") unless it closes on its own punctuation, as an
   * utterance does: “Karabakh is ours,” he said */
  size_t words = count_words(text, a, b);
  int utterance = b > a && (text[b - 1] == ',' || text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?');
  if (words < 4 && !(words >= 2 && utterance)) return;
  *spans = xgrow(*spans, cap, *n + 1, sizeof **spans);
  (*spans)[(*n)++] = (quote_span){(uint32_t)a, (uint32_t)b};
}

/* Closing mark expected for an opening one. */
static int closes(uint32_t open, uint32_t cp) {
  switch (open) {
  case 0x201C: return cp == 0x201D || cp == '"';
  case 0xAB: return cp == 0xBB;
  case 0x201E: return cp == 0x201C || cp == 0x201D;
  case '"': return cp == '"' || cp == 0x201D;
  default: return 0;
  }
}

static int is_space_or_start(const char *text, size_t i) {
  return i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(' || text[i - 1] == '\t';
}

size_t quotes_find_spans(const char *text, size_t len, quote_span **spans, size_t *n, size_t *cap) {
  size_t before = *n, para = 0, open_at = 0;
  uint32_t open = 0;
  for (size_t i = 0; i < len;) {
    size_t next;
    uint32_t cp = cp_at(text, len, i, &next);
    if (cp == '\n' && next < len && text[next] == '\n') { /* paragraph break: quotes do not cross it */
      open = 0;
      para = next + 1;
      i = next + 1;
      continue;
    }
    int mark = scan_quote_mark(cp);
    if (!mark) {
      i = next;
      continue;
    }
    if (open && closes(open, cp) && (cp != '"' || !is_space_or_start(text, i) || next >= len)) {
      push_span(text, open_at, i, spans, n, cap);
      open = 0;
    } else if (mark == 1 || (cp == '"' && is_space_or_start(text, i))) {
      open = cp;
      open_at = next;
    } else if (!open && (mark == 2 || cp == '"')) {
      /* a closing mark whose opening was lost (scraping often drops it): quote from the paragraph start */
      push_span(text, para, i, spans, n, cap);
    }
    i = next;
  }
  return *n - before;
}

static size_t sentence_of(const an_sentence *sents, size_t nsents, uint32_t off) {
  for (size_t k = 0; k < nsents; k++)
    if (off < sents[k].end || k + 1 == nsents) return k;
  return 0;
}

static void add_quote(quote_list *out, quote_kind kind, const an_speaker *sp, uint32_t article, uint32_t a, uint32_t b) {
  out->items = xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
  out->items[out->n++] = (quote){kind, *sp, article, a, b};
}

/* Share of the sentence's bytes that are inside quotation spans. */
static double quoted_share(const an_sentence *s, const quote_span *spans, size_t nspans) {
  size_t in = 0;
  for (size_t q = 0; q < nspans; q++) {
    uint32_t a = spans[q].start > s->start ? spans[q].start : s->start;
    uint32_t b = spans[q].end < s->end ? spans[q].end : s->end;
    if (b > a) in += b - a;
  }
  return s->end > s->start ? (double)in / (double)(s->end - s->start) : 0;
}

/* The sentence after a quotation opens with its attribution: “…!” Azerbaijan's President Ilham
 * Aliyev said. / “…” He added. Only punctuation may separate the quotation from that sentence,
 * and the speaker must be the sentence's first phrase with the verb right after it. */
static int attribution_follows(const an_sentence *quote_sent, const quote_span *span, const an_sentence *next) {
  if (!next->has_speaker || next->ntok == 0) return 0;
  if (scan_paragraph_break(quote_sent->text, span->end, next->start)) return 0;
  for (uint32_t i = span->end; i < next->start; i++) {
    unsigned char ch = (unsigned char)quote_sent->text[i];
    if (ch >= 0x80 || ch == ' ' || ch == '\n') continue; /* closing marks are multi-byte */
    if (ch != '.' && ch != '!' && ch != '?' && ch != ',' && ch != '"' && ch != '\'') return 0;
  }
  size_t first = 0;
  if (first < next->ntok && next->tok[first].kind == SCAN_PUNCT) first++;
  if (next->speaker_start > next->tok[first].start) {
    /* "The ministry said": one article before the speaker */
    if (first + 1 >= next->ntok || next->tok[first + 1].start != next->speaker_start) return 0;
  }
  size_t speaker_last = 0;
  while (speaker_last + 1 < next->ntok && next->tok[speaker_last + 1].start < next->speaker_end) speaker_last++;
  return next->verb_tok > speaker_last && next->verb_tok <= speaker_last + 3;
}

/* The attribution comes before the quotation but another clause with its own subject stands
 * between them: "when the Journal wrote about Mercer, he issued a statement: “…”" — the words
 * are not the Journal's. */
static int other_clause_between(const an_sentence *s, uint32_t quote_start) {
  static const char *const subjects[] = {"he", "she", "they", "we", "i", "il", "elle", "ils", "elles", "él", "ella",
                                         "ellos", "er", "sie", NULL};
  for (size_t i = s->verb_tok + 1; i + 1 < s->ntok && s->tok[i + 1].start < quote_start; i++) {
    const scan_tok *t = &s->tok[i];
    if (t->kind != SCAN_PUNCT || (t->cp != ',' && t->cp != ';')) continue;
    if (s->quoted && s->quoted[i + 1]) continue;
    if (scan_in(s->text, &s->tok[i + 1], subjects) >= 0) return 1;
  }
  return 0;
}

/* Every word of the sentence is inside a quotation: no "Smith replied" of its own. */
static int all_quoted(const an_sentence *s) {
  for (size_t i = 0; i < s->ntok; i++)
    if ((s->tok[i].kind == SCAN_WORD || s->tok[i].kind == SCAN_NUM) && !(s->quoted && s->quoted[i])) return 0;
  return 1;
}

/* “A,” Edwards said. “B.” — a quotation that opens right after a sentence of its paragraph which
 * attributed a quotation goes on with the same speaker. */
static int continues_quote(const an_sentence *sents, size_t sa, const quote_span *spans, size_t q) {
  if (sa == 0 || q == 0 || !sents[sa - 1].has_speaker) return 0;
  const an_sentence *prev = &sents[sa - 1];
  if (spans[q - 1].end <= prev->start || spans[q - 1].start >= prev->end) return 0; /* it quoted too */
  if (scan_paragraph_break(prev->text, prev->end, spans[q].start)) return 0;
  for (uint32_t i = prev->end; i < spans[q].start; i++) {
    unsigned char ch = (unsigned char)prev->text[i];
    if (ch != ' ' && ch != '\n' && ch != '"' && ch < 0x80) return 0; /* only the opening mark between */
  }
  return 1;
}

/* The sentence's attribution speaks the quotation that ends (or starts) in it. */
static const an_speaker *own_speaker(const an_sentence *s, const quote_span *span) {
  if (!s->has_speaker) return NULL;
  if (s->verb_tok < s->ntok && s->tok[s->verb_tok].end <= span->start && other_clause_between(s, span->start))
    return NULL;
  return &s->speaker;
}

void quotes_extract(const an_sentence *sents, size_t nsents, const quote_span *spans, size_t nspans,
                    quote_list *out) {
  if (!nsents) return;
  uint8_t *serves_quote = xcalloc(nsents, 1); /* the sentence is the attribution of a quote before it */
  for (size_t q = 0; q < nspans; q++) {
    size_t sa = sentence_of(sents, nsents, spans[q].start);
    size_t sb = sentence_of(sents, nsents, spans[q].end > 0 ? spans[q].end - 1 : 0);
    const an_speaker *sp = own_speaker(&sents[sb], &spans[q]);
    if (!sp && sb != sa) sp = own_speaker(&sents[sa], &spans[q]);
    /* an attribution of another clause of its sentence leaves the quotation unattributed */
    int other_clause = !sp && (sents[sb].has_speaker || sents[sa].has_speaker);
    if (!sp && !other_clause && sb + 1 < nsents && quoted_share(&sents[sb], spans, nspans) > 0.8 &&
        attribution_follows(&sents[sb], &spans[q], &sents[sb + 1])) {
      sp = &sents[sb + 1].speaker;
      serves_quote[sb + 1] = 1;
    }
    if (!sp && !other_clause && all_quoted(&sents[sa]) && all_quoted(&sents[sb]) && continues_quote(sents, sa, spans, q))
      sp = &sents[sa - 1].speaker;
    /* otherwise unattributed: no speaker is guessed from earlier paragraphs */
    if (sp) add_quote(out, QUOTE_DIRECT, sp, sents[sa].article, spans[q].start, spans[q].end);
  }
  for (size_t k = 0; k < nsents; k++) {
    const an_sentence *s = &sents[k];
    if (!s->has_speaker || serves_quote[k] || quoted_share(s, spans, nspans) > 0.3) continue;
    add_quote(out, QUOTE_REPORTED, &s->speaker, s->article, s->start, s->end);
  }
  free(serves_quote);
}

/* corpus.c — precis_corpus: building the per-cluster model from articles (see model.h).
 *
 * Each article is checked, cleaned, segmented and tokenized once, here; later stages only read
 * the model. Cost per article: O(bytes) plus O(1) expected per token for interning.
 */
#include "model/model.h"
#include "base/error.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "text/lang.h"
#include "text/noise.h"
#include "text/segment.h"
#include <stdio.h>
#include <string.h>

precis_corpus *precis_corpus_new(const char *id) {
  precis_corpus *c = xcalloc(1, sizeof *c);
  c->arena = arena_new();
  c->terms = intern_new();
  c->id = arena_strdup(c->arena, id ? id : "");
  return c;
}

void precis_corpus_free(precis_corpus *c) {
  if (!c) return;
  for (size_t i = 0; i < c->ntokenizers; i++) tokenizer_free(c->tokenizers[i].tok);
  intern_free(c->terms);
  free(c->articles);
  free(c->sentences);
  free(c->refs);
  arena_free(c->arena);
  free(c);
}

/* One tokenizer per language, created on first use; the slot table is small because a cluster
 * rarely mixes more than a couple of languages (beyond 8, the last slot is recycled). */
static tokenizer *tokenizer_for(precis_corpus *c, const char *lang) {
  size_t max = sizeof c->tokenizers / sizeof c->tokenizers[0];
  for (size_t i = 0; i < c->ntokenizers; i++)
    if (!strcmp(c->tokenizers[i].lang, lang)) return c->tokenizers[i].tok;
  size_t slot = c->ntokenizers < max ? c->ntokenizers++ : max - 1;
  if (c->tokenizers[slot].tok) tokenizer_free(c->tokenizers[slot].tok);
  snprintf(c->tokenizers[slot].lang, sizeof c->tokenizers[slot].lang, "%s", lang);
  c->tokenizers[slot].tok = tokenizer_new(lang);
  return c->tokenizers[slot].tok;
}

/* ---- surface cues ------------------------------------------------------------------------------ */

static int is_closing(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
         cp == 0xBB || cp == 0x203A || cp == 0x300D;
}
static int is_opening_quote(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB || cp == 0x300C;
}
static int is_terminal(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F || cp == 0x0964 || cp == 0x061F || cp == 0x06D4 || cp == ';' || cp == 0x037E;
}

/* The last code point of s[0..len) that is not a closing quote or bracket. */
static uint32_t final_mark(const char *s, size_t len) {
  size_t end = len;
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80) start--;
    size_t i = start;
    uint32_t cp = utf8_next(s, end, &i);
    if (!is_closing(cp) && cp != ' ') return cp;
    end = start;
  }
  return 0;
}

/* The sentence's quotation marks, in one pass:
 * - percent: share of its bytes inside quotation marks;
 * - unpaired: 1 when the marks do not pair, so it opens or continues a quotation that spans
 *   several sentences ("Many of the fans got here early. / They were gone fast," he said.) and
 *   needs its neighbours for the speaker and the rest of the quote. Straight quotes by parity
 *   (Hebrew gershayim typed as '"' is no mark: token_gershayim_at); „ (cs, de) closes with “ or ”,
 *   else “ with ”; « with ».
 * O(len). */
typedef struct quote_marks {
  unsigned percent;
  int unpaired;
} quote_marks;

static quote_marks scan_quote_marks(const char *s, size_t len) {
  size_t inside = 0, i = 0;
  size_t straight = 0, low9 = 0, left = 0, right = 0, guil_open = 0, guil_close = 0;
  int open = 0;
  uint32_t before = 0;
  while (i < len) {
    size_t at = i;
    uint32_t cp = utf8_next(s, len, &i), prev = before;
    before = cp;
    low9 += cp == 0x201E;
    left += cp == 0x201C;
    right += cp == 0x201D;
    guil_open += cp == 0xAB;
    guil_close += cp == 0xBB;
    if (cp == '"') {
      int mark = !token_gershayim_at(prev, s, len, i);
      straight += mark;
      open ^= mark;
    } else if (is_opening_quote(cp)) open = 1;
    else if (cp == 0x201D || cp == 0xBB || cp == 0x300D) open = 0;
    else if (open) inside += i - at;
  }
  quote_marks q = {len ? (unsigned)(inside * 100 / len) : 0, 0};
  q.unpaired = straight % 2 || guil_open != guil_close || (low9 ? low9 != left + right : left != right);
  return q;
}

/* Words that make a sentence depend on the one before it (our own short lists, for the languages
 * of the development sets; ASCII-folded comparison on the raw first word). */
static const char *const dangling_en[] = {"he", "she", "it", "they", "this", "these", "those", "that",
                                          "his", "her", "their", "its", "but", "however", "also", "and",
                                          "so", "meanwhile", "still", "then", "there", "we", "i", "him",
                                          "them", "such", "yet", "or", "instead", "moreover", NULL};
static const char *const dangling_fr[] = {"il", "elle", "ils", "elles", "mais", "cependant", "ce", "cela",
                                          "ces", "et", NULL};
static const char *const dangling_es[] = {"pero", "sin", "esto", "eso", "ellos", "ella", "el", "y", NULL};
static const char *const dangling_de[] = {"er", "sie", "es", "aber", "dies", "diese", "jedoch", "und", NULL};
/* Scripts without ASCII case are listed as they open a sentence (Greek capitalized). */
static const char *const dangling_cs[] = {"on", "ona", "ono", "oni", "ony", "to", "tento", "tato", "toto", "ale",
                                          "však", "také", "proto", "tedy", "jeho", "její", "jejich", NULL};
static const char *const dangling_el[] = {"Αυτός", "Αυτή", "Αυτό", "Αυτοί", "Αυτές", "Αυτά", "Όμως", "Ωστόσο",
                                          "Επίσης", "Αλλά", "Έτσι", "Εκείνος", "Εκείνη", "Επιπλέον", NULL};
static const char *const dangling_ar[] = {"هو", "هي", "هم", "هذا", "هذه", "ذلك", "لكن", "ولكن", "لكنه",
                                          "كما", "أيضا", "وهو", "وهي", NULL};
static const char *const dangling_he[] = {"הוא", "היא", "הם", "הן", "זה", "זאת", "אך", "אבל", "אולם", "גם",
                                          "לכן", "בנוסף", NULL};
static const char *const dangling_hi[] = {"वह", "वे", "यह", "ये", "उन्होंने", "उसने", "लेकिन", "परंतु", "किंतु",
                                          "इसलिए", NULL};

static int starts_dangling(const char *word, size_t len, const char *lang) {
  const char *const *list = !strcmp(lang, "fr")   ? dangling_fr
                            : !strcmp(lang, "es") ? dangling_es
                            : !strcmp(lang, "de") ? dangling_de
                            : !strcmp(lang, "cs") ? dangling_cs
                            : !strcmp(lang, "el") ? dangling_el
                            : !strcmp(lang, "ar") ? dangling_ar
                            : !strcmp(lang, "he") ? dangling_he
                            : !strcmp(lang, "hi") ? dangling_hi
                            : !strcmp(lang, "en") || !*lang ? dangling_en
                                                            : NULL;
  if (!list || len == 0 || len > 24) return 0; /* bytes: the longest listed word is 24 (Devanagari) */
  char low[32];
  for (size_t i = 0; i < len; i++) {
    char ch = word[i];
    low[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
  }
  for (size_t k = 0; list[k]; k++)
    if (strlen(list[k]) == len && !memcmp(list[k], low, len)) return 1;
  return 0;
}

/* ---- tokenizing sentences --------------------------------------------------------------------- */

typedef struct token_sink {
  precis_corpus *c;
  const char *text; /* the sentence, for the raw form of tokens */
  uint32_t *seq;
  size_t nseq, cap;
  uint32_t nwords, capitalized_inner;
  unsigned flags;
  const char *lang;
} token_sink;

static int collect_token(const token *tok, void *ctx) {
  token_sink *k = ctx;
  if (!(tok->flags & (TOK_WORD | TOK_NUMBER))) return 0;
  unsigned char first = (unsigned char)k->text[tok->start];
  if (k->nwords == 0 && starts_dangling(k->text + tok->start, tok->end - tok->start, k->lang))
    k->flags |= SENT_DANGLING;
  if (k->nwords > 0 && first >= 'A' && first <= 'Z') k->capitalized_inner++;
  k->nwords++;
  if (tok->flags & TOK_NUMBER) k->flags |= SENT_NUMBER;
  if ((tok->flags & TOK_STOP) || tok->norm_len == 0) return 0;
  k->seq = xgrow(k->seq, &k->cap, k->nseq + 1, sizeof *k->seq);
  k->seq[k->nseq++] = intern_id(k->c->terms, tok->norm, tok->norm_len);
  return 0;
}

/* A page that is mostly notices (an archived page's crawl description that a scraper kept in
 * place of the article) is a notice throughout: its other sentences ("The scope of the crawl was
 * not limited ...") are notice prose that no phrase list can foresee. Two notices making a quarter
 * of the article's sentences mark the page. O(article sentences). */
static void flag_notice_page(precis_corpus *c, const model_article *ma) {
  uint32_t notices = 0;
  for (uint32_t i = ma->first; i < ma->first + ma->count; i++) notices += (c->sentences[i].flags & SENT_NOTICE) != 0;
  if (notices < 2 || 4 * notices < ma->count) return;
  for (uint32_t i = ma->first; i < ma->first + ma->count; i++) c->sentences[i].flags |= SENT_NOTICE;
}

/* "... ," he said." — a quotation attributed to a bare pronoun needs the sentence that names the
 * speaker, as much as one opening with "He" does. English only; the tail is the last four words.
 * O(1): looks at the last 40 bytes. */
static int pronoun_attributed(const char *s, size_t len, const char *lang) {
  if (strcmp(lang, "en") != 0 && *lang) return 0;
  static const char *const tails[] = {" he said.", " she said.", " they said.", " he says.", " she says.",
                                      " he added.", " she added.", " they added.", " he told reporters.",
                                      " she told reporters.", " said he.", " said she.", " he wrote.", " she wrote.",
                                      " he explained.", " she explained.", " he continued.", " she continued."};
  for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
    size_t n = strlen(tails[k]);
    if (len > n + 2 && !memcmp(s + len - n, tails[k], n)) {
      /* the quotation must close right before: ...," he said. / ...' she added. */
      const char *q = s + len - n - 1;
      return *q == '"' || *q == '\'' || (len > n + 3 && !memcmp(q - 2, "\xE2\x80\x9D", 3)) ||
             (len > n + 3 && !memcmp(q - 2, "\xE2\x80\x99", 3));
    }
  }
  return 0;
}

static void add_sentence(precis_corpus *c, token_sink *sink, tokenizer *tok, uint32_t article,
                         uint32_t position, const char *text, text_span span) {
  const char *s = text + span.start;
  size_t len = span.end - span.start;
  sink->text = s;
  sink->nseq = 0;
  sink->nwords = sink->capitalized_inner = 0;
  sink->flags = 0;
  tokenizer_run(tok, s, len, collect_token, sink);
  if (sink->nwords == 0) return; /* punctuation only: nothing to say */

  uint32_t mark = final_mark(s, len);
  unsigned flags = sink->flags;
  if (mark == '?' || mark == 0xFF1F || mark == 0x061F || mark == 0x037E) flags |= SENT_QUESTION;
  if (!is_terminal(mark) || sink->nwords < 4) flags |= SENT_FRAGMENT;
  quote_marks quotes = scan_quote_marks(s, len);
  unsigned quoted = quotes.percent;
  if (quoted >= 60) flags |= SENT_QUOTE;
  if (quoted >= 90) flags |= SENT_QUOTE_ONLY;
  if (sink->capitalized_inner > 0) flags |= SENT_ENTITY;
  sentence_noise_kind noise = sentence_noise(s, len);
  if (noise == NOISE_CAPTION) flags |= SENT_CAPTION;
  if (noise == NOISE_NOTICE) flags |= SENT_NOTICE;
  if (pronoun_attributed(s, len, sink->lang)) flags |= SENT_DANGLING;
  if (quotes.unpaired) flags |= SENT_QUOTE_PART;

  c->sentences = xgrow(c->sentences, &c->sentences_cap, c->nsentences + 1, sizeof *c->sentences);
  model_sentence *ms = &c->sentences[c->nsentences++];
  memset(ms, 0, sizeof *ms);
  ms->article = article;
  ms->position = position;
  ms->start = span.start;
  ms->end = span.end;
  ms->nwords = sink->nwords;
  ms->nseq = (uint32_t)sink->nseq;
  ms->seq = arena_alloc(c->arena, (sink->nseq ? sink->nseq : 1) * sizeof *ms->seq);
  if (sink->nseq) memcpy(ms->seq, sink->seq, sink->nseq * sizeof *ms->seq);
  ms->flags = flags;
  ms->group = (uint32_t)(c->nsentences - 1);
  ms->support = 1;
}

static void tokenize_title(precis_corpus *c, token_sink *sink, tokenizer *tok, model_article *ma) {
  sink->text = ma->title;
  sink->nseq = 0;
  sink->nwords = sink->capitalized_inner = 0;
  tokenizer_run(tok, ma->title, strlen(ma->title), collect_token, sink);
  ma->ntitle_terms = (uint32_t)sink->nseq;
  ma->title_terms = arena_alloc(c->arena, (sink->nseq ? sink->nseq : 1) * sizeof *ma->title_terms);
  if (sink->nseq) memcpy(ma->title_terms, sink->seq, sink->nseq * sizeof *ma->title_terms);
}

static const char *pick(arena *a, const char *given, const char *found) {
  if (given && *given) return arena_strdup(a, given);
  return arena_strdup(a, found ? found : "");
}

static const char *article_lang(const precis_article_in *a) {
  if (a->lang && *a->lang && strcmp(a->lang, "auto") != 0) return a->lang;
  const char *code = lang_detect(a->text, a->len);
  return code && strcmp(code, "und") != 0 ? code : "";
}

precis_status precis_corpus_add(precis_corpus *c, const precis_article_in *a, precis_error *err) {
  if (!c || !a || (!a->text && a->len > 0)) return err_set(err, PRECIS_ERR_USAGE, "no article given");
  const char *text = a->text ? a->text : "";
  size_t bad = 0;
  if (!utf8_valid(text, a->len, &bad))
    return err_set(err, PRECIS_ERR_INPUT, "article %s: invalid UTF-8 at byte %zu",
                   a->id && *a->id ? a->id : "(unnamed)", bad);
  if (c->narticles >= UINT32_MAX - 1) return err_set(err, PRECIS_ERR_INPUT, "too many articles");

  precis_article_in in = *a;
  in.text = text;
  const char *lang = arena_strdup(c->arena, article_lang(&in));
  clean_result cr;
  clean_article(c->arena, text, a->len, lang, a->title, &cr);

  c->articles = xgrow(c->articles, &c->articles_cap, c->narticles + 1, sizeof *c->articles);
  uint32_t index = (uint32_t)c->narticles;
  model_article *ma = &c->articles[c->narticles++];
  memset(ma, 0, sizeof *ma);
  char fallback_id[32];
  snprintf(fallback_id, sizeof fallback_id, "%u", index + 1);
  ma->id = arena_strdup(c->arena, a->id && *a->id ? a->id : fallback_id);
  ma->title = pick(c->arena, a->title, cr.title);
  ma->date = pick(c->arena, a->date, cr.date);
  ma->source = pick(c->arena, a->source, NULL);
  ma->url = pick(c->arena, a->url, NULL);
  ma->lang = lang;
  ma->text = cr.text ? cr.text : arena_strdup(c->arena, "");
  ma->len = cr.text ? cr.len : 0;
  ma->removed = cr.removed;
  ma->nremoved = cr.nremoved;
  ma->first = (uint32_t)c->nsentences;

  text_span *spans = NULL;
  size_t nspans = 0, cap = 0;
  segment_sentences(ma->text, ma->len, lang, &spans, &nspans, &cap);
  tokenizer *tok = tokenizer_for(c, lang);
  token_sink sink = {.c = c, .lang = lang};
  uint32_t position = 0;
  for (size_t i = 0; i < nspans; i++) {
    size_t before = c->nsentences;
    add_sentence(c, &sink, tok, index, position, ma->text, spans[i]);
    if (c->nsentences > before) position++;
  }
  ma->count = (uint32_t)(c->nsentences - ma->first);
  flag_notice_page(c, ma);
  tokenize_title(c, &sink, tok, ma);
  free(sink.seq);
  free(spans);
  return PRECIS_OK;
}

void precis_corpus_add_reference(precis_corpus *c, const char *text, size_t len) {
  if (!c || !text) return;
  c->refs = xgrow(c->refs, &c->refs_cap, c->nrefs + 1, sizeof *c->refs);
  c->refs[c->nrefs++] = arena_strndup(c->arena, text, len);
}

const char *precis_corpus_id(const precis_corpus *c) { return c ? c->id : ""; }
size_t precis_corpus_count(const precis_corpus *c) { return c ? c->narticles : 0; }
size_t precis_corpus_reference_count(const precis_corpus *c) { return c ? c->nrefs : 0; }
const char *precis_corpus_reference(const precis_corpus *c, size_t i) {
  return c && i < c->nrefs ? c->refs[i] : NULL;
}

int precis_corpus_article(const precis_corpus *c, size_t i, precis_article_info *info) {
  if (!c || i >= c->narticles || !info) return 0;
  const model_article *a = &c->articles[i];
  info->id = a->id;
  info->title = a->title;
  info->date = a->date;
  info->source = a->source;
  info->url = a->url;
  info->lang = a->lang;
  info->text = a->text;
  info->len = a->len;
  info->nsentences = a->count;
  info->nremoved = a->nremoved;
  return 1;
}

int precis_corpus_removed(const precis_corpus *c, size_t i, size_t k, const char **line, size_t *len,
                          const char **reason) {
  if (!c || i >= c->narticles || k >= c->articles[i].nremoved) return 0;
  const clean_removal *r = &c->articles[i].removed[k];
  if (line) *line = r->line;
  if (len) *len = r->len;
  if (reason) *reason = r->reason;
  return 1;
}

const char *model_sentence_text(const model *m, const model_sentence *s) {
  return m->articles[s->article].text + s->start;
}

const char *model_lang(const model *m) {
  /* Majority vote over a small table of the languages seen (ties: the one seen first); clusters
   * mixing more than 16 languages vote among the first 16. O(articles). */
  const char *langs[16];
  size_t votes[16], nlangs = 0;
  for (size_t i = 0; i < m->narticles; i++) {
    const char *l = m->articles[i].lang;
    if (!*l) continue;
    size_t k = 0;
    while (k < nlangs && strcmp(langs[k], l) != 0) k++;
    if (k == nlangs) {
      if (nlangs == 16) continue;
      langs[nlangs] = l, votes[nlangs++] = 0;
    }
    votes[k]++;
  }
  size_t best = 0;
  for (size_t k = 1; k < nlangs; k++)
    if (votes[k] > votes[best]) best = k;
  return nlangs ? langs[best] : "";
}

typedef struct prefix_counter {
  uint32_t left;
  size_t end;
} prefix_counter;

static int count_prefix(const token *tok, void *ctx) {
  prefix_counter *p = ctx;
  if (!(tok->flags & (TOK_WORD | TOK_NUMBER))) return 0;
  if (p->left == 0) return 1;
  p->left--;
  p->end = tok->end;
  return 0;
}

size_t model_word_prefix(model *m, uint32_t sentence, uint32_t max_words) {
  const model_sentence *s = &m->sentences[sentence];
  const model_article *a = &m->articles[s->article];
  prefix_counter p = {max_words, 0};
  tokenizer_run(tokenizer_for(m, a->lang), a->text + s->start, s->end - s->start, count_prefix, &p);
  return p.end;
}

static int count_word(const token *tok, void *ctx) {
  if (tok->flags & (TOK_WORD | TOK_NUMBER)) ++*(uint32_t *)ctx;
  return 0;
}

uint32_t model_count_words(model *m, const char *lang, const char *text, size_t len) {
  uint32_t n = 0;
  tokenizer_run(tokenizer_for(m, lang ? lang : ""), text, len, count_word, &n);
  return n;
}

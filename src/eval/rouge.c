/* rouge.c — the ROUGE scorer: text preparation as ROUGE-1.5.5 does it, then ROUGE-N, ROUGE-L and
 * ROUGE-S/SU over interned token ids.
 *
 * Each text (peer or model) becomes a `prepared` text: token ids in order plus the index where
 * each sentence (input line) starts. N-grams and skip bigrams are hashed to 64-bit keys, radix
 * sorted and merged, so counting matches costs O(T) (T n-grams) with no string work after
 * tokenization; the peer's keys are built once per item, not once per model.
 * ROUGE-L is the one quadratic part: an LCS table per (model sentence, peer sentence) pair.
 * Raw tokens are interned once per scorer and their stem / stopword status cached by id, so the
 * Porter stemmer runs once per distinct word over the scorer's life.
 */
#include "eval/rouge.h"
#include "base/buf.h"
#include "base/error.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include "eval/rouge_internal.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { STATUS_UNKNOWN = 0, STATUS_KEEP = 1, STATUS_STOP = 2 };

static void sort_keys(uint64_t *key, size_t n, uint64_t *tmp);

/* A sorted multiset of hashed n-grams (or skip bigrams). */
typedef struct keyset {
  uint64_t *key;
  size_t n, cap;
  uint64_t *tmp; /* radix-sort scratch, same capacity */
  size_t tmp_cap;
} keyset;

static void keyset_sort(keyset *ks) {
  ks->tmp = xgrow(ks->tmp, &ks->tmp_cap, ks->n + 1, sizeof *ks->tmp);
  sort_keys(ks->key, ks->n, ks->tmp);
}

struct rouge_scorer {
  rouge_options opt;
  intern *words;          /* raw tokens and their stems share one id space */
  uint32_t *final_id;     /* raw id -> id after stemming (valid when status != UNKNOWN) */
  unsigned char *status;  /* raw id -> STATUS_* */
  size_t status_cap;
  intern *stoplist;       /* NULL unless -s */
  intern *exceptions;     /* -m: irregular forms (WordNet .exc) -> index into exception_base */
  uint32_t *exception_base; /* id in `words` of the base form */
  size_t exception_cap;
  buf stem_scratch;        /* -m: the word being stemmed */
  rouge_unicode *unicode; /* NULL unless Unicode mode */
  buf line;               /* scratch: one lowercased, limited line */
  prepared peer, model, peer_full, model_full;
  keyset peer_keys[ROUGE_MAX_METRICS]; /* the peer's n-grams / skip bigrams, per metric */
  keyset model_keys;
  uint16_t *lcs_table; /* LCS lengths fit: 65536 words in both sentences would need 8 GB */
  size_t lcs_cap;
  unsigned char *hit_mark;
  size_t hit_cap;
  int32_t *peer_left, *model_left; /* per final id: unigrams not yet used by ROUGE-L */
  size_t left_cap;
};

/* ---- WordNet exceptions ------------------------------------------------------------------ */

/* ROUGE-1.5.5's -m looks a word up in WordNet's exception lists (irregular forms: "went" ->
 * "go", "best" -> "good") before Porter-stemming it. Each .exc line is "form base [base...]";
 * the first base is used. */
static const char *const exception_files[] = {"adj.exc", "adv.exc", "noun.exc", "verb.exc"};

static void add_exception(rouge_scorer *s, const char *form, size_t flen, const char *base,
                          size_t blen) {
  size_t before = intern_count(s->exceptions);
  uint32_t k = intern_id(s->exceptions, form, flen);
  uint32_t b = intern_id(s->words, base, blen);
  if (intern_count(s->exceptions) == before) {
    s->exception_base[k] = b; /* a form listed twice: the later file wins (verb over adj) */
    return;
  }
  s->exception_base = xgrow(s->exception_base, &s->exception_cap, (size_t)k + 1,
                            sizeof *s->exception_base);
  s->exception_base[k] = b;
}

static precis_status load_exceptions(rouge_scorer *s, const char *dir, precis_error *err) {
  s->exceptions = intern_new();
  char path[4096], line[512];
  for (size_t i = 0; i < sizeof exception_files / sizeof exception_files[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, exception_files[i]);
    FILE *f = fopen(path, "r");
    if (!f)
      return err_set(err, PRECIS_ERR_IO,
                     "rouge: cannot read WordNet exception list %s (install the Debian package "
                     "wordnet-base or set PRECIS_ROUGE_WORDNET)",
                     path);
    while (fgets(line, sizeof line, f)) {
      size_t flen = strcspn(line, " \t\r\n");
      const char *base = line + flen + strspn(line + flen, " \t");
      size_t blen = strcspn(base, " \t\r\n");
      if (flen && blen) add_exception(s, line, flen, base, blen);
    }
    fclose(f);
  }
  return PRECIS_OK;
}

/* ---- scorer -------------------------------------------------------------------------------- */

rouge_scorer *rouge_scorer_new(const rouge_options *opt, precis_error *err) {
  if (opt->max_n < 1 || opt->max_n > ROUGE_MAX_N) {
    err_set(err, PRECIS_ERR_USAGE, "rouge: n-gram size must be 1..%d", ROUGE_MAX_N);
    return NULL;
  }
  rouge_scorer *s = xcalloc(1, sizeof *s);
  s->opt = *opt;
  s->words = intern_new();
  if (opt->stopwords) {
    const char *path = opt->stopword_file ? opt->stopword_file : rouge_default_stopword_file();
    s->stoplist = rouge_stoplist_load(path, err);
    if (!s->stoplist) {
      rouge_scorer_free(s);
      return NULL;
    }
  }
  if (opt->stem) {
    if (load_exceptions(s, rouge_default_wordnet_dir(), err) != PRECIS_OK) {
      rouge_scorer_free(s);
      return NULL;
    }
  }
  if (opt->unicode) {
    s->unicode = rouge_unicode_new(err);
    if (!s->unicode) {
      rouge_scorer_free(s);
      return NULL;
    }
  }
  return s;
}

static void prepared_free(prepared *p) {
  free(p->tok);
  free(p->sent_start);
}

void rouge_scorer_free(rouge_scorer *s) {
  if (!s) return;
  intern_free(s->words);
  intern_free(s->stoplist);
  intern_free(s->exceptions);
  free(s->exception_base);
  buf_free(&s->stem_scratch);
  rouge_unicode_free(s->unicode);
  free(s->final_id);
  free(s->status);
  buf_free(&s->line);
  prepared_free(&s->peer);
  prepared_free(&s->model);
  prepared_free(&s->peer_full);
  prepared_free(&s->model_full);
  for (int k = 0; k < ROUGE_MAX_METRICS; k++) free(s->peer_keys[k].key), free(s->peer_keys[k].tmp);
  free(s->model_keys.key);
  free(s->model_keys.tmp);
  free(s->lcs_table);
  free(s->hit_mark);
  free(s->peer_left);
  free(s->model_left);
  free(s);
}

const rouge_options *rouge_scorer_options(const rouge_scorer *s) { return &s->opt; }

/* ---- tokens -------------------------------------------------------------------------------- */

static void ensure_status(rouge_scorer *s, uint32_t id) {
  if (id < s->status_cap) return;
  size_t old = s->status_cap, cap = old;
  s->status = xgrow(s->status, &cap, (size_t)id + 1, 1);
  memset(s->status + old, 0, cap - old);
  size_t cap2 = old;
  s->final_id = xgrow(s->final_id, &cap2, cap, sizeof *s->final_id);
  s->status_cap = cap;
}

/* ROUGE-1.5.5 stems only tokens longer than 3 bytes; short words pass through unchanged.
 * Longer ones are looked up in WordNet's irregular forms, else Porter-stemmed the way
 * ROUGE-1.5.5's own stemmer does it (rouge_porter.c). */
static uint32_t stem_id(rouge_scorer *s, const char *w, size_t len) {
  if (!s->opt.stem || len <= 3) return intern_id(s->words, w, len);
  uint32_t e = intern_find(s->exceptions, w, len);
  if (e != UINT32_MAX) return s->exception_base[e];
  buf_clear(&s->stem_scratch);
  buf_append(&s->stem_scratch, w, len);
  size_t n = rouge_porter_stem(s->stem_scratch.data, len, ROUGE_PORTER_ROUGE155);
  return intern_id(s->words, s->stem_scratch.data, n);
}

void rouge_add_token(rouge_scorer *s, prepared *p, const char *w, size_t len) {
  uint32_t raw = intern_id(s->words, w, len);
  ensure_status(s, raw);
  if (s->status[raw] == STATUS_UNKNOWN) {
    int stop = s->stoplist && intern_find(s->stoplist, w, len) != UINT32_MAX;
    uint32_t fin = stop ? raw : stem_id(s, w, len);
    s->status[raw] = stop ? STATUS_STOP : STATUS_KEEP;
    s->final_id[raw] = fin;
  }
  if (s->status[raw] == STATUS_STOP) return;
  p->tok = xgrow(p->tok, &p->tok_cap, p->ntok + 1, sizeof *p->tok);
  p->tok[p->ntok++] = s->final_id[raw];
}

static int is_rouge_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Every byte outside [a-z0-9] separates tokens, the hyphen too (the line is already
 * lowercased); that is what reproduces ROUGE-1.5.5's numbers (docs/EVALUATION.md). */
static void tokenize_ascii(rouge_scorer *s, prepared *p, const char *line, size_t len) {
  size_t i = 0;
  while (i < len) {
    while (i < len && !is_rouge_word_byte((unsigned char)line[i])) i++;
    size_t start = i;
    while (i < len && is_rouge_word_byte((unsigned char)line[i])) i++;
    if (i > start) rouge_add_token(s, p, line + start, i - start);
  }
}

/* ---- reading a summary as ROUGE-1.5.5 reads it ------------------------------------------- */

static int is_perl_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void begin_sentence(prepared *p) {
  p->sent_start = xgrow(p->sent_start, &p->sent_cap, p->nsent + 2, sizeof *p->sent_start);
  p->sent_start[p->nsent++] = p->ntok;
}

static void end_text(prepared *p) {
  p->sent_start = xgrow(p->sent_start, &p->sent_cap, p->nsent + 1, sizeof *p->sent_start);
  p->sent_start[p->nsent] = p->ntok;
}

/* Keeps at most `room` whitespace-separated words of line[0..len); returns the kept length and
 * the number of words seen (up to room + 1). */
static size_t clip_words(const char *line, size_t len, long room, long *words) {
  long n = 0;
  size_t i = 0, end = 0;
  while (i < len) {
    while (i < len && is_perl_space((unsigned char)line[i])) i++;
    if (i == len) break;
    if (n == room) {
      *words = n + 1;
      return end;
    }
    while (i < len && !is_perl_space((unsigned char)line[i])) i++;
    end = i;
    n++;
  }
  *words = n;
  return end;
}

/* Applies -l / -b to one trimmed line: returns the length to keep and sets done once the budget
 * is used up (later lines are dropped, like ROUGE-1.5.5's checkSummarySize). */
static size_t apply_limits(const rouge_options *opt, limit_state *ls, const char *line, size_t len) {
  if (opt->word_limit > 0) {
    long room = opt->word_limit - ls->words, seen = 0;
    size_t keep = clip_words(line, len, room, &seen);
    if (seen > room) {
      ls->words = opt->word_limit;
      ls->done = 1;
      return keep;
    }
    ls->words += seen;
    if (ls->words == opt->word_limit) ls->done = 1;
    return len;
  }
  if (opt->byte_limit > 0) {
    long room = opt->byte_limit - ls->bytes;
    if ((long)len <= room) {
      long after = ls->bytes + (long)len;
      if (!ls->lines_apart) ls->bytes = after;
      if (after >= opt->byte_limit) ls->done = 1; /* a line that fills the budget ends the text */
      return len;
    }
    ls->bytes = opt->byte_limit;
    ls->done = 1;
    return (size_t)room;
  }
  return len;
}

typedef enum read_mode {
  READ_LIMITED,  /* -l / -b as for ROUGE-N */
  READ_LCS_BYTES /* ROUGE-1.5.5's ROUGE-L reader under -b: each line alone against the limit */
} read_mode;

static void prepare_text(rouge_scorer *s, prepared *p, const char *text, size_t len, read_mode mode) {
  p->ntok = p->nsent = 0;
  limit_state ls = {0, 0, 0, mode == READ_LCS_BYTES};
  size_t pos = 0;
  while (pos < len && !ls.done) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t a = pos, b = end;
    pos = nl ? end + 1 : len;
    while (a < b && is_perl_space((unsigned char)text[a])) a++;
    while (b > a && is_perl_space((unsigned char)text[b - 1])) b--;
    if (a == b) continue; /* blank lines are not sentences */
    /* -b measures the line as read, trailing blanks included (ROUGE-1.5.5 does; it shows with
     * lines ending in a space); the word limit and the tokens see the trimmed line. */
    if (s->opt.byte_limit > 0 && s->opt.word_limit <= 0 && !s->unicode) b = end;
    buf_clear(&s->line);
    buf_append(&s->line, text + a, b - a);
    char *l = s->line.data;
    size_t n = b - a;
    if (s->unicode) {
      begin_sentence(p);
      rouge_unicode_line(s->unicode, s, p, &ls, l, n);
      continue;
    }
    for (size_t i = 0; i < n; i++)
      if (l[i] >= 'A' && l[i] <= 'Z') l[i] = (char)(l[i] - 'A' + 'a');
    size_t keep = apply_limits(&s->opt, &ls, l, n);
    begin_sentence(p);
    tokenize_ascii(s, p, l, keep);
  }
  end_text(p);
}

/* Unicode mode counts -l in word tokens (there is no ROUGE-1.5.5 behaviour to follow). */
int rouge_unicode_room(const rouge_scorer *s, limit_state *ls) {
  if (s->opt.word_limit <= 0) return 1;
  if (ls->words >= s->opt.word_limit) {
    ls->done = 1;
    return 0;
  }
  ls->words++;
  return 1;
}

size_t rouge_unicode_clip_bytes(const rouge_scorer *s, limit_state *ls, size_t len) {
  if (s->opt.word_limit > 0 || s->opt.byte_limit <= 0) return len;
  long room = s->opt.byte_limit - ls->bytes;
  if ((long)len <= room) {
    ls->bytes += (long)len;
    return len;
  }
  ls->bytes = s->opt.byte_limit;
  ls->done = 1;
  return (size_t)room;
}

/* ---- counting ------------------------------------------------------------------------------ */

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* Least-significant-digit radix sort, 8 passes of 8 bits: O(n), about 5x faster than qsort on
 * the few thousand keys of a summary. `tmp` holds n keys. */
static void sort_keys(uint64_t *key, size_t n, uint64_t *tmp) {
  if (n < 64) {
    if (n > 1) qsort(key, n, sizeof *key, cmp_u64); /* key may be NULL when n is 0: UB for qsort */
    return;
  }
  uint64_t *src = key, *dst = tmp;
  for (int shift = 0; shift < 64; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[((src[i] >> shift) & 0xFF) + 1]++;
    for (int b = 0; b < 256; b++) count[b + 1] += count[b];
    for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFF]++] = src[i];
    uint64_t *swap = src;
    src = dst;
    dst = swap;
  }
  /* 8 passes: the sorted keys are back in `key` */
}

/* Hashed n-grams of the whole text (ROUGE-1.5.5 joins the sentences for ROUGE-N), sorted. */
static void ngram_keys(const prepared *p, int n, keyset *ks) {
  size_t count = p->ntok >= (size_t)n ? p->ntok - (size_t)n + 1 : 0;
  ks->key = xgrow(ks->key, &ks->cap, count + 1, sizeof *ks->key);
  for (size_t i = 0; i < count; i++) {
    uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ull;
    for (int k = 0; k < n; k++) h = hash_mix64(h ^ (p->tok[i + (size_t)k] + 1));
    ks->key[i] = h;
  }
  ks->n = count;
  keyset_sort(ks);
}

/* Skip bigrams (a, b) with at most `skip` tokens between them, plus unigrams with -u, sorted.
 * The text is one sequence: skip bigrams cross sentence boundaries, as ROUGE-1.5.5's do. */
static void skip_keys(const prepared *p, int skip, int unigrams, keyset *ks) {
  uint64_t **keys = &ks->key;
  size_t *cap = &ks->cap;
  size_t count = 0, t = p->ntok;
  for (size_t i = 0; i < t; i++) {
    size_t last = skip < 0 ? t - 1 : i + (size_t)skip + 1;
    if (last > t - 1) last = t - 1;
    size_t need = count + (last - i) + 2;
    *keys = xgrow(*keys, cap, need, sizeof **keys);
    for (size_t j = i + 1; j <= last; j++)
      (*keys)[count++] = hash_mix64(hash_mix64(0x5b1ull ^ (p->tok[i] + 1)) ^ (p->tok[j] + 1));
    /* ROUGE-1.5.5 adds the unigram of every token but the last one */
    if (unigrams && i + 1 < t) (*keys)[count++] = hash_mix64(0x0111ull ^ (p->tok[i] + 1));
  }
  ks->n = count;
  keyset_sort(ks);
}

/* Clipped matches between two sorted key multisets: sum over keys of min(count_a, count_b). */
static size_t clipped_hits(const keyset *x, const keyset *y) {
  const uint64_t *a = x->key, *b = y->key;
  size_t na = x->n, nb = y->n, i = 0, j = 0, hits = 0;
  while (i < na && j < nb) {
    if (a[i] < b[j]) {
      i++;
    } else if (a[i] > b[j]) {
      j++;
    } else {
      uint64_t k = a[i];
      size_t ca = 0, cb = 0;
      while (i < na && a[i] == k) i++, ca++;
      while (j < nb && b[j] == k) j++, cb++;
      hits += ca < cb ? ca : cb;
    }
  }
  return hits;
}

typedef struct tally {
  double hit, model_count, peer_count;
} tally;

/* -f A sums hits and counts over models; -f B keeps the model with the best recall
 * (ties: the first such model). */
static void tally_add(char mode, tally *total, double *best, tally one) {
  if (mode == 'B') {
    double r = one.model_count > 0 ? one.hit / one.model_count : 0;
    if (r > *best || total->model_count == 0) {
      *best = r;
      *total = one;
    }
    return;
  }
  total->hit += one.hit;
  total->model_count += one.model_count;
  total->peer_count += one.peer_count;
}

/* The value ROUGE-1.5.5 prints, read back: k / 100000 with k the printed digits. The division
 * of two exact integers is correctly rounded, so this equals strtod of the printed text. */
static double printed5(double v) {
  char text[16];
  rouge_format5(v, text);
  long long k = 0;
  for (const char *p = text; *p; p++)
    if (*p >= '0' && *p <= '9') k = k * 10 + (*p - '0');
  return (double)k / 100000.0;
}

/* F is computed from recall and precision as printed (5 decimals): that is what reproduces the
 * reference numbers (docs/EVALUATION.md, "F from printed R and P"). */
static rouge_score finish(const tally *t, double alpha) {
  rouge_score sc = {0, 0, 0};
  if (t->model_count > 0) sc.recall = t->hit / t->model_count;
  if (t->peer_count > 0) sc.precision = t->hit / t->peer_count;
  double r = sc.recall, p = sc.precision;
  r = printed5(r);
  p = printed5(p);
  if (r > 0 && p > 0) sc.f = (p * r) / ((1 - alpha) * p + alpha * r);
  return sc;
}

/* ---- ROUGE-L ------------------------------------------------------------------------------- */

/* Marks in hit_mark the positions of model sentence x that lie on one LCS with peer sentence y
 * (ties broken like the textbook backtrack: diagonal, then up, then left). */
static void mark_lcs(rouge_scorer *s, const uint32_t *x, size_t m, const uint32_t *y, size_t n) {
  size_t w = n + 1, need = (m + 1) * w;
  if (need > s->lcs_cap) {
    s->lcs_cap = need;
    free(s->lcs_table);
    s->lcs_table = xmalloc(need * sizeof *s->lcs_table);
  }
  uint16_t *c = s->lcs_table;
  for (size_t j = 0; j <= n; j++) c[j] = 0;
  for (size_t i = 1; i <= m; i++) {
    uint16_t *row = c + i * w, *up = row - w;
    row[0] = 0;
    uint32_t xi = x[i - 1];
    for (size_t j = 1; j <= n; j++) {
      if (xi == y[j - 1])
        row[j] = (uint16_t)(up[j - 1] + 1);
      else
        row[j] = up[j] >= row[j - 1] ? up[j] : row[j - 1];
    }
  }
  size_t i = m, j = n;
  while (i > 0 && j > 0) {
    if (x[i - 1] == y[j - 1]) {
      s->hit_mark[i - 1] = 1;
      i--, j--;
    } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
      i--;
    } else {
      j--;
    }
  }
}

static void unigram_budget(int32_t *left, const prepared *p, int sign) {
  for (size_t i = 0; i < p->ntok; i++) left[p->tok[i]] += sign;
}

static tally lcs_tally(rouge_scorer *s, const prepared *peer, const prepared *model,
                       const prepared *peer_budget, const prepared *model_budget) {
  tally t = {0, (double)model->ntok, (double)peer->ntok};
  size_t ids = intern_count(s->words);
  if (ids > s->left_cap) {
    size_t cap = s->left_cap;
    s->peer_left = xgrow(s->peer_left, &cap, ids, sizeof *s->peer_left);
    memset(s->peer_left + s->left_cap, 0, (cap - s->left_cap) * sizeof *s->peer_left);
    size_t cap2 = s->left_cap;
    s->model_left = xgrow(s->model_left, &cap2, cap, sizeof *s->model_left);
    memset(s->model_left + s->left_cap, 0, (cap - s->left_cap) * sizeof *s->model_left);
    s->left_cap = cap;
  }
  unigram_budget(s->peer_left, peer_budget, +1);
  unigram_budget(s->model_left, model_budget, +1);
  s->hit_mark = xgrow(s->hit_mark, &s->hit_cap, model->ntok + 1, 1);
  size_t hits = 0;
  for (size_t a = 0; a < model->nsent; a++) {
    size_t m = model->sent_start[a + 1] - model->sent_start[a];
    if (!m) continue; /* before the pointer: tok is NULL when there are no tokens at all */
    const uint32_t *x = model->tok + model->sent_start[a];
    memset(s->hit_mark, 0, m);
    for (size_t b = 0; b < peer->nsent; b++) {
      size_t n = peer->sent_start[b + 1] - peer->sent_start[b];
      if (n) mark_lcs(s, x, m, peer->tok + peer->sent_start[b], n);
    }
    for (size_t k = 0; k < m; k++) {
      if (!s->hit_mark[k]) continue;
      uint32_t id = x[k];
      if (s->peer_left[id] > 0 && s->model_left[id] > 0) {
        s->peer_left[id]--;
        s->model_left[id]--;
        hits++;
      }
    }
  }
  /* restore the budgets to zero without clearing the whole vocabulary */
  for (size_t i = 0; i < peer_budget->ntok; i++) s->peer_left[peer_budget->tok[i]] = 0;
  for (size_t i = 0; i < model_budget->ntok; i++) s->model_left[model_budget->tok[i]] = 0;
  t.hit = (double)hits;
  return t;
}

/* ---- one item ------------------------------------------------------------------------------ */

static void set_name(rouge_result *out, size_t k, const char *name) {
  size_t n = strlen(name);
  if (n >= sizeof out->name[k]) n = sizeof out->name[k] - 1;
  memcpy(out->name[k], name, n);
  out->name[k][n] = '\0';
}

precis_status rouge_score_item(rouge_scorer *s, const char *peer, size_t peer_len,
                               const char *const *models, const size_t *model_lens, size_t nmodels,
                               rouge_result *out, precis_error *err) {
  memset(out, 0, sizeof *out);
  if (nmodels == 0) return err_set(err, PRECIS_ERR_INPUT, "rouge: no reference summary");
  const rouge_options *o = &s->opt;
  int nmetrics = o->max_n + (o->no_lcs ? 0 : 1) + (o->skip_distance >= 0 ? 1 : 0);
  tally totals[ROUGE_MAX_METRICS];
  double best[ROUGE_MAX_METRICS];
  memset(totals, 0, sizeof totals);
  for (int k = 0; k < ROUGE_MAX_METRICS; k++) best[k] = -1;

  prepare_text(s, &s->peer, peer, peer_len, READ_LIMITED);
  /* Under -b, ROUGE-1.5.5 reads the texts for ROUGE-L differently: every line is held against
   * the byte limit on its own (so the texts stay whole unless one line reaches the limit, which
   * is then cut and ends the text). It clips the LCS matches with the unigram counts of the properly limited texts and
   * divides by that ROUGE-L model length and the limited peer's length (docs/EVALUATION.md). */
  int bytes_lcs = o->byte_limit > 0 && !o->no_lcs && !o->unicode;
  if (bytes_lcs) prepare_text(s, &s->peer_full, peer, peer_len, READ_LCS_BYTES);
  int skip_metric = o->max_n + (o->no_lcs ? 0 : 1);
  for (int n = 1; n <= o->max_n; n++) ngram_keys(&s->peer, n, &s->peer_keys[n - 1]);
  if (o->skip_distance >= 0)
    skip_keys(&s->peer, o->skip_distance, o->skip_unigrams, &s->peer_keys[skip_metric]);
  for (size_t mi = 0; mi < nmodels; mi++) {
    size_t mlen = model_lens ? model_lens[mi] : strlen(models[mi]);
    prepare_text(s, &s->model, models[mi], mlen, READ_LIMITED);
    if (bytes_lcs) prepare_text(s, &s->model_full, models[mi], mlen, READ_LCS_BYTES);
    for (int n = 1; n <= o->max_n; n++) {
      ngram_keys(&s->model, n, &s->model_keys);
      const keyset *pk = &s->peer_keys[n - 1];
      tally one = {(double)clipped_hits(pk, &s->model_keys), (double)s->model_keys.n, (double)pk->n};
      tally_add(o->score_mode, &totals[n - 1], &best[n - 1], one);
    }
    if (!o->no_lcs) {
      tally lt = bytes_lcs ? lcs_tally(s, &s->peer_full, &s->model_full, &s->peer, &s->model)
                           : lcs_tally(s, &s->peer, &s->model, &s->peer, &s->model);
      lt.peer_count = (double)s->peer.ntok;
      tally_add(o->score_mode, &totals[o->max_n], &best[o->max_n], lt);
    }
    if (o->skip_distance >= 0) {
      skip_keys(&s->model, o->skip_distance, o->skip_unigrams, &s->model_keys);
      const keyset *pk = &s->peer_keys[skip_metric];
      tally one = {(double)clipped_hits(pk, &s->model_keys), (double)s->model_keys.n, (double)pk->n};
      tally_add(o->score_mode, &totals[skip_metric], &best[skip_metric], one);
    }
  }
  int k = 0;
  char name[32];
  for (int n = 1; n <= o->max_n; n++, k++) {
    snprintf(name, sizeof name, "ROUGE-%d", n);
    set_name(out, (size_t)k, name);
    out->score[k] = finish(&totals[k], o->alpha);
  }
  if (!o->no_lcs) {
    set_name(out, (size_t)k, "ROUGE-L");
    out->score[k] = finish(&totals[k], o->alpha);
    k++;
  }
  if (o->skip_distance >= 0) {
    snprintf(name, sizeof name, "ROUGE-S%s%d", o->skip_unigrams ? "U" : "", o->skip_distance);
    set_name(out, (size_t)k, name);
    out->score[k] = finish(&totals[k], o->alpha);
    k++;
  }
  out->count = (size_t)nmetrics;
  return PRECIS_OK;
}

/* printf's correctly rounded "%.5f" (what Perl's sprintf prints too), with the decimal separator
 * forced to '.' so the output never depends on LC_NUMERIC. */
void rouge_format5(double v, char out[16]) {
  char tmp[64];
  if (!(v >= 0 && v <= 1e6)) v = 0; /* scores are ratios; keeps the text within 16 bytes */
  snprintf(tmp, sizeof tmp, "%.5f", v);
  size_t n = 0;
  for (; tmp[n] && n < 15; n++) out[n] = tmp[n] == ',' ? '.' : tmp[n];
  out[n] = '\0';
}

/* dedup.c — near-duplicate sentences across outlets (wire copy, light paraphrase) and support.
 *
 * Why: a sentence carried by several outlets is both more likely to matter (support) and must
 * appear at most once in a summary. All-pairs comparison is quadratic, so candidates come from
 * MinHash locality-sensitive hashing over each sentence's distinct content terms:
 * MODEL_MINHASH = 16 hash values per sentence, cut into 8 bands of 2; sentences sharing a band
 * are candidates (probability ≥ 0.97 for Jaccard 0.6, 0.28 for 0.2) and each candidate is
 * verified exactly on the sorted term vectors. Accepted pairs (Jaccard ≥ 0.5, or one sentence
 * ≥ 80% contained in the other with ≥ 5 shared terms) are merged with union-find, so a group's
 * id is its first sentence; two groups merge only if their first sentences are near-duplicates
 * as well, which stops chains of pairwise-similar sentences from drifting into one blob.
 *
 * Complexity: O(S·K·L) sketches for S sentences of L distinct terms (K = 16), O(S·B) to radix-sort
 * the S·B band keys (B = 8), and at most MAX_PEERS comparisons per band entry, each O(L):
 * O(S·L·(K + B·MAX_PEERS)) overall, i.e. linear in the cluster size.
 * Sentences with fewer than 3 content terms are never grouped (too little evidence).
 */
#include "model/model.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include <string.h>

enum { MINHASH = 16, BANDS = 8, ROWS = MINHASH / BANDS, MAX_PEERS = 16, MIN_TERMS = 3 };

typedef struct band_key {
  uint64_t key;
  uint32_t sentence;
} band_key;

/* One strong hash per term, then K cheap derived hashes (xor with a per-row constant, multiply,
 * fold): minwise behaviour is good enough for candidate generation, and every candidate is
 * verified exactly anyway. */
static void sketch(const model_sentence *s, uint64_t sig[MINHASH]) {
  static const uint64_t row_seed[MINHASH] = {
      0x243f6a8885a308d3ull, 0x13198a2e03707344ull, 0xa4093822299f31d0ull, 0x082efa98ec4e6c89ull,
      0x452821e638d01377ull, 0xbe5466cf34e90c6cull, 0xc0ac29b7c97c50ddull, 0x3f84d5b5b5470917ull,
      0x9216d5d98979fb1bull, 0xd1310ba698dfb5acull, 0x2ffd72dbd01adfb7ull, 0xb8e1afed6a267e96ull,
      0xba7c9045f12c7f99ull, 0x24a19947b3916cf7ull, 0x0801f2e2858efc16ull, 0x636920d871574e69ull};
  for (int k = 0; k < MINHASH; k++) sig[k] = UINT64_MAX;
  for (uint32_t i = 0; i < s->nvec; i++) {
    uint64_t base = hash_mix64((uint64_t)s->vec[i].id + 0x9e3779b97f4a7c15ull);
    for (int k = 0; k < MINHASH; k++) {
      uint64_t h = (base ^ row_seed[k]) * 0x9e3779b97f4a7c15ull;
      h ^= h >> 29;
      if (h < sig[k]) sig[k] = h;
    }
  }
}

/* LSD radix sort by key, 8 bits per pass; stable, so equal keys keep ascending sentence order.
 * O(8·(n + 256)). */
static void sort_keys(band_key *keys, size_t n) {
  band_key *tmp = xmalloc((n ? n : 1) * sizeof *tmp);
  for (int shift = 0; shift < 64; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[((keys[i].key >> shift) & 0xFF) + 1]++;
    for (int b = 0; b < 256; b++) count[b + 1] += count[b];
    for (size_t i = 0; i < n; i++) tmp[count[(keys[i].key >> shift) & 0xFF]++] = keys[i];
    band_key *t = keys;
    keys = tmp;
    tmp = t;
  }
  /* 8 passes: the sorted data is back in the caller's array. */
  free(tmp);
}

static uint32_t find_root(uint32_t *parent, uint32_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

static void unite(uint32_t *parent, uint32_t a, uint32_t b) {
  a = find_root(parent, a);
  b = find_root(parent, b);
  if (a == b) return;
  if (a < b) parent[b] = a; /* the earliest sentence stays the group's id */
  else parent[a] = b;
}

static int near_duplicates(const model_sentence *a, const model_sentence *b) {
  uint32_t shared = model_overlap(a->vec, a->nvec, b->vec, b->nvec);
  uint32_t uni = a->nvec + b->nvec - shared;
  uint32_t smaller = a->nvec < b->nvec ? a->nvec : b->nvec;
  if (uni && shared * 2 >= uni) return 1;
  return shared >= 5 && shared * 5 >= smaller * 4;
}

static void link_candidates(model *m, uint32_t *parent) {
  size_t n = m->nsentences, nkeys = 0;
  band_key *keys = xmalloc((n ? n * BANDS : 1) * sizeof *keys);
  for (size_t i = 0; i < n; i++) {
    const model_sentence *s = &m->sentences[i];
    if (s->nvec < MIN_TERMS) continue;
    uint64_t sig[MINHASH];
    sketch(s, sig);
    for (int b = 0; b < BANDS; b++) {
      uint64_t key = hash_mix64((uint64_t)b * 0x100000001b3ull);
      for (int r = 0; r < ROWS; r++) key = hash_mix64(key ^ sig[b * ROWS + r]);
      keys[nkeys++] = (band_key){key, (uint32_t)i};
    }
  }
  sort_keys(keys, nkeys);
  for (size_t i = 0; i < nkeys;) {
    size_t j = i;
    while (j < nkeys && keys[j].key == keys[i].key) j++;
    /* Each member is compared with at most MAX_PEERS earlier members of its bucket: enough to
     * connect a group of true duplicates, and it bounds the work on huge buckets. */
    for (size_t x = i + 1; x < j; x++) {
      size_t from = x - i > MAX_PEERS ? x - MAX_PEERS : i;
      for (size_t y = from; y < x; y++) {
        uint32_t a = keys[y].sentence, b = keys[x].sentence;
        uint32_t ra = find_root(parent, a), rb = find_root(parent, b);
        if (ra == rb || !near_duplicates(&m->sentences[a], &m->sentences[b])) continue;
        /* Groups merge only if their first sentences are near-duplicates too: without this,
         * chains of pairwise-similar sentences would drift into one group of unrelated ones. */
        if ((ra != a || rb != b) && !near_duplicates(&m->sentences[ra], &m->sentences[rb])) continue;
        unite(parent, a, b);
      }
    }
    i = j;
  }
  free(keys);
}

/* Sources of each group: the distinct articles of its members, ascending because sentences are
 * numbered in article order. */
static void collect_sources(model *m) {
  size_t n = m->nsentences;
  m->groups = arena_calloc(m->arena, n ? n : 1, sizeof *m->groups);
  uint32_t *count = xcalloc(n ? n : 1, sizeof *count);
  for (size_t i = 0; i < n; i++) count[m->sentences[i].group]++;
  for (size_t g = 0; g < n; g++)
    if (count[g]) m->groups[g].articles = arena_alloc(m->arena, count[g] * sizeof(size_t));
  for (size_t i = 0; i < n; i++) {
    model_group_sources *g = &m->groups[m->sentences[i].group];
    size_t art = m->sentences[i].article;
    if (g->n == 0 || g->articles[g->n - 1] != art) g->articles[g->n++] = art;
  }
  for (size_t i = 0; i < n; i++) m->sentences[i].support = m->groups[m->sentences[i].group].n;
  free(count);
}

void model_find_duplicates(model *m) {
  size_t n = m->nsentences;
  uint32_t *parent = xmalloc((n ? n : 1) * sizeof *parent);
  for (size_t i = 0; i < n; i++) parent[i] = (uint32_t)i;
  link_candidates(m, parent);
  for (size_t i = 0; i < n; i++) m->sentences[i].group = find_root(parent, (uint32_t)i);
  free(parent);
  collect_sources(m);
}

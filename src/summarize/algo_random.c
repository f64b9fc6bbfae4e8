/* algo_random.c — seeded random baseline: a Fisher-Yates shuffle of the sentences driven by a
 * splitmix64 generator seeded with precis_options_set_seed, offered in that order. Same seed,
 * same summary. O(S). */
#include "summarize/algo.h"
#include "base/xalloc.h"

static uint64_t splitmix(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

void algo_random_run(algo_run *r) {
  size_t n = r->m->nsentences;
  uint32_t *order = xmalloc((n ? n : 1) * sizeof *order);
  for (size_t i = 0; i < n; i++) order[i] = (uint32_t)i;
  uint64_t state = (uint64_t)r->seed;
  for (size_t i = n; i > 1; i--) {
    size_t j = (size_t)(splitmix(&state) % i);
    uint32_t t = order[i - 1];
    order[i - 1] = order[j];
    order[j] = t;
  }
  for (size_t i = 0; i < n && !algo_full(r); i++) algo_try_add(r, order[i], 1.0 - (double)i / (double)n);
  free(order);
}

/* bcubed.c — B-cubed and adjusted Rand index from one contingency table (see bcubed.h).
 *
 * With n_cl the number of items in predicted cluster c and gold class l:
 *   B-cubed precision = (1/N) sum n_cl^2 / |c|,  recall = (1/N) sum n_cl^2 / |l|
 *   ARI = (sum C(n_cl,2) - E) / (M - E), E = sum C(|c|,2) sum C(|l|,2) / C(N,2),
 *         M = (sum C(|c|,2) + sum C(|l|,2)) / 2.
 */
#include "eval/bcubed.h"
#include "base/xalloc.h"
#include <stdlib.h>
#include <string.h>

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

static double pairs(double k) { return k * (k - 1) / 2; }

/* Sizes of each label, indexed by label id (ids may be sparse: sized by the largest). */
static double *label_sizes(const uint32_t *label, size_t n, size_t *distinct) {
  uint32_t max = 0;
  for (size_t i = 0; i < n; i++)
    if (label[i] > max) max = label[i];
  double *size = xcalloc((size_t)max + 1, sizeof *size);
  *distinct = 0;
  for (size_t i = 0; i < n; i++) {
    if (size[label[i]] == 0) (*distinct)++;
    size[label[i]] += 1;
  }
  return size;
}

void clustering_score(const uint32_t *pred, const uint32_t *gold, size_t n, clustering_scores *out) {
  memset(out, 0, sizeof *out);
  out->items = n;
  if (n == 0) return;
  double *csize = label_sizes(pred, n, &out->predicted_clusters);
  double *lsize = label_sizes(gold, n, &out->gold_classes);
  uint64_t *cell = xmalloc(n * sizeof *cell);
  for (size_t i = 0; i < n; i++) cell[i] = (uint64_t)pred[i] << 32 | gold[i];
  qsort(cell, n, sizeof *cell, cmp_u64);
  double prec = 0, rec = 0, index = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && cell[j] == cell[i]) j++;
    double k = (double)(j - i);
    prec += k * k / csize[cell[i] >> 32];
    rec += k * k / lsize[cell[i] & 0xFFFFFFFFu];
    index += pairs(k);
    i = j;
  }
  double N = (double)n, sum_c = 0, sum_l = 0;
  for (size_t i = 0; i < n; i++) {
    /* each label's pairs once: count it at its first item only */
    if (csize[pred[i]] > 0) sum_c += pairs(csize[pred[i]]), csize[pred[i]] = -csize[pred[i]];
    if (lsize[gold[i]] > 0) sum_l += pairs(lsize[gold[i]]), lsize[gold[i]] = -lsize[gold[i]];
  }
  out->precision = prec / N;
  out->recall = rec / N;
  out->f1 = out->precision + out->recall > 0
                ? 2 * out->precision * out->recall / (out->precision + out->recall)
                : 0;
  double expected = N > 1 ? sum_c * sum_l / pairs(N) : 0, max = (sum_c + sum_l) / 2;
  /* identical partitions of singletons (or of one item) have max == expected: agreement is 1 */
  out->ari = max - expected != 0 ? (index - expected) / (max - expected) : 1.0;
  free(cell);
  free(csize);
  free(lsize);
}

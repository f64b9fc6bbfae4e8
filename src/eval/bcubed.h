/* bcubed.h — scoring a predicted clustering of articles against gold event labels: B-cubed
 * precision / recall / F1 (Bagga & Baldwin 1998; the measure the ECB+ literature reports) and
 * the adjusted Rand index (Hubert & Arabie 1985).
 *
 * Both come from the contingency table of (predicted cluster, gold class) pairs, built by
 * sorting the pairs: O(n log n) for n items, O(n) memory.
 */
#ifndef PRECIS_BCUBED_H
#define PRECIS_BCUBED_H
#include <stddef.h>
#include <stdint.h>

typedef struct clustering_scores {
  double precision, recall, f1; /* B-cubed, averaged over items */
  double ari;                   /* adjusted Rand index; 1 for identical partitions */
  size_t items, predicted_clusters, gold_classes;
} clustering_scores;

/* pred[i] and gold[i] are dense label ids of item i (any uint32 values). n may be 0 (all 0). */
void clustering_score(const uint32_t *pred, const uint32_t *gold, size_t n, clustering_scores *out);

#endif

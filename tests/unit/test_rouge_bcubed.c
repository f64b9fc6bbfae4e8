/* test_rouge_bcubed.c — B-cubed and adjusted Rand index (eval/bcubed.h) on hand-made labellings;
 * lives with the ROUGE tests because both are the evaluation module's measures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "eval/bcubed.h"
#include <math.h>

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* gold AA BBB, predicted xxx yy: see tests/cli/test_eval.sh for the arithmetic.
 * P = R = F1 = 11/15, ARI = 0.4 / 2.4 = 1/6. */
static void test_mixed(void **state) {
  (void)state;
  uint32_t gold[] = {0, 0, 1, 1, 1}, pred[] = {7, 7, 7, 9, 9};
  clustering_scores s;
  clustering_score(pred, gold, 5, &s);
  NEAR(s.precision, 11.0 / 15);
  NEAR(s.recall, 11.0 / 15);
  NEAR(s.f1, 11.0 / 15);
  NEAR(s.ari, 1.0 / 6);
  assert_int_equal(s.predicted_clusters, 2);
  assert_int_equal(s.gold_classes, 2);
}

/* gold AA BB, everything in one predicted cluster:
 * P = (4/4 + 4/4)/4 = 0.5, R = (4/2 + 4/2)/4 = 1, F1 = 2/3;
 * ARI: index 2, sum_c = 6, sum_l = 2, C(4,2) = 6, expected 2, max 4 -> 0. */
static void test_one_cluster(void **state) {
  (void)state;
  uint32_t gold[] = {0, 0, 1, 1}, pred[] = {3, 3, 3, 3};
  clustering_scores s;
  clustering_score(pred, gold, 4, &s);
  NEAR(s.precision, 0.5);
  NEAR(s.recall, 1.0);
  NEAR(s.f1, 2.0 / 3);
  NEAR(s.ari, 0.0);
}

/* all singletons against gold AA BB: P = 1, R = (1/2 * 4)/4 = 0.5; ARI: index 0, sum_c 0,
 * sum_l 2, expected 0, max 1 -> 0. Identical partitions score 1 (also all singletons). */
static void test_singletons_and_identity(void **state) {
  (void)state;
  uint32_t gold[] = {0, 0, 1, 1}, pred[] = {0, 1, 2, 3};
  clustering_scores s;
  clustering_score(pred, gold, 4, &s);
  NEAR(s.precision, 1.0);
  NEAR(s.recall, 0.5);
  NEAR(s.ari, 0.0);
  clustering_score(pred, pred, 4, &s);
  NEAR(s.f1, 1.0);
  NEAR(s.ari, 1.0);
  clustering_score(gold, gold, 4, &s);
  NEAR(s.ari, 1.0);
  clustering_score(NULL, NULL, 0, &s);
  assert_int_equal(s.items, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mixed),
      cmocka_unit_test(test_one_cluster),
      cmocka_unit_test(test_singletons_and_identity),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_algo_textrank.c — TextRank's overlap similarity, the damped power iteration shared with
 * the other graph rankers (a star's centre ranks first, scores sum to 1, isolated nodes keep the
 * teleport share), and `--algo textrank` on the shared fixture (budgets, determinism). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "unit/test_algo_more.h"
#include "unit/test_summarize_fixture.h"

static void test_similarity(void **state) {
  (void)state;
  assert_true(fabs(textrank_similarity(2, 4, 4) - 2 / (2 * log(4.0))) < 1e-12);
  assert_true(textrank_similarity(0, 5, 5) == 0);
  assert_true(textrank_similarity(1, 1, 9) == 0); /* log 1 = 0: no edge rather than a division */
  assert_true(textrank_similarity(3, 8, 8) > textrank_similarity(3, 20, 20)); /* long ones dampened */
}

static void test_graph_rank_star(void **state) {
  (void)state;
  enum { N = 5 };
  double w[N * N] = {0}, rank[N];
  for (size_t i = 1; i < N; i++) w[i] = w[i * N] = 1; /* node 0 linked to every other */
  graph_rank(w, N, 0.15, 200, 1e-12, rank);
  double sum = 0;
  for (size_t i = 0; i < N; i++) sum += rank[i];
  assert_true(fabs(sum - 1) < 1e-9);
  for (size_t i = 1; i < N; i++) {
    assert_true(rank[0] > rank[i]);
    assert_true(fabs(rank[i] - rank[1]) < 1e-12); /* symmetric leaves score alike */
  }
}

static void test_graph_rank_isolated(void **state) {
  (void)state;
  double w[9] = {0, 1, 0, 1, 0, 0, 0, 0, 0}, rank[3]; /* 0–1 linked, 2 alone */
  graph_rank(w, 3, 0.15, 200, 1e-12, rank);
  assert_true(fabs(rank[0] + rank[1] + rank[2] - 1) < 1e-9);
  assert_true(fabs(rank[0] - rank[1]) < 1e-12);
  assert_true(rank[2] > 0);
}

static void test_fixture(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_test_budgets(c, algo_textrank_run);
  algo_run r = algo_test_run(c, algo_textrank_run, PRECIS_BUDGET_SENTENCES, 2);
  assert_int_equal(r.npicks, 2);
  assert_true(r.picks[0].score >= r.picks[1].score); /* offered best first */
  assert_false(algo_test_picked(&r, "Was the town ready"));
  algo_test_free(&r);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_similarity),
      cmocka_unit_test(test_graph_rank_star),
      cmocka_unit_test(test_graph_rank_isolated),
      cmocka_unit_test(test_fixture),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

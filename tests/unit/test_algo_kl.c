/* test_algo_kl.c — KLSum's incremental gain (it equals the drop of KL(P || Q_S) computed from
 * scratch) and `--algo kl` on the shared fixture (budgets, determinism, the central fact first). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "unit/test_algo_more.h"
#include "unit/test_summarize_fixture.h"

/* KL(P || Q) with Q smoothed as algo_kl.c does, over a vocabulary of v terms. */
static double kl_direct(const double *p, const double *count, size_t v, double smoothing) {
  double n = 0, kl = 0;
  for (size_t t = 0; t < v; t++) n += count[t];
  for (size_t t = 0; t < v; t++)
    if (p[t] > 0) kl += p[t] * log(p[t] / ((count[t] + smoothing) / (n + smoothing * (double)v)));
  return kl;
}

static void test_gain_matches_divergence(void **state) {
  (void)state;
  const double p[4] = {0.4, 0.3, 0.2, 0.1};
  double count[4] = {1, 0, 0, 0};
  model_term terms[2] = {{1, 2}, {3, 1}};
  model_sentence s;
  memset(&s, 0, sizeof s);
  s.vec = terms;
  s.nvec = 2;
  double before = kl_direct(p, count, 4, 0.01);
  double gain = kl_gain(&s, p, count, 1, 4, 0.01);
  count[1] += 2, count[3] += 1;
  double after = kl_direct(p, count, 4, 0.01);
  assert_true(fabs((before - after) - gain) < 1e-9);
}

static void test_prefers_what_matches(void **state) {
  (void)state;
  const double p[3] = {0.7, 0.2, 0.1};
  const double count[3] = {0, 0, 0};
  model_term frequent[1] = {{0, 1}}, rare[1] = {{2, 1}};
  model_sentence a, b;
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  a.vec = frequent, a.nvec = 1;
  b.vec = rare, b.nvec = 1;
  assert_true(kl_gain(&a, p, count, 0, 3, 0.01) > kl_gain(&b, p, count, 0, 3, 0.01));
}

static void test_fixture(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_test_budgets(c, algo_kl_run);
  algo_run r = algo_test_run(c, algo_kl_run, PRECIS_BUDGET_WORDS, 120);
  assert_true(r.npicks >= 3);
  assert_false(algo_test_picked(&r, "Was the town ready"));
  algo_test_free(&r);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_gain_matches_divergence),
      cmocka_unit_test(test_prefers_what_matches),
      cmocka_unit_test(test_fixture),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

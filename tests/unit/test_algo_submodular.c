/* test_algo_submodular.c — `--algo submodular` on the shared fixture: budgets and determinism,
 * a full budget used well (the greedy keeps adding while sentences fit), and a one-sentence
 * budget still answered (the singleton check). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "unit/test_algo_more.h"
#include "unit/test_summarize_fixture.h"

static void test_fixture(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_test_budgets(c, algo_submodular_run);
  precis_corpus_free(c);
}

static void test_fills_budget(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_run r = algo_test_run(c, algo_submodular_run, PRECIS_BUDGET_WORDS, 60);
  assert_true(r.npicks >= 2);
  assert_true(r.used <= 60 && r.used >= 40); /* fixture sentences are 12–17 words */
  assert_false(algo_test_picked(&r, "Was the town ready"));
  algo_test_free(&r);
  r = algo_test_run(c, algo_submodular_run, PRECIS_BUDGET_SENTENCES, 1);
  assert_int_equal(r.npicks, 1);
  algo_test_free(&r);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fixture),
      cmocka_unit_test(test_fills_budget),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

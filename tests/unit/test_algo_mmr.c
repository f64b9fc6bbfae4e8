/* test_algo_mmr.c — `--algo mmr` on the shared fixture: budgets and determinism, the first pick
 * is the sentence most similar to the cluster centroid, and the wire sentence two outlets share
 * appears once. */
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
  algo_test_budgets(c, algo_mmr_run);
  precis_corpus_free(c);
}

static void test_first_pick_most_relevant(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_run r = algo_test_run(c, algo_mmr_run, PRECIS_BUDGET_WORDS, 200);
  assert_true(r.npicks >= 3);
  for (size_t k = 1; k < r.npicks; k++) assert_true(r.picks[0].score >= r.picks[k].score);
  size_t wire = 0;
  for (size_t k = 0; k < r.npicks; k++) {
    const model_sentence *s = &c->sentences[r.picks[k].sentence];
    wire += !strncmp(model_sentence_text(c, s), "The regional emergency office said 420", 38);
  }
  assert_true(wire <= 1);
  algo_test_free(&r);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fixture),
      cmocka_unit_test(test_first_pick_most_relevant),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_algo_more.c — every additional algorithm (textrank, mmr, kl, submodular, ilp, coverage) on
 * edge corpora: one article of one sentence, one article repeating itself, sentences without
 * content terms, a cluster whose every sentence is too long for the budget. Each must stay within
 * the budget, offer something for the caller's fallback, and not crash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "unit/test_algo_more.h"

static void (*const algorithms[])(algo_run *) = {algo_textrank_run, algo_mmr_run,     algo_kl_run,
                                                 algo_submodular_run, algo_ilp_run, algo_coverage_run};
enum { NALGO = sizeof algorithms / sizeof algorithms[0] };

static precis_corpus *corpus_of(const char *const *texts, size_t n) {
  precis_corpus *c = precis_corpus_new("edge");
  for (size_t i = 0; i < n; i++) {
    precis_article_in a = {NULL, NULL, NULL, NULL, NULL, "en", texts[i], strlen(texts[i])};
    assert_int_equal(precis_corpus_add(c, &a, NULL), PRECIS_OK);
  }
  return c;
}

static void run_all(precis_corpus *c, precis_budget_unit unit, size_t limit, size_t min_picks) {
  for (size_t k = 0; k < NALGO; k++) {
    algo_run r = algo_test_run(c, algorithms[k], unit, limit);
    assert_true(algo_test_used(&r) <= limit);
    assert_true(algo_test_groups_distinct(&r));
    if (c->nsentences) assert_true(r.offered);
    if (r.npicks < min_picks) fail_msg("algorithm %zu: %zu picks < %zu", k, r.npicks, min_picks);
    algo_test_free(&r);
  }
}

static void test_one_sentence(void **state) {
  (void)state;
  const char *texts[] = {"The council approved the new budget for the harbour on Tuesday evening."};
  precis_corpus *c = corpus_of(texts, 1);
  run_all(c, PRECIS_BUDGET_WORDS, 50, 1);
  run_all(c, PRECIS_BUDGET_WORDS, 4, 0); /* too short for it: nothing picked, still offered */
  precis_corpus_free(c);
}

static void test_single_article_repeats(void **state) {
  (void)state;
  const char *texts[] = {
      "The harbour budget was approved by the council on Tuesday.\n\n"
      "Fishermen said the harbour budget leaves the old pier without repairs.\n\n"
      "The council will meet again in March to discuss the pier.\n\n"
      "Repairs to the old pier were last made twenty years ago."};
  precis_corpus *c = corpus_of(texts, 1);
  run_all(c, PRECIS_BUDGET_WORDS, 25, 1);
  run_all(c, PRECIS_BUDGET_SENTENCES, 2, 2);
  run_all(c, PRECIS_BUDGET_BYTES, 130, 1);
  precis_corpus_free(c);
}

static void test_no_content_terms(void **state) {
  (void)state;
  const char *texts[] = {"It is what it is, and that is that, as it was.\n\nAnd so it was, as it is.",
                         "It was as it is and it is as it was, or so they said then."};
  precis_corpus *c = corpus_of(texts, 2);
  run_all(c, PRECIS_BUDGET_WORDS, 40, 0);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_one_sentence),
      cmocka_unit_test(test_single_article_repeats),
      cmocka_unit_test(test_no_content_terms),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

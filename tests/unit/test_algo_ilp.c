/* test_algo_ilp.c — the concept-coverage program of `--algo ilp`: exact optimum where the greedy
 * falls short, each concept counted once, the per-sentence bonus, the empty problem, the node
 * bound never returning less than the greedy, and the whole algorithm on the shared fixture
 * (budgets, determinism, the fact all three outlets carry is picked), also in its greedy form
 * (`--algo coverage`). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "summarize/algo_ilp.h"
#include "unit/test_algo_more.h"
#include "unit/test_summarize_fixture.h"

static ilp_problem problem(size_t ns, size_t nc, const double *cost, const uint32_t *start, const uint32_t *occ,
                           const double *weight, double budget) {
  return (ilp_problem){ns, nc, cost, NULL, start, occ, weight, budget, 1000, 10000};
}

/* Budget 10: A (cost 1, weight 2) has the best ratio, so the greedy takes A then B (11); the
 * singleton check finds 9; the optimum is B + C = 18. */
static void test_beats_greedy(void **state) {
  (void)state;
  const double cost[] = {1, 5, 5}, weight[] = {2, 9, 9};
  const uint32_t start[] = {0, 1, 2, 3}, occ[] = {0, 1, 2};
  ilp_problem p = problem(3, 3, cost, start, occ, weight, 10);
  unsigned char greedy[3], chosen[3];
  assert_true(ilp_greedy(&p, greedy) == 11);
  assert_true(greedy[0] && greedy[1] && !greedy[2]);
  ilp_outcome o = ilp_solve(&p, chosen);
  if (o == ILP_GREEDY_NO_SOLVER) {
    assert_true(ilp_objective(&p, chosen) == 11);
    return;
  }
  assert_int_equal(o, ILP_OPTIMAL);
  assert_null(ilp_outcome_note(o));
  assert_true(!chosen[0] && chosen[1] && chosen[2]);
  assert_true(ilp_objective(&p, chosen) == 18);
}

/* Two sentences share concept 0 (weight 10): taking both would count it twice. Budget 2 makes
 * the right answer one of them plus the sentence with concept 1. */
static void test_concept_counted_once(void **state) {
  (void)state;
  const double cost[] = {1, 1, 1}, weight[] = {10, 3};
  const uint32_t start[] = {0, 1, 2, 3}, occ[] = {0, 0, 1};
  ilp_problem p = problem(3, 2, cost, start, occ, weight, 2);
  unsigned char chosen[3];
  ilp_solve(&p, chosen);
  assert_true(chosen[2]);
  assert_int_equal(chosen[0] + chosen[1], 1);
  assert_true(ilp_objective(&p, chosen) == 13);
}

/* Equal concepts, budget for one: the bonus decides. */
static void test_bonus_breaks_ties(void **state) {
  (void)state;
  const double cost[] = {4, 4}, weight[] = {5, 5}, bonus[] = {0.5, 1.5};
  const uint32_t start[] = {0, 1, 2}, occ[] = {0, 1};
  ilp_problem p = problem(2, 2, cost, start, occ, weight, 5);
  p.bonus = bonus;
  unsigned char chosen[2];
  ilp_solve(&p, chosen);
  assert_true(!chosen[0] && chosen[1]);
  assert_true(ilp_objective(&p, chosen) == 6.5);
}

static void test_empty_and_nothing_fits(void **state) {
  (void)state;
  const uint32_t start0[] = {0};
  ilp_problem empty = problem(0, 0, NULL, start0, NULL, NULL, 10);
  unsigned char none[1] = {0};
  assert_int_equal(ilp_solve(&empty, none), ILP_OPTIMAL);
  const double cost[] = {8}, weight[] = {3};
  const uint32_t start[] = {0, 1}, occ[] = {0};
  ilp_problem big = problem(1, 1, cost, start, occ, weight, 5);
  unsigned char chosen[1] = {1};
  ilp_solve(&big, chosen);
  assert_false(chosen[0]);
}

/* A bigger random instance with a node limit of 1: whatever the outcome, never below greedy,
 * always within budget, and the same answer twice. */
static void test_node_limit_keeps_greedy_floor(void **state) {
  (void)state;
  enum { NS = 60, NC = 40, PER = 5 };
  double cost[NS], weight[NC];
  uint32_t start[NS + 1], occ[NS * PER];
  unsigned long x = 12345;
  for (size_t i = 0; i < NC; i++) x = x * 6364136223846793005ul + 1442695040888963407ul, weight[i] = 1 + (x >> 60);
  for (size_t j = 0; j < NS; j++) {
    x = x * 6364136223846793005ul + 1442695040888963407ul;
    cost[j] = 5 + (double)((x >> 33) % 20);
    start[j] = (uint32_t)(j * PER);
    for (size_t k = 0; k < PER; k++) occ[j * PER + k] = (uint32_t)((j * 7 + k * 11) % NC);
  }
  start[NS] = NS * PER;
  for (size_t j = 0; j < NS; j++) /* concepts of a sentence must be distinct */
    for (size_t a = 0; a < PER; a++)
      for (size_t b = a + 1; b < PER; b++) assert_int_not_equal(occ[j * PER + a], occ[j * PER + b]);
  ilp_problem p = problem(NS, NC, cost, start, occ, weight, 60);
  p.node_limit = 1;
  unsigned char greedy[NS], chosen[NS], again[NS];
  double gv = ilp_greedy(&p, greedy);
  ilp_outcome o = ilp_solve(&p, chosen);
  assert_true(o != ILP_GREEDY_SOLVER_FAILED);
  ilp_solve(&p, again);
  assert_memory_equal(chosen, again, NS);
  assert_true(ilp_objective(&p, chosen) >= gv - 1e-9);
  double used = 0;
  for (size_t j = 0; j < NS; j++) used += chosen[j] ? cost[j] : 0;
  assert_true(used <= 60);
  if (o != ILP_OPTIMAL) assert_non_null(ilp_outcome_note(o));
}

static void test_fixture_budgets(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_test_budgets(c, algo_ilp_run);
  precis_corpus_free(c);
}

/* The damage figure is the one fact all three outlets report (in two wordings): its bigrams have
 * the highest support, so a 40-word summary holds it. */
static void test_fixture_picks_shared_fact(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_run r = algo_test_run(c, algo_ilp_run, PRECIS_BUDGET_WORDS, 40);
  assert_true(r.npicks >= 1);
  assert_true(algo_test_picked(&r, "The regional emergency office said 420") ||
              algo_test_picked(&r, "According to the regional emergency office"));
  assert_false(algo_test_picked(&r, "Was the town ready")); /* questions are not eligible */
  /* --explain cues: concept weight held and position prior, per sentence. */
  assert_int_equal(r.ncues, 2);
  assert_string_equal(r.cue_names[0], "concepts");
  assert_true(r.cues[(size_t)r.picks[0].sentence * 2] > 0);
  algo_test_free(&r);
  precis_corpus_free(c);
}

/* `--algo coverage` shares the program and keeps the greedy: same rules on the fixture, and the
 * same shared fact in a 40-word summary. */
static void test_coverage_greedy(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  algo_test_budgets(c, algo_coverage_run);
  algo_run r = algo_test_run(c, algo_coverage_run, PRECIS_BUDGET_WORDS, 40);
  assert_true(algo_test_picked(&r, "The regional emergency office said 420") ||
              algo_test_picked(&r, "According to the regional emergency office"));
  algo_test_free(&r);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_beats_greedy),          cmocka_unit_test(test_concept_counted_once),
      cmocka_unit_test(test_bonus_breaks_ties),     cmocka_unit_test(test_empty_and_nothing_fits),
      cmocka_unit_test(test_node_limit_keeps_greedy_floor), cmocka_unit_test(test_fixture_budgets),
      cmocka_unit_test(test_fixture_picks_shared_fact), cmocka_unit_test(test_coverage_greedy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

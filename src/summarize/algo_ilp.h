/* algo_ilp.h — the integer program behind `--algo ilp`, exposed for unit tests.
 *
 * Concept coverage (Gillick & Favre 2009): choose sentences s_j ∈ {0,1} and concepts c_i ∈ {0,1}
 *   maximize   Σ_i w_i c_i + Σ_j b_j s_j
 *   subject to Σ_j cost_j s_j ≤ budget
 *              s_j ≤ c_i        for every concept i of sentence j  (a chosen sentence covers them)
 *              Σ_j occ_ij s_j ≥ c_i  for every concept i           (a concept needs a chosen sentence)
 * b_j is an optional per-sentence bonus (precis uses a small position prior).
 * Solved with GLPK branch-and-bound when the build found it (PRECIS_HAVE_GLPK). The search is
 * bounded by a node count (deterministic) and a time limit (a safety net); the cost-scaled greedy
 * selection is offered as the first incumbent, so the answer is never worse than the greedy one.
 * Cost: exponential in the worst case, bounded by node_limit LP re-solves; in practice on news
 * clusters a few milliseconds (see docs/BENCHMARKS.md for measured times).
 */
#ifndef PRECIS_ALGO_ILP_H
#define PRECIS_ALGO_ILP_H
#include <stddef.h>
#include <stdint.h>

typedef struct ilp_problem {
  size_t nsent, nconcept;
  const double *cost;        /* per sentence, > 0 */
  const double *bonus;       /* per sentence, added when chosen; NULL for none */
  const uint32_t *occ_start; /* nsent + 1 offsets into occ */
  const uint32_t *occ;       /* concept ids (< nconcept) of each sentence, distinct */
  const double *weight;      /* per concept, >= 0 */
  double budget;
  long node_limit;           /* branch-and-bound subproblems before the search stops */
  int time_limit_ms;         /* wall-clock safety net (makes output machine-dependent if hit) */
} ilp_problem;

typedef enum ilp_outcome {
  ILP_OPTIMAL,              /* proven optimal */
  ILP_STOPPED_NODES,        /* node limit reached: best selection found (>= greedy) kept */
  ILP_STOPPED_TIME,         /* time limit reached: best selection found (>= greedy) kept */
  ILP_GREEDY_SOLVER_FAILED, /* the LP relaxation failed: greedy selection */
  ILP_GREEDY_NO_SOLVER      /* built without GLPK: greedy selection */
} ilp_outcome;

/* Fills chosen[0..nsent) with 0/1. */
ilp_outcome ilp_solve(const ilp_problem *p, unsigned char *chosen);
/* Cost-scaled greedy with the singleton check; returns its objective value. */
double ilp_greedy(const ilp_problem *p, unsigned char *chosen);
/* Objective value of a selection (budget not checked). */
double ilp_objective(const ilp_problem *p, const unsigned char *chosen);
/* One line for the user when the outcome is not ILP_OPTIMAL, else NULL. Static string. */
const char *ilp_outcome_note(ilp_outcome o);

/* The whole algorithm on a run: concepts from the model, the program, and the picks offered to
 * the budget (algo.h). exact = 1 solves the program (`--algo ilp`; a stop or fallback is noted on
 * stderr); exact = 0 keeps the cost-scaled greedy with the singleton check (`--algo coverage`). */
struct algo_run;
void concept_coverage_run(struct algo_run *r, int exact);

#endif

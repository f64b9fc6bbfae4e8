/* algo_coverage.c — `--algo coverage`: the concept-coverage objective of `--algo ilp` (weighted
 * word bigrams shared by articles, plus the position prior; see algo_ilp.c) maximized by the
 * cost-scaled greedy with the singleton check (Khuller, Moss & Naor 1999) instead of the integer
 * program. No solver, no search bound: about ten times faster than `ilp`, and on multinews-val
 * within 0.3 ROUGE-2 of it (docs/ALGORITHMS.md).
 * Cost: O(T log L) for the concepts + O(k·S·C) greedy for k picks among S sentences of C concepts.
 */
#include "summarize/algo.h"
#include "summarize/algo_ilp.h"

void algo_coverage_run(algo_run *r) { concept_coverage_run(r, 0); }

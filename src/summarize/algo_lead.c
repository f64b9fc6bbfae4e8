/* algo_lead.c — the lead baseline: the first sentence of each article in turn, then the second
 * ones, and so on until the budget is spent (sentences that do not fit are skipped, shorter later
 * ones may still fit). Strong on news, whose first sentences state the event. O(S). */
#include "summarize/algo.h"

void algo_lead_run(algo_run *r) {
  const model *m = r->m;
  uint32_t deepest = 0;
  for (size_t a = 0; a < m->narticles; a++)
    if (m->articles[a].count > deepest) deepest = m->articles[a].count;
  for (uint32_t k = 0; k < deepest && !algo_full(r); k++)
    for (size_t a = 0; a < m->narticles && !algo_full(r); a++)
      if (k < m->articles[a].count) algo_try_add(r, m->articles[a].first + k, 1.0 / (1.0 + k));
}

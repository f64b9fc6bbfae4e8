/* summary.h — the inside of precis_summary, shared by summarize.c and the renderers.
 * A summary owns copies of its sentences' text and sources, so it stays valid on its own; the
 * renderers also read the corpus it came from for article metadata and --explain features.
 * Data only; building it is O(k) for k sentences (summarize.c). */
#ifndef PRECIS_SUMMARY_H
#define PRECIS_SUMMARY_H
#include "base/arena.h"
#include "precis.h"
#include <stdint.h>

struct precis_summary {
  arena *arena;
  const char *algo;
  precis_budget_unit unit;
  double amount;      /* the budget as asked */
  size_t limit;       /* in words, sentences or bytes (ratio: words) */
  size_t used;        /* in the same unit */
  size_t words;       /* words in the summary */
  int truncated;      /* the fallback cut a sentence: nothing whole fitted */
  int compressed;     /* made with compression: sentences list their removed ranges */
  precis_summary_sentence *items;
  uint32_t *sentence_ids; /* per item, index in the corpus model (for --explain) */
  size_t n;
  const char *const *cue_names; /* the algorithm's score components, or NULL */
  size_t ncues;
  double *cues; /* per item: ncues values */
};

#endif

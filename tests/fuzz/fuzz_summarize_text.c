/* fuzz_summarize_text.c — libFuzzer target for precis_summarize_text, the one-call API: arbitrary
 * bytes (several articles when they hold `|||||`) must give a summary or a clean error, never a
 * crash. The first byte picks the budget and one of the fast algorithms; the rest is the text; an
 * odd input length turns compression on (--compress).
 * Non-UTF-8 input is a legal call (the API reports PRECIS_ERR_INPUT), so it is passed as is.
 * Cost per input: that of the pipeline on a few KB.
 */
#include "precis.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const algos[] = {"salience", "lead", "centroid", "lexrank", "mmr", "textrank", "kl", "random"};
  if (size < 1) return 0;
  precis_options *opt = precis_options_new();
  precis_error err;
  unsigned pick = data[0];
  if (precis_options_set_algo(opt, algos[pick % 8], &err) != PRECIS_OK) abort();
  switch ((pick >> 3) & 3) {
  case 0: precis_options_set_budget(opt, PRECIS_BUDGET_WORDS, 1 + (pick >> 5) * 20, &err); break;
  case 1: precis_options_set_budget(opt, PRECIS_BUDGET_SENTENCES, 1 + (pick >> 5), &err); break;
  case 2: precis_options_set_budget(opt, PRECIS_BUDGET_RATIO, 0.1 + 0.1 * (pick >> 5), &err); break;
  default: precis_options_set_budget(opt, PRECIS_BUDGET_BYTES, 8 + (pick >> 5) * 40, &err); break;
  }
  precis_options_set_compress(opt, (int)(size & 1));
  /* A copy without a terminator, so reading past `size` is caught by ASan. */
  char *text = malloc(size - 1 ? size - 1 : 1);
  memcpy(text, data + 1, size - 1);
  char *out = precis_summarize_text(text, size - 1, opt, &err);
  if (out && !*out) abort(); /* success never means an empty summary */
  if (!out && (err.status <= PRECIS_PARTIAL || err.status > PRECIS_ERR_INTERNAL)) abort();
  if (!out && err.status == PRECIS_ERR_INTERNAL) abort();
  free(out);
  free(text);
  precis_options_free(opt);
  return 0;
}

/* fuzz_rouge.c — libFuzzer target for the ROUGE scorer on arbitrary text. The first byte picks
 * the settings (n, skip-bigrams, stemming, Unicode tokenization, word/byte limits, -f A/B); the
 * rest is split at 0xFF bytes into the peer and one to three models (ROUGE takes bytes, so invalid
 * UTF-8 is legal input). Scores must be finite and within [0, 1].
 * Cost per input: the scorer's, O(n^2) in words for ROUGE-L and skip-bigrams.
 */
#include "eval/rouge.h"
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void set_options(rouge_options *opt, unsigned pick) {
  char flags[64] = "";
  static const char *const variants[] = {"-n 2", "-n 2 -2 4 -u", "-n 2 -m", "-n 4 -f B", "-n 1 -l 10",
                                         "-n 2 -b 40", "-n 3 -2 -1", "-n 2 -2 4 -u -m -l 30"};
  strcat(flags, variants[pick % 8]);
  precis_error err;
  rouge_options_init(opt);
  if (rouge_options_parse(opt, flags, &err) != PRECIS_OK) abort();
  opt->unicode = (pick >> 3) & 1;
}

static int in_unit_range(double v) { return isfinite(v) && v >= 0.0 && v <= 1.0 + 1e-9; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  rouge_options opt;
  set_options(&opt, data[0]);
  precis_error err;
  rouge_scorer *sc = rouge_scorer_new(&opt, &err);
  if (!sc) abort();
  /* Pieces are copied out so each one ends exactly where ASan can see it. */
  char *piece[4] = {0};
  size_t len[4] = {0}, npieces = 0, start = 1;
  for (size_t i = 1; i <= size && npieces < 4; i++) {
    if (i == size || data[i] == 0xFF) {
      len[npieces] = i - start;
      piece[npieces] = malloc(len[npieces] + 1);
      memcpy(piece[npieces], data + start, len[npieces]);
      piece[npieces][len[npieces]] = '\0';
      npieces++;
      start = i + 1;
    }
  }
  if (npieces >= 2) {
    rouge_result r;
    if (rouge_score_item(sc, piece[0], len[0], (const char *const *)piece + 1, len + 1, npieces - 1, &r,
                         &err) == PRECIS_OK) {
      for (size_t k = 0; k < r.count; k++)
        if (!in_unit_range(r.score[k].recall) || !in_unit_range(r.score[k].precision) || !in_unit_range(r.score[k].f))
          abort();
    }
  }
  for (size_t i = 0; i < npieces; i++) free(piece[i]);
  rouge_scorer_free(sc);
  return 0;
}

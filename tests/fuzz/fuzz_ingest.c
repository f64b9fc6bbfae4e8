/* fuzz_ingest.c — libFuzzer target for the input readers (JSONL, plain text, Multi-News, WCEP)
 * through the public reader API, so cleaning and segmentation of what they produce (corpus_add)
 * are exercised too. The first byte picks the input format and --skip-bad; the rest is the
 * file's content. Readers take paths, so each input is written to one scratch file per process.
 * Cost per input: O(bytes), as the readers.
 */
#include "precis.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char scratch[64];

static void remove_scratch(void) { remove(scratch); }

static const char *scratch_path(void) {
  if (!scratch[0]) {
    snprintf(scratch, sizeof scratch, "/tmp/precis-fuzz-ingest-%ld.in", (long)getpid());
    atexit(remove_scratch); /* libFuzzer ends with exit() after -max_total_time */
  }
  return scratch;
}

static int write_scratch(const uint8_t *data, size_t size) {
  FILE *f = fopen(scratch_path(), "wb");
  if (!f) return 0;
  int ok = fwrite(data, 1, size, f) == size;
  return fclose(f) == 0 && ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const precis_input_format formats[] = {PRECIS_INPUT_AUTO, PRECIS_INPUT_TEXT,
                                                PRECIS_INPUT_CLUSTER_JSONL, PRECIS_INPUT_ARTICLE_JSONL,
                                                PRECIS_INPUT_MULTINEWS, PRECIS_INPUT_WCEP};
  if (size < 1) return 0;
  precis_read_options ro = {formats[data[0] % 6], (data[0] >> 3) & 1, NULL};
  if (!write_scratch(data + 1, size - 1)) abort();
  const char *inputs[] = {scratch_path()};
  precis_error err;
  precis_reader *rd = precis_reader_open(inputs, 1, &ro, &err);
  if (!rd) return 0;
  precis_corpus *c;
  while (precis_reader_next(rd, &c, &err) == 1) {
    precis_article_info info;
    /* Touch what the reader promised: every article's cleaned text is readable to its end. */
    for (size_t i = 0; precis_corpus_article(c, i, &info); i++)
      if (info.len && info.text[info.len - 1] == '\0') abort();
    precis_corpus_free(c);
  }
  precis_reader_free(rd);
  return 0;
}

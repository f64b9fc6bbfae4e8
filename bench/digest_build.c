/* digest_build.c — in-process timing of digest_build alone (no process start, reading or
 * summarizing in the measurement): each cluster of a dataset is digested 20 times and the mean
 * per cluster is printed. Compiled and run by bench/digest.sh against the built libprecis.a. */
#include "analyze/digest.h"
#include <stdio.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: digest_build DATASET\n");
    return 2;
  }
  precis_error err;
  const char *in[] = {argv[1]};
  precis_reader *rd = precis_reader_open(in, 1, NULL, &err);
  if (!rd) {
    fprintf(stderr, "%s\n", err.message);
    return 3;
  }
  precis_corpus *c;
  double total = 0;
  size_t n = 0, articles = 0;
  enum { ROUNDS = 20 };
  while (precis_reader_next(rd, &c, &err) == 1) {
    precis_summary *s = precis_summarize(c, NULL, &err);
    double t0 = now();
    for (int r = 0; r < ROUNDS; r++) digest_free(digest_build(c, s));
    total += (now() - t0) / ROUNDS;
    n++;
    articles += precis_corpus_count(c);
    precis_summary_free(s);
    precis_corpus_free(c);
  }
  precis_reader_free(rd);
  if (n) printf("digest_build: %zu clusters, %.1f articles/cluster, %.3f ms/cluster\n", n, (double)articles / (double)n, 1000 * total / (double)n);
  return 0;
}

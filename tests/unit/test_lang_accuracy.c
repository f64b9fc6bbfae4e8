/* test_lang_accuracy.c — language-ID accuracy on every article of the shared corpora
 * (MultiLing 2011 ar/cs/el/fr/he/hi with the cluster's gold "lang", multinews-val, ECB+ and the
 * seeds as English). Prints a per-language table and requires ≥ 98% for each; exits 77 (skipped) when
 * PRECIS_SHARED_DATA is absent. O(number of articles × 4 KiB).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/lang.h"
#include "unit/test_lang_data.h"

typedef struct tally {
  const char *name;
  size_t ok, total;
} tally;

static void score(tally *t, const test_corpus *c) {
  for (size_t i = 0; i < c->count; i++) {
    const char *got = lang_detect(c->items[i].text, c->items[i].len);
    t->total++;
    if (strcmp(got, c->items[i].lang) == 0) t->ok++;
    else if (t->total - t->ok <= 5)
      printf("  %s article %zu: detected %s, gold %s\n", t->name, i, got, c->items[i].lang);
  }
}

static void load_seeds(test_corpus *c, const char *dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/seeds", dir);
  DIR *d = opendir(path);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (!strstr(e->d_name, ".txt")) continue;
    char file[8192];
    snprintf(file, sizeof file, "%s/%s", path, e->d_name);
    size_t len;
    char *text = test_read_file(file, &len);
    if (text) test_corpus_add(c, text, "en");
    free(text);
  }
  closedir(d);
}

int main(void) {
  const char *dir = test_shared_dir();
  if (!dir) {
    printf("test_lang_accuracy: shared data absent (set PRECIS_SHARED_DATA): skipped\n");
    return 77;
  }
  static const char *const files[] = {"multiling2011-ar", "multiling2011-cs", "multiling2011-el", "multiling2011-fr",
                                      "multiling2011-he", "multiling2011-hi", "multinews-val", "ecbplus-articles"};
  tally tallies[9];
  size_t n = 0;
  for (size_t f = 0; f < sizeof files / sizeof files[0]; f++, n++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.jsonl", dir, files[f]);
    test_corpus c = {0};
    tallies[n] = (tally){files[f], 0, 0};
    if (!test_corpus_load(&c, path)) printf("  %s: missing\n", path);
    score(&tallies[n], &c);
    test_corpus_free(&c);
  }
  test_corpus seeds = {0};
  load_seeds(&seeds, dir);
  tallies[n] = (tally){"seeds", 0, 0};
  score(&tallies[n++], &seeds);
  test_corpus_free(&seeds);

  int failed = 0;
  printf("%-18s %8s %8s %9s\n", "corpus", "correct", "total", "accuracy");
  for (size_t i = 0; i < n; i++) {
    /* integer per-mille, so the printout is the same in every locale */
    size_t permille = tallies[i].total ? tallies[i].ok * 1000 / tallies[i].total : 0;
    printf("%-18s %8zu %8zu %5zu.%zu%%\n", tallies[i].name, tallies[i].ok, tallies[i].total, permille / 10,
           permille % 10);
    if (tallies[i].total == 0 || tallies[i].ok * 100 < tallies[i].total * 98) failed = 1;
  }
  return failed;
}

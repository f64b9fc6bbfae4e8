/* test_lang_data.h — loads the articles of a shared cluster JSONL file for the text-stage tests
 * (test_lang, test_segment, test_token): language-ID accuracy, segmentation invariants and
 * throughput figures on real data. Header-only so it adds no test executable; O(file size).
 */
#ifndef PRECIS_TEST_LANG_DATA_H
#define PRECIS_TEST_LANG_DATA_H
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct test_article {
  char *text, *lang;
  size_t len;
} test_article;

typedef struct test_corpus {
  test_article *items;
  size_t count;
  size_t bytes;
} test_corpus;

/* Directory of the shared data, or NULL (the caller skips with exit code 77). */
static inline const char *test_shared_dir(void) {
  const char *d = getenv("PRECIS_SHARED_DATA");
  if (!d || !*d) return NULL;
  char probe[4096];
  snprintf(probe, sizeof probe, "%s/multinews-val.jsonl", d);
  FILE *f = fopen(probe, "rb");
  if (!f) return NULL;
  fclose(f);
  return d;
}

static inline char *test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
    n += got;
    if (cap - n < 2) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

static inline void test_corpus_add(test_corpus *c, const char *text, const char *lang) {
  c->items = realloc(c->items, (c->count + 1) * sizeof *c->items);
  test_article *a = &c->items[c->count++];
  a->text = strdup(text);
  a->lang = strdup(lang);
  a->len = strlen(text);
  c->bytes += a->len;
}

/* Appends every article of a cluster JSONL or article JSONL file; returns 0 when the file cannot be read. */
static inline int test_corpus_load(test_corpus *c, const char *path) {
  size_t len;
  char *buf = test_read_file(path, &len);
  if (!buf) return 0;
  char *save = NULL;
  for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    cJSON *j = cJSON_Parse(line);
    if (!j) continue;
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(j, "lang");
    const cJSON *arts = cJSON_GetObjectItemCaseSensitive(j, "articles"), *a;
    const cJSON *own_text = cJSON_GetObjectItemCaseSensitive(j, "text");
    if (!arts && cJSON_IsString(own_text) && cJSON_IsString(lang)) /* article JSONL */
      test_corpus_add(c, own_text->valuestring, lang->valuestring);
    cJSON_ArrayForEach(a, arts) {
      const cJSON *text = cJSON_GetObjectItemCaseSensitive(a, "text");
      if (cJSON_IsString(text) && cJSON_IsString(lang)) test_corpus_add(c, text->valuestring, lang->valuestring);
    }
    cJSON_Delete(j);
  }
  free(buf);
  return 1;
}

static inline void test_corpus_free(test_corpus *c) {
  for (size_t i = 0; i < c->count; i++) free(c->items[i].text), free(c->items[i].lang);
  free(c->items);
  memset(c, 0, sizeof *c);
}

static inline double test_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#endif

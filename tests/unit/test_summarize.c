/* test_summarize.c — selection under budgets (never exceeded, for every algorithm and unit), the
 * truncation fallback, near-duplicates at most once, lead's definition, seeded randomness,
 * chronological and rank order, option validation, precis_summarize_text, and two threads
 * summarizing separate corpora at once (no shared state). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit/test_summarize_fixture.h"

static precis_summary *summarize(precis_corpus *c, const char *algo, precis_budget_unit unit, double amount) {
  precis_options *o = precis_options_new();
  precis_error err;
  assert_int_equal(precis_options_set_algo(o, algo, &err), PRECIS_OK);
  assert_int_equal(precis_options_set_budget(o, unit, amount, &err), PRECIS_OK);
  precis_summary *s = precis_summarize(c, o, &err);
  if (!s) fail_msg("%s: %s", algo, err.message);
  precis_options_free(o);
  return s;
}

static size_t summary_words(const precis_summary *s) {
  size_t n = 0;
  for (size_t i = 0; i < precis_summary_count(s); i++) {
    const precis_summary_sentence *it = precis_summary_get(s, i);
    n += fixture_words(it->text, it->len);
  }
  return n;
}

static size_t summary_bytes(const precis_summary *s) {
  size_t n = 0;
  for (size_t i = 0; i < precis_summary_count(s); i++) n += precis_summary_get(s, i)->len + (i ? 1 : 0);
  return n;
}

static void test_budgets_never_exceeded(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  for (const char *const *algo = precis_algorithms(); *algo; algo++) {
    for (int w = 3; w <= 120; w += 3) {
      precis_summary *s = summarize(c, *algo, PRECIS_BUDGET_WORDS, w);
      assert_true(precis_summary_count(s) >= 1);
      if (summary_words(s) > (size_t)w) fail_msg("%s: %zu words > %d", *algo, summary_words(s), w);
      precis_summary_free(s);
    }
    for (int k = 1; k <= 5; k++) {
      precis_summary *s = summarize(c, *algo, PRECIS_BUDGET_SENTENCES, k);
      assert_true(precis_summary_count(s) >= 1 && precis_summary_count(s) <= (size_t)k);
      precis_summary_free(s);
    }
    for (int b = 40; b <= 900; b += 37) {
      precis_summary *s = summarize(c, *algo, PRECIS_BUDGET_BYTES, b);
      if (summary_bytes(s) > (size_t)b) fail_msg("%s: %zu bytes > %d", *algo, summary_bytes(s), b);
      precis_summary_free(s);
    }
    precis_summary *s = summarize(c, *algo, PRECIS_BUDGET_RATIO, 0.25);
    assert_true(precis_summary_count(s) >= 1);
    precis_summary_free(s);
  }
  precis_corpus_free(c);
}

static void test_skips_to_shorter_sentence(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  /* Lead offers a's first sentence (17 words), c's (14: does not fit in 30), then the second
   * round (a's 14-word wire sentence: no), then a's third sentence (12 words: fits). */
  precis_summary *s = summarize(c, "lead", PRECIS_BUDGET_WORDS, 30);
  assert_int_equal(precis_summary_count(s), 2);
  assert_true(summary_words(s) <= 30);
  assert_true(!strncmp(precis_summary_get(s, 1)->text, "Rescue teams", 12));
  precis_summary_free(s);
  precis_corpus_free(c);
}

static void test_truncation_fallback(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_summary *s = summarize(c, "salience", PRECIS_BUDGET_WORDS, 2);
  assert_int_equal(precis_summary_count(s), 1);
  const precis_summary_sentence *it = precis_summary_get(s, 0);
  assert_true(it->len > 3 && !memcmp(it->text + it->len - 3, "\xE2\x80\xA6", 3));
  assert_true(summary_words(s) <= 2);
  assert_true(it->end > it->start);
  precis_summary_free(s);

  s = summarize(c, "lead", PRECIS_BUDGET_BYTES, 12);
  assert_int_equal(precis_summary_count(s), 1);
  assert_true(summary_bytes(s) <= 12);
  precis_summary_free(s);

  precis_options *o = precis_options_new();
  precis_error err;
  precis_options_set_budget(o, PRECIS_BUDGET_BYTES, 2, &err);
  assert_null(precis_summarize(c, o, &err));
  assert_int_equal(err.status, PRECIS_ERR_USAGE);
  precis_options_free(o);
  precis_corpus_free(c);
}

static void test_duplicates_once_with_sources(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  for (const char *const *algo = precis_algorithms(); *algo; algo++) {
    precis_summary *s = summarize(c, *algo, PRECIS_BUDGET_WORDS, 400);
    size_t wire = 0;
    for (size_t i = 0; i < precis_summary_count(s); i++) {
      const precis_summary_sentence *it = precis_summary_get(s, i);
      if (strstr(it->text, "420 houses")) {
        wire++;
        assert_int_equal(it->nsources, 3);
      }
      int has_own = 0;
      for (size_t k = 0; k < it->nsources; k++) {
        has_own |= it->sources[k] == it->article;
        if (k) assert_true(it->sources[k - 1] < it->sources[k]);
      }
      assert_true(has_own);
    }
    if (wire != 1) fail_msg("%s: the wire sentence appears %zu times", *algo, wire);
    precis_summary_free(s);
  }
  precis_corpus_free(c);
}

static void test_lead_definition(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_options *o = precis_options_new();
  precis_error err;
  precis_options_set_algo(o, "lead", &err);
  precis_options_set_budget(o, PRECIS_BUDGET_SENTENCES, 3, &err);
  precis_options_set_order(o, PRECIS_ORDER_RANK);
  precis_summary *s = precis_summarize(c, o, &err);
  assert_non_null(s);
  assert_string_equal(precis_summary_algo(s), "lead");
  /* Article a's and b's first sentences are near-duplicates: b's is skipped, c's comes next, then
   * the second round starts with a's second sentence. */
  assert_int_equal(precis_summary_count(s), 3);
  assert_true(!strncmp(precis_summary_get(s, 0)->text, "Heavy rain", 10));
  assert_true(!strncmp(precis_summary_get(s, 1)->text, "The mayor", 9));
  assert_true(!strncmp(precis_summary_get(s, 2)->text, "The regional", 12));
  precis_summary_free(s);
  precis_options_free(o);
  precis_corpus_free(c);
}

static char *render_with(precis_corpus *c, const char *algo, unsigned long seed, precis_order order) {
  precis_options *o = precis_options_new();
  precis_error err;
  precis_options_set_algo(o, algo, &err);
  precis_options_set_budget(o, PRECIS_BUDGET_WORDS, 50, &err);
  precis_options_set_seed(o, seed);
  precis_options_set_order(o, order);
  precis_summary *s = precis_summarize(c, o, &err);
  assert_non_null(s);
  char *out = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 1, NULL);
  precis_summary_free(s);
  precis_options_free(o);
  return out;
}

static void test_random_is_seeded(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  char *a = render_with(c, "random", 7, PRECIS_ORDER_CHRONO), *b = render_with(c, "random", 7, PRECIS_ORDER_CHRONO);
  assert_string_equal(a, b);
  int differs = 0;
  for (unsigned long seed = 8; seed < 20 && !differs; seed++) {
    char *x = render_with(c, "random", seed, PRECIS_ORDER_CHRONO);
    differs = strcmp(a, x) != 0;
    free(x);
  }
  assert_true(differs);
  free(a);
  free(b);
  precis_corpus_free(c);
}

static void test_chronological_order(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_options *o = precis_options_new();
  precis_error err;
  precis_options_set_budget(o, PRECIS_BUDGET_WORDS, 400, &err);
  precis_summary *s = precis_summarize(c, o, &err);
  /* b (2021-05-09) before a (2021-05-10) before c (undated); a sentence several articles carry
   * is placed at its chronologically first copy; text order inside an article. */
  static const size_t rank_of[] = {1, 0, 2};
  size_t previous = 0;
  for (size_t i = 0; i < precis_summary_count(s); i++) {
    const precis_summary_sentence *q = precis_summary_get(s, i);
    size_t anchor = rank_of[q->article];
    for (size_t k = 0; k < q->nsources; k++)
      if (rank_of[q->sources[k]] < anchor) anchor = rank_of[q->sources[k]];
    assert_true(previous <= anchor);
    previous = anchor;
    if (i > 0 && q->nsources == 1 && precis_summary_get(s, i - 1)->nsources == 1 &&
        precis_summary_get(s, i - 1)->article == q->article)
      assert_true(precis_summary_get(s, i - 1)->start < q->start);
  }
  /* The wire sentence (in a, b and c) comes with b's sentences, before a's own ones. */
  assert_true(strstr(precis_summary_get(s, 0)->text, "Hundreds of families") != NULL ||
              strstr(precis_summary_get(s, 0)->text, "Heavy rain") != NULL);
  precis_summary_free(s);
  precis_options_set_order(o, PRECIS_ORDER_RANK);
  s = precis_summarize(c, o, &err);
  for (size_t i = 1; i < precis_summary_count(s); i++)
    assert_true(precis_summary_get(s, i - 1)->score >= precis_summary_get(s, i)->score);
  precis_summary_free(s);
  precis_options_free(o);
  precis_corpus_free(c);
}

static void test_option_validation(void **state) {
  (void)state;
  precis_options *o = precis_options_new();
  precis_error err;
  assert_int_equal(precis_options_set_budget(o, PRECIS_BUDGET_WORDS, 0, &err), PRECIS_ERR_USAGE);
  assert_int_equal(precis_options_set_budget(o, PRECIS_BUDGET_WORDS, -5, &err), PRECIS_ERR_USAGE);
  assert_int_equal(precis_options_set_budget(o, PRECIS_BUDGET_WORDS, 2.5, &err), PRECIS_ERR_USAGE);
  assert_int_equal(precis_options_set_budget(o, PRECIS_BUDGET_RATIO, 1.5, &err), PRECIS_ERR_USAGE);
  assert_int_equal(precis_options_set_budget(o, PRECIS_BUDGET_RATIO, 0.5, &err), PRECIS_OK);
  assert_int_equal(precis_options_set_algo(o, "no-such-algo", &err), PRECIS_ERR_USAGE);
  assert_non_null(strstr(err.message, "salience"));
  assert_int_equal(precis_options_set_lang(o, "xx-bogus", &err), PRECIS_ERR_USAGE);
  assert_int_equal(precis_options_set_lang(o, "auto", &err), PRECIS_OK);
  assert_int_equal(precis_options_set_lang(o, "en", &err), PRECIS_OK);
  assert_string_equal(precis_algorithms()[0], "salience");
  assert_non_null(precis_languages()[0]);
  precis_options_free(o);
}

static void test_bad_corpora(void **state) {
  (void)state;
  precis_options *o = precis_options_new();
  precis_error err;
  precis_corpus *c = precis_corpus_new("empty");
  assert_null(precis_summarize(c, o, &err));
  assert_int_equal(err.status, PRECIS_ERR_INPUT);
  precis_article_in a = {NULL, NULL, NULL, NULL, NULL, "en", "  ... !!! ", 10};
  precis_corpus_add(c, &a, NULL);
  assert_null(precis_summarize(c, o, &err));
  assert_int_equal(err.status, PRECIS_ERR_INPUT);
  precis_corpus_free(c);
  precis_options_free(o);
}

static void test_summarize_text(void **state) {
  (void)state;
  char text[4096];
  snprintf(text, sizeof text, "%s\n|||||\n%s\n|||||\n%s", fixture_a, fixture_b, fixture_c);
  precis_options *o = precis_options_new();
  precis_error err;
  precis_options_set_budget(o, PRECIS_BUDGET_SENTENCES, 2, &err);
  char *out = precis_summarize_text(text, strlen(text), o, &err);
  assert_non_null(out);
  size_t lines = 0;
  for (const char *p = out; *p; p++) lines += *p == '\n';
  assert_int_equal(lines, 2);
  assert_null(strstr(out, "|||||"));
  free(out);
  assert_null(precis_summarize_text(" \n\t ", 4, o, &err));
  assert_int_equal(err.status, PRECIS_ERR_INPUT);
  precis_options_free(o);
}

/* The reader turns files into corpora; an explicit language overrides identification. */
static void test_reader(void **state) {
  (void)state;
  char path[] = "/tmp/precis-test-reader-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *f = fdopen(fd, "w");
  fputs(fixture_c, f);
  fclose(f);
  const char *inputs[] = {path};
  precis_read_options ro = {PRECIS_INPUT_TEXT, 0, "fr"};
  precis_error err;
  precis_reader *rd = precis_reader_open(inputs, 1, &ro, &err);
  assert_non_null(rd);
  precis_corpus *c = NULL;
  assert_int_equal(precis_reader_next(rd, &c, &err), 1);
  assert_int_equal(precis_corpus_count(c), 1);
  precis_article_info info;
  assert_true(precis_corpus_article(c, 0, &info));
  assert_string_equal(info.lang, "fr");
  assert_true(info.nsentences >= 2);
  precis_corpus_free(c);
  assert_int_equal(precis_reader_next(rd, &c, &err), 0);
  assert_int_equal(precis_reader_skipped(rd), 0);
  precis_reader_free(rd);
  remove(path);

  const char *missing[] = {"/nonexistent/precis/file.txt"};
  rd = precis_reader_open(missing, 1, NULL, &err);
  if (rd) { /* a reader may open lazily: then the first read fails */
    assert_int_equal(precis_reader_next(rd, &c, &err), -1);
    precis_reader_free(rd);
  }
  assert_int_equal(err.status, PRECIS_ERR_IO);
}

static void *thread_main(void *arg) {
  char **out = arg;
  precis_corpus *c = fixture_corpus();
  precis_options *o = precis_options_new();
  char *first = NULL;
  for (int round = 0; round < 50; round++) {
    precis_summary *s = precis_summarize(c, o, NULL);
    char *r = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 1, NULL);
    if (!first) first = r;
    else {
      if (strcmp(first, r)) first[0] = '!';
      free(r);
    }
    precis_summary_free(s);
  }
  precis_options_free(o);
  precis_corpus_free(c);
  *out = first;
  return NULL;
}

static void test_threads(void **state) {
  (void)state;
  pthread_t t1, t2;
  char *a = NULL, *b = NULL;
  assert_int_equal(pthread_create(&t1, NULL, thread_main, &a), 0);
  assert_int_equal(pthread_create(&t2, NULL, thread_main, &b), 0);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  assert_string_equal(a, b);
  assert_true(a[0] == '{');
  free(a);
  free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_budgets_never_exceeded), cmocka_unit_test(test_skips_to_shorter_sentence),
      cmocka_unit_test(test_truncation_fallback),    cmocka_unit_test(test_duplicates_once_with_sources),
      cmocka_unit_test(test_lead_definition),        cmocka_unit_test(test_random_is_seeded),
      cmocka_unit_test(test_chronological_order),    cmocka_unit_test(test_option_validation),
      cmocka_unit_test(test_bad_corpora),            cmocka_unit_test(test_summarize_text),
      cmocka_unit_test(test_reader),                 cmocka_unit_test(test_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_token.c — tokenizer: NFKC + case folding, hyphen/apostrophe decisions, numbers, stopword
 * flags, Snowball and light stems, mixed scripts, robustness on invalid bytes; the stopword
 * tables' invariants (sorted, folded); throughput on multinews-val when the shared data is present.
 * Each case is O(length).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "text/stopwords.h"
#include "text/token.h"
#include "unit/test_lang_data.h"

/* Collects "norm/flags" items joined by spaces; flags as letters W N S. */
typedef struct collected {
  char text[2048];
  size_t len, count;
} collected;

static int collect(const token *tok, void *ctx) {
  collected *c = ctx;
  char flags[4] = {0};
  size_t f = 0;
  if (tok->flags & TOK_WORD) flags[f++] = 'W';
  if (tok->flags & TOK_NUMBER) flags[f++] = 'N';
  if (tok->flags & TOK_STOP) flags[f++] = 'S';
  int n = snprintf(c->text + c->len, sizeof c->text - c->len, "%s%.*s/%s", c->count ? " " : "", (int)tok->norm_len,
                   tok->norm, flags);
  if (n > 0 && (size_t)n < sizeof c->text - c->len) c->len += (size_t)n;
  c->count++;
  return 0;
}

static void expect_tokens(const char *lang, const char *text, const char *expected) {
  tokenizer *t = tokenizer_new(lang);
  collected c = {{0}, 0, 0};
  size_t n = tokenizer_run(t, text, strlen(text), collect, &c);
  if (strcmp(c.text, expected) != 0)
    print_error("lang %s text \"%s\"\n  expected: %s\n  got:      %s\n", lang, text, expected, c.text);
  assert_string_equal(c.text, expected);
  assert_int_equal(n, c.count);
  tokenizer_free(t);
}

static void test_folding(void **state) {
  (void)state;
  expect_tokens("", "Straße ＡＢＣ Ǆemal ﬁne", "strasse/W abc/W džemal/W fine/W");
  /* NFKC_Casefold keeps the dot of İ as U+0307: "i̇stanbul" (not Turkish-specific folding) */
  expect_tokens("", "İstanbul", "i\xCC\x87stanbul/W");
  expect_tokens("", "ΑΥΤΌΣ Σοφός", "αυτόσ/W σοφόσ/W");
  expect_tokens("", "Hello Мир 世界 مرحبا", "hello/W мир/W 世/W 界/W مرحبا/W");
  expect_tokens("", "it\xE2\x80\x99s", "it's/W");
  expect_tokens("", "政府は月曜日 Seoul 서울시", "政/W 府/W は/W 月/W 曜/W 日/W seoul/W 서울시/W");
}

static void test_words(void **state) {
  (void)state;
  expect_tokens("en", "The Nagorno-Karabakh conflict", "the/WS nagorno/W karabakh/W conflict/W");
  expect_tokens("en", "COVID-19 hit G7 states in the 1990s", "covid/W 19/N hit/W g7/W state/W in/WS the/WS 1990s/W");
  expect_tokens("en", "The U.S. and e.g. others", "the/WS u.s./W and/WS e.g./W other/WS");
  expect_tokens("en", "Don't stop; Iran's running", "don't/WS stop/W iran/W run/W");
  expect_tokens("fr", "L'homme qu'il aime", "l/WS homm/W qu/WS il/WS aim/W");
  expect_tokens("he", "ארה\"ב והממשלה", "ארה\"ב/W ממשלה/W");
  /* '"' after a prefix letter, before a whole word, opens a quotation: ב"טעות is ב + טעות */
  expect_tokens("he", "תרמה ב\"טעות\" כסף", "תרמה/W ב/W טעות/W כסף/W");
  expect_tokens("cs", "Zemětřesení v Praze", "zemětřesen/W v/WS praz/W");
  expect_tokens("ru", "Москвы и Петербурга", "москв/W и/WS петербург/W");
  expect_tokens("de", "Die Häuser und Straßen", "die/WS haus/W und/WS strass/W");
  expect_tokens("es", "Los niños de España", "los/WS niñ/W de/WS españ/W");
  expect_tokens("el", "Αυτός είναι ο άνθρωπος", "αυτ/WS εινα/WS ο/WS ανθρωπ/W");
  expect_tokens("hi", "भारत में लोग", "भारत/W म/WS लोग/W");
  expect_tokens("ar", "في المدينة", "في/WS مدين/W");
  expect_tokens("xx", "Unknown Languages", "unknown/W languages/W");
}

static void test_numbers(void **state) {
  (void)state;
  expect_tokens("en", "4,400 and 3.5 and 1,234.5 and 1.000.000", "4400/N and/WS 3.5/N and/WS 1234.5/N and/WS 1000000/N");
  expect_tokens("de", "4.400 und 3,5 und 3.5", "4400/N und/WS 3.5/N und/WS 3.5/N");
  expect_tokens("en", "\xD9\xA3\xD9\xA4 \xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93 \xE0\xA5\xA8\xE0\xA5\xA6", "34/N 123/N 20/N");
  expect_tokens("en", "Ends with 5. Then 7, 8", "end/W with/WS 5/N then/WS 7/N 8/N");
  expect_tokens("fr", "10\xC2\xA0" "000 $ et 2\xE2\x80\xAF" "500,5 et 12\xC2\xA0" "34", "10000/N et/WS 2500.5/N et/WS 12/N 34/N");
}

static void test_stop_lookup(void **state) {
  (void)state;
  tokenizer *t = tokenizer_new("en");
  assert_true(tokenizer_is_stop(t, "the", 3));
  assert_false(tokenizer_is_stop(t, "azerbaijan", 10));
  assert_false(tokenizer_is_stop(t, "", 0));
  assert_string_equal(tokenizer_lang(t), "en");
  tokenizer_free(t);
  tokenizer *none = tokenizer_new(NULL);
  assert_false(tokenizer_is_stop(none, "the", 3));
  assert_string_equal(tokenizer_lang(none), "");
  tokenizer_free(none);
}

/* Every stopword list is sorted by bytes and holds exactly the folded forms of its words. */
static void test_stopword_tables(void **state) {
  (void)state;
  tokenizer *fold = tokenizer_new("");
  const stopword_list *const *lists = stopword_lists();
  size_t n_lists = 0;
  for (; lists[n_lists]; n_lists++) {
    const stopword_list *l = lists[n_lists];
    assert_true(l->count >= 80);
    assert_ptr_equal(stopword_list_for(l->lang), l);
    for (size_t i = 0; i < l->count; i++) {
      if (i) assert_true(strcmp(l->words[i - 1], l->words[i]) < 0);
      collected c = {{0}, 0, 0};
      tokenizer_run(fold, l->words[i], strlen(l->words[i]), collect, &c);
      char expected[256];
      snprintf(expected, sizeof expected, "%s/W", l->words[i]);
      if (strcmp(c.text, expected) != 0) print_error("%s: \"%s\" folds to %s\n", l->lang, l->words[i], c.text);
      assert_string_equal(c.text, expected);
      assert_true(stopword_in(l, l->words[i], strlen(l->words[i])));
    }
  }
  assert_int_equal(n_lists, 10);
  assert_null(stopword_list_for("xx"));
  tokenizer_free(fold);
}

static int stop_after_two(const token *tok, void *ctx) {
  (void)tok;
  return ++*(int *)ctx == 2;
}

static void test_early_stop_and_spans(void **state) {
  (void)state;
  tokenizer *t = tokenizer_new("en");
  int seen = 0;
  assert_int_equal(tokenizer_run(t, "one two three four", 18, stop_after_two, &seen), 2);
  tokenizer_free(t);
}

static int check_span(const token *tok, void *ctx) {
  size_t len = *(size_t *)ctx;
  assert_true(tok->start < tok->end && tok->end <= len);
  assert_true(tok->norm_len > 0);
  return 0;
}

/* Random bytes (fixed seed) must neither crash nor produce out-of-range spans. */
static void test_invalid_input(void **state) {
  (void)state;
  static const char *const langs[] = {"", "en", "fr", "de", "ru", "cs", "el", "ar", "he", "hi"};
  unsigned seed = 12345;
  char buf[257];
  for (int iter = 0; iter < 2000; iter++) {
    size_t len = (size_t)(iter % 256) + 1;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 16) & 0xFF;
      buf[i] = (char)(iter % 3 == 0 ? (r % 2 ? 'a' + r % 26 : r) : r);
    }
    tokenizer *t = tokenizer_new(langs[iter % 10]);
    tokenizer_run(t, buf, len, check_span, &len);
    tokenizer_free(t);
  }
}

static int count_bytes(const token *tok, void *ctx) {
  *(size_t *)ctx += tok->norm_len;
  return 0;
}

static void test_throughput(void **state) {
  (void)state;
  const char *dir = test_shared_dir();
  if (!dir) {
    print_message("shared data absent (PRECIS_SHARED_DATA): throughput skipped\n");
    skip();
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/multinews-val.jsonl", dir);
  test_corpus c = {0};
  assert_true(test_corpus_load(&c, path));
  tokenizer *t = tokenizer_new("en");
  size_t sink = 0, tokens = 0;
  double t0 = test_seconds();
  for (size_t i = 0; i < c.count; i++) tokens += tokenizer_run(t, c.items[i].text, c.items[i].len, count_bytes, &sink);
  double dt = test_seconds() - t0;
  print_message("tokenize multinews-val (en, stems+stopwords): %zu bytes, %zu tokens, %.1f MB/s\n", c.bytes, tokens,
                dt > 0 ? (double)c.bytes / dt / 1e6 : 0.0);
  assert_true(tokens > c.bytes / 10);
  tokenizer_free(t);
  test_corpus_free(&c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_folding),         cmocka_unit_test(test_words),
      cmocka_unit_test(test_numbers),         cmocka_unit_test(test_stop_lookup),
      cmocka_unit_test(test_stopword_tables), cmocka_unit_test(test_early_stop_and_spans),
      cmocka_unit_test(test_invalid_input),   cmocka_unit_test(test_throughput),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

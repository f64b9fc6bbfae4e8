/* test_render.c — the three renderers: text is one sentence per line and nothing else (newlines
 * inside a sentence folded), Markdown has the title, citations and source list, JSON follows the
 * documented schema (parsed back with cJSON) and its numbers do not depend on the locale. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "unit/test_summarize_fixture.h"

static precis_summary *fixture_summary(precis_corpus *c, size_t words) {
  precis_options *o = precis_options_new();
  precis_error err;
  precis_options_set_budget(o, PRECIS_BUDGET_WORDS, (double)words, &err);
  precis_summary *s = precis_summarize(c, o, &err);
  assert_non_null(s);
  precis_options_free(o);
  return s;
}

static void test_text(void **state) {
  (void)state;
  precis_corpus *c = precis_corpus_new("wrapped");
  const char text[] = "The storm hit the coast on Sunday night, the weather office said.\n\n"
                      "Officials in the port town said on Monday that the rising water of the river\n"
                      "had reached the second floor of several houses near the old harbour.";
  precis_article_in a = {NULL, NULL, NULL, NULL, NULL, "en", text, sizeof text - 1};
  precis_corpus_add(c, &a, NULL);
  precis_summary *s = fixture_summary(c, 100);
  size_t len;
  char *out = precis_render_summary(s, c, PRECIS_FORMAT_TEXT, 0, &len);
  assert_int_equal(strlen(out), len);
  size_t lines = 0;
  for (size_t i = 0; i < len; i++) lines += out[i] == '\n';
  assert_int_equal(lines, precis_summary_count(s));
  assert_non_null(strstr(out, "of the river had reached"));
  assert_true(len > 0 && out[len - 1] == '\n');
  free(out);
  precis_summary_free(s);
  precis_corpus_free(c);
}

static void test_markdown(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_summary *s = fixture_summary(c, 200);
  char *out = precis_render_summary(s, c, PRECIS_FORMAT_MD, 0, NULL);
  assert_true(!strncmp(out, "# Floods hit Lakeview\n", 22));
  assert_non_null(strstr(out, "[1][2][3]\n"));
  assert_non_null(strstr(out, "## Sources"));
  assert_non_null(strstr(out, "1. Floods hit Lakeview — Outlet A, 2021-05-10 <https://a.example/1>"));
  assert_non_null(strstr(out, "\n3. c\n"));
  free(out);
  precis_summary_free(s);
  precis_corpus_free(c);
}

static void test_json_schema(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_summary *s = fixture_summary(c, 200);
  char *out = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 0, NULL);
  assert_true(strchr(out, '\n') == out + strlen(out) - 1); /* one line */
  cJSON *j = cJSON_Parse(out);
  assert_non_null(j);
  assert_string_equal(cJSON_GetObjectItem(j, "id")->valuestring, "lakeview-flood");
  assert_string_equal(cJSON_GetObjectItem(j, "algo")->valuestring, "salience");
  assert_string_equal(cJSON_GetObjectItem(j, "lang")->valuestring, "en");
  cJSON *budget = cJSON_GetObjectItem(j, "budget");
  assert_string_equal(cJSON_GetObjectItem(budget, "unit")->valuestring, "words");
  assert_int_equal(cJSON_GetObjectItem(budget, "limit")->valueint, 200);
  assert_true(cJSON_GetObjectItem(budget, "used")->valueint <= 200);
  cJSON *sentences = cJSON_GetObjectItem(j, "sentences");
  assert_int_equal(cJSON_GetArraySize(sentences), (int)precis_summary_count(s));
  cJSON *it;
  int seen_wire = 0;
  cJSON_ArrayForEach(it, sentences) {
    const char *text = cJSON_GetObjectItem(it, "text")->valuestring;
    int article = cJSON_GetObjectItem(it, "article")->valueint;
    int start = cJSON_GetObjectItem(it, "start")->valueint, end = cJSON_GetObjectItem(it, "end")->valueint;
    precis_article_info info;
    assert_true(precis_corpus_article(c, (size_t)article, &info));
    assert_string_equal(cJSON_GetObjectItem(it, "article_id")->valuestring, info.id);
    assert_int_equal((size_t)(end - start), strlen(text));
    assert_memory_equal(info.text + start, text, (size_t)(end - start));
    assert_true(cJSON_IsNumber(cJSON_GetObjectItem(it, "score")));
    cJSON *sources = cJSON_GetObjectItem(it, "sources");
    assert_true(cJSON_IsArray(sources) && cJSON_GetArraySize(sources) >= 1);
    if (strstr(text, "420 houses")) {
      seen_wire = 1;
      assert_int_equal(cJSON_GetArraySize(sources), 3);
      assert_string_equal(cJSON_GetArrayItem(sources, 0)->valuestring, "a");
      assert_string_equal(cJSON_GetArrayItem(sources, 2)->valuestring, "c");
    }
    assert_null(cJSON_GetObjectItem(it, "features"));
  }
  assert_true(seen_wire);
  cJSON *articles = cJSON_GetObjectItem(j, "articles");
  assert_int_equal(cJSON_GetArraySize(articles), 3);
  cJSON *a0 = cJSON_GetArrayItem(articles, 0);
  static const char *const keys[] = {"id", "title", "date", "source", "url", "lang"};
  for (size_t k = 0; k < 6; k++) assert_true(cJSON_IsString(cJSON_GetObjectItem(a0, keys[k])));
  assert_string_equal(cJSON_GetObjectItem(a0, "date")->valuestring, "2021-05-10");
  cJSON_Delete(j);
  free(out);
  precis_summary_free(s);
  precis_corpus_free(c);
}

static void test_json_explain(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_summary *s = fixture_summary(c, 60);
  char *out = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 1, NULL);
  cJSON *j = cJSON_Parse(out);
  assert_non_null(j);
  cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "sentences"), 0);
  cJSON *features = cJSON_GetObjectItem(first, "features");
  assert_non_null(features);
  assert_true(cJSON_IsNumber(cJSON_GetObjectItem(features, "support")));
  assert_true(cJSON_IsArray(cJSON_GetObjectItem(features, "flags")));
  cJSON *cues = cJSON_GetObjectItem(first, "cues");
  assert_non_null(cues);
  static const char *const cue_names[] = {"centroid", "position", "support", "title", "penalty"};
  for (size_t k = 0; k < 5; k++) assert_true(cJSON_IsNumber(cJSON_GetObjectItem(cues, cue_names[k])));
  cJSON *a0 = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "articles"), 0);
  assert_true(cJSON_IsArray(cJSON_GetObjectItem(a0, "removed")));
  assert_true(cJSON_IsNumber(cJSON_GetObjectItem(a0, "sentences")));
  cJSON_Delete(j);
  free(out);
  precis_summary_free(s);
  precis_corpus_free(c);
}

static void test_json_locale_independent(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  precis_summary *s = fixture_summary(c, 100);
  char *plain = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 1, NULL);
  const char *locales[] = {"de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8", "C.UTF-8"};
  for (size_t i = 0; i < 4; i++) {
    if (!setlocale(LC_ALL, locales[i])) continue;
    char *other = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 1, NULL);
    assert_string_equal(plain, other);
    free(other);
  }
  setlocale(LC_ALL, "C");
  assert_non_null(strstr(plain, "\"score\":"));
  free(plain);
  precis_summary_free(s);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text),        cmocka_unit_test(test_markdown),
      cmocka_unit_test(test_json_schema), cmocka_unit_test(test_json_explain),
      cmocka_unit_test(test_json_locale_independent),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

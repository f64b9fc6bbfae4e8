/* test_model.c — the corpus model: input checks, metadata, sentence features, near-duplicate
 * groups and support (small clusters and a large one that exercises the LSH path), and lazy
 * re-preparation when articles are added after a summary. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "unit/test_summarize_fixture.h"

static void test_rejects_invalid_utf8(void **state) {
  (void)state;
  precis_corpus *c = precis_corpus_new("bad");
  const char text[] = "Valid start \xC3\x28 then garbage.";
  precis_article_in a = {"x", NULL, NULL, NULL, NULL, "en", text, sizeof text - 1};
  precis_error err;
  assert_int_equal(precis_corpus_add(c, &a, &err), PRECIS_ERR_INPUT);
  assert_int_equal(err.status, PRECIS_ERR_INPUT);
  assert_non_null(strstr(err.message, "UTF-8"));
  assert_int_equal(precis_corpus_count(c), 0);
  precis_corpus_free(c);
}

static void test_metadata(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  assert_string_equal(precis_corpus_id(c), "lakeview-flood");
  assert_int_equal(precis_corpus_count(c), 3);
  precis_article_info info;
  assert_true(precis_corpus_article(c, 0, &info));
  assert_string_equal(info.id, "a");
  assert_string_equal(info.title, "Floods hit Lakeview");
  assert_string_equal(info.date, "2021-05-10");
  assert_string_equal(info.source, "Outlet A");
  assert_string_equal(info.lang, "en");
  assert_true(info.nsentences >= 4);
  assert_true(precis_corpus_article(c, 2, &info));
  assert_string_equal(info.url, "");
  assert_false(precis_corpus_article(c, 3, &info));
  precis_corpus_add_reference(c, "A reference.", 12);
  assert_int_equal(precis_corpus_reference_count(c), 1);
  assert_string_equal(precis_corpus_reference(c, 0), "A reference.");
  assert_null(precis_corpus_reference(c, 1));
  precis_corpus_free(c);
}

static void test_unnamed_articles_get_ids(void **state) {
  (void)state;
  precis_corpus *c = precis_corpus_new(NULL);
  precis_article_in a = {NULL, NULL, NULL, NULL, NULL, NULL, fixture_c, strlen(fixture_c)};
  assert_int_equal(precis_corpus_add(c, &a, NULL), PRECIS_OK);
  precis_article_info info;
  assert_true(precis_corpus_article(c, 0, &info));
  assert_string_equal(info.id, "1");
  assert_string_equal(precis_corpus_id(c), "");
  precis_corpus_free(c);
}

static const model_sentence *find_sentence(const model *m, const char *prefix) {
  for (size_t i = 0; i < m->nsentences; i++)
    if (!strncmp(model_sentence_text(m, &m->sentences[i]), prefix, strlen(prefix))) return &m->sentences[i];
  fail_msg("no sentence starts with \"%s\"", prefix);
  return NULL;
}

static void test_sentence_features(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  model_prepare(c);
  const model_sentence *q = find_sentence(c, "Was the town");
  assert_true(q->flags & SENT_QUESTION);
  const model_sentence *he = find_sentence(c, "He added");
  assert_true(he->flags & SENT_DANGLING);
  const model_sentence *first = find_sentence(c, "Heavy rain");
  assert_int_equal(first->position, 0);
  assert_int_equal(first->article, 0);
  assert_int_equal(first->nwords, 17);
  assert_false(first->flags & (SENT_QUESTION | SENT_FRAGMENT | SENT_DANGLING));
  assert_true(first->flags & SENT_ENTITY);
  const model_sentence *num = find_sentence(c, "The regional");
  assert_true(num->flags & SENT_NUMBER);
  /* Byte offsets point into the cleaned text. */
  precis_article_info info;
  precis_corpus_article(c, 0, &info);
  assert_memory_equal(info.text + first->start, "Heavy rain", 10);
  assert_true(first->end <= info.len);
  assert_true(first->nvec > 0 && first->nvec <= first->nseq);
  precis_corpus_free(c);
}

/* Surface flags from the sentence's own text: a quotation attributed to a bare pronoun needs its
 * speaker from elsewhere (dangling); captions and page notices run into prose are flagged. */
static void test_context_flags(void **state) {
  (void)state;
  precis_corpus *c = precis_corpus_new("flags");
  static const char text[] =
      "Flood barrier holds\n\n"
      "The new flood barrier held back the river on Monday, the city engineer said. "
      "\"The barrier was built for this,\" he said. "
      "\"The barrier was built for this,\" said the engineer, Maria Ortiz. "
      "FILE - In this May 2, 2019, file photo, workers bolt the last steel panel into place. "
      "You can unsubscribe at any time. "
      "\"The water came in fast. "
      "We lost the ground floor,\" a resident said. "
      "The mayor of \xD7\x90\xD7\xA8\xD7\x94\"\xD7\x91 sister city sent pumps on Tuesday morning.";
  precis_article_in in = {0};
  in.text = text;
  in.len = sizeof text - 1;
  in.lang = "en";
  precis_error err = {0};
  assert_int_equal(precis_corpus_add(c, &in, &err), PRECIS_OK);
  model_prepare(c);
  assert_true(find_sentence(c, "\"The barrier was built for this,\" he said")->flags & SENT_DANGLING);
  assert_false(find_sentence(c, "\"The barrier was built for this,\" said the engineer")->flags & SENT_DANGLING);
  assert_true(find_sentence(c, "FILE - In this")->flags & SENT_CAPTION);
  assert_true(find_sentence(c, "You can unsubscribe")->flags & SENT_NOTICE);
  /* the two halves of a quotation split over two sentences; Hebrew gershayim is no quotation mark */
  assert_true(find_sentence(c, "\"The water came in fast.")->flags & SENT_QUOTE_PART);
  assert_true(find_sentence(c, "We lost the ground floor")->flags & SENT_QUOTE_PART);
  assert_false(find_sentence(c, "The mayor of")->flags & (SENT_QUOTE_PART | SENT_QUOTE));
  assert_false(find_sentence(c, "The new flood barrier")->flags & (SENT_CAPTION | SENT_NOTICE | SENT_DANGLING));
  precis_corpus_free(c);
}

static void test_near_duplicates_and_support(void **state) {
  (void)state;
  precis_corpus *c = fixture_corpus();
  model_prepare(c);
  const model_sentence *wire_a = find_sentence(c, "The regional emergency office said");
  const model_sentence *wire_c = find_sentence(c, "According to the regional");
  assert_int_equal(wire_a->group, wire_c->group);
  assert_int_equal(wire_a->support, 3);
  const model_group_sources *g = model_sources(c, (uint32_t)(wire_c - c->sentences));
  assert_int_equal(g->n, 3);
  assert_int_equal(g->articles[0], 0);
  assert_int_equal(g->articles[1], 1);
  assert_int_equal(g->articles[2], 2);
  /* Light paraphrase of the first sentence. */
  assert_int_equal(find_sentence(c, "Heavy rain")->group, find_sentence(c, "Hundreds of families")->group);
  /* Different sentences stay apart. */
  const model_sentence *farmers = find_sentence(c, "Local farmers");
  assert_int_equal(farmers->support, 1);
  assert_int_equal(farmers->group, (uint32_t)(farmers - c->sentences));
  precis_corpus_free(c);
}

/* 600 articles, each with its own sentences plus one shared wire sentence: the LSH path must
 * link every copy, and unrelated sentences must not merge. */
static void test_large_cluster(void **state) {
  (void)state;
  precis_corpus *c = precis_corpus_new("big");
  static const char *const words[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
                                      "hotel", "india", "juliet", "kilo", "lima", "mike", "november",
                                      "oscar", "papa", "quebec", "romeo", "sierra", "tango"};
  char text[1024];
  for (int i = 0; i < 600; i++) {
    snprintf(text, sizeof text,
             "Unit %d %s %s %s reported %s %s %s at dawn.\n\n"
             "The dam operator confirmed the spillway gates opened fully after midnight yesterday.\n\n"
             "Inspector %d visited %s %s %s before noon.",
             i, words[i % 20], words[(i / 20) % 20], words[(i * 7) % 20], words[(i * 3) % 20],
             words[(i * 11) % 20], words[(i / 7) % 20], i * 13, words[(i * 17) % 20], words[(i * 5) % 20],
             words[(i / 3) % 20]);
    precis_article_in a = {NULL, NULL, NULL, NULL, NULL, "en", text, strlen(text)};
    assert_int_equal(precis_corpus_add(c, &a, NULL), PRECIS_OK);
  }
  model_prepare(c);
  const model_sentence *wire = find_sentence(c, "The dam operator");
  assert_int_equal(wire->support, 600);
  size_t big_groups = 0;
  for (size_t i = 0; i < c->nsentences; i++)
    if (c->sentences[i].group == i && c->groups[i].n > 1) big_groups++;
  assert_true(big_groups < 60); /* the generated unit lines are similar, but not one blob */
  precis_corpus_free(c);
}

static void test_prepare_again_after_add(void **state) {
  (void)state;
  precis_corpus *c = precis_corpus_new("grow");
  precis_article_in a = {"a", NULL, NULL, NULL, NULL, "en", fixture_a, strlen(fixture_a)};
  precis_article_in b = {"b", NULL, NULL, NULL, NULL, "en", fixture_b, strlen(fixture_b)};
  precis_corpus_add(c, &a, NULL);
  model_prepare(c);
  assert_int_equal(find_sentence(c, "The regional")->support, 1);
  precis_corpus_add(c, &b, NULL);
  model_prepare(c);
  assert_int_equal(find_sentence(c, "The regional")->support, 2);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rejects_invalid_utf8), cmocka_unit_test(test_metadata),
      cmocka_unit_test(test_unnamed_articles_get_ids), cmocka_unit_test(test_sentence_features),
      cmocka_unit_test(test_context_flags),
      cmocka_unit_test(test_near_duplicates_and_support), cmocka_unit_test(test_large_cluster),
      cmocka_unit_test(test_prepare_again_after_add),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_quotes.c — who said what: attribution patterns (X said, said X after a quote,
 * according to X, appositives, titles and roles), pronoun resolution, scare quotes, and merging
 * the same statement across outlets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "analyze/digest.h"
#include <stdio.h>
#include <string.h>

typedef struct fixture {
  precis_corpus *c;
  digest *d;
} fixture;

/* Articles separated by "|||"; each gets the given date. */
static void build(fixture *f, const char *texts, const char *date, const char *lang) {
  f->c = precis_corpus_new("t");
  const char *p = texts;
  int n = 0;
  while (p) {
    const char *sep = strstr(p, "|||");
    size_t len = sep ? (size_t)(sep - p) : strlen(p);
    char id[16];
    snprintf(id, sizeof id, "a%d", ++n);
    precis_article_in a = {id, "", date, id, "", lang, p, len};
    precis_error err;
    assert_int_equal(precis_corpus_add(f->c, &a, &err), PRECIS_OK);
    p = sep ? sep + 3 : NULL;
  }
  f->d = digest_build(f->c, NULL);
}

static void done(fixture *f) {
  digest_free(f->d);
  precis_corpus_free(f->c);
}

static const digest_speaker *speaker(const digest *d, const char *key) {
  for (size_t i = 0; i < d->nspeakers; i++)
    if (!strcmp(d->speakers[i].key, key)) return &d->speakers[i];
  return NULL;
}

static void test_patterns(void **state) {
  (void)state;
  fixture f;
  build(&f, "Armenian Prime Minister Nikol Pashinyan said the border was calm. "
            "\"We will not give up an inch of our land,\" said Defence Minister Anna Berg. "
            "Prices rose sharply, according to the national statistics office. "
            "Hikmet Hajiyev, a senior adviser to the president, accused the rebels of shelling villages.",
        "2024-01-10", "en");
  const digest_speaker *p = speaker(f.d, "pashinyan");
  assert_non_null(p);
  assert_string_equal(p->name, "Nikol Pashinyan");
  assert_string_equal(p->role, "Armenian Prime Minister");
  assert_int_equal(p->items[0].kind, QUOTE_REPORTED);
  const digest_speaker *b = speaker(f.d, "berg");
  assert_non_null(b);
  assert_int_equal(b->items[0].kind, QUOTE_DIRECT);
  assert_string_equal(b->items[0].text, "We will not give up an inch of our land,");
  assert_non_null(speaker(f.d, "national statistics office"));
  const digest_speaker *h = speaker(f.d, "hajiyev");
  assert_non_null(h);
  assert_string_equal(h->name, "Hikmet Hajiyev");
  done(&f);
}

static void test_pronoun_and_scare_quotes(void **state) {
  (void)state;
  fixture f;
  build(&f, "Mayor Tom Reyes visited the site on Monday. Reyes said the city would rebuild. "
            "\u201cWe owe it to the families who lost everything,\u201d he added. "
            "Critics called the plan \u201cpointless\u201d.",
        "2024-01-10", "en");
  const digest_speaker *r = speaker(f.d, "reyes");
  assert_non_null(r);
  assert_int_equal(r->nitems, 2);
  int direct = 0;
  for (size_t i = 0; i < r->nitems; i++) direct += r->items[i].kind == QUOTE_DIRECT;
  assert_int_equal(direct, 1);
  assert_null(speaker(f.d, "critics")); /* a one-word scare quote is not a statement */
  done(&f);
}

static void test_merged_across_outlets(void **state) {
  (void)state;
  fixture f;
  build(&f, "\u201cThe sea was very rough and our divers will keep searching,\u201d coast guard spokesman Petar Ilic said.|||"
            "\u201cThe sea was very rough, and our divers will keep searching,\u201d Ilic told reporters.|||"
            "Ilic said the search would go on.",
        "2024-01-10", "en");
  const digest_speaker *s = speaker(f.d, "ilic");
  assert_non_null(s);
  assert_string_equal(s->name, "Petar Ilic");
  assert_int_equal(s->narticles, 3);
  assert_int_equal(s->nitems, 2);
  assert_int_equal(s->items[0].nrefs, 2);
  done(&f);
}

static void test_spanish(void **state) {
  (void)state;
  fixture f;
  build(&f, "Unos 500 vecinos fueron evacuados, informó el consejero de Emergencias, Jorge Sala. "
            "\u00abEl fuego avanza hacia el norte y el viento no ayuda\u00bb, dijo Sala.",
        "2024-08-12", "es");
  const digest_speaker *s = speaker(f.d, "sala");
  assert_non_null(s);
  assert_string_equal(s->name, "Jorge Sala");
  assert_int_equal(s->nitems, 2);
  done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_patterns), cmocka_unit_test(test_pronoun_and_scare_quotes),
                                     cmocka_unit_test(test_merged_across_outlets), cmocka_unit_test(test_spanish)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

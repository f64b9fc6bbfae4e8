/* test_digest_fixture.h — the one way the analysis tests build a digest: a few short articles
 * written inline, added through the public corpus API, analyzed with digest_build. Included by
 * test_facts.c, test_quotes.c, test_timeline.c and test_entities.c after <cmocka.h>. */
#ifndef PRECIS_TEST_DIGEST_FIXTURE_H
#define PRECIS_TEST_DIGEST_FIXTURE_H
#include "analyze/digest.h"
#include <stdio.h>
#include <string.h>

typedef struct fixture {
  precis_corpus *c;
  digest *d;
} fixture;

/* Articles separated by "|||"; each gets the given date and language. */
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

#endif

/* test_entities.c — names from capitalization: titles stripped and typing as person,
 * organizations by their words or acronyms, places after "in", surnames merged into the full
 * name, ordinary sentence openers ignored. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "test_digest_fixture.h"

static const entity *named(const digest *d, const char *name) {
  for (size_t i = 0; i < d->nentities; i++)
    if (!strcmp(d->entities[i].name, name)) return &d->entities[i];
  return NULL;
}

static void test_types_and_merge(void **state) {
  (void)state;
  fixture f;
  build(&f, "Armenian Prime Minister Nikol Pashinyan spoke in Yerevan. Meanwhile, the Defence Ministry said "
            "fighting continued. Pashinyan called the OSCE Minsk Group. Relations remain tense. "
            "Later, Pashinyan met the Defence Ministry in Yerevan.",
        "2024-01-10", "en");
  const entity *p = named(f.d, "Nikol Pashinyan");
  assert_non_null(p);
  assert_int_equal(p->type, ENT_PERSON);
  assert_int_equal(p->count, 3);
  assert_null(named(f.d, "Pashinyan"));
  const entity *y = named(f.d, "Yerevan");
  assert_non_null(y);
  assert_int_equal(y->type, ENT_PLACE);
  const entity *m = named(f.d, "Defence Ministry");
  assert_non_null(m);
  assert_int_equal(m->type, ENT_ORG);
  assert_non_null(named(f.d, "OSCE Minsk Group"));
  assert_null(named(f.d, "Meanwhile"));
  assert_null(named(f.d, "Relations"));
  assert_null(named(f.d, "Armenian"));
  done(&f);
}

static entity_type type_of(const digest *d, const char *name) {
  const entity *e = named(d, name);
  assert_non_null(e);
  return e->type;
}

/* Places by how the text uses a name (no gazetteer): -stan / -land, "X's capital / government /
 * foreign minister", "the capital of X", "United States"-like heads; organizations by their
 * words; persons after titles. Invented names, so no list could know them. */
static void test_type_patterns(void **state) {
  (void)state;
  fixture f;
  build(&f, "Veldonia's foreign minister met envoys from Korvistan. Talks on Norland were held in the capital of "
            "Brasovia. The United Provinces of Tarn Republic sent a note. The Water Safety Agency and the "
            "Harbour Council said the port was closed. Councillor Mira Dahl said the ferry would resume. "
            "Dahl added that the Tarn Republic agreed. The talks with Veldonia resumed.",
        "2024-01-10", "en");
  assert_int_equal(type_of(f.d, "Veldonia"), ENT_PLACE);   /* X's foreign minister */
  assert_int_equal(type_of(f.d, "Korvistan"), ENT_PLACE);  /* -stan */
  assert_int_equal(type_of(f.d, "Norland"), ENT_PLACE);    /* -land */
  assert_int_equal(type_of(f.d, "Brasovia"), ENT_PLACE);   /* the capital of X */
  assert_int_equal(type_of(f.d, "Tarn Republic"), ENT_PLACE);
  assert_int_equal(type_of(f.d, "Water Safety Agency"), ENT_ORG);
  assert_int_equal(type_of(f.d, "Harbour Council"), ENT_ORG);
  assert_int_equal(type_of(f.d, "Mira Dahl"), ENT_PERSON);
  done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_types_and_merge), cmocka_unit_test(test_type_patterns)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

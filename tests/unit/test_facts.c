/* test_facts.c — numeric claims: what counts as a fact, values, qualifiers, keys, updates, time
 * frames, claimants, and when a quantity is a disagreement. Each case is one or two articles
 * built through the public corpus API and read back through digest_build. */
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

static const fact *find(const digest *d, const char *key, double value) {
  for (size_t i = 0; i < d->facts.n; i++)
    if (!strcmp(d->facts.items[i].key, key) && d->facts.items[i].value == value) return &d->facts.items[i];
  return NULL;
}

static const fact_group *group(const digest *d, const char *key, const char *timeframe) {
  for (size_t i = 0; i < d->ngroups; i++)
    if (!strcmp(d->groups[i].key, key) && !strcmp(d->groups[i].timeframe, timeframe)) return &d->groups[i];
  return NULL;
}

static void test_values_and_qualifiers(void **state) {
  (void)state;
  fixture f;
  build(&f, "At least 200 people were killed and more than 1,500 were wounded. Police arrested about 30 "
            "protesters. The army said two helicopters and a dozen drones were destroyed.",
        "2024-01-10", "en");
  const fact *k = find(f.d, "killed", 200);
  assert_non_null(k);
  assert_int_equal(k->qualifier, QUAL_AT_LEAST);
  assert_string_equal(k->value_text, "At least 200");
  assert_non_null(find(f.d, "injured", 1500));
  assert_non_null(find(f.d, "arrested", 30)); /* the verb names the quantity */
  const fact *h = find(f.d, "helicopter", 2);
  assert_non_null(h);
  assert_string_equal(h->claimant, "army");
  assert_non_null(find(f.d, "drone", 12));
  done(&f);
}

static void test_not_facts(void **state) {
  (void)state;
  fixture f;
  build(&f, "The 33-year-old driver was stopped at 10:30 on March 3, 2021 on Route 66. "
            "The two countries signed the treaty in 1994. Call 5551234567 or visit www.example.com/page/12. "
            "It was the 2nd attempt in 20 years.",
        "2024-01-10", "en");
  for (size_t i = 0; i < f.d->facts.n; i++) print_message("unexpected fact: %s\n", f.d->facts.items[i].value_text);
  assert_int_equal(f.d->facts.n, 0);
  done(&f);
}

static void test_kinds(void **state) {
  (void)state;
  fixture f;
  build(&f, "Turnout reached 64 percent. The company paid $5 million in fines. The fire burned 3,000 hectares.",
        "2024-01-10", "en");
  const fact *p = find(f.d, "percent:", 64);
  assert_non_null(p);
  assert_int_equal(p->kind, FACT_PERCENT);
  const fact *m = find(f.d, "money", 5e6);
  assert_non_null(m);
  assert_int_equal(m->kind, FACT_MONEY);
  const fact *h = find(f.d, "hectare", 3000);
  assert_non_null(h);
  assert_int_equal(h->kind, FACT_MEASURE);
  done(&f);
}

static void test_updates_are_not_conflicts(void **state) {
  (void)state;
  fixture f;
  build(&f, "Officials said 15 people were killed on Sunday.|||"
            "Officials said 10 more people had died overnight, bringing the death toll to 25.",
        "2024-01-10", "en");
  const fact *inc = find(f.d, "killed", 10);
  assert_non_null(inc);
  assert_int_equal(inc->update, UPDATE_INCREMENT);
  const fact *tot = find(f.d, "killed", 25);
  assert_non_null(tot);
  assert_int_equal(tot->update, UPDATE_TOTAL);
  const fact_group *g = group(f.d, "killed", "");
  assert_non_null(g);
  assert_false(g->disagreement);
  done(&f);
}

static void test_disagreement(void **state) {
  (void)state;
  fixture f;
  build(&f, "At least 12 people were killed in the blast, the ministry said.|||"
            "Nine people died in the blast, the governor said.|||"
            "About 11 people were killed, witnesses said.",
        "2024-01-10", "en");
  const fact_group *g = group(f.d, "killed", "");
  assert_non_null(g);
  assert_true(g->disagreement);
  assert_int_equal(g->narticles, 3);
  assert_int_equal(f.d->ndisagreements, 1);
  done(&f);
}

static void test_compatible_ranges_agree(void **state) {
  (void)state;
  fixture f;
  build(&f, "More than 100 people were injured.|||About 120 people were injured.|||120 people were injured.",
        "2024-01-10", "en");
  const fact_group *g = group(f.d, "injured", "");
  assert_non_null(g);
  assert_false(g->disagreement);
  done(&f);
}

static void test_time_frames_split_groups(void **state) {
  (void)state;
  fixture f;
  build(&f, "In April 2016, around 110 people were killed. On Sunday 20 people were killed.|||"
            "At least 200 people were killed in April 2016. Twenty people were killed on Sunday.",
        "2024-01-10", "en");
  const fact_group *old = group(f.d, "killed", "2016-04");
  assert_non_null(old);
  assert_true(old->disagreement);
  const fact_group *now = group(f.d, "killed", "");
  assert_non_null(now);
  assert_false(now->disagreement);
  done(&f);
}

static void test_spanish(void **state) {
  (void)state;
  fixture f;
  build(&f, "Al menos 3.000 hectáreas han ardido, según la Generalitat. Unos 500 vecinos fueron evacuados. "
            "Dos aviones trabajan en la zona.",
        "2024-08-12", "es");
  assert_non_null(find(f.d, "hectárea", 3000));
  const fact *e = find(f.d, "evacuated", 500);
  assert_non_null(e);
  assert_int_equal(e->qualifier, QUAL_ABOUT);
  assert_non_null(find(f.d, "avión", 2));
  done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_values_and_qualifiers), cmocka_unit_test(test_not_facts),
      cmocka_unit_test(test_kinds),                 cmocka_unit_test(test_updates_are_not_conflicts),
      cmocka_unit_test(test_disagreement),          cmocka_unit_test(test_compatible_ranges_agree),
      cmocka_unit_test(test_time_frames_split_groups), cmocka_unit_test(test_spanish),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

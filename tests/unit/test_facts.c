/* test_facts.c — numeric claims: what counts as a fact, values, qualifiers, keys, updates, time
 * frames, claimants, and when a quantity is a disagreement. Each case is one or two articles
 * built through the public corpus API and read back through digest_build. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "test_digest_fixture.h"

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

/* A vague quantity ("several thousand") keeps its quantifier and never conflicts with a figure. */
static void test_vague_quantity_agrees(void **state) {
  (void)state;
  fixture f;
  build(&f, "Power was cut to several thousand homes on the coast.|||Power was cut to 4,000 homes on the coast.",
        "2024-01-10", "en");
  const fact *vague = find(f.d, "home", 1000);
  assert_non_null(vague);
  assert_int_equal(vague->qualifier, QUAL_VAGUE);
  const fact_group *g = group(f.d, "home", "");
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

/* Numbers inside dates, times, ages, years, phone numbers, URLs and metadata lines. */
static void test_not_facts_metadata(void **state) {
  (void)state;
  fixture f;
  build(&f, "Posted 10/03/2025 at 4:45 p.m. | Updated 11:20 BST. "
            "Ana Pruitt, 34, a forklift driver, spoke at 9 a.m. on Sept. 27. "
            "The plant opened in 1987 and closed on 12 May 2019. "
            "Call the hotline on 0800 555 0199 or +44 161 496 0732, or see https://news.example.org/2025/10/fire-12-dead.html "
            "and write to desk24@example.org. "
            "Reporting by 3 staff; photo 1 of 12.",
        "2025-10-13", "en");
  for (size_t i = 0; i < f.d->facts.n; i++) print_message("unexpected fact: %s\n", f.d->facts.items[i].value_text);
  assert_int_equal(f.d->facts.n, 0);
  done(&f);
}

static int flagged(const digest *d, const char *key) {
  for (size_t i = 0; i < d->ngroups; i++)
    if (!strcmp(d->groups[i].key, key) && d->groups[i].disagreement) return 1;
  return 0;
}

/* A plain count names its thing, not which ones: six students (warrants) vs two students (the
 * alarm), one claimed by each police force, is no disagreement. */
static void test_no_conflict_subgroups(void **state) {
  (void)state;
  fixture f;
  build(&f, "State police said they applied for arrest warrants for six students who hosted the party.|||"
            "Campus police said two students were involved in setting off the fire alarm.|||"
            "Rats that finished the hard task earned two sugar pellets.|||"
            "Rats that chose the easy task earned one sugar pellet.",
        "2025-01-10", "en");
  assert_non_null(find(f.d, "student", 6));
  assert_non_null(find(f.d, "student", 2));
  assert_int_equal(f.d->ndisagreements, 0);
  done(&f);
}

/* Equipment losses claimed by two parties remain comparable. */
static void test_conflict_loss_claims(void **state) {
  (void)state;
  fixture f;
  build(&f, "The army said two helicopters of the invaders were destroyed.|||"
            "The defence agency said one helicopter was shot down.",
        "2025-01-10", "en");
  assert_true(flagged(f.d, "helicopter"));
  done(&f);
}

/* Tolls of different days, a running total against a day's count, a figure per state, and
 * counts for different places are not the same quantity. */
static void test_no_conflict_days_totals_places(void **state) {
  (void)state;
  fixture f;
  build(&f, "As many as 125 people died across Veldonia on Monday, activists said.|||"
            "Four people were killed across Veldonia on Tuesday, activists said.|||"
            "The network estimates that 9,000 people have been killed since the crackdown began.|||"
            "In all, 104 people were killed in Homsa, according to the network.|||"
            "There were at least two deaths in each of the northern states.",
        "2025-01-10", "en");
  assert_int_equal(f.d->ndisagreements, 0);
  done(&f);
}

/* A calendar day other than the event's ("the bombing on May 22 that killed 22") is another
 * event; "last month" is an earlier time frame. */
static void test_no_conflict_other_event(void **state) {
  (void)state;
  fixture f;
  build(&f, "Seven people were killed in the attack on Saturday night.|||"
            "The threat level was raised after the concert bombing on May 22 that killed 22 people.|||"
            "Early last month, a building collapse killed six people and injured 14.|||"
            "Responders found seven people injured after the explosion.",
        "2025-06-05", "en");
  assert_false(flagged(f.d, "killed"));
  assert_false(flagged(f.d, "injured"));
  done(&f);
}

/* Stated ranges ("2 to 3 miles"), adverbs after the noun ("eight stories below") and held
 * versus arrested. */
static void test_no_conflict_ranges_adverbs_detained(void **state) {
  (void)state;
  fixture f;
  build(&f, "The lakes lie 2 to 3 miles below the crust, the scientist said. The car was eight stories below, police said.|||"
            "The lakes lie some two miles below the crust. The car was six stories below.|||"
            "Police said 12 people were arrested on Saturday.|||"
            "Three people have been detained on Saturday.",
        "2025-01-10", "en");
  assert_null(group(f.d, "below", ""));
  assert_non_null(find(f.d, "detained", 3));
  assert_int_equal(f.d->ndisagreements, 0);
  done(&f);
}

/* Pre-tokenized text (ECB+ style): "1, 400" may be one number or two, URLs carry spaces, and a
 * full date of another year ("Oct. 10, 2002") puts its toll in that time frame. */
static void test_pretokenized_text(void **state) {
  (void)state;
  fixture f;
  build(&f, "It killed 612 people and injured more than 1, 400 in February. "
            "http: / / news. example. com / 2010 / 09 / 10 / 3 - shot - at - plant / Two Dead in Shooting. "
            "The last quake there, on Oct. 10, 2002, killed three people.",
        "2025-06-05", "en");
  assert_null(find(f.d, "injured", 1));
  assert_null(find(f.d, "injured", 400));
  for (size_t i = 0; i < f.d->facts.n; i++)
    assert_true(f.d->facts.items[i].value != 3 || !strcmp(f.d->facts.items[i].timeframe, "2002-10"));
  assert_non_null(find(f.d, "killed", 3));
  done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_values_and_qualifiers), cmocka_unit_test(test_not_facts),
      cmocka_unit_test(test_kinds),                 cmocka_unit_test(test_updates_are_not_conflicts),
      cmocka_unit_test(test_disagreement),          cmocka_unit_test(test_compatible_ranges_agree),
      cmocka_unit_test(test_time_frames_split_groups), cmocka_unit_test(test_spanish),
      cmocka_unit_test(test_not_facts_metadata),    cmocka_unit_test(test_no_conflict_subgroups),
      cmocka_unit_test(test_conflict_loss_claims),  cmocka_unit_test(test_no_conflict_days_totals_places),
      cmocka_unit_test(test_no_conflict_other_event), cmocka_unit_test(test_no_conflict_ranges_adverbs_detained),
      cmocka_unit_test(test_pretokenized_text), cmocka_unit_test(test_vague_quantity_agrees),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

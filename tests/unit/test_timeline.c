/* test_timeline.c — dates resolved against the article's date: weekdays, yesterday,
 * overnight, last week, months without a year, full dates in English, French and Spanish, and
 * the order and merging of the timeline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "test_digest_fixture.h"

static const digest_event *event_with(const digest *d, const char *snippet) {
  for (size_t i = 0; i < d->nevents; i++)
    if (strstr(d->events[i].text, snippet)) return &d->events[i];
  return NULL;
}

static void test_relative_dates(void **state) {
  (void)state;
  fixture f; /* 2020-09-28 was a Monday */
  build(&f, "Fighting broke out on Sunday. Talks were held yesterday. Shelling continued overnight. "
            "An envoy visited last week. Clashes in July killed dozens. Next Friday the council meets. "
            "The ceasefire dates from 1994.",
        "2020-09-28", "en");
  assert_string_equal(event_with(f.d, "broke out")->when, "2020-09-27");
  assert_string_equal(event_with(f.d, "yesterday")->when, "2020-09-27");
  assert_string_equal(event_with(f.d, "overnight")->when, "2020-09-28");
  assert_string_equal(event_with(f.d, "last week")->when, "2020-09-21");
  assert_string_equal(event_with(f.d, "July")->when, "2020-07");
  assert_string_equal(event_with(f.d, "Next Friday")->when, "2020-10-02");
  assert_null(event_with(f.d, "1994")); /* "dates from 1994": no in/since/until before the year */
  done(&f);
}

static void test_full_dates(void **state) {
  (void)state;
  fixture f;
  build(&f, "The skirmishes resumed on September 27 and continued. The treaty was signed on 12 March 2019. "
            "Le cessez-le-feu a été signé le 3 octobre 2020. El acuerdo se firmó el 5 de mayo de 2021. "
            "A month earlier, in December, the talks had failed.",
        "2020-09-29", "en");
  assert_string_equal(event_with(f.d, "skirmishes")->when, "2020-09-27");
  assert_string_equal(event_with(f.d, "treaty")->when, "2019-03-12");
  assert_string_equal(event_with(f.d, "cessez")->when, "2020-10-03");
  assert_string_equal(event_with(f.d, "acuerdo")->when, "2021-05-05");
  assert_string_equal(event_with(f.d, "December")->when, "2019-12"); /* a December before September 2020 */
  done(&f);
}

static void test_order_and_merge(void **state) {
  (void)state;
  fixture f;
  build(&f, "Rebels attacked the town on Sunday, officials said. The war began in 1991.|||"
            "Rebels attacked the town on Sunday, officials said on Monday.",
        "2020-09-28", "en");
  assert_int_equal(f.d->nevents, 2);
  assert_string_equal(f.d->events[0].when, "1991");
  assert_string_equal(f.d->events[1].when, "2020-09-27");
  assert_int_equal(f.d->events[1].nrefs, 2);
  done(&f);
}

static void test_spanish_weekdays(void **state) {
  (void)state;
  fixture f; /* 2024-08-12 was a Monday */
  build(&f, "El incendio se declaró el domingo por la tarde. Ayer llegaron los refuerzos.", "2024-08-12", "es");
  assert_string_equal(event_with(f.d, "domingo")->when, "2024-08-11");
  assert_string_equal(event_with(f.d, "Ayer")->when, "2024-08-11");
  done(&f);
}

/* "Sunday's fire" names an earlier event; the sentence's own day ("died on Tuesday") dates it. */
static void test_named_day_yields(void **state) {
  (void)state;
  fixture f; /* 2025-10-14 was a Tuesday */
  build(&f, "A worker injured in Sunday's fire died in hospital on Tuesday. Sunday's fire was the worst in years.",
        "2025-10-14", "en");
  assert_string_equal(event_with(f.d, "died in hospital")->when, "2025-10-14");
  assert_string_equal(event_with(f.d, "worst in years")->when, "2025-10-12");
  done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_relative_dates), cmocka_unit_test(test_full_dates),
                                     cmocka_unit_test(test_order_and_merge), cmocka_unit_test(test_spanish_weekdays),
                                     cmocka_unit_test(test_named_day_yields)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

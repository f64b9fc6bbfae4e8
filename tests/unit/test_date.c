/* test_date.c — date_find and date_is_dateline on every supported form (en/ru/fr/de/es, ISO,
 * numeric), on invalid dates, and on prose that mentions dates but is not a dateline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "ingest/date.h"

static void expect_date(const char *text, const char *want) {
  char out[11] = "";
  size_t start = 0, end = 0;
  int found = date_find(text, strlen(text), out, &start, &end);
  if (!found) fail_msg("no date found in \"%s\" (want %s)", text, want);
  assert_string_equal(out, want);
  assert_true(start < end);
  assert_true(end <= strlen(text));
}

static void expect_none(const char *text) {
  char out[11] = "";
  if (date_find(text, strlen(text), out, NULL, NULL)) fail_msg("unexpected date %s in \"%s\"", out, text);
}

static void test_english(void **state) {
  (void)state;
  expect_date("Sunday, September 27, 2020", "2020-09-27");
  expect_date("September 27th 2020", "2020-09-27");
  expect_date("27 September 2020", "2020-09-27");
  expect_date("Sept. 27, 2020", "2020-09-27");
  expect_date("13:41 IST, September 27th 2020", "2020-09-27");
  expect_date("SEPTEMBER 1ST 2020", "2020-09-01");
  expect_date("Published on Mar 3, 2021 at noon", "2021-03-03");
  expect_date("The talks began on 2 May 2019 in Baku.", "2019-05-02");
}

static void test_russian(void **state) {
  (void)state;
  expect_date("Понедельник, 28 Сен, 2020", "2020-09-28");
  expect_date("28 сентября 2020", "2020-09-28");
  expect_date("28 СЕНТЯБРЯ 2020 г.", "2020-09-28");
  expect_date("Суббота, 14 Мар, 2026", "2026-03-14");
  expect_date("1 мая 2021 года", "2021-05-01");
}

static void test_french_german_spanish(void **state) {
  (void)state;
  expect_date("27 septembre 2020", "2020-09-27");
  expect_date("1er octobre 2020", "2020-10-01");
  expect_date("Samedi 8 janvier 2005", "2005-01-08");
  expect_date("le 15 août 2019", "2019-08-15");
  expect_date("27. September 2020", "2020-09-27");
  expect_date("3. März 2021", "2021-03-03");
  expect_date("27 de septiembre de 2020", "2020-09-27");
  expect_date("miércoles, 1 de ENERO de 2020", "2020-01-01");
}

/* The MultiLing sets date their WikiNews articles in these languages too. */
static void test_other_multiling_languages(void **state) {
  (void)state;
  expect_date("Sobota, 8. ledna 2005", "2005-01-08");
  expect_date("Σάββατο, 8 Ιανουαρίου 2005", "2005-01-08");
  expect_date("السبت 8 يناير 2005", "2005-01-08");
  expect_date("الثلاثاء 10 يوليو/تموز 2007", "2007-07-10");
  expect_date("שבת, ה-1 בינואר, 2005", "2005-01-01");
  expect_date("शनिवार 1 जनवरी 2005", "2005-01-01");
  expect_date("बुधवार, जनवरी १३, २०१०", "2010-01-13");
  assert_true(date_is_dateline("Sobota, 8. ledna 2005", strlen("Sobota, 8. ledna 2005")));
  assert_true(date_is_dateline("Σάββατο, 8 Ιανουαρίου 2005", strlen("Σάββατο, 8 Ιανουαρίου 2005")));
}

static void test_iso_numeric(void **state) {
  (void)state;
  expect_date("2020-09-27", "2020-09-27");
  expect_date("2020-09-27T13:41:00Z", "2020-09-27");
  expect_date("27.09.2020", "2020-09-27");
  expect_date("08/01/2005 Les dons pour le tsunami", "2005-01-08");
  expect_date("09/27/2020", "2020-09-27");
}

static void test_invalid(void **state) {
  (void)state;
  expect_none("31 February 2020");
  expect_none("2020-13-01");
  expect_none("32.01.2020");
  expect_none("In 2020 some 27 people died.");
  expect_none("");
  expect_none("May 2020 be better");
  expect_date("29 February 2020", "2020-02-29");
  expect_none("29 February 2019");
}

static void test_span(void **state) {
  (void)state;
  const char *text = "Posted: Sunday, September 27, 2020 by staff";
  char out[11];
  size_t start, end;
  assert_true(date_find(text, strlen(text), out, &start, &end));
  assert_int_equal(start, strlen("Posted: Sunday, "));
  assert_int_equal(end, strlen("Posted: Sunday, September 27, 2020"));
}

static void test_long_text(void **state) {
  (void)state;
  /* the date lies beyond the first token window */
  char text[8192];
  size_t n = 0;
  while (n < 6000) {
    memcpy(text + n, "word, ", 6);
    n += 6;
  }
  strcpy(text + n, "on 5 June 2021.");
  expect_date(text, "2021-06-05");
}

static int is_dl(const char *s) { return date_is_dateline(s, strlen(s)); }

static void test_dateline(void **state) {
  (void)state;
  assert_true(is_dl("Понедельник, 28 Сен, 2020"));
  assert_true(is_dl("Sunday, September 27, 2020"));
  assert_true(is_dl("13:41 IST, September 27th 2020"));
  assert_true(is_dl("Updated: 13:41 IST"));
  assert_true(is_dl("  Samedi 8 janvier 2005  "));
  assert_true(is_dl("MOSCOW, September 27, 2020"));
  assert_true(is_dl("Published 2020-09-27 13:41 GMT"));
  assert_true(is_dl("27 de septiembre de 2020"));
  assert_true(is_dl("Updated Sept. 28, 2020 at 4:05 p.m. ET"));
  assert_false(is_dl("The fighting resumed on September 27, 2020 near the border."));
  assert_false(is_dl("08/01/2005 Les dons pour le tsunami en 2005"));
  assert_false(is_dl("Sunday"));
  assert_false(is_dl(""));
  assert_false(is_dl("He said: \"September 27, 2020!\""));
  assert_false(is_dl("2020"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_english),
      cmocka_unit_test(test_russian),
      cmocka_unit_test(test_french_german_spanish),
      cmocka_unit_test(test_iso_numeric),
      cmocka_unit_test(test_other_multiling_languages),
      cmocka_unit_test(test_invalid),
      cmocka_unit_test(test_span),
      cmocka_unit_test(test_long_text),
      cmocka_unit_test(test_dateline),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

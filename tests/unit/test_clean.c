/* test_clean.c — the cleaner in both directions: every kind of noise in our fixtures is removed
 * with the expected reason (the .expected files in tests/fixtures/clean list them in order), and prose that
 * resembles noise is kept. Also: the date marker keeps the prose on its line, titles and dates
 * are recovered, paragraphs and spaces are normalized. Fixtures are found through
 * PRECIS_SOURCE_DIR (set by ctest). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "text/clean.h"

static char fixture_dir[1024];

static char *read_fixture(const char *name, size_t *len) {
  char path[1400];
  snprintf(path, sizeof path, "%s/%s", fixture_dir, name);
  FILE *f = fopen(path, "rb");
  if (!f) fail_msg("cannot open fixture %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  size_t got = fread(data, 1, (size_t)n, f);
  fclose(f);
  data[got] = '\0';
  *len = got;
  return data;
}

static void clean_string(arena *a, const char *text, const char *title, clean_result *r) {
  clean_article(a, text, strlen(text), "", title, r);
}

/* Compares the removal list with "reason<TAB>line" rows of the .expected file. */
static void check_removals(const char *fixture, const char *expected) {
  size_t len, elen;
  char *text = read_fixture(fixture, &len);
  char *want = read_fixture(expected, &elen);
  arena *a = arena_new();
  clean_result r;
  clean_article(a, text, len, "", NULL, &r);
  size_t k = 0;
  for (char *row = strtok(want, "\n"); row; row = strtok(NULL, "\n"), k++) {
    char *tab = strchr(row, '\t');
    assert_non_null(tab);
    *tab = '\0';
    if (k >= r.nremoved) fail_msg("%s: expected removal %zu (%s: %s) missing", fixture, k, row, tab + 1);
    if (strcmp(r.removed[k].reason, row) != 0 || strcmp(r.removed[k].line, tab + 1) != 0)
      fail_msg("%s: removal %zu is [%s] \"%s\", expected [%s] \"%s\"", fixture, k, r.removed[k].reason,
               r.removed[k].line, row, tab + 1);
  }
  if (k != r.nremoved)
    fail_msg("%s: %zu unexpected removals, first: [%s] \"%s\"", fixture, r.nremoved - k, r.removed[k].reason,
             r.removed[k].line);
  arena_free(a);
  free(text);
  free(want);
}

static void test_noise_en(void **state) {
  (void)state;
  check_removals("noise-en.txt", "noise-en.expected");
}

static void test_noise_multilingual(void **state) {
  (void)state;
  check_removals("noise-multi.txt", "noise-multi.expected");
}

static void test_prose_lookalikes_kept(void **state) {
  (void)state;
  size_t len;
  char *text = read_fixture("prose-lookalikes.txt", &len);
  arena *a = arena_new();
  clean_result r;
  clean_article(a, text, len, "en", NULL, &r);
  if (r.nremoved) fail_msg("prose removed as [%s]: \"%s\"", r.removed[0].reason, r.removed[0].line);
  assert_null(r.title);
  /* every line survives in order */
  assert_int_equal(r.len, len - (text[len - 1] == '\n'));
  assert_memory_equal(r.text, text, r.len);
  arena_free(a);
  free(text);
}

static void test_marker_keeps_prose(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a, " date 2020-09-29 The talks resumed on Tuesday. Both sides agreed.\n\nMore talks follow.",
               NULL, &r);
  assert_string_equal(r.date, "2020-09-29");
  assert_null(r.title);
  assert_string_equal(r.text, "The talks resumed on Tuesday. Both sides agreed.\n\nMore talks follow.");
  assert_int_equal(r.nremoved, 1);
  assert_string_equal(r.removed[0].reason, "date marker");
  arena_free(a);
}

static void test_title_and_dateline(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a,
               "Fighting erupts near the border\n\nПонедельник, 28 Сен, 2020\n\nTroops clashed on Sunday.\n\n"
               "Fighting erupts near the border\n\nOfficials called for calm.",
               NULL, &r);
  assert_string_equal(r.title, "Fighting erupts near the border");
  assert_string_equal(r.date, "2020-09-28");
  assert_string_equal(r.text, "Troops clashed on Sunday.\n\nOfficials called for calm.");
  assert_int_equal(r.nremoved, 3);
  assert_string_equal(r.removed[0].reason, "headline");
  assert_string_equal(r.removed[1].reason, "dateline");
  assert_string_equal(r.removed[2].reason, "repeated headline");
  arena_free(a);
}

/* The layout makes a title: a short line over a dateline line is a headline even when it ends
 * with a period (WikiNews in every language); two sentences on that line are prose. */
static void test_headline_with_period_over_dateline(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a, "Storm floods the old harbour.\n\nFriday, May 21, 2010\n\nWater rose two metres overnight.", NULL, &r);
  assert_string_equal(r.title, "Storm floods the old harbour.");
  assert_string_equal(r.date, "2010-05-21");
  assert_string_equal(r.text, "Water rose two metres overnight.");
  clean_string(a, "\xD7\xA1\xD7\x95\xD7\xA4\xD7\x94 \xD7\x94\xD7\xA6\xD7\x99\xD7\xA4\xD7\x94 "
                  "\xD7\x90\xD7\xAA \xD7\x94\xD7\xA0\xD7\x9E\xD7\x9C.\n"
                  "\xD7\xA9\xD7\x99\xD7\xA9\xD7\x99, 21 \xD7\x91\xD7\x9E\xD7\x90\xD7\x99, 2010\n"
                  "\xD7\x94\xD7\x9E\xD7\x99\xD7\x9D \xD7\xA2\xD7\x9C\xD7\x95 \xD7\x91\xD7\x9C\xD7\x99\xD7\x9C\xD7\x94.",
               NULL, &r); /* "Storm floods the harbour." / "Friday, 21 May, 2010" / "The water rose overnight." */
  assert_non_null(r.title);
  assert_string_equal(r.date, "2010-05-21");
  assert_int_equal(r.nremoved, 2);
  assert_string_equal(r.removed[0].reason, "headline");
  clean_string(a, "Storm floods the old harbour. Boats sank.\n\nFriday, May 21, 2010\n\nWater rose overnight.", NULL, &r);
  assert_null(r.title);
  assert_string_equal(r.text, "Storm floods the old harbour. Boats sank.\n\nWater rose overnight.");
  arena_free(a);
}

/* A dateline run into the first sentence goes; a date that is the sentence's own subject stays. */
static void test_dateline_run_into_first_sentence(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a, "Harbour cranes topple in gale\n\nTuesday, March 3, 2009. The port authority closed two piers "
                  "after gusts toppled three cranes.\n\nNobody was hurt.", NULL, &r);
  assert_string_equal(r.date, "2009-03-03");
  assert_string_equal(r.text, "The port authority closed two piers after gusts toppled three cranes.\n\nNobody was hurt.");
  assert_int_equal(r.nremoved, 2);
  assert_string_equal(r.removed[1].reason, "dateline");
  assert_string_equal(r.removed[1].line, "Tuesday, March 3, 2009.");
  clean_string(a, "Čtvrtek, 5. února 2009 Městská rada schválila nový rozpočet na opravu mostů.", "Rozpočet", &r);
  assert_string_equal(r.text, "Městská rada schválila nový rozpočet na opravu mostů.");
  clean_string(a, "March 3, 2009 was the windiest day the harbour has recorded since 1950.", "Gale", &r);
  assert_string_equal(r.text, "March 3, 2009 was the windiest day the harbour has recorded since 1950.");
  clean_string(a, "Tuesday, March 3, 2009. then it rained.", "Gale", &r);
  assert_string_equal(r.text, "Tuesday, March 3, 2009. then it rained.");
  arena_free(a);
}

/* Wire credits and page labels that open a line go with their reason; the sentence stays whole. */
static void test_credit_and_label_prefixes(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a, "RIVERTON, Ore. (AP) \xE2\x80\x94 The levee held through the night, engineers said.\n\n"
                  "(CNN) -- Rescue crews reached the last stranded farms on Friday.\n\n"
                  "Updated | Power was restored to most homes by Saturday morning.", "Levee holds", &r);
  assert_string_equal(r.text, "The levee held through the night, engineers said.\n\n"
                              "Rescue crews reached the last stranded farms on Friday.\n\n"
                              "Power was restored to most homes by Saturday morning.");
  assert_int_equal(r.nremoved, 3);
  assert_string_equal(r.removed[0].line, "RIVERTON, Ore. (AP) \xE2\x80\x94");
  assert_string_equal(r.removed[0].reason, "dateline");
  assert_string_equal(r.removed[1].line, "(CNN) --");
  assert_string_equal(r.removed[2].reason, "label");
  /* an agency named inside a sentence, or a lower-case word before it, is prose */
  clean_string(a, "Officials told the press (AP) that the levee held through the night.", "Levee", &r);
  assert_int_equal(r.nremoved, 0);
  clean_string(a, "the reporters (CNN) said the levee held through the night.", "Levee", &r);
  assert_int_equal(r.nremoved, 0);
  arena_free(a);
}

static void test_known_title_repeated(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a, "Flood hits town\nThe river rose overnight.\nFLOOD HITS TOWN", "Flood hits town", &r);
  assert_null(r.title);
  assert_string_equal(r.text, "The river rose overnight.");
  assert_int_equal(r.nremoved, 2);
  assert_string_equal(r.removed[0].reason, "repeated headline");
  arena_free(a);
}

static void test_dated_title_line(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a,
               "08/01/2005 Les dons pour le tsunami déductibles des impôts\n\nSamedi 8 janvier 2005\n\n"
               "Les citoyens ont donné 322 millions de dollars.",
               NULL, &r);
  assert_string_equal(r.title, "Les dons pour le tsunami déductibles des impôts");
  assert_string_equal(r.date, "2005-01-08");
  assert_string_equal(r.text, "Les citoyens ont donné 322 millions de dollars.");
  arena_free(a);
}

static void test_whitespace_normalized(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  /* Multi-News style " \n \n " paragraph breaks, runs of spaces, CR-free lines kept as lines */
  clean_string(
      a, "The first  sentence   is here. \n \n The second paragraph starts.\nIt goes on. \n \n \n Last one.",
      NULL, &r);
  assert_string_equal(
      r.text, "The first sentence is here.\n\nThe second paragraph starts.\nIt goes on.\n\nLast one.");
  assert_int_equal(r.nremoved, 0);
  arena_free(a);
}

static void test_caption_between_paragraphs(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_string(a,
               "The army said two helicopters were destroyed on Sunday.\n\n"
               "A still from footage shows a tank engulfed in black smoke\n"
               "Both sides blamed each other for the attack\n\n"
               "The ministry said the fighting continued overnight.",
               NULL, &r);
  assert_int_equal(r.nremoved, 2);
  assert_string_equal(r.removed[0].reason, "caption");
  assert_string_equal(r.removed[1].reason, "caption");
  assert_string_equal(r.text, "The army said two helicopters were destroyed on Sunday.\n\n"
                              "The ministry said the fighting continued overnight.");
  arena_free(a);
}

static void test_long_unpunctuated_sentence_kept(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  const char *text =
      "The minister spoke first.\n\n"
      "Parubiy also said the country would leave the alliance of eleven nations that were part of the "
      "union before it broke up\n\nThe vote followed.";
  clean_string(a, text, NULL, &r);
  assert_int_equal(r.nremoved, 0);
  arena_free(a);
}

static void test_empty_and_blank(void **state) {
  (void)state;
  arena *a = arena_new();
  clean_result r;
  clean_article(a, "", 0, "", NULL, &r);
  assert_int_equal(r.len, 0);
  assert_string_equal(r.text, "");
  clean_string(a, "\n \n\t\n", NULL, &r);
  assert_int_equal(r.len, 0);
  clean_string(a, " date 2020-09-29", NULL, &r);
  assert_string_equal(r.date, "2020-09-29");
  assert_int_equal(r.len, 0);
  clean_article(a, NULL, 0, NULL, NULL, &r);
  assert_int_equal(r.len, 0);
  arena_free(a);
}

static void test_huge_line_linear(void **state) {
  (void)state;
  size_t n = 8u << 20;
  char *text = malloc(n + 1);
  for (size_t i = 0; i < n; i++) text[i] = "The flood reached the town. "[i % 28];
  text[n] = '\0';
  arena *a = arena_new();
  clean_result r;
  clean_article(a, text, n, "en", NULL, &r);
  assert_int_equal(r.nremoved, 0);
  assert_true(r.len >= n - 1);
  arena_free(a);
  free(text);
}

static int find_fixtures(void) {
  const char *src = getenv("PRECIS_SOURCE_DIR");
  const char *candidates[] = {src, ".", "..", "../.."};
  for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
    if (!candidates[i]) continue;
    snprintf(fixture_dir, sizeof fixture_dir, "%s/tests/fixtures/clean", candidates[i]);
    char probe[1200];
    snprintf(probe, sizeof probe, "%s/noise-en.txt", fixture_dir);
    FILE *f = fopen(probe, "rb");
    if (f) {
      fclose(f);
      return 1;
    }
  }
  return 0;
}

int main(void) {
  if (!find_fixtures()) {
    fprintf(stderr, "test_clean: fixtures not found (set PRECIS_SOURCE_DIR); skipping\n");
    return 77;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_noise_en),
      cmocka_unit_test(test_noise_multilingual),
      cmocka_unit_test(test_prose_lookalikes_kept),
      cmocka_unit_test(test_marker_keeps_prose),
      cmocka_unit_test(test_title_and_dateline),
      cmocka_unit_test(test_headline_with_period_over_dateline),
      cmocka_unit_test(test_dateline_run_into_first_sentence),
      cmocka_unit_test(test_credit_and_label_prefixes),
      cmocka_unit_test(test_known_title_repeated),
      cmocka_unit_test(test_dated_title_line),
      cmocka_unit_test(test_whitespace_normalized),
      cmocka_unit_test(test_caption_between_paragraphs),
      cmocka_unit_test(test_long_unpunctuated_sentence_kept),
      cmocka_unit_test(test_empty_and_blank),
      cmocka_unit_test(test_huge_line_linear),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

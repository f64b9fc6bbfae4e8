/* test_quotes.c — who said what: attribution patterns (X said, said X after a quote,
 * according to X, appositives, titles and roles), pronoun resolution, scare quotes, and merging
 * the same statement across outlets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "test_digest_fixture.h"

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

/* Number of statements of speaker `key` whose text contains `needle` (0 when the speaker is absent). */
static size_t statements_with(const digest *d, const char *key, const char *needle) {
  const digest_speaker *sp = speaker(d, key);
  size_t n = 0;
  for (size_t i = 0; sp && i < sp->nitems; i++) n += strstr(sp->items[i].text, needle) != NULL;
  return n;
}

/* Any speaker holding a statement that contains `needle`: its key, else NULL. */
static const char *who_said(const digest *d, const char *needle) {
  for (size_t i = 0; i < d->nspeakers; i++)
    for (size_t k = 0; k < d->speakers[i].nitems; k++)
      if (strstr(d->speakers[i].items[k].text, needle)) return d->speakers[i].key;
  return NULL;
}

/* The quotation's own sentence has no attribution; the next one opens with it. The previous
 * paragraph's speaker must not take the quote. */
static void test_attribution_in_next_sentence(void **state) {
  (void)state;
  fixture f;
  build(&f, "Prime Minister Karl Dorn wrote on his blog, \u201cWe stand by our soldiers on the border.\u201d\n\n"
            "\u201cWe defend our land, our cause is just!\u201d Veldonia's President Ilse Varga said in an address to "
            "the nation. \u201cThe valley is ours,\u201d she said.",
        "2024-01-10", "en");
  assert_int_equal(statements_with(f.d, "varga", "We defend our land"), 1);
  assert_int_equal(statements_with(f.d, "dorn", "We defend our land"), 0);
  /* a short quotation that closes on its own comma is an utterance, and "she" is the one
   * person of the paragraph */
  assert_int_equal(statements_with(f.d, "varga", "The valley is ours"), 1);
  /* the attribution sentence is not listed again as reported speech */
  assert_int_equal(statements_with(f.d, "varga", "in an address"), 0);
  done(&f);
}

/* "he said" reaches back only inside its paragraph, and only to a single person in view. */
static void test_pronoun_scope(void **state) {
  (void)state;
  fixture f;
  build(&f, "Mayor Tom Reyes said the city would rebuild the bridge.\n\n"
            "\u201cWe owe it to the families who lost everything,\u201d he said.\n\n"
            "Inspector Dan Cole met Governor Paul Stone at the site. \u201cWe heard two loud bangs,\u201d he said.\n\n"
            "Senator Ruth Hale visited the hospital. \u201cThe staff worked all night long,\u201d she said.",
        "2024-01-10", "en");
  assert_null(who_said(f.d, "We owe it to the families"));  /* another paragraph: unattributed */
  assert_null(who_said(f.d, "We heard two loud bangs"));    /* two men in view: ambiguous */
  assert_int_equal(statements_with(f.d, "hale", "The staff worked"), 1);
  done(&f);
}

/* "X told ...", "according to X" after the quote, and "said X" after the quote. */
static void test_told_and_according_to(void **state) {
  (void)state;
  fixture f;
  build(&f, "\u201cThe pumps failed at midnight and the water rose fast,\u201d engineer Lena Holm told reporters.\n\n"
            "\u201cEvery house on the river road was flooded by morning,\u201d according to the county sheriff.\n\n"
            "\u201cWe will pay for the repairs in full,\u201d said Water Board chairman Ivo Marek.",
        "2024-01-10", "en");
  assert_int_equal(statements_with(f.d, "holm", "The pumps failed"), 1);
  assert_int_equal(statements_with(f.d, "county sheriff", "Every house"), 1);
  assert_int_equal(statements_with(f.d, "marek", "We will pay"), 1);
  done(&f);
}

/* Narrative sentences are no reported speech: a phrase after a preposition is no subject, a
 * speech-verb form used as an adjective, a passive or a noun binds to no speaker, and the
 * listener after "told" is not the speaker. */
static void test_no_speaker_without_speech_verb(void **state) {
  (void)state;
  fixture f;
  build(&f, "The envoy, promising support for Veldonia, said the border would stay closed. "
            "The court document lays out Brandt's alleged route across the state. "
            "Custodio is accused of buying the beer. "
            "The TV shows were cancelled after one season. "
            "The older brother, who was questioned for hours, told officers he had seen nothing. "
            "They've told the family nothing new. "
            "Court records show the company was fined twice.",
        "2024-01-10", "en");
  assert_null(speaker(f.d, "veldonia"));
  assert_null(speaker(f.d, "brandt"));
  assert_null(speaker(f.d, "custodio"));
  assert_null(speaker(f.d, "tv"));
  assert_null(speaker(f.d, "officers"));
  assert_null(speaker(f.d, "they've"));
  assert_non_null(speaker(f.d, "court records"));
  done(&f);
}

/* “A,” X said. “B.” goes on with X; “B,” Smith replied. has its own (unknown) verb: not X's. */
static void test_continued_quote(void **state) {
  (void)state;
  fixture f;
  build(&f, "\u201cThe agency should have tested the water,\u201d engineer Ada Vance said. \u201cBetter yet, it "
            "should have let the federal lab test it.\u201d\n\n"
            "\u201cWe did what we could,\u201d said Mayor Lou Brandt. \u201cNo one warned us in time,\u201d Smith replied.",
        "2024-01-10", "en");
  assert_int_equal(statements_with(f.d, "vance", "Better yet"), 1);
  assert_int_equal(statements_with(f.d, "brandt", "No one warned us"), 0);
  done(&f);
}

/* Two people of one surname are two speakers. */
static void test_shared_surname(void **state) {
  (void)state;
  fixture f;
  build(&f, "Jeff Delacruz, who lives in the building, said his aunt spoke to the mother.|||"
            "Elizabeth Delacruz said she heard the alarm at midnight.",
        "2024-01-10", "en");
  assert_int_equal(statements_with(f.d, "jeff delacruz", "his aunt"), 1);
  assert_int_equal(statements_with(f.d, "elizabeth delacruz", "heard the alarm"), 1);
  assert_null(speaker(f.d, "delacruz"));
  done(&f);
}

/* The attribution belongs to another clause than the quotation's: "when the Journal wrote
 * about Marsh, he issued a statement: “…”" is not the Journal's quote. */
static void test_quote_in_other_clause(void **state) {
  (void)state;
  fixture f;
  build(&f, "In 2010, when the Harbour Journal wrote about Marsh joining the board, he issued a short statement: "
            "\u201cI am happy going through life without saying anything to anybody.\u201d",
        "2024-01-10", "en");
  assert_int_equal(statements_with(f.d, "harbour journal", "I am happy"), 0);
  done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_patterns), cmocka_unit_test(test_pronoun_and_scare_quotes),
                                     cmocka_unit_test(test_merged_across_outlets), cmocka_unit_test(test_spanish),
                                     cmocka_unit_test(test_attribution_in_next_sentence),
                                     cmocka_unit_test(test_pronoun_scope), cmocka_unit_test(test_told_and_according_to),
                                     cmocka_unit_test(test_no_speaker_without_speech_verb),
                                     cmocka_unit_test(test_quote_in_other_clause), cmocka_unit_test(test_continued_quote),
                                     cmocka_unit_test(test_shared_surname)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

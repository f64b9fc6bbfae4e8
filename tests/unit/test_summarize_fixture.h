/* test_summarize_fixture.h — a small cluster written for the model/summarize/render tests: three
 * reports of one (invented) event, two of them sharing wire copy, plus helpers to build it. */
#ifndef TEST_SUMMARIZE_FIXTURE_H
#define TEST_SUMMARIZE_FIXTURE_H
#include "precis.h"
#include <string.h>

static const char fixture_a[] =
    "Heavy rain flooded the port town of Lakeview on Sunday, forcing hundreds of families from their homes.\n\n"
    "The regional emergency office said 420 houses were damaged and two bridges were closed.\n\n"
    "Rescue teams with boats reached the eastern district early on Monday morning.\n\n"
    "Was the town ready for this?\n\n"
    "Officials promised compensation to every family that lost property in the flood.";
static const char fixture_b[] =
    "Hundreds of families fled their homes after heavy rain flooded the port town of Lakeview on Sunday.\n\n"
    "The regional emergency office said 420 houses were damaged and two bridges were closed.\n\n"
    "Local farmers reported that the water destroyed most of the autumn harvest.\n\n"
    "He added that the schools would stay shut until Wednesday.";
static const char fixture_c[] =
    "The mayor of Lakeview asked the national government for emergency funds after the weekend flood.\n\n"
    "According to the regional emergency office, 420 houses were damaged and two bridges were closed.\n\n"
    "Meteorologists expect more rain over the coming week across the whole coastal region.";

static inline precis_corpus *fixture_corpus(void) {
  precis_corpus *c = precis_corpus_new("lakeview-flood");
  precis_article_in a = {"a", "Floods hit Lakeview", "2021-05-10", "Outlet A", "https://a.example/1", "en",
                         fixture_a, strlen(fixture_a)};
  precis_article_in b = {"b", NULL, "2021-05-09", "Outlet B", NULL, "en", fixture_b, strlen(fixture_b)};
  precis_article_in cc = {"c", NULL, NULL, NULL, NULL, "en", fixture_c, strlen(fixture_c)};
  precis_corpus_add(c, &a, NULL);
  precis_corpus_add(c, &b, NULL);
  precis_corpus_add(c, &cc, NULL);
  return c;
}

/* Counts whitespace-separated words (the fixture has no tokens that split otherwise). */
static inline size_t fixture_words(const char *s, size_t len) {
  size_t n = 0;
  int in = 0;
  for (size_t i = 0; i < len; i++) {
    int space = s[i] == ' ' || s[i] == '\n';
    if (!space && !in) n++;
    in = !space;
  }
  return n;
}
#endif

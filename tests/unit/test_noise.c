/* test_noise.c — sentence-level noise (text/noise.h): captions and web notices run into prose are
 * recognized, and news prose that shares words with them ("left", "photo", "archive",
 * "newsletter", "privacy policy") is not. Every sentence here is our own. O(1) per case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "text/noise.h"

static sentence_noise_kind kind_of(const char *s) { return sentence_noise(s, strlen(s)); }

static void test_captions(void **state) {
  (void)state;
  static const char *const captions[] = {
      "FILE - In this March 4, 2011, file photo, a ferry leaves the harbour at dawn.",
      "FILE \xE2\x80\x94 The mayor speaks to reporters outside city hall.",
      "Council member Ann Reyes, left, talks with residents after the vote on Tuesday.",
      "In this image released by the museum, a restorer cleans the fresco.",
      "This undated photo provided by the family shows the missing hiker.",
      "Firefighters work at the scene on Sunday. (AP Photo/Jane Doe)",
      "Volunteers stack sandbags along the levee in Riverton, on Saturday,...",
      "Photo: the flooded square of Riverton on Sunday morning.",
      "Watch the mayor's statement in full below.",
  };
  for (size_t i = 0; i < sizeof captions / sizeof *captions; i++)
    if (kind_of(captions[i]) != NOISE_CAPTION) fail_msg("not a caption: %s", captions[i]);
}

static void test_notices(void **state) {
  (void)state;
  static const char *const notices[] = {
      "By signing up you agree to receive our morning briefing.",
      "You can unsubscribe at any time.",
      "Please try again later.",
      "The crawl data of this collection is not yet public.",
      "You always have the option to delete your Tweet location history.",
      "Want to add to this story?",
  };
  for (size_t i = 0; i < sizeof notices / sizeof *notices; i++)
    if (kind_of(notices[i]) != NOISE_NOTICE) fail_msg("not a notice: %s", notices[i]);
}

static void test_prose_kept(void **state) {
  (void)state;
  static const char *const prose[] = {
      "The storm left three villages without power, officials said.",
      "He turned left at the junction and drove on to the bridge.",
      "The photo agency said it would appeal the ruling.",
      "The Internet Archive said its library had been hit by a cyberattack.",
      "Regulators said the company changed its privacy policy without telling users.",
      "The newsletter, published weekly, had 40,000 subscribers.",
      "FILES released by the court show the payments were made in 2019.",
      "\"We are not giving up...\" she said.",
      "Photographers gathered at the gate before dawn.",
      "Relatedly, the council voted to delay the budget.",
  };
  for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
    if (kind_of(prose[i]) != NOISE_NONE) fail_msg("prose flagged as noise: %s", prose[i]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_captions),
      cmocka_unit_test(test_notices),
      cmocka_unit_test(test_prose_kept),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_lang.c — language identification on short sentences we wrote (one or two per language),
 * the "und" cases, and the consistency of lang_known/lang_list with what lang_detect returns.
 * The accuracy on the shared corpora is in test_lang_accuracy.c. O(fixture size).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "text/lang.h"

typedef struct lang_case {
  const char *expected, *text;
} lang_case;

static const lang_case cases[] = {
    {"en", "The government said on Monday that the talks would continue until an agreement is reached."},
    {"en", "Officials have not yet said how many people were injured in the fire."},
    {"ru", "Правительство заявило в понедельник, что переговоры будут продолжены до тех пор, пока не будет достигнуто соглашение."},
    {"ru", "Пожар начался ночью, и к утру его удалось потушить."},
    {"de", "Die Regierung teilte am Montag mit, dass die Gespräche fortgesetzt werden, bis eine Einigung erzielt ist."},
    {"de", "Nach Angaben der Polizei wurde niemand verletzt, aber der Schaden ist groß."},
    {"es", "El gobierno dijo el lunes que las conversaciones continuarán hasta que se alcance un acuerdo."},
    {"es", "Según la policía, nadie resultó herido, pero los daños son enormes."},
    {"fr", "Le gouvernement a déclaré lundi que les discussions se poursuivraient jusqu'à ce qu'un accord soit trouvé."},
    {"cs", "Vláda v pondělí uvedla, že jednání budou pokračovat, dokud nebude dosaženo dohody."},
    {"el", "Η κυβέρνηση δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν μέχρι να επιτευχθεί συμφωνία."},
    {"ar", "قالت الحكومة يوم الاثنين إن المحادثات ستستمر حتى يتم التوصل إلى اتفاق."},
    {"fa", "دولت روز دوشنبه گفت که گفتگوها تا رسیدن به توافق ادامه پیدا خواهد کرد."},
    {"he", "הממשלה אמרה ביום שני כי השיחות יימשכו עד שיושג הסכם."},
    {"hi", "सरकार ने सोमवार को कहा कि समझौता होने तक बातचीत जारी रहेगी।"},
    {"uk", "Уряд заявив у понеділок, що переговори триватимуть, доки не буде досягнуто згоди. Їхні позиції є різними."},
    {"it", "Il governo ha detto lunedì che i colloqui continueranno fino a quando non sarà raggiunto un accordo."},
    {"pt", "O governo disse na segunda-feira que as conversas vão continuar até que seja alcançado um acordo."},
    {"nl", "De regering zei maandag dat de gesprekken worden voortgezet totdat er een akkoord is bereikt."},
    {"pl", "Rząd poinformował w poniedziałek, że rozmowy będą kontynuowane aż do osiągnięcia porozumienia."},
    {"zh", "政府星期一表示，谈判将继续进行，直到达成协议为止。"},
    {"ja", "政府は月曜日、合意に達するまで協議を続けると述べました。"},
    {"ko", "정부는 월요일 합의에 이를 때까지 협상을 계속하겠다고 밝혔다."},
};

static void test_fixture_sentences(void **state) {
  (void)state;
  int failures = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = lang_detect(cases[i].text, strlen(cases[i].text));
    if (strcmp(got, cases[i].expected) != 0) {
      print_error("expected %s, got %s: %s\n", cases[i].expected, got, cases[i].text);
      failures++;
    }
    assert_true(lang_known(got));
  }
  assert_int_equal(failures, 0);
}

static void test_undetermined(void **state) {
  (void)state;
  assert_string_equal(lang_detect("", 0), "und");
  assert_string_equal(lang_detect(NULL, 5), "und");
  assert_string_equal(lang_detect("Hi.", 3), "und");
  const char *digits = "12345 67890 2020-09-27 4,400 !!! ???";
  assert_string_equal(lang_detect(digits, strlen(digits)), "und");
  const char *bad = "\xFF\xFE\xFD\x80\x80 \xC3";
  assert_string_equal(lang_detect(bad, strlen(bad)), "und");
}

static void test_known_list(void **state) {
  (void)state;
  const char *const *list = lang_list();
  size_t n = 0;
  for (; list[n]; n++) {
    assert_true(lang_known(list[n]));
    if (n) assert_true(strcmp(list[n - 1], list[n]) < 0);
  }
  assert_true(n >= 10);
  static const char *const required[] = {"en", "fr", "de", "es", "ru", "cs", "el", "ar", "he", "hi"};
  for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) assert_true(lang_known(required[i]));
  assert_false(lang_known("xx"));
  assert_false(lang_known("und"));
  assert_false(lang_known(NULL));
}

/* Only the first 4 KiB count: a long prefix decides even if other text follows. */
static void test_prefix_window(void **state) {
  (void)state;
  char text[9000];
  size_t n = 0;
  const char *en = "The talks will continue until an agreement is reached by the two sides. ";
  while (n + strlen(en) < 4200) memcpy(text + n, en, strlen(en)), n += strlen(en);
  const char *de = "Die Gespräche werden fortgesetzt, bis eine Einigung erzielt ist und der Streit endet. ";
  while (n + strlen(de) < sizeof text) memcpy(text + n, de, strlen(de)), n += strlen(de);
  assert_string_equal(lang_detect(text, n), "en");
}

/* Random bytes (fixed seed) must give a known code or "und", never crash. */
static void test_random_bytes(void **state) {
  (void)state;
  unsigned seed = 99;
  char buf[600];
  for (int iter = 0; iter < 2000; iter++) {
    size_t len = (size_t)(iter % 599) + 1;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      buf[i] = (char)((seed >> 16) & 0xFF);
    }
    const char *got = lang_detect(buf, len);
    assert_true(strcmp(got, "und") == 0 || lang_known(got));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fixture_sentences),
      cmocka_unit_test(test_undetermined),
      cmocka_unit_test(test_known_list),
      cmocka_unit_test(test_prefix_window),
      cmocka_unit_test(test_random_bytes),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

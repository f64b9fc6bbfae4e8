/* test_segment.c — sentence splitter: tricky cases we wrote (abbreviations, initials, numbers,
 * quotes, ellipses, headlines, paragraph breaks) in en, ru, fr, de, es, cs, el, ar, hi, zh, plus
 * invariants and throughput on the shared multinews-val and MultiLing articles when present.
 * Each case is O(length); the data pass is O(corpus).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "text/segment.h"
#include "unit/test_lang_data.h"

typedef struct seg_case {
  const char *lang;
  const char *text;
  const char *expected; /* the sentences joined with " | " */
} seg_case;

/* Joins the sentences of text with " | " into a malloc'd string. */
static char *split_joined(const char *text, const char *lang) {
  text_span *spans = NULL;
  size_t n = 0, cap = 0, len = strlen(text);
  segment_sentences(text, len, lang, &spans, &n, &cap);
  size_t out_cap = len + 3 * n + 1, o = 0;
  char *out = malloc(out_cap);
  for (size_t i = 0; i < n; i++) {
    if (i) memcpy(out + o, " | ", 3), o += 3;
    memcpy(out + o, text + spans[i].start, spans[i].end - spans[i].start);
    o += spans[i].end - spans[i].start;
  }
  out[o] = '\0';
  free(spans);
  return out;
}

static void run_cases(const seg_case *cases, size_t count) {
  int failures = 0;
  for (size_t i = 0; i < count; i++) {
    char *got = split_joined(cases[i].text, cases[i].lang);
    if (strcmp(got, cases[i].expected) != 0) {
      print_error("case %zu (%s)\n  text:     %s\n  expected: %s\n  got:      %s\n", i, cases[i].lang,
                  cases[i].text, cases[i].expected, got);
      failures++;
    }
    free(got);
  }
  assert_int_equal(failures, 0);
}

static const seg_case english[] = {
    {"en", "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.",
     "Mr. Smith went to Washington. | He arrived at 5 p.m. on Monday."},
    {"en", "The U.S. economy grew 3.5% in the second quarter. Exports rose to $4,400 million.",
     "The U.S. economy grew 3.5% in the second quarter. | Exports rose to $4,400 million."},
    {"en", "He lives in the U.S. The rest of his family lives in the U.K. and Canada.",
     "He lives in the U.S. | The rest of his family lives in the U.K. and Canada."},
    {"en", "U.S. President Donald Trump spoke. Sen. John McCain replied.",
     "U.S. President Donald Trump spoke. | Sen. John McCain replied."},
    {"en", "Gen. Smith, Lt. Col. Brown, Rep. Jones and Gov. Lee met on Jan. 5 at St. Paul's church.",
     "Gen. Smith, Lt. Col. Brown, Rep. Jones and Gov. Lee met on Jan. 5 at St. Paul's church."},
    {"en", "A. B. Smith and George W. Bush met. They talked.",
     "A. B. Smith and George W. Bush met. | They talked."},
    {"en", "See No. 5 on the list. No. It is not there.", "See No. 5 on the list. | No. | It is not there."},
    {"en", "Apple Inc. said profits rose. Acme Corp. and Foo Ltd. disagreed.",
     "Apple Inc. said profits rose. | Acme Corp. and Foo Ltd. disagreed."},
    {"en", "Apples, pears, etc. are fruit. The end.", "Apples, pears, etc. are fruit. | The end."},
    {"en", "They meet at 9 a.m. The talks end at 5 p.m. Eastern time.",
     "They meet at 9 a.m. | The talks end at 5 p.m. Eastern time."},
    {"en", "Team A vs. The Rest ended 2-1. Fans cheered.", "Team A vs. The Rest ended 2-1. | Fans cheered."},
    {"en", "Some fruits, e.g. Apples, are red. Others, i.e. The rest, are not.",
     "Some fruits, e.g. Apples, are red. | Others, i.e. The rest, are not."},
    {"en", "He said, \"Stop.\" Then he left.", "He said, \"Stop.\" | Then he left."},
    {"en", "\xE2\x80\x9CWe will win.\xE2\x80\x9D The crowd cheered.",
     "\xE2\x80\x9CWe will win.\xE2\x80\x9D | The crowd cheered."},
    {"en", "It was \xE2\x80\x98" "final.\xE2\x80\x99 Nobody argued.",
     "It was \xE2\x80\x98" "final.\xE2\x80\x99 | Nobody argued."},
    {"en", "He left (or did he?) and came back. Yes (really.) Sure.",
     "He left (or did he?) and came back. | Yes (really.) | Sure."},
    {"en", "\"Why?\" he asked. Nobody answered!", "\"Why?\" he asked. | Nobody answered!"},
    {"en", "I thought... maybe not. Wait\xE2\x80\xA6 Then we left. He said... 300 people came.",
     "I thought... maybe not. | Wait\xE2\x80\xA6 | Then we left. | He said... 300 people came."},
    {"en", "Headline without stop\n\nBody starts here. Second sentence.",
     "Headline without stop | Body starts here. | Second sentence."},
    {"en", "Title Here \n \n Body one. Body two. \n \n Last line",
     "Title Here | Body one. | Body two. | Last line"},
    {"en", "Breaking News\nThe president spoke today.", "Breaking News | The president spoke today."},
    {"en", "The president spoke\ntoday about the economy.", "The president spoke\ntoday about the economy."},
    {"en", "Prices rose,\nAnalysts said.", "Prices rose,\nAnalysts said."},
    {"en", "The index fell 1.000.000 points, or 3.5 percent. Then it rose.",
     "The index fell 1.000.000 points, or 3.5 percent. | Then it rose."},
    {"en", "Visit example.com for more. Thanks.", "Visit example.com for more. | Thanks."},
    {"en", "   Leading and trailing white space.   ", "Leading and trailing white space."},
    {"en", "Dr. Jekyll met Prof. Hyde at 10 Downing St. in London.",
     "Dr. Jekyll met Prof. Hyde at 10 Downing St. in London."},
    {"en", "I saw him at 4 p.m.\nHe was late.", "I saw him at 4 p.m. | He was late."},
    {"en", "Is it over?! Yes!!! Good.", "Is it over?! | Yes!!! | Good."},
    {"en", "Separator\n***\nNext part.", "Separator | Next part."},
    {"en", "No final punctuation", "No final punctuation"},
    {"en", "The war began in 1988. 300 people died.", "The war began in 1988. | 300 people died."},
    {"en", "Officials in the U.S. A new law passed.", "Officials in the U.S. | A new law passed."},
    {"en", "Dear J. A. Smith, hello.", "Dear J. A. Smith, hello."},
    {"en", "FLINT, Mich. \xE2\x80\x94 Officials said so. PORTLAND, Ore. (AP) The rain stopped.",
     "FLINT, Mich. \xE2\x80\x94 Officials said so. | PORTLAND, Ore. (AP) The rain stopped."},
    {"en", "He fell ill. Doctors came.", "He fell ill. | Doctors came."},
    {"en", "Windows title\r\n\r\nFirst line.\r\nSecond\tline.\r\n", "Windows title | First line. | Second\tline."},
    {"en", "Symptoms of Ebola.The CDC says so!Then U.S.A and Ph.D and Break.com stay.",
     "Symptoms of Ebola. | The CDC says so! | Then U.S.A and Ph.D and Break.com stay."},
    {"en", "It is the one true church.[54][55] The rest disagree.", "It is the one true church.[54][55] | The rest disagree."},
    {"en", "It ranges widely (ref. 27). Next.", "It ranges widely (ref. 27). | Next."},
    {"en", "Top list\n\n1. First item here.\n2. Second item.", "Top list | 1. First item here. | 2. Second item."},
};

static const seg_case other_languages[] = {
    {"ru", "В 2005 г. в Москве прошёл саммит. Его вёл, т.е. открывал, президент. Улица им. Ленина закрыта.",
     "В 2005 г. в Москве прошёл саммит. | Его вёл, т.е. открывал, президент. | Улица им. Ленина закрыта."},
    {"ru", "А. С. Пушкин родился в Москве. Он был поэтом.", "А. С. Пушкин родился в Москве. | Он был поэтом."},
    {"ru", "Это было в 1990 г. Он уехал.", "Это было в 1990 г. | Он уехал."},
    {"ru", "Почему? «Не знаю», — ответил он.", "Почему? | «Не знаю», — ответил он."},
    {"fr", "M. Dupont et Mme Martin sont arrivés. Ils ont parlé.", "M. Dupont et Mme Martin sont arrivés. | Ils ont parlé."},
    {"fr", "\xC2\xAB Il est parti. \xC2\xBB Puis il est revenu.",
     "\xC2\xAB Il est parti. \xC2\xBB | Puis il est revenu."},
    {"fr", "Il a payé 10 000 $. Le maire était absent.", "Il a payé 10 000 $. | Le maire était absent."},
    {"de", "Am 3. Oktober 1990 wurde Deutschland vereint. Das war z.B. für Berlin wichtig. Siehe Nr. 5 bzw. Seite 7.",
     "Am 3. Oktober 1990 wurde Deutschland vereint. | Das war z.B. für Berlin wichtig. | Siehe Nr. 5 bzw. Seite 7."},
    {"de", "\xE2\x80\x9EWir schaffen das.\xE2\x80\x9C Sie sagte es oft. Dr. Müller nickte.",
     "\xE2\x80\x9EWir schaffen das.\xE2\x80\x9C | Sie sagte es oft. | Dr. Müller nickte."},
    {"es", "El Sr. García y la Sra. López viajaron a EE.UU. El viaje duró tres días. ¿Por qué? ¡Nadie lo sabe!",
     "El Sr. García y la Sra. López viajaron a EE.UU. | El viaje duró tres días. | ¿Por qué? | ¡Nadie lo sabe!"},
    {"cs", "Sobota, 8. ledna 2005 byl podepsán zákon. Např. Praha je velká. Vědci zvýšili magnitudu z 9,0 na 9,1.",
     "Sobota, 8. ledna 2005 byl podepsán zákon. | Např. Praha je velká. | Vědci zvýšili magnitudu z 9,0 na 9,1."},
    {"el", "Τι έγινε; Κανείς δεν ξέρει.", "Τι έγινε; | Κανείς δεν ξέρει."},
    {"en", "One; two. Three.", "One; two. | Three."},
    {"el", "Τι έγινε\xCD\xBE Κανείς.", "Τι έγινε\xCD\xBE | Κανείς."},
    {"ar", "هل جاء؟ نعم جاء. وصل الرئيس.", "هل جاء؟ | نعم جاء. | وصل الرئيس."},
    {"hi", "वह घर गया। वह खुश था॥ सब ठीक है.", "वह घर गया। | वह खुश था॥ | सब ठीक है."},
    {"hi", "कोलोरैडो ने यू.एस.जी.एस. के विश्लेषक से बात की. युद्धपोत एच.एम\xE2\x80\x8B.एस\xE2\x80\x8B. कोर्नवाल पहुँचा.",
     "कोलोरैडो ने यू.एस.जी.एस. के विश्लेषक से बात की. | युद्धपोत एच.एम\xE2\x80\x8B.एस\xE2\x80\x8B. कोर्नवाल पहुँचा."},
    {"zh", "我们赢了。他们输了！真的吗？是的。", "我们赢了。 | 他们输了！ | 真的吗？ | 是的。"},
    {"he", "הממשלה החליטה. ארה\"ב הגיבה.", "הממשלה החליטה. | ארה\"ב הגיבה."},
    {"he", "השופט אלווין ק. ג'ונס פסק. הדיון נדחה.", "השופט אלווין ק. ג'ונס פסק. | הדיון נדחה."},
};

static void test_english(void **state) {
  (void)state;
  run_cases(english, sizeof english / sizeof english[0]);
}

static void test_other_languages(void **state) {
  (void)state;
  run_cases(other_languages, sizeof other_languages / sizeof other_languages[0]);
}

static void test_degenerate_input(void **state) {
  (void)state;
  text_span *spans = NULL;
  size_t n = 0, cap = 0;
  assert_int_equal(segment_sentences("", 0, "en", &spans, &n, &cap), 0);
  assert_int_equal(segment_sentences(" \n\n \t ", 6, "en", &spans, &n, &cap), 0);
  assert_int_equal(segment_sentences("...!?", 5, NULL, &spans, &n, &cap), 0);
  /* invalid UTF-8 and truncated sequences must not crash or read past the end */
  const char bad[] = "Abc\xFF\xFE. D\xE2\x80 e\xE0. F\xD8";
  segment_sentences(bad, sizeof bad - 1, "xx", &spans, &n, &cap);
  const char trunc[] = {'A', 'b', 'c', '.', ' ', 'D', '.', (char)0xE2};
  segment_sentences(trunc, sizeof trunc, "en", &spans, &n, &cap);
  for (size_t i = 0; i < n; i++) assert_true(spans[i].start < spans[i].end);
  /* appends: a second call keeps earlier spans */
  size_t before = n;
  assert_int_equal(segment_sentences("One. Two.", 9, "en", &spans, &n, &cap), 2);
  assert_int_equal(n, before + 2);
  free(spans);
}

/* Random bytes biased towards terminators, spaces, newlines and multi-byte lead bytes (fixed
 * seed): spans must stay in range, ordered and non-empty, in every language mode. */
static void test_random_bytes(void **state) {
  (void)state;
  static const char alphabet[] = ". !?;\n\n\"')(aAbZ1\xC2\xA0\xE2\x80\xA6\xD8\x9F\xE0\xA5\xA4\xE3\x80\x82\xCD\xBE\xEF\xBC\x81";
  static const char *const langs[] = {"en", "el", "de", "ru", "", "hi"};
  unsigned seed = 777;
  char buf[300];
  text_span *spans = NULL;
  size_t n = 0, cap = 0;
  for (int iter = 0; iter < 3000; iter++) {
    size_t len = (size_t)(iter % 299) + 1;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 16) & 0x7FFF;
      buf[i] = r % 4 == 0 ? (char)(r >> 4) : alphabet[r % (sizeof alphabet - 1)];
    }
    n = 0;
    segment_sentences(buf, len, langs[iter % 6], &spans, &n, &cap);
    for (size_t k = 0; k < n; k++) {
      assert_true(spans[k].start < spans[k].end && spans[k].end <= len);
      if (k) assert_true(spans[k - 1].end <= spans[k].start);
    }
  }
  free(spans);
}

static void test_tables(void **state) {
  (void)state;
  assert_true(segment_tables_sorted());
}

static int is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* On real articles: spans ordered, non-overlapping, trimmed; reports MB/s. */
static void check_corpus(const char *name, const test_corpus *c) {
  text_span *spans = NULL;
  size_t n = 0, cap = 0, sentences = 0;
  for (size_t i = 0; i < c->count; i++) {
    n = 0;
    segment_sentences(c->items[i].text, c->items[i].len, c->items[i].lang, &spans, &n, &cap);
    sentences += n;
    for (size_t k = 0; k < n; k++) {
      assert_true(spans[k].start < spans[k].end && spans[k].end <= c->items[i].len);
      if (k) assert_true(spans[k - 1].end <= spans[k].start);
      assert_false(is_space_byte(c->items[i].text[spans[k].start]));
      assert_false(is_space_byte(c->items[i].text[spans[k].end - 1]));
    }
  }
  int reps = 3;
  double t0 = test_seconds();
  for (int r = 0; r < reps; r++)
    for (size_t i = 0; i < c->count; i++) {
      n = 0;
      segment_sentences(c->items[i].text, c->items[i].len, c->items[i].lang, &spans, &n, &cap);
    }
  double dt = test_seconds() - t0;
  print_message("segment %-12s %5zu articles %8zu bytes %6zu sentences  %.0f MB/s\n", name, c->count, c->bytes,
                sentences, dt > 0 ? (double)c->bytes * reps / dt / 1e6 : 0.0);
  free(spans);
}

static void test_shared_data(void **state) {
  (void)state;
  const char *dir = test_shared_dir();
  if (!dir) {
    print_message("shared data absent (PRECIS_SHARED_DATA): corpus checks skipped\n");
    skip();
  }
  static const char *const files[] = {"multinews-val", "multiling2011-ar", "multiling2011-cs", "multiling2011-el",
                                      "multiling2011-fr", "multiling2011-he", "multiling2011-hi"};
  for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.jsonl", dir, files[f]);
    test_corpus c = {0};
    if (test_corpus_load(&c, path)) check_corpus(files[f], &c);
    test_corpus_free(&c);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_english),         cmocka_unit_test(test_other_languages),
      cmocka_unit_test(test_degenerate_input), cmocka_unit_test(test_random_bytes),
      cmocka_unit_test(test_tables),
      cmocka_unit_test(test_shared_data),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

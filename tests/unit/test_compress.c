/* test_compress.c — sentence compression (summarize/compress.h) on sentences we wrote: what each
 * rule cuts and, as importantly, what it must leave alone (quotations, nested and unbalanced
 * brackets, a bracket that is the whole sentence, "said" inside a clause, figures of their own,
 * other languages); the invariants of the cuts on random bytes; and --compress through the API
 * (budget in compressed words, removed ranges that rebuild the text, output unchanged when off);
 * and, when the shared data is present, the same invariants on every sentence of multinews-val
 * and MultiLing fr/cs (what remains keeps its last character and four words). Each case is
 * O(sentence length); the data pass is O(corpus).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "precis.h"
#include "summarize/compress.h"
#include "text/segment.h"
#include "unit/test_lang_data.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct compress_case {
  const char *lang;
  const char *text;
  const char *expected; /* NULL: left as it is */
} compress_case;

static char *compressed(const char *text, const char *lang, compress_result *r) {
  size_t len = strlen(text);
  char *out = malloc(len + 1);
  compress_sentence(text, len, lang, r);
  out[compress_apply(text, len, r, out)] = '\0';
  return out;
}

static void run_cases(const compress_case *cases, size_t count) {
  int failures = 0;
  for (size_t i = 0; i < count; i++) {
    compress_result r;
    char *got = compressed(cases[i].text, cases[i].lang, &r);
    const char *want = cases[i].expected ? cases[i].expected : cases[i].text;
    if (strcmp(got, want) != 0) {
      print_error("[%s] %s\n  want: %s\n  got:  %s\n", cases[i].lang, cases[i].text, want, got);
      failures++;
    }
    if (!cases[i].expected && r.ncut != 0) {
      print_error("[%s] %s: %zu cuts, none expected\n", cases[i].lang, cases[i].text, r.ncut);
      failures++;
    }
    free(got);
  }
  assert_int_equal(failures, 0);
}

static void test_parentheticals(void **state) {
  (void)state;
  static const compress_case cases[] = {
      {"en", "The agency (set up after the great floods) will rebuild the bridge.",
       "The agency will rebuild the bridge."},
      {"en", "The mayor (an engineer by training), who took office in May, visited the dam.",
       "The mayor, who took office in May, visited the dam."},
      {"en", "Water rose along the harbour wall [and the old pier] overnight.", "Water rose along the harbour wall overnight."},
      {"en", "The dam (built by the county (and state)) held through the night.",
       "The dam held through the night."},
      {"en", "The river crested at 12 metres (39 feet) on Tuesday evening.", "The river crested at 12 metres on Tuesday evening."},
      {"en", "Two schools (the north and harbour ones) stayed shut and buses (all forty) ran late.",
       "Two schools stayed shut and buses ran late."},
      /* left alone */
      {"en", "(The dam held through the whole night without trouble.)", NULL},   /* the whole sentence */
      {"en", "The dam held through the whole night (officials said.)", NULL},    /* nothing after it */
      {"en", "The dam (which held) held through the night (mostly.", NULL},       /* unbalanced */
      {"en", "The dam held) through the night, (mostly) as planned.", NULL},      /* unbalanced */
      {"en", "The mayor said \"the dam (built in 1950) held\" on Tuesday night.", NULL},
      {"en", "The count (\"about forty\") was given by the fire service on Sunday.", NULL},
      {"en", "This bridge [she points at it] may not last, but the dam will.\xE2\x80\x9D", NULL},
      {"en", "Costs rose sharply in the harbour district (33%) over the year.", NULL}, /* a figure of its own */
      {"en", "The agency (set up in 1998 after the floods) will rebuild the bridge.", NULL},
      {"en", "Costs were highest in Lakeview ($1,300) and lowest in Elm ($900) this year.", NULL},
      {"en", "Each of the words(s) in the flood report was checked twice.", NULL}, /* no space before */
      {"en", "The dam (x)held through the night and the next morning.", NULL},      /* text right after */
      {"en", "The dam () held through the night and the next morning.", NULL},
      {"en", "Dam (old) held.", NULL}, /* would leave too few words */
      {"en", "The ship (which proved to be empty after a long inspection) was released.", NULL}, /* long */
      {"en", "The mayor (who did not attend) sent a message to the families.", NULL},            /* negation */
      {"en", "The mayor (who didn\xE2\x80\x99t attend) sent a message to the families.", NULL},
      {"fr", "Le maire (qui n'était pas là) a envoyé un message aux familles.", NULL},
      /* other languages: brackets only, same rules */
      {"cs", "Starosta (bývalý inženýr) navštívil přehradu v úterý ráno.", "Starosta navštívil přehradu v úterý ráno."},
      {"el", "Ο δήμαρχος (πρώην μηχανικός) επισκέφθηκε το φράγμα την Τρίτη.", "Ο δήμαρχος επισκέφθηκε το φράγμα την Τρίτη."},
  };
  run_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_attribution_tails(void **state) {
  (void)state;
  static const compress_case cases[] = {
      {"en", "The bridge will stay closed until the end of the month, officials said.",
       "The bridge will stay closed until the end of the month."},
      {"en", "The bridge will stay closed until the end of the month, the county engineer told reporters on Monday.",
       "The bridge will stay closed until the end of the month."},
      {"en", "The bridge will stay closed until the end of the month, said Ana Ruiz.",
       "The bridge will stay closed until the end of the month."},
      {"en", "About 420 houses were damaged in the eastern district, according to the fire service.",
       "About 420 houses were damaged in the eastern district."},
      {"en", "The bridge (closed since May) will reopen in June, the agency said.", "The bridge will reopen in June."},
      {"en", "The mayor called for \xE2\x80\x9Cmeaningful\xE2\x80\x9D talks with the county, his spokesman said.",
       "The mayor called for \xE2\x80\x9Cmeaningful\xE2\x80\x9D talks with the county."},
      /* left alone */
      {"en", "\"The bridge will stay closed until June,\" the engineer said.", NULL},
      {"en", "\xE2\x80\x9CThe bridge will stay closed until June,\xE2\x80\x9D the engineer said on Monday.", NULL},
      {"en", "Meanwhile, \"the bridge will stay closed until June,\" the engineer said.", NULL},
      {"en", "He said: \"The bridge will stay closed until the end of June\", the engineer said.", NULL},
      {"en", "The engineer said \"the bridge will stay closed, the ferry will run\".", NULL},
      {"en", "The bridge will stay closed until June, \"the engineer\" said.", NULL},
      {"en", "The mayor called \"it a disaster for the town, the county said.", NULL},
      {"en", "Even so, \"we are truly delighted\" with the new bridge design, Reyes says.", NULL}, /* speech */
      {"en", "\xE2\x80\x9CRepairs take a year,\xE2\x80\x9D Ana Ruiz, the county engineer, wrote in a note Monday.", NULL},
      {"en", "The county engineer inspected every bridge in the valley, wrote in a note.", NULL},
      {"en", "The bridge is unsafe and will close, Ana Ruiz, the county engineer, told NBC News.", NULL},
      {"en", "The bridge is unsafe and will close, Ana Ruiz, the county engineer, said Monday.", NULL},
      {"en", "'The bridge will stay closed until June,' the engineer said.", NULL},
      {"en", "The engineer said the bridge would stay closed, and the river fell.", NULL},
      {"en", "The bridge will stay closed, the engineer who inspected it said.", NULL},
      {"en", "The bridge will stay closed for now, police said he was told.", NULL},
      {"en", "The man fled on foot, police said he was armed.", NULL},
      {"en", "It is not safe, he said.", NULL},                      /* the rest is too short */
      {"en", "When the water reached the old harbour wall, police said.", NULL}, /* no main clause */
      {"en", "The bridge will stay closed until June, officials said, and the ferry will run.", NULL},
      {"en", "The bridge will stay closed until the end of June, officials said...", NULL},
      {"en", "The bridge will stay closed until the end of June, officials, engineers and the mayor said.", NULL},
      {"en", "The bridge will stay closed until the end of June, a spokesman for the regional water and roads authority of the county said.", NULL},
      {"fr", "Le pont restera fermé jusqu'à la fin du mois, a déclaré le maire.", "Le pont restera fermé jusqu'à la fin du mois."},
      {"fr", "Le pont restera fermé jusqu'à la fin du mois, a-t-il précisé.", "Le pont restera fermé jusqu'à la fin du mois."},
      {"fr", "Le pont restera fermé jusqu'à la fin du mois, selon la préfecture.", "Le pont restera fermé jusqu'à la fin du mois."},
      {"fr", "Le pont restera fermé jusqu\xE2\x80\x99\xC3\xA0 la fin du mois, d\xE2\x80\x99\x61pr\xC3\xA8s l\xE2\x80\x99\x41\x46P.",
       "Le pont restera fermé jusqu\xE2\x80\x99\xC3\xA0 la fin du mois."},
      {"fr", "Le pont restera fermé jusqu'à la fin du mois, a estimé le maire.", NULL}, /* an opinion keeps its source */
      {"fr", "Le pont restera fermé jusqu'à la fin du mois, le maire qui a déclaré.", NULL},
      {"es", "El puente seguirá cerrado hasta el final del mes, dijo el alcalde.", "El puente seguirá cerrado hasta el final del mes."},
      {"es", "El puente seguirá cerrado hasta el final del mes, según la policía.", "El puente seguirá cerrado hasta el final del mes."},
      {"es", "El puente seguirá cerrado hasta el final del mes, dijo.", "El puente seguirá cerrado hasta el final del mes."},
      {"es", "El puente seguirá cerrado hasta el final del mes, dijo que no.", NULL},
      {"de", "Die Brücke bleibt bis zum Ende des Monats gesperrt, sagte der Bürgermeister.",
       "Die Brücke bleibt bis zum Ende des Monats gesperrt."},
      {"de", "Die Brücke bleibt bis zum Ende des Monats gesperrt, so der Sprecher der Stadt.",
       "Die Brücke bleibt bis zum Ende des Monats gesperrt."},
      {"de", "Die Brücke bleibt bis zum Ende des Monats gesperrt, sagte er, und die Fähre fährt.", NULL},
      {"cs", "Most zůstane zavřený až do konce měsíce, řekl starosta.", NULL}, /* no Czech rules */
      {"", "The bridge will stay closed until the end of the month, officials said.", NULL},
  };
  run_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_connectives(void **state) {
  (void)state;
  static const compress_case cases[] = {
      {"en", "However, the bridge will stay closed until June.", "The bridge will stay closed until June."},
      {"en", "In addition, 40 houses were damaged in the storm.", "40 houses were damaged in the storm."},
      {"en", "Meanwhile, Lakeview asked for emergency funds on Monday.", "Lakeview asked for emergency funds on Monday."},
      {"en", "However, the bridge will stay closed until June, officials said.", "The bridge will stay closed until June."},
      {"fr", "Cependant, le pont restera fermé jusqu'en juin.", "Le pont restera fermé jusqu'en juin."},
      {"fr", "Par ailleurs, \xC3\xA9lus et habitants ont nettoy\xC3\xA9 les rues.", "\xC3\x89lus et habitants ont nettoy\xC3\xA9 les rues."},
      {"es", "Sin embargo, el puente seguirá cerrado hasta junio.", "El puente seguirá cerrado hasta junio."},
      /* left alone */
      {"en", "However the bridge will stay closed until June.", NULL},
      {"en", "In addition to the bridge, two roads will stay closed.", NULL},
      {"en", "However, \"the bridge will stay closed\", she said on Monday.", NULL},
      {"en", "However, it rained.", NULL}, /* too short afterwards */
      {"en", "Howevers, the bridge will stay closed until June.", NULL},
      {"de", "Allerdings ist die Lage am Fluss weiterhin ernst.", NULL},
      {"fr", "Cependant, \xC5\x93uvres et archives ont \xC3\xA9t\xC3\xA9 sauv\xC3\xA9\x65s du d\xC3\xA9luge.", NULL}, /* œ: no capital here */
  };
  run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* On arbitrary bytes: cuts inside the sentence, ascending, disjoint, non-empty; never crashes. */
static void test_random_bytes(void **state) {
  (void)state;
  static const char alphabet[] = "ab (), [].\"'-said according to However\xE2\x80\x9C\xC3\xA9 ";
  unsigned long seed = 7;
  char text[200];
  for (int round = 0; round < 20000; round++) {
    seed = seed * 6364136223846793005UL + 1442695040888963407UL;
    size_t len = (seed >> 33) % sizeof text;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 6364136223846793005UL + 1442695040888963407UL;
      text[i] = alphabet[(seed >> 33) % (sizeof alphabet - 1)];
    }
    compress_result r;
    compress_sentence(text, len, round % 2 ? "en" : "fr", &r);
    assert_true(r.ncut <= COMPRESS_MAX_CUTS);
    for (size_t k = 0; k < r.ncut; k++) {
      assert_true(r.cut[k].start < r.cut[k].end);
      assert_true(r.cut[k].end <= len);
      if (k) assert_true(r.cut[k - 1].end <= r.cut[k].start);
    }
    char out[sizeof text];
    assert_true(compress_apply(text, len, &r, out) <= len);
  }
  compress_result r;
  assert_int_equal(compress_sentence("", 0, "en", &r), 0);
  assert_int_equal(compress_sentence(NULL, 0, "en", &r), 0);
}

/* Words separated by white space, as compress.c's minimum counts them (close enough here). */
static size_t space_words(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' &&
        (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\t' || s[i - 1] == '\r'))
      n++;
  return n;
}

static void test_shared_data(void **state) {
  (void)state;
  const char *dir = test_shared_dir();
  if (!dir) skip();
  static const char *const files[] = {"multinews-val", "multiling2011-fr", "multiling2011-cs"};
  size_t sentences = 0, compressed_count = 0;
  for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.jsonl", dir, files[f]);
    test_corpus c = {0};
    if (!test_corpus_load(&c, path)) continue;
    char *out = NULL;
    for (size_t a = 0; a < c.count; a++) {
      text_span *spans = NULL;
      size_t n = 0, cap = 0;
      segment_sentences(c.items[a].text, c.items[a].len, c.items[a].lang, &spans, &n, &cap);
      for (size_t k = 0; k < n; k++) {
        const char *s = c.items[a].text + spans[k].start;
        size_t len = spans[k].end - spans[k].start;
        compress_result r;
        sentences++;
        if (!compress_sentence(s, len, c.items[a].lang, &r)) continue;
        compressed_count++;
        out = realloc(out, len + 1);
        size_t kept = compress_apply(s, len, &r, out);
        for (size_t i = 0; i < r.ncut; i++) {
          assert_true(r.cut[i].start < r.cut[i].end && r.cut[i].end <= len);
          if (i) assert_true(r.cut[i - 1].end <= r.cut[i].start);
        }
        size_t last = len;
        while (last > 0 && (s[last - 1] == ' ' || s[last - 1] == '\n')) last--;
        assert_true(kept > 0 && last > 0);
        assert_true(r.cut[r.ncut - 1].end < last); /* the final character stays */
        assert_true(space_words(out, kept) >= COMPRESS_MIN_WORDS);
      }
      free(spans);
    }
    free(out);
    test_corpus_free(&c);
  }
  print_message("compress: %zu of %zu shared-data sentences get cuts\n", compressed_count, sentences);
  assert_true(compressed_count > 0);
}

/* ---- through the API -------------------------------------------------------------------------- */

static const char article_a[] =
    "Heavy rain flooded the port town of Lakeview (population 12,000) on Sunday, the regional office said.\n\n"
    "However, the old stone bridge over the Lake river held through the night.\n\n"
    "About 420 houses were damaged in the eastern district, according to the fire service.\n\n"
    "Rescue teams with boats reached the eastern district early on Monday morning.\n\n"
    "The mayor asked the national government for emergency funds after the weekend flood.";
static const char article_b[] =
    "Meanwhile, farmers said the water destroyed most of the autumn harvest in the valley.\n\n"
    "Schools in Lakeview (all seven of them) will stay shut until Wednesday, officials said.\n\n"
    "Meteorologists expect more rain over the coming week across the whole coastal region.";

static precis_corpus *flood_corpus(void) {
  precis_corpus *c = precis_corpus_new("lakeview");
  precis_article_in a = {"a", NULL, "2021-05-09", NULL, NULL, "en", article_a, strlen(article_a)};
  precis_article_in b = {"b", NULL, "2021-05-10", NULL, NULL, "en", article_b, strlen(article_b)};
  assert_int_equal(precis_corpus_add(c, &a, NULL), PRECIS_OK);
  assert_int_equal(precis_corpus_add(c, &b, NULL), PRECIS_OK);
  return c;
}

static size_t count_words_simple(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) n++;
  return n;
}

static void test_api(void **state) {
  (void)state;
  precis_corpus *c = flood_corpus();
  precis_options *opt = precis_options_new();
  assert_int_equal(precis_options_set_budget(opt, PRECIS_BUDGET_WORDS, 60, NULL), PRECIS_OK);
  precis_summary *plain = precis_summarize(c, opt, NULL);
  char *plain_json = precis_render_summary(plain, c, PRECIS_FORMAT_JSON, 0, NULL);
  assert_null(strstr(plain_json, "\"removed\""));

  precis_options_set_compress(opt, 1);
  precis_summary *s = precis_summarize(c, opt, NULL);
  assert_non_null(s);
  size_t words = 0, cut_any = 0;
  for (size_t i = 0; i < precis_summary_count(s); i++) {
    const precis_summary_sentence *it = precis_summary_get(s, i);
    precis_article_info info;
    assert_true(precis_corpus_article(c, it->article, &info));
    const char *src = info.text + it->start;
    size_t src_len = it->end - it->start;
    /* The text is the source sentence less its removed ranges (first letter capitalized when a
     * range starts at 0). */
    char rebuilt[512];
    size_t n = 0, from = 0;
    for (size_t k = 0; k <= it->nremoved; k++) {
      size_t to = k < it->nremoved ? it->removed[2 * k] : src_len;
      assert_true(from <= to && to <= src_len);
      memcpy(rebuilt + n, src + from, to - from);
      n += to - from;
      if (k < it->nremoved) from = it->removed[2 * k + 1];
    }
    if (it->nremoved && it->removed[0] == 0 && rebuilt[0] >= 'a' && rebuilt[0] <= 'z') rebuilt[0] -= 32;
    assert_int_equal(n, it->len);
    assert_memory_equal(rebuilt, it->text, n);
    cut_any += it->nremoved;
    words += count_words_simple(it->text, it->len);
  }
  assert_true(cut_any > 0);
  assert_true(words <= 60);
  char *json = precis_render_summary(s, c, PRECIS_FORMAT_JSON, 0, NULL);
  assert_non_null(strstr(json, "\"removed\":[["));
  free(json);

  /* Off again: byte-identical to the first run. */
  precis_options_set_compress(opt, 0);
  precis_summary *again = precis_summarize(c, opt, NULL);
  char *again_json = precis_render_summary(again, c, PRECIS_FORMAT_JSON, 0, NULL);
  assert_string_equal(plain_json, again_json);

  /* A byte budget holds with compression too. */
  precis_options_set_compress(opt, 1);
  assert_int_equal(precis_options_set_budget(opt, PRECIS_BUDGET_BYTES, 200, NULL), PRECIS_OK);
  precis_summary *bytes = precis_summarize(c, opt, NULL);
  size_t total = 0;
  for (size_t i = 0; i < precis_summary_count(bytes); i++) total += precis_summary_get(bytes, i)->len + (i ? 1 : 0);
  assert_true(total <= 200);

  free(plain_json), free(again_json);
  precis_summary_free(plain), precis_summary_free(s), precis_summary_free(again), precis_summary_free(bytes);
  precis_options_free(opt);
  precis_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parentheticals), cmocka_unit_test(test_attribution_tails),
      cmocka_unit_test(test_connectives),    cmocka_unit_test(test_random_bytes),
      cmocka_unit_test(test_shared_data),   cmocka_unit_test(test_api),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

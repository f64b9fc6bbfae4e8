/* test_ingest.c — the reader on inputs we build in a temporary directory: directories and text
 * files as one cluster, every JSONL flavour (cluster, article, WCEP) and Multi-News, encodings
 * (UTF-8 BOM, UTF-16 LE/BE, cp1251, cp1252), CRLF, stdin, and every error path (missing file,
 * empty input, binary data, empty directory, malformed/truncated JSON, invalid UTF-8, skip_bad),
 * plus one 50 MB line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "ingest/ingest.h"
#include <unicode/ucnv.h>

static char tmpdir[256];

static const char *path_of(const char *name) {
  static char paths[8][512];
  static int next;
  char *p = paths[next++ % 8];
  snprintf(p, 512, "%s/%s", tmpdir, name);
  return p;
}

static void write_bytes(const char *name, const void *data, size_t len) {
  FILE *f = fopen(path_of(name), "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, len, f), len);
  fclose(f);
}

static void write_text(const char *name, const char *text) { write_bytes(name, text, strlen(text)); }

static void make_dir(const char *name) { mkdir(path_of(name), 0700); }

static precis_read_options defaults(void) {
  precis_read_options o = {PRECIS_INPUT_AUTO, 0, NULL};
  return o;
}

/* Opens one input and reads its first cluster; returns ingest_next's result. */
static int read_one(const char *path, const precis_read_options *o, ingest_cluster **c, precis_error *e) {
  const char *inputs[] = {path};
  ingest_reader *r = ingest_open(inputs, 1, o, e);
  if (!r) return -2;
  int rc = ingest_next(r, c, e);
  ingest_close(r);
  return rc;
}

static void expect_error(const char *path, precis_status status, const char *fragment) {
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c = NULL;
  int rc = read_one(path, &o, &c, &e);
  if (rc == 1) fail_msg("%s: expected an error containing \"%s\"", path, fragment);
  assert_int_equal(e.status, status);
  if (!strstr(e.message, fragment)) fail_msg("message \"%s\" lacks \"%s\"", e.message, fragment);
}

static void test_directory_cluster(void **state) {
  (void)state;
  make_dir("news");
  write_text("news/02-north-wire.txt", "Second article text.\n");
  write_text("news/01-caspian-herald.txt", "First article text.\n");
  write_text("news/.hidden", "never read\n");
  make_dir("news/sub");
  write_text("news/sub/x.txt", "never read either\n");
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one(path_of("news/"), &o, &c, &e), 1);
  assert_string_equal(c->id, "news");
  assert_int_equal(c->narticles, 2);
  assert_string_equal(c->articles[0].id, "01-caspian-herald.txt");
  assert_string_equal(c->articles[0].source, "caspian-herald");
  assert_string_equal(c->articles[0].text, "First article text.\n");
  assert_string_equal(c->articles[1].source, "north-wire");
  assert_string_equal(c->articles[1].date, "");
  ingest_cluster_free(c);
}

static void test_files_and_jsonl_mixed(void **state) {
  (void)state;
  write_text("a.txt", "Alpha text.");
  write_text("b.txt", "Beta text.");
  write_text("c.jsonl", "{\"id\":\"k1\",\"articles\":[{\"text\":\"Gamma.\"}]}\n");
  const char *inputs[] = {path_of("a.txt"), path_of("c.jsonl"), path_of("b.txt")};
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_reader *r = ingest_open(inputs, 3, &o, &e);
  assert_non_null(r);
  ingest_cluster *c;
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->id, "a"); /* text inputs first, one cluster named after the first file */
  assert_int_equal(c->narticles, 2);
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->id, "k1");
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 0);
  ingest_close(r);
}

static void test_cluster_jsonl(void **state) {
  (void)state;
  write_text(
      "clusters.jsonl",
      "{\"id\":\"e1\",\"lang\":\"en\",\"articles\":[{\"id\":\"x\",\"title\":\"T\",\"date\":\"Sunday, "
      "September 27, 2020\","
      "\"url\":\"https://www.Example.com/a\",\"text\":\"One.\"},{\"text\":\"Two.\",\"source\":\"Wire\"}],"
      "\"references\":[\"Ref one.\",\"Ref two.\"]}\n\n"
      "{\"id\":\"e2\",\"articles\":[{\"text\":\"Three \\u00e9.\",\"lang\":\"fr\"}]}\n");
  const char *inputs[] = {path_of("clusters.jsonl")};
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_reader *r = ingest_open(inputs, 1, &o, &e);
  ingest_cluster *c;
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->id, "e1");
  assert_string_equal(c->lang, "en");
  assert_int_equal(c->narticles, 2);
  assert_int_equal(c->nrefs, 2);
  assert_string_equal(c->refs[1], "Ref two.");
  assert_string_equal(c->articles[0].date, "2020-09-27");
  assert_string_equal(c->articles[0].source, "example.com");
  assert_string_equal(c->articles[0].title, "T");
  assert_string_equal(c->articles[0].lang, "en");
  assert_string_equal(c->articles[1].source, "Wire");
  assert_string_equal(c->articles[1].id, "e1-1");
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->articles[0].text, "Three \xC3\xA9.");
  assert_string_equal(c->articles[0].lang, "fr");
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 0);
  ingest_close(r);
}

static void test_article_jsonl_one_cluster(void **state) {
  (void)state;
  write_text("stream.jsonl",
             "{\"id\":\"a1\",\"lang\":\"en\",\"text\":\"First.\",\"label\":\"ev1\"}\n"
             "{\"id\":\"a2\",\"text\":\"Second.\",\"label\":\"ev2\",\"date\":\"2020-09-28T10:00:00Z\"}\n");
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one(path_of("stream.jsonl"), &o, &c, &e), 1);
  assert_string_equal(c->id, "stream");
  assert_int_equal(c->narticles, 2);
  assert_string_equal(c->articles[0].label, "ev1");
  assert_string_equal(c->articles[1].label, "ev2");
  assert_string_equal(c->articles[1].date, "2020-09-28");
  assert_string_equal(c->articles[1].lang, "en");   /* the stream's language */
  assert_string_equal(c->articles[0].source, "a1"); /* no outlet or URL: the record itself */
  ingest_cluster_free(c);
}

static void test_wcep(void **state) {
  (void)state;
  write_text("wcep.jsonl",
             "{\"id\":\"w1\",\"date\":\"2020-09-27\",\"summary\":\"Fighting broke out.\",\"articles\":["
             "{\"title\":\"A\",\"text\":\"Alpha.\",\"time\":\"2020-09-27T13:41:00Z\",\"url\":\"http://"
             "news.example.net/x\"},"
             "{\"title\":\"B\",\"text\":\"Beta.\"}]}\n");
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one(path_of("wcep.jsonl"), &o, &c, &e), 1);
  assert_string_equal(c->id, "w1");
  assert_int_equal(c->nrefs, 1);
  assert_string_equal(c->refs[0], "Fighting broke out.");
  assert_string_equal(c->articles[0].date, "2020-09-27");
  assert_string_equal(c->articles[0].source, "news.example.net");
  assert_string_equal(c->articles[1].date, "2020-09-27"); /* the cluster's date */
  ingest_cluster_free(c);
}

static void test_multinews(void **state) {
  (void)state;
  write_text("mn.src", "First doc line one. NEWLINE_CHAR NEWLINE_CHAR Line two. ||||| Second doc. |||||\n"
                       "Only doc.\n");
  write_text("mn.tgt", "– Summary one NEWLINE_CHAR more.\n– Summary two.\n");
  const char *inputs[] = {path_of("mn.src")};
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_reader *r = ingest_open(inputs, 1, &o, &e);
  ingest_cluster *c;
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_int_equal(c->narticles, 2);
  assert_string_equal(c->articles[0].text, "First doc line one. \n \n Line two.");
  assert_string_equal(c->articles[1].text, "Second doc.");
  assert_int_equal(c->nrefs, 1);
  assert_string_equal(c->refs[0], "– Summary one \n more.");
  assert_string_equal(c->articles[0].source, c->articles[0].id);
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_int_equal(c->narticles, 1);
  assert_string_equal(c->refs[0], "– Summary two.");
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 0);
  ingest_close(r);
}

static void test_malformed_and_skip(void **state) {
  (void)state;
  write_text("bad.jsonl", "{\"id\":\"ok1\",\"articles\":[{\"text\":\"A.\"}]}\n"
                          "{\"id\":\"broken\",\"articles\":[{\"text\":\"B.\"}\n"
                          "{\"id\":\"ok2\",\"articles\":[{\"text\":\"C.\"}]}\n"
                          "{\"id\":\"trunc\",\"articles\":[{\"te");
  const char *inputs[] = {path_of("bad.jsonl")};
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_reader *r = ingest_open(inputs, 1, &o, &e);
  ingest_cluster *c;
  assert_int_equal(ingest_next(r, &c, &e), 1);
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), -1);
  assert_int_equal(e.status, PRECIS_ERR_INPUT);
  if (!strstr(e.message, "bad.jsonl:2: malformed JSON")) fail_msg("message: %s", e.message);
  ingest_close(r);

  o.skip_bad = 1;
  r = ingest_open(inputs, 1, &o, &e);
  size_t n = 0;
  while (ingest_next(r, &c, &e) == 1) {
    n++;
    ingest_cluster_free(c);
  }
  assert_int_equal(n, 2);
  assert_int_equal(ingest_skipped(r), 2);
  ingest_close(r);
}

static void test_invalid_utf8_in_json(void **state) {
  (void)state;
  write_text("badutf.jsonl", "{\"id\":\"ok\",\"articles\":[{\"text\":\"A.\"}]}\n"
                             "{\"id\":\"x\",\"articles\":[{\"text\":\"caf\xE9\"}]}\n");
  const char *inputs[] = {path_of("badutf.jsonl")};
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_reader *r = ingest_open(inputs, 1, &o, &e);
  ingest_cluster *c;
  assert_int_equal(ingest_next(r, &c, &e), 1);
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), -1);
  if (!strstr(e.message, "badutf.jsonl:2: invalid UTF-8")) fail_msg("message: %s", e.message);
  ingest_close(r);
}

static void test_errors(void **state) {
  (void)state;
  expect_error(path_of("missing.txt"), PRECIS_ERR_IO, "missing.txt: No such file or directory");
  write_text("empty.txt", "");
  expect_error(path_of("empty.txt"), PRECIS_ERR_INPUT, "empty");
  write_text("blank.txt", "  \n\t\n \r\n");
  expect_error(path_of("blank.txt"), PRECIS_ERR_INPUT, "empty");
  write_bytes("bin.dat", "PK\x03\x04\x00\x00\x14\x00text", 12);
  expect_error(path_of("bin.dat"), PRECIS_ERR_INPUT, "looks like binary data, not text");
  make_dir("nothing");
  write_text("nothing/.dot", "hidden\n");
  expect_error(path_of("nothing"), PRECIS_ERR_INPUT, "no articles");
  write_text("nulls.jsonl", "{\"id\":\"x\",\"articles\":[]}\n");
  expect_error(path_of("nulls.jsonl"), PRECIS_ERR_INPUT, "nulls.jsonl:1: cluster without articles");
  write_text("notext.jsonl", "{\"id\":\"x\",\"articles\":[{\"title\":\"no text\"}]}\n");
  expect_error(path_of("notext.jsonl"), PRECIS_ERR_INPUT, "notext.jsonl:1: malformed JSON");
}

static void decode_ok(const char *bytes, size_t len, const char *want) {
  arena *a = arena_new();
  char *out;
  size_t out_len;
  precis_error e = {0};
  if (ingest_decode(a, bytes, len, "t", &out, &out_len, &e) != PRECIS_OK)
    fail_msg("decode failed: %s", e.message);
  assert_string_equal(out, want);
  assert_int_equal(out_len, strlen(want));
  arena_free(a);
}

static void test_encodings(void **state) {
  (void)state;
  decode_ok("\xEF\xBB\xBFHello", 8, "Hello");
  decode_ok("\xFF\xFEH\0i\0\n\0", 8, "Hi\n");
  decode_ok("\xFE\xFF\0H\0i", 6, "Hi");
  /* cp1251: "Привет, мир" */
  decode_ok("\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0", 11, "Привет, мир");
  /* cp1251 with Latin mixed in: "Потоп в Tarkibay" */
  decode_ok("\xCF\xEE\xF2\xEE\xEF \xE2 Tarkibay", 16, "Потоп в Tarkibay");
  /* cp1252: accents alone among ASCII letters, and the euro sign */
  decode_ok("\xE9t\xE9 \x80 caf\xE9", 10, "été € café");
  decode_ok("Gr\xFC\xDF"
            "e aus K\xF6ln",
            14, "Grüße aus Köln");
  decode_ok("a\r\nb\rc", 6, "a\nb\nc");
}

/* Encodes UTF-8 text into a legacy code page with ICU, then checks that decoding restores it. */
static void roundtrip(const char *charset, const char *utf8) {
  char bytes[4096];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = ucnv_convert(charset, "UTF-8", bytes, sizeof bytes, utf8, (int32_t)strlen(utf8), &status);
  assert_true(U_SUCCESS(status));
  decode_ok(bytes, (size_t)n, utf8);
}

static void test_legacy_code_pages(void **state) {
  (void)state;
  static const char RU[] = "Наводнение в приморском городе Таркибай унесло жизни двенадцати человек, "
                           "сообщили спасатели. Более трехсот жителей эвакуированы в школы.";
  static const char EL[] = "Οι πλημμύρες στην παραθαλάσσια πόλη σκότωσαν δώδεκα ανθρώπους, ανέφεραν οι "
                           "αρχές. Περισσότεροι από τριακόσιοι κάτοικοι απομακρύνθηκαν από τα σπίτια τους.";
  roundtrip("windows-1251", RU);
  roundtrip("KOI8-R", RU);
  roundtrip("windows-1251", "Таркибай: 12 погибших.");
  roundtrip("KOI8-R", "Наводнение в городе");
  roundtrip("ISO-8859-7", EL);
  roundtrip("windows-1252", "Les sinistrés de Tarkibay ont été relogés dans des écoles; l'été sera long.");
  roundtrip("ISO-8859-1", "Die Flut erreichte die Küste am Samstag, sagte der Bürgermeister.");
}

static void test_file_encodings_and_crlf(void **state) {
  (void)state;
  write_bytes("ru.txt", "\xCD\xE0\xE2\xEE\xE4\xED\xE5\xED\xE8\xE5\r\n", 12);
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one(path_of("ru.txt"), &o, &c, &e), 1);
  assert_string_equal(c->articles[0].text, "Наводнение\n");
  ingest_cluster_free(c);
}

static void test_stdin(void **state) {
  (void)state;
  write_text("in.txt", "From stdin.\nSecond line.\n");
  assert_non_null(freopen(path_of("in.txt"), "rb", stdin));
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one("-", &o, &c, &e), 1);
  assert_string_equal(c->id, "stdin");
  assert_string_equal(c->articles[0].text, "From stdin.\nSecond line.\n");
  ingest_cluster_free(c);

  write_text(
      "in.jsonl",
      "{\"id\":\"s1\",\"articles\":[{\"text\":\"A.\"}]}\n{\"id\":\"s2\",\"articles\":[{\"text\":\"B.\"}]}\n");
  assert_non_null(freopen(path_of("in.jsonl"), "rb", stdin));
  const char *inputs[] = {"-"};
  ingest_reader *r = ingest_open(inputs, 1, &o, &e);
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->id, "s1");
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->id, "s2");
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 0);
  ingest_close(r);
}

static void test_forced_lang(void **state) {
  (void)state;
  write_text("lang.jsonl",
             "{\"id\":\"l\",\"lang\":\"en\",\"articles\":[{\"text\":\"A.\",\"lang\":\"de\"}]}\n");
  precis_read_options o = defaults();
  o.lang = "fr";
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one(path_of("lang.jsonl"), &o, &c, &e), 1);
  assert_string_equal(c->lang, "fr");
  assert_string_equal(c->articles[0].lang, "fr");
  ingest_cluster_free(c);
}

static void test_50mb_line(void **state) {
  (void)state;
  const size_t n = 50u << 20;
  FILE *f = fopen(path_of("big.jsonl"), "wb");
  assert_non_null(f);
  fputs("{\"id\":\"big\",\"articles\":[{\"text\":\"", f);
  static const char sentence[] = "The water rose two metres overnight. ";
  for (size_t i = 0; i < n; i += sizeof sentence - 1) fputs(sentence, f);
  fputs("\"}]}\n", f);
  fclose(f);
  precis_read_options o = defaults();
  precis_error e = {0};
  ingest_cluster *c;
  assert_int_equal(read_one(path_of("big.jsonl"), &o, &c, &e), 1);
  assert_true(c->articles[0].len >= n);
  ingest_cluster_free(c);
  unlink(path_of("big.jsonl"));
}

static void remove_tree(void) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
}

int main(void) {
  const char *base = getenv("TMPDIR");
  snprintf(tmpdir, sizeof tmpdir, "%s/precis-ingest-XXXXXX", base && *base ? base : "/tmp");
  if (!mkdtemp(tmpdir)) {
    perror("mkdtemp");
    return 1;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_directory_cluster),
      cmocka_unit_test(test_files_and_jsonl_mixed),
      cmocka_unit_test(test_cluster_jsonl),
      cmocka_unit_test(test_article_jsonl_one_cluster),
      cmocka_unit_test(test_wcep),
      cmocka_unit_test(test_multinews),
      cmocka_unit_test(test_malformed_and_skip),
      cmocka_unit_test(test_invalid_utf8_in_json),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_encodings),
      cmocka_unit_test(test_legacy_code_pages),
      cmocka_unit_test(test_file_encodings_and_crlf),
      cmocka_unit_test(test_stdin),
      cmocka_unit_test(test_forced_lang),
      cmocka_unit_test(test_50mb_line),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  remove_tree();
  return failed;
}

/* summarize_text.c — precis_summarize_text, the one-call interface: text → plain-text summary.
 * Articles are separated by `|||||` (the Multi-News convention; anywhere in the text, usually on
 * a line of its own). Cost: that of the corpus and the algorithm.
 */
#include "api/options.h"
#include "base/error.h"
#include "precis.h"
#include <string.h>

static const char separator[] = "|||||";

static const char *find_separator(const char *s, size_t len) {
  size_t n = sizeof separator - 1;
  for (size_t i = 0; i + n <= len; i++)
    if (s[i] == '|' && !memcmp(s + i, separator, n)) return s + i;
  return NULL;
}

static int only_space(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr(" \t\r\n\f\v", s[i])) return 0;
  return 1;
}

char *precis_summarize_text(const char *text, size_t len, const precis_options *opt, precis_error *err) {
  if (!text || !opt) {
    err_set(err, PRECIS_ERR_USAGE, "precis_summarize_text needs text and options");
    return NULL;
  }
  if (only_space(text, len)) {
    err_set(err, PRECIS_ERR_INPUT, "the input is empty");
    return NULL;
  }
  /* The summary comes back as a C string: a NUL copied into it would hide everything after it
   * (found by tests/fuzz/fuzz_summarize_text). Text with NUL bytes is binary data, as in the CLI. */
  if (memchr(text, '\0', len)) {
    err_set(err, PRECIS_ERR_INPUT, "the input holds NUL bytes (binary data, not text)");
    return NULL;
  }
  precis_corpus *c = precis_corpus_new("text");
  const char *lang = strcmp(opt->lang, "auto") ? opt->lang : NULL;
  size_t at = 0;
  while (at <= len) {
    const char *sep = find_separator(text + at, len - at);
    size_t end = sep ? (size_t)(sep - text) : len;
    if (!only_space(text + at, end - at)) {
      precis_article_in a = {NULL, NULL, NULL, NULL, NULL, lang, text + at, end - at};
      if (precis_corpus_add(c, &a, err) != PRECIS_OK) {
        precis_corpus_free(c);
        return NULL;
      }
    }
    if (!sep) break;
    at = end + sizeof separator - 1;
  }
  precis_summary *s = precis_summarize(c, opt, err);
  char *out = s ? precis_render_summary(s, c, PRECIS_FORMAT_TEXT, 0, NULL) : NULL;
  precis_summary_free(s);
  precis_corpus_free(c);
  return out;
}

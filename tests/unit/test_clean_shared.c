/* test_clean_shared.c — ingest + clean on the shared evaluation data (../shared/data through
 * PRECIS_SHARED_DATA; skipped with exit 77 when absent). Checks what the cleaner removes from
 * the five seed reports (counts per reason, dates, titles: no dataset text is copied here), that
 * the readers see every cluster of Multi-News and MultiLing, that cleaning removes only a small
 * share of their lines, and that shape rules never remove a line that ends like a sentence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "ingest/ingest.h"
#include "text/clean.h"

static const char *shared;

static ingest_reader *open_input(const char *name) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", shared, name);
  const char *inputs[] = {path};
  precis_read_options o = {PRECIS_INPUT_AUTO, 0, NULL};
  precis_error e = {0};
  ingest_reader *r = ingest_open(inputs, 1, &o, &e);
  if (!r) fail_msg("%s: %s", name, e.message);
  return r;
}

static size_t count_reason(const clean_result *r, const char *reason) {
  size_t n = 0;
  for (size_t i = 0; i < r->nremoved; i++) n += strcmp(r->removed[i].reason, reason) == 0;
  return n;
}

typedef struct seed_expectation {
  const char *date; /* NULL: none */
  int has_title;
  size_t marker, links, headline, dateline, caption, subheading, byline, footer, total;
} seed_expectation;

static const seed_expectation SEEDS[5] = {
    {"2020-09-29", 0, 1, 4, 0, 0, 0, 0, 0, 0, 5}, {"2020-09-28", 0, 1, 0, 0, 0, 0, 1, 0, 0, 2},
    {"2020-09-28", 1, 0, 0, 1, 1, 2, 0, 0, 0, 4}, {NULL, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2},
    {NULL, 0, 0, 1, 0, 0, 0, 1, 0, 0, 2},
};

static void test_seeds(void **state) {
  (void)state;
  ingest_reader *r = open_input("seeds");
  ingest_cluster *c;
  precis_error e = {0};
  assert_int_equal(ingest_next(r, &c, &e), 1);
  assert_string_equal(c->id, "seeds");
  assert_int_equal(c->narticles, 5);
  for (size_t i = 0; i < 5; i++) {
    const seed_expectation *x = &SEEDS[i];
    clean_result cr;
    clean_article(c->arena, c->articles[i].text, c->articles[i].len, "en", c->articles[i].title, &cr);
    if (x->date)
      assert_string_equal(cr.date, x->date);
    else
      assert_null(cr.date);
    assert_int_equal(cr.title != NULL, x->has_title);
    assert_int_equal(count_reason(&cr, "date marker"), x->marker);
    assert_int_equal(count_reason(&cr, "link line"), x->links);
    assert_int_equal(count_reason(&cr, "headline"), x->headline);
    assert_int_equal(count_reason(&cr, "dateline"), x->dateline);
    assert_int_equal(count_reason(&cr, "caption"), x->caption);
    assert_int_equal(count_reason(&cr, "subheading"), x->subheading);
    assert_int_equal(count_reason(&cr, "byline"), x->byline);
    assert_int_equal(count_reason(&cr, "copyright footer"), x->footer);
    assert_int_equal(cr.nremoved, x->total);
    /* the prose after the marker stays: the text opens with a capital letter, not "date" */
    assert_true(cr.len > 1000);
    assert_true(cr.text[0] >= 'A' && cr.text[0] <= 'Z');
  }
  ingest_cluster_free(c);
  assert_int_equal(ingest_next(r, &c, &e), 0);
  ingest_close(r);
}

static int ends_like_sentence(const char *s, size_t len) {
  while (len && (s[len - 1] == ' ')) len--;
  return len && (s[len - 1] == '.' || s[len - 1] == '!' || s[len - 1] == '?');
}

static size_t count_lines(const char *s, size_t len) {
  size_t n = 0;
  int content = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '\n') {
      n += content;
      content = 0;
    } else if (s[i] != ' ') {
      content = 1;
    }
  }
  return n + content;
}

/* Reads a whole cluster file, cleans every article, returns articles seen. */
static size_t clean_set(const char *name, size_t *clusters, size_t *lines, size_t *removed, size_t *dated) {
  ingest_reader *r = open_input(name);
  ingest_cluster *c;
  precis_error e = {0};
  size_t articles = 0;
  *clusters = *lines = *removed = *dated = 0;
  int rc;
  while ((rc = ingest_next(r, &c, &e)) == 1) {
    (*clusters)++;
    for (size_t i = 0; i < c->narticles; i++, articles++) {
      arena *a = arena_new();
      clean_result cr;
      clean_article(a, c->articles[i].text, c->articles[i].len, c->articles[i].lang, c->articles[i].title,
                    &cr);
      *lines += count_lines(c->articles[i].text, c->articles[i].len);
      *removed += cr.nremoved;
      *dated += cr.date != NULL;
      for (size_t k = 0; k < cr.nremoved; k++) {
        const char *why = cr.removed[k].reason;
        if ((strcmp(why, "subheading") == 0 || strcmp(why, "list item") == 0) &&
            ends_like_sentence(cr.removed[k].line, cr.removed[k].len))
          fail_msg("%s: a sentence removed as %s: %s", name, why, cr.removed[k].line);
      }
      arena_free(a);
    }
    ingest_cluster_free(c);
  }
  if (rc < 0) fail_msg("%s: %s", name, e.message);
  ingest_close(r);
  return articles;
}

static void test_multinews(void **state) {
  (void)state;
  size_t clusters, lines, removed, dated;
  size_t articles = clean_set("multinews-val.jsonl", &clusters, &lines, &removed, &dated);
  assert_int_equal(clusters, 250);
  assert_int_equal(articles, 690);
  /* boilerplate is a minority of lines: the cleaner is not eating prose */
  if (removed * 100 > lines * 15) fail_msg("removed %zu of %zu lines", removed, lines);
}

static void test_multiling(void **state) {
  (void)state;
  static const char *const LANGS[] = {"fr", "cs", "el", "ar", "he", "hi"};
  for (size_t i = 0; i < 6; i++) {
    char name[64];
    snprintf(name, sizeof name, "multiling2011-%s.jsonl", LANGS[i]);
    size_t clusters, lines, removed, dated;
    size_t articles = clean_set(name, &clusters, &lines, &removed, &dated);
    assert_int_equal(clusters, 10);
    assert_int_equal(articles, 100);
    if (removed * 100 > lines * 30) fail_msg("%s: removed %zu of %zu lines", name, removed, lines);
    /* short WikiNews articles: a headline and a date line are already 2 of about 10 lines; each
     * carries a date line: French has all 100, the others most */
    if (strcmp(LANGS[i], "fr") == 0)
      assert_int_equal(dated, 100);
    else if (dated < 60)
      fail_msg("%s: only %zu of 100 articles dated", name, dated);
  }
}

int main(void) {
  shared = getenv("PRECIS_SHARED_DATA");
  char probe[1024];
  snprintf(probe, sizeof probe, "%s/seeds", shared ? shared : "");
  FILE *f = shared ? fopen(probe, "rb") : NULL;
  if (!f) {
    fprintf(stderr, "test_clean_shared: PRECIS_SHARED_DATA (../shared/data) absent; skipping\n");
    return 77;
  }
  fclose(f);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seeds),
      cmocka_unit_test(test_multinews),
      cmocka_unit_test(test_multiling),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

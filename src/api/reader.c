/* reader.c — precis_reader: ingest clusters (ingest/ingest.h) turned into corpora.
 *
 * The reader streams: each precis_reader_next reads one cluster, builds its corpus (clean,
 * segment, tokenize: precis_corpus_add) and frees the ingest copy. A language given in the read
 * options overrides what the input states; otherwise an article's own "lang", then its cluster's,
 * then identification. Cost: O(cluster bytes) per call.
 */
#include "base/error.h"
#include "base/xalloc.h"
#include "ingest/ingest.h"
#include "precis.h"
#include <string.h>

struct precis_reader {
  ingest_reader *in;
  char lang[16]; /* "" = as the input says / identify */
};

precis_reader *precis_reader_open(const char *const *inputs, size_t n, const precis_read_options *opt,
                                  precis_error *err) {
  precis_read_options defaults = {PRECIS_INPUT_AUTO, 0, NULL};
  if (!opt) opt = &defaults;
  if (!inputs || n == 0) {
    err_set(err, PRECIS_ERR_USAGE, "no input given");
    return NULL;
  }
  if (opt->lang && strcmp(opt->lang, "auto") != 0 && strlen(opt->lang) >= 16) {
    err_set(err, PRECIS_ERR_USAGE, "unknown language '%s'", opt->lang);
    return NULL;
  }
  ingest_reader *in = ingest_open(inputs, n, opt, err);
  if (!in) return NULL;
  precis_reader *r = xcalloc(1, sizeof *r);
  r->in = in;
  if (opt->lang && strcmp(opt->lang, "auto") != 0) memcpy(r->lang, opt->lang, strlen(opt->lang) + 1);
  return r;
}

static const char *choose_lang(const precis_reader *r, const ingest_cluster *ic, const ingest_article *a) {
  if (*r->lang) return r->lang;
  if (a->lang && *a->lang) return a->lang;
  if (ic->lang && *ic->lang) return ic->lang;
  return NULL;
}

int precis_reader_next(precis_reader *r, precis_corpus **out, precis_error *err) {
  if (!r || !out) return err_set(err, PRECIS_ERR_USAGE, "precis_reader_next needs a reader"), -1;
  *out = NULL;
  ingest_cluster *ic = NULL;
  int got = ingest_next(r->in, &ic, err);
  if (got <= 0) return got;
  precis_corpus *c = precis_corpus_new(ic->id);
  for (size_t i = 0; i < ic->narticles; i++) {
    const ingest_article *a = &ic->articles[i];
    precis_article_in in = {a->id, a->title, a->date, a->source, a->url, choose_lang(r, ic, a), a->text, a->len};
    if (precis_corpus_add(c, &in, err) != PRECIS_OK) {
      precis_corpus_free(c);
      ingest_cluster_free(ic);
      return -1;
    }
  }
  for (size_t i = 0; i < ic->nrefs; i++) precis_corpus_add_reference(c, ic->refs[i], strlen(ic->refs[i]));
  ingest_cluster_free(ic);
  *out = c;
  return 1;
}

size_t precis_reader_skipped(const precis_reader *r) { return r ? ingest_skipped(r->in) : 0; }

void precis_reader_free(precis_reader *r) {
  if (!r) return;
  ingest_close(r->in);
  free(r);
}

/* rouge_api.c — ROUGE behind the public API: ROUGE-1.5.5 flags in, metrics out, over eval/'s
 * scorer, so hosts (the Python module among them) need not shell out to the Perl script. */
#include "base/xalloc.h"
#include "eval/rouge.h"
#include "precis.h"
#include <string.h>

struct precis_rouge {
  rouge_scorer *s;
};

precis_rouge *precis_rouge_new(const char *flags, int unicode, precis_error *err) {
  rouge_options o;
  rouge_options_init(&o);
  if (flags && *flags && rouge_options_parse(&o, flags, err) != PRECIS_OK) return NULL;
  o.unicode = unicode != 0;
  rouge_scorer *s = rouge_scorer_new(&o, err);
  if (!s) return NULL;
  precis_rouge *r = xmalloc(sizeof *r);
  r->s = s;
  return r;
}

precis_status precis_rouge_score(precis_rouge *r, const char *peer, const char *const *refs,
                                 size_t nrefs, precis_rouge_metric out[PRECIS_ROUGE_MAX_METRICS],
                                 size_t *count, precis_error *err) {
  size_t *lens = xmalloc((nrefs ? nrefs : 1) * sizeof *lens);
  for (size_t i = 0; i < nrefs; i++) lens[i] = strlen(refs[i]);
  rouge_result res;
  precis_status st = rouge_score_item(r->s, peer, strlen(peer), refs, lens, nrefs, &res, err);
  free(lens);
  *count = 0;
  if (st != PRECIS_OK) return st;
  _Static_assert(PRECIS_ROUGE_MAX_METRICS == ROUGE_MAX_METRICS, "metric counts agree");
  for (size_t i = 0; i < res.count; i++) {
    memcpy(out[i].name, res.name[i], sizeof out[i].name);
    out[i].recall = res.score[i].recall;
    out[i].precision = res.score[i].precision;
    out[i].f = res.score[i].f;
  }
  *count = res.count;
  return PRECIS_OK;
}

void precis_rouge_free(precis_rouge *r) {
  if (!r) return;
  rouge_scorer_free(r->s);
  free(r);
}

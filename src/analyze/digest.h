/* digest.h — the event page for one cluster: headline, sourced summary, sources with their
 * share of shared (wire) sentences, fact table with disagreements, who said what, timeline and
 * entities. Built on the public API (precis.h: articles of a corpus, a summary) and the text
 * interfaces (sentence splitting); rendered by src/render/digest_{md,json,html}.c.
 *
 * digest_build walks every article once: surface tokens (scan.h) over the whole cleaned text,
 * sentence spans (text/segment.h), quotation spans, then per sentence the attribution, facts,
 * date, entities. Then it groups: facts into quantities (facts.h), quotes by speaker with
 * near-duplicates across outlets merged, timeline items by date with near-duplicates merged.
 * Complexity: O(N) in the cluster's bytes for extraction; merging is O(G²·w) within each
 * speaker's or date's group of G items of w words (groups are small); shared-sentence shares
 * are O(words) with a hash table of word trigrams. Everything lives in one arena.
 */
#ifndef PRECIS_ANALYZE_DIGEST_H
#define PRECIS_ANALYZE_DIGEST_H
#include "analyze/entities.h"
#include "analyze/facts.h"
#include "analyze/quotes.h"
#include "analyze/timeline.h"
#include "precis.h"

/* A span of an article's cleaned text. */
typedef struct digest_ref {
  uint32_t article, start, end;
} digest_ref;

typedef struct digest_sentence {
  const char *text;
  size_t len;
  digest_ref ref;
  size_t *sources; /* article indexes carrying it, ascending */
  size_t nsources;
  size_t *removed;  /* with --compress: nremoved [from, to) byte pairs cut, relative to ref.start */
  size_t nremoved;
} digest_sentence;

typedef struct digest_source {
  size_t nsentences, nshared; /* sentences, and those whose word trigrams mostly recur in another article */
} digest_source;

typedef struct digest_statement {
  quote_kind kind;  /* direct when any outlet quotes it directly */
  const char *text; /* as in the first outlet carrying it */
  digest_ref *refs; /* one per outlet carrying it */
  size_t nrefs;
} digest_statement;

typedef struct digest_speaker {
  const char *name, *role, *key;
  int person;
  digest_statement *items;
  size_t nitems, narticles;
} digest_speaker;

typedef struct digest_event {
  char when[11];
  int since;
  const char *text;      /* the first sentence reporting it */
  digest_ref *refs;      /* sentences carrying it, one per outlet */
  size_t nrefs;
  uint32_t expr_start, expr_end; /* the date expression in refs[0]'s article */
} digest_event;

typedef struct digest {
  arena *arena;
  const precis_corpus *corpus;
  size_t narticles;
  precis_article_info *articles;
  const char *headline;    /* never NULL ("" for an empty cluster) */
  int headline_from_title; /* 1: a title; 0: a lead sentence */
  digest_ref headline_ref; /* the lead sentence's span (headline_from_title = 0) or article of the title */
  digest_sentence *summary;
  size_t nsummary;
  digest_source *sources; /* by article */
  fact_list facts;
  fact_group *groups;
  size_t ngroups, ndisagreements;
  digest_speaker *speakers;
  size_t nspeakers;
  digest_event *events;
  size_t nevents;
  entity *entities;
  size_t nentities;
} digest;

/* Builds the digest of corpus c; summary may be NULL (no summary section). Never fails on
 * valid input (out of memory is fatal); the corpus must outlive the digest. */
digest *digest_build(const precis_corpus *c, const precis_summary *summary);
void digest_free(digest *d);

/* Renderers (src/render/digest_*.c): malloc'd text, caller frees; *len may be NULL. */
char *digest_render_md(const digest *d, size_t *len);
char *digest_render_json(const digest *d, size_t *len);
char *digest_render_html(const digest *d, size_t *len);

/* "1", "1,3" ... helpers shared by the renderers: the 1-based source number of article i. */
static inline size_t digest_source_number(size_t article) { return article + 1; }

#endif

/* ingest.h — reading inputs into clusters of articles (the first stage).
 *
 * Turns files, directories, stdin, cluster/article JSONL, Multi-News and WCEP files into
 * clusters of articles with valid UTF-8 text and the metadata the input states (id, title, date,
 * source, url, lang). Legacy encodings (cp1251, KOI8-R, cp1252, latin-1; other scripts when ICU
 * is confident) are detected and converted; a BOM is dropped. Cleaning and metadata recovered
 * from the text itself happen later (text/clean.h).
 *
 * Inputs and clusters: plain-text files, the regular files of directories (sorted by name, hidden
 * ones skipped) and a text stdin form ONE cluster, emitted first (id: the first directory's name,
 * "stdin", or the first file's name without extension); JSONL / Multi-News inputs follow, one
 * cluster per line (article JSONL: the whole stream is one cluster). A Multi-News `X.src` takes
 * its references from `X.tgt` beside it when present.
 * Metadata: article id = JSON "id", else the file name (JSON records without id: CLUSTER-k);
 * source = JSON "source", else the URL host without "www.", else for files the file name without
 * extension and numeric prefix ("01-caspian-herald.txt" -> "caspian-herald"), for records the
 * article id (each record its own outlet); date = as stated, normalized to YYYY-MM-DD when
 * date_find parses it (WCEP "time" fields too; WCEP articles without time take the cluster's).
 *
 * Streaming: a JSONL file is read one line, i.e. one cluster, at a time, so memory is bounded by
 * the largest cluster, not the file. Cost: O(input bytes).
 */
#ifndef PRECIS_INGEST_H
#define PRECIS_INGEST_H
#include "base/arena.h"
#include "precis.h"
#include <stddef.h>

typedef struct ingest_article {
  char *id, *title, *date, *source, *url, *lang, *label; /* never NULL: "" when absent */
  char *text;                                           /* valid UTF-8, NUL-terminated */
  size_t len;
} ingest_article;

typedef struct ingest_cluster {
  arena *arena; /* owns everything below */
  char *id, *lang;
  ingest_article *articles;
  size_t narticles;
  char **refs; /* reference summaries */
  size_t nrefs;
} ingest_cluster;

typedef struct ingest_reader ingest_reader;

ingest_reader *ingest_open(const char *const *inputs, size_t n, const precis_read_options *opt,
                           precis_error *err);
/* 1 with a new cluster in *out (free with ingest_cluster_free), 0 at the end, -1 on error. */
int ingest_next(ingest_reader *r, ingest_cluster **out, precis_error *err);
size_t ingest_skipped(const ingest_reader *r);
void ingest_close(ingest_reader *r);
void ingest_cluster_free(ingest_cluster *c);

/* Converts bytes of unknown encoding to UTF-8 in `a`: valid UTF-8 passes (BOM dropped), else the
 * encoding is detected (cp1251/cp1252/latin-1/UTF-16 with BOM). Binary data (NUL bytes, control
 * characters) is PRECIS_ERR_INPUT. `what` names the input in messages. */
precis_status ingest_decode(arena *a, const char *bytes, size_t len, const char *what, char **out,
                            size_t *out_len, precis_error *err);

#endif

/* ingest.c — PLACEHOLDER: reads plain files as one cluster; replaced by the real readers. */
#include "ingest/ingest.h"
#include "base/error.h"
#include "base/xalloc.h"
#include <stdio.h>
#include <string.h>

struct ingest_reader {
  char **paths;
  size_t n;
  int done;
};

ingest_reader *ingest_open(const char *const *inputs, size_t n, const precis_read_options *opt,
                           precis_error *err) {
  ingest_reader *r = xcalloc(1, sizeof *r);
  r->paths = xcalloc(n, sizeof *r->paths);
  for (size_t i = 0; i < n; i++) r->paths[i] = xstrdup(inputs[i]);
  r->n = n;
  return r;
}

int ingest_next(ingest_reader *r, ingest_cluster **out, precis_error *err) {
  if (r->done) return 0;
  r->done = 1;
  ingest_cluster *c = xcalloc(1, sizeof *c);
  c->arena = arena_new();
  c->id = arena_strdup(c->arena, "cluster");
  c->lang = arena_strdup(c->arena, "");
  c->articles = arena_calloc(c->arena, r->n, sizeof *c->articles);
  for (size_t i = 0; i < r->n; i++) {
    FILE *f = fopen(r->paths[i], "rb");
    if (!f) {
      ingest_cluster_free(c);
      err_set(err, PRECIS_ERR_IO, "cannot open %s", r->paths[i]);
      return -1;
    }
    char *data = NULL;
    size_t len = 0, cap = 0, k;
    char chunk[65536];
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
      data = xgrow(data, &cap, len + k, 1);
      memcpy(data + len, chunk, k);
      len += k;
    }
    fclose(f);
    ingest_article *a = &c->articles[c->narticles++];
    a->id = a->title = a->date = a->source = a->url = a->lang = a->label = arena_strdup(c->arena, "");
    a->id = arena_strdup(c->arena, r->paths[i]);
    a->text = arena_strndup(c->arena, data ? data : "", len);
    a->len = len;
    free(data);
  }
  *out = c;
  return 1;
}

size_t ingest_skipped(const ingest_reader *r) { return 0; }
void ingest_close(ingest_reader *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n; i++) free(r->paths[i]);
  free(r->paths);
  free(r);
}
void ingest_cluster_free(ingest_cluster *c) {
  if (!c) return;
  arena_free(c->arena);
  free(c);
}
precis_status ingest_decode(arena *a, const char *bytes, size_t len, const char *what, char **out,
                            size_t *out_len, precis_error *err) {
  *out = arena_strndup(a, bytes, len);
  *out_len = len;
  return PRECIS_OK;
}

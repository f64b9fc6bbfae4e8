/* harness.c — the `precis eval` engine (see harness.h for the design and costs).
 *
 * References are split into sentences (text/segment.h), one per line, before scoring: ROUGE-L
 * is computed over sentences, and the shared test vectors were built the same way. Summaries
 * rendered by precis already have one sentence per line; summaries given with --summaries are
 * taken as they are (one sentence per line expected).
 */
#include "eval/harness.h"
#include "base/buf.h"
#include "base/error.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include "text/segment.h"
#include <cjson/cJSON.h>
#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static const eval_protocol protocols[] = {
    {"multinews", 300, "-n 2 -2 4 -u -m -l 300", EVAL_F},
    {"multiling", 250, "-n 2 -2 4 -u -l 250", EVAL_RECALL},
    {"duc", 100, "-n 2 -2 4 -u -m -l 100", EVAL_RECALL},
    {"custom", 100, "-n 2 -2 4 -u -m", EVAL_F},
};

const eval_protocol *eval_protocol_find(const char *name) {
  for (size_t i = 0; i < sizeof protocols / sizeof protocols[0]; i++)
    if (!strcmp(protocols[i].name, name)) return &protocols[i];
  return NULL;
}

double eval_pick(const rouge_score *s, eval_measure m) {
  return m == EVAL_RECALL ? s->recall : m == EVAL_PRECISION ? s->precision : s->f;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- summaries made elsewhere ------------------------------------------------------------- */

typedef struct summary_store {
  const char *dir; /* folder of <id>.txt, or NULL */
  intern *ids;     /* JSONL: id -> index into text */
  char **text;
  size_t count, cap;
} summary_store;

static precis_status load_summary_jsonl(summary_store *st, const char *path, precis_error *err) {
  FILE *f = fopen(path, "r");
  if (!f) return err_set(err, PRECIS_ERR_IO, "cannot open summaries %s", path);
  st->ids = intern_new();
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  precis_status rc = PRECIS_OK;
  while (getline(&line, &cap, f) >= 0) {
    lineno++;
    if (strspn(line, " \t\r\n") == strlen(line)) continue;
    cJSON *o = cJSON_Parse(line);
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    const cJSON *sum = cJSON_GetObjectItemCaseSensitive(o, "summary");
    if (!cJSON_IsString(id) || !cJSON_IsString(sum)) {
      cJSON_Delete(o);
      rc = err_set(err, PRECIS_ERR_INPUT, "%s:%zu: want {\"id\": string, \"summary\": string}", path,
                   lineno);
      break;
    }
    size_t before = intern_count(st->ids);
    uint32_t k = intern_id(st->ids, id->valuestring, strlen(id->valuestring));
    if (intern_count(st->ids) == before) {
      rc = err_set(err, PRECIS_ERR_INPUT, "%s:%zu: repeated id '%s'", path, lineno, id->valuestring);
      cJSON_Delete(o);
      break;
    }
    st->text = xgrow(st->text, &st->cap, (size_t)k + 1, sizeof *st->text);
    st->text[k] = xstrdup(sum->valuestring);
    st->count = (size_t)k + 1;
    cJSON_Delete(o);
  }
  free(line);
  fclose(f);
  return rc;
}

static precis_status summary_store_open(summary_store *st, const char *path, precis_error *err) {
  memset(st, 0, sizeof *st);
  struct stat sb;
  if (stat(path, &sb) != 0) return err_set(err, PRECIS_ERR_IO, "cannot open summaries %s", path);
  if (S_ISDIR(sb.st_mode)) {
    st->dir = path;
    return PRECIS_OK;
  }
  return load_summary_jsonl(st, path, err);
}

static void summary_store_free(summary_store *st) {
  for (size_t i = 0; i < st->count; i++) free(st->text[i]);
  free(st->text);
  intern_free(st->ids);
}

/* The summary text for a cluster (malloc'd) or NULL with a reason. */
static char *summary_for(const summary_store *st, const char *id, char *why, size_t why_len) {
  if (st->ids) {
    uint32_t k = intern_find(st->ids, id, strlen(id));
    if (k == UINT32_MAX) {
      snprintf(why, why_len, "no summary for this cluster");
      return NULL;
    }
    return xstrdup(st->text[k]);
  }
  if (strchr(id, '/') || !*id || id[0] == '.') {
    snprintf(why, why_len, "cluster id cannot name a file");
    return NULL;
  }
  buf path = BUF_INIT;
  buf_printf(&path, "%s/%s.txt", st->dir, id);
  FILE *f = fopen(path.data, "rb");
  buf_free(&path);
  if (!f) {
    snprintf(why, why_len, "no file %s.txt in the summaries folder", id);
    return NULL;
  }
  buf text = BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_append(&text, chunk, n);
  fclose(f);
  return buf_detach(&text, NULL);
}

/* ---- one cluster -------------------------------------------------------------------------- */

/* The reference with one sentence per line, as ROUGE-L wants it. */
static char *reference_lines(const char *text, const char *lang) {
  text_span *spans = NULL;
  size_t n = 0, cap = 0, len = strlen(text);
  segment_sentences(text, len, lang ? lang : "", &spans, &n, &cap);
  buf b = BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    buf_append(&b, text + spans[i].start, spans[i].end - spans[i].start);
    buf_putc(&b, '\n');
  }
  free(spans);
  if (n == 0) buf_puts(&b, text);
  return buf_detach(&b, NULL);
}

typedef struct shared_work {
  const eval_setup *setup;
  precis_corpus **corpora;
  eval_cluster *out;
  size_t count;
  const summary_store *store; /* NULL: summarize with precis */
  int jobs;
} shared_work;

typedef struct worker {
  shared_work *work;
  int index;
  precis_status status; /* setting up the thread's objects */
  char message[512];
} worker;

static char *make_summary(const eval_setup *setup, const precis_options *opt, precis_corpus *c,
                          eval_cluster *res) {
  precis_error err = {0};
  double t0 = now_seconds();
  precis_summary *s = precis_summarize(c, opt, &err);
  char *text = NULL;
  if (s) {
    text = precis_render_summary(s, c, PRECIS_FORMAT_TEXT, 0, NULL);
    precis_summary_free(s);
  }
  res->seconds = now_seconds() - t0;
  if (!text) snprintf(res->error, sizeof res->error, "summarize: %s", s ? "render failed" : err.message);
  (void)setup;
  return text;
}

static void score_cluster(rouge_scorer *sc, const char *summary, precis_corpus *c, eval_cluster *res) {
  size_t nref = precis_corpus_reference_count(c);
  if (nref == 0) {
    snprintf(res->error, sizeof res->error, "cluster has no references");
    return;
  }
  precis_article_info info;
  const char *lang = precis_corpus_article(c, 0, &info) ? info.lang : "";
  char **refs = xcalloc(nref, sizeof *refs);
  for (size_t i = 0; i < nref; i++) refs[i] = reference_lines(precis_corpus_reference(c, i), lang);
  precis_error err = {0};
  if (rouge_score_item(sc, summary, strlen(summary), (const char *const *)refs, NULL, nref,
                       &res->scores, &err) == PRECIS_OK)
    res->ok = 1;
  else
    snprintf(res->error, sizeof res->error, "rouge: %s", err.message);
  for (size_t i = 0; i < nref; i++) free(refs[i]);
  free(refs);
}

static precis_options *thread_options(const eval_setup *setup, precis_error *err) {
  precis_options *opt = precis_options_new();
  if (precis_options_set_budget(opt, PRECIS_BUDGET_WORDS, setup->words, err) != PRECIS_OK ||
      (setup->algo && precis_options_set_algo(opt, setup->algo, err) != PRECIS_OK)) {
    precis_options_free(opt);
    return NULL;
  }
  precis_options_set_seed(opt, setup->seed);
  precis_options_set_compress(opt, setup->compress);
  return opt;
}

static void *work_thread(void *arg) {
  worker *w = arg;
  shared_work *sw = w->work;
  precis_error err = {0};
  precis_options *opt = sw->store ? NULL : thread_options(sw->setup, &err);
  rouge_scorer *sc = (sw->store || opt) ? rouge_scorer_new(&sw->setup->rouge, &err) : NULL;
  if (!sc) {
    w->status = err.status ? err.status : PRECIS_ERR_INTERNAL;
    snprintf(w->message, sizeof w->message, "%s", err.message);
    precis_options_free(opt);
    return NULL;
  }
  for (size_t i = (size_t)w->index; i < sw->count; i += (size_t)sw->jobs) {
    eval_cluster *res = &sw->out[i];
    precis_corpus *c = sw->corpora[i];
    char *summary = sw->store ? summary_for(sw->store, res->id, res->error, sizeof res->error)
                              : make_summary(sw->setup, opt, c, res);
    if (summary) score_cluster(sc, summary, c, res);
    free(summary);
  }
  rouge_scorer_free(sc);
  precis_options_free(opt);
  return NULL;
}

/* ---- statistics --------------------------------------------------------------------------- */

static uint64_t splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

enum { BOOTSTRAP_SAMPLES = 1000 };

/* Percentile bootstrap over clusters: resample n values with replacement B times. */
static void bootstrap(const double *v, size_t n, unsigned long seed, eval_stat *st) {
  double sum = 0;
  for (size_t i = 0; i < n; i++) sum += v[i];
  st->mean = n ? sum / (double)n : 0;
  st->lo = st->hi = st->mean;
  if (n < 2) return;
  double *means = xmalloc(BOOTSTRAP_SAMPLES * sizeof *means);
  uint64_t state = (uint64_t)seed * 0x2545f4914f6cdd1dull + 1;
  for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += v[splitmix64(&state) % n];
    means[b] = s / (double)n;
  }
  qsort(means, BOOTSTRAP_SAMPLES, sizeof *means, cmp_double);
  st->lo = means[(int)(0.025 * BOOTSTRAP_SAMPLES)];
  st->hi = means[(int)(0.975 * BOOTSTRAP_SAMPLES) - 1];
  free(means);
}

static void summarize_stats(const eval_setup *setup, eval_report *r) {
  const eval_cluster *first_ok = NULL;
  for (size_t i = 0; i < r->count && !first_ok; i++)
    if (r->clusters[i].ok) first_ok = &r->clusters[i];
  if (!first_ok) return;
  r->nstats = first_ok->scores.count;
  double *v = xcalloc(r->count + 1, sizeof *v);
  for (size_t k = 0; k < r->nstats; k++) {
    size_t n = 0;
    for (size_t i = 0; i < r->count; i++)
      if (r->clusters[i].ok) v[n++] = eval_pick(&r->clusters[i].scores.score[k], setup->measure);
    memcpy(r->stat[k].name, first_ok->scores.name[k], sizeof r->stat[k].name);
    bootstrap(v, n, setup->seed + k, &r->stat[k]);
  }
  free(v);
}

/* ---- the run ------------------------------------------------------------------------------ */

static precis_status read_clusters(const eval_setup *setup, precis_corpus ***corpora, size_t *count,
                                   precis_error *err) {
  precis_read_options ro = {PRECIS_INPUT_CLUSTER_JSONL, 0, setup->lang};
  const char *inputs[] = {setup->dataset};
  precis_reader *rd = precis_reader_open(inputs, 1, &ro, err);
  if (!rd) return err->status;
  size_t cap = 0;
  *count = 0;
  precis_corpus *c;
  int got = 0;
  while ((setup->first == 0 || *count < setup->first) && (got = precis_reader_next(rd, &c, err)) == 1) {
    *corpora = xgrow(*corpora, &cap, *count + 1, sizeof **corpora);
    (*corpora)[(*count)++] = c;
  }
  precis_reader_free(rd);
  if ((setup->first == 0 || *count < setup->first) && got < 0) return err->status;
  if (*count == 0) return err_set(err, PRECIS_ERR_INPUT, "%s holds no cluster", setup->dataset);
  return PRECIS_OK;
}

/* Every summary in a JSONL file must belong to a cluster (unless only the first K are read). */
static precis_status check_summary_ids(const eval_setup *setup, const summary_store *st,
                                       precis_corpus **corpora, size_t count, precis_error *err) {
  if (!st->ids || setup->first) return PRECIS_OK;
  intern *cluster_ids = intern_new();
  for (size_t i = 0; i < count; i++) {
    const char *id = precis_corpus_id(corpora[i]);
    intern_id(cluster_ids, id, strlen(id));
  }
  precis_status rc = PRECIS_OK;
  for (uint32_t k = 0; k < intern_count(st->ids) && rc == PRECIS_OK; k++)
    if (intern_find(cluster_ids, intern_str(st->ids, k), intern_len(st->ids, k)) == UINT32_MAX)
      rc = err_set(err, PRECIS_ERR_INPUT, "summaries: id '%s' is no cluster of %s",
                   intern_str(st->ids, k), setup->dataset);
  intern_free(cluster_ids);
  return rc;
}

static precis_status run_threads(shared_work *sw, precis_error *err) {
  worker *ws = xcalloc((size_t)sw->jobs, sizeof *ws);
  pthread_t *tid = xcalloc((size_t)sw->jobs, sizeof *tid);
  int started = 0;
  for (int t = 0; t < sw->jobs; t++) {
    ws[t].work = sw;
    ws[t].index = t;
    if (pthread_create(&tid[t], NULL, work_thread, &ws[t]) != 0) break;
    started++;
  }
  for (int t = 0; t < started; t++) pthread_join(tid[t], NULL);
  precis_status rc = PRECIS_OK;
  if (started < sw->jobs) rc = err_set(err, PRECIS_ERR_INTERNAL, "eval: cannot start %d threads", sw->jobs);
  for (int t = 0; t < started && rc == PRECIS_OK; t++)
    if (ws[t].status != PRECIS_OK) rc = err_set(err, ws[t].status, "%s", ws[t].message);
  free(ws);
  free(tid);
  return rc;
}

precis_status eval_run(const eval_setup *setup, eval_report *out, precis_error *err) {
  memset(out, 0, sizeof *out);
  summary_store store;
  int have_store = setup->summaries != NULL;
  if (have_store && summary_store_open(&store, setup->summaries, err) != PRECIS_OK) {
    summary_store_free(&store);
    return err->status;
  }
  double t0 = now_seconds();
  precis_corpus **corpora = NULL;
  size_t count = 0;
  precis_status rc = read_clusters(setup, &corpora, &count, err);
  if (rc == PRECIS_OK && have_store) rc = check_summary_ids(setup, &store, corpora, count, err);
  out->read_seconds = now_seconds() - t0;
  if (rc == PRECIS_OK) {
    out->count = count;
    out->clusters = xcalloc(count, sizeof *out->clusters);
    for (size_t i = 0; i < count; i++) out->clusters[i].id = xstrdup(precis_corpus_id(corpora[i]));
    int jobs = setup->jobs < 1 ? 1 : setup->jobs;
    if ((size_t)jobs > count) jobs = (int)count;
    shared_work sw = {setup, corpora, out->clusters, count, have_store ? &store : NULL, jobs};
    double t1 = now_seconds();
    rc = run_threads(&sw, err);
    out->work_seconds = now_seconds() - t1;
    for (size_t i = 0; i < count; i++) {
      out->failures += !out->clusters[i].ok;
      out->summarize_seconds += out->clusters[i].seconds;
    }
    if (rc == PRECIS_OK) summarize_stats(setup, out);
  }
  for (size_t i = 0; i < count; i++) precis_corpus_free(corpora[i]);
  free(corpora);
  if (have_store) summary_store_free(&store);
  return rc;
}

void eval_report_free(eval_report *r) {
  for (size_t i = 0; i < r->count; i++) free(r->clusters[i].id);
  free(r->clusters);
  memset(r, 0, sizeof *r);
}

size_t eval_compare(const eval_report *a, const eval_report *b, eval_measure m, unsigned long seed,
                    eval_paired *out) {
  size_t n = a->count < b->count ? a->count : b->count, filled = 0;
  double *diff = xmalloc((n ? n : 1) * sizeof *diff);
  for (size_t k = 0; k < a->nstats; k++) {
    eval_paired *p = &out[filled];
    memset(p, 0, sizeof *p);
    memcpy(p->name, a->stat[k].name, sizeof p->name);
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
      const eval_cluster *x = &a->clusters[i], *y = &b->clusters[i];
      if (!x->ok || !y->ok || strcmp(x->id, y->id) != 0) continue;
      size_t kx = k, ky = SIZE_MAX;
      for (size_t j = 0; j < y->scores.count; j++)
        if (!strcmp(y->scores.name[j], x->scores.name[kx])) ky = j;
      if (ky == SIZE_MAX) continue;
      double d = eval_pick(&x->scores.score[kx], m) - eval_pick(&y->scores.score[ky], m);
      diff[used++] = d;
      if (d > 1e-12) p->wins++;
      else if (d < -1e-12) p->losses++;
      else p->ties++;
    }
    eval_stat st;
    bootstrap(diff, used, seed + k, &st);
    p->mean = st.mean, p->lo = st.lo, p->hi = st.hi;
    filled++;
  }
  free(diff);
  return filled;
}

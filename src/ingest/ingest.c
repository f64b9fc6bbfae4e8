/* ingest.c — the reader: inputs (files, directories, stdin) to clusters of articles.
 *
 * Plain-text inputs (files, every regular file of a directory, a text stdin) are gathered into
 * ONE cluster, emitted first. Line-oriented inputs (cluster JSONL, article JSONL, Multi-News,
 * WCEP) are streamed afterwards in input order: each line is read with getline, so there is no
 * fixed line buffer and memory stays bounded by the largest line (one cluster), except for
 * article JSONL whose whole stream is one cluster by definition.
 *
 * The format of each input is detected from its first line (AUTO) unless the options force one:
 * a JSON object with "articles" is a cluster (with "summary": WCEP), another JSON object is an
 * article, a line holding `|||||` or a `.src` file name is Multi-News, anything else is text.
 *
 * Cost: O(input bytes); JSON lines are parsed once by cJSON.
 */
#include "ingest/ingest.h"
#include "base/error.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "ingest/date.h"
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* ---- lines ----------------------------------------------------------------------------------- */

typedef struct line_source {
  FILE *f;
  int owns; /* fclose at the end (not for stdin) */
  char *buf;
  size_t cap;
  size_t len;
  size_t lineno;
  int pending; /* buf holds a line already read (peeked) but not consumed */
  int eof;
} line_source;

/* Next line without its line end into ls->buf; 0 at the end of input. */
static int next_line(line_source *ls) {
  if (ls->pending) {
    ls->pending = 0;
    ls->lineno++;
    return 1;
  }
  if (ls->eof || !ls->f) return 0;
  errno = 0;
  ssize_t got = getline(&ls->buf, &ls->cap, ls->f);
  if (got < 0) {
    ls->eof = 1;
    return 0;
  }
  size_t n = (size_t)got;
  while (n > 0 && (ls->buf[n - 1] == '\n' || ls->buf[n - 1] == '\r')) n--;
  ls->buf[n] = '\0';
  ls->len = n;
  ls->lineno++;
  return 1;
}

static void line_source_close(line_source *ls) {
  if (ls->f && ls->owns) fclose(ls->f);
  free(ls->buf);
  memset(ls, 0, sizeof *ls);
}

static int blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return 0;
  return 1;
}

/* ---- small helpers --------------------------------------------------------------------------- */

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* The last path component without trailing slashes ("news/" -> "news"). */
static char *dir_name(arena *a, const char *path) {
  size_t len = strlen(path);
  while (len > 1 && path[len - 1] == '/') len--;
  size_t start = len;
  while (start > 0 && path[start - 1] != '/') start--;
  return arena_strndup(a, path + start, len - start);
}

/* "01-caspian-herald.txt" -> "caspian-herald": the extension and a numeric ordering prefix are
 * not part of the outlet's name. */
static char *source_from_file(arena *a, const char *path) {
  const char *b = base_name(path);
  size_t len = strlen(b);
  const char *dot = strrchr(b, '.');
  if (dot && dot != b) len = (size_t)(dot - b);
  size_t skip = 0;
  while (skip < len && b[skip] >= '0' && b[skip] <= '9') skip++;
  if (skip > 0 && skip + 1 < len && (b[skip] == '-' || b[skip] == '_')) {
    b += skip + 1;
    len -= skip + 1;
  }
  return arena_strndup(a, b, len);
}

static char *stem_name(arena *a, const char *path) {
  const char *b = base_name(path);
  const char *dot = strrchr(b, '.');
  return arena_strndup(a, b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

/* Host of an URL without "www." ("https://www.bbc.co.uk/news" -> "bbc.co.uk"); NULL if none. */
static char *host_from_url(arena *a, const char *url) {
  const char *p = strstr(url, "://");
  if (!p) return NULL;
  p += 3;
  const char *at = p;
  size_t n = strcspn(at, "/?#");
  const char *userinfo = memchr(at, '@', n);
  if (userinfo) {
    n -= (size_t)(userinfo + 1 - at);
    at = userinfo + 1;
  }
  const char *colon = memchr(at, ':', n);
  if (colon) n = (size_t)(colon - at);
  if (n > 4 && strncmp(at, "www.", 4) == 0) {
    at += 4;
    n -= 4;
  }
  if (n == 0) return NULL;
  char *host = arena_strndup(a, at, n);
  for (char *h = host; *h; h++)
    if (*h >= 'A' && *h <= 'Z') *h = (char)(*h + 32);
  return host;
}

/* YYYY-MM-DD when the string holds a recognizable date, else the string as given. */
static char *normalize_date(arena *a, const char *s) {
  char out[11];
  if (s && *s && date_find(s, strlen(s), out, NULL, NULL)) return arena_strdup(a, out);
  return arena_strdup(a, s ? s : "");
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* ---- cluster under construction ------------------------------------------------------------- */

typedef struct cluster_builder {
  ingest_cluster *c;
  ingest_article *articles; /* malloc'd while growing, copied into the arena at the end */
  size_t n, cap;
  char **refs;
  size_t nrefs, refs_cap;
} cluster_builder;

static void builder_start(cluster_builder *b) {
  memset(b, 0, sizeof *b);
  b->c = xcalloc(1, sizeof *b->c);
  b->c->arena = arena_new();
  b->c->id = arena_strdup(b->c->arena, "");
  b->c->lang = arena_strdup(b->c->arena, "");
}

static ingest_article *builder_add(cluster_builder *b) {
  b->articles = xgrow(b->articles, &b->cap, b->n + 1, sizeof *b->articles);
  ingest_article *a = &b->articles[b->n++];
  char *empty = arena_strdup(b->c->arena, "");
  *a = (ingest_article){empty, empty, empty, empty, empty, empty, empty, empty, 0};
  return a;
}

static void builder_add_ref(cluster_builder *b, const char *text, size_t len) {
  b->refs = xgrow(b->refs, &b->refs_cap, b->nrefs + 1, sizeof *b->refs);
  b->refs[b->nrefs++] = arena_strndup(b->c->arena, text, len);
}

static ingest_cluster *builder_finish(cluster_builder *b) {
  ingest_cluster *c = b->c;
  c->articles = arena_calloc(c->arena, b->n ? b->n : 1, sizeof *c->articles);
  if (b->n) memcpy(c->articles, b->articles, b->n * sizeof *b->articles);
  c->narticles = b->n;
  c->refs = arena_calloc(c->arena, b->nrefs ? b->nrefs : 1, sizeof *c->refs);
  if (b->nrefs) memcpy(c->refs, b->refs, b->nrefs * sizeof *b->refs);
  c->nrefs = b->nrefs;
  free(b->articles);
  free(b->refs);
  memset(b, 0, sizeof *b);
  return c;
}

static void builder_abandon(cluster_builder *b) {
  if (b->c) ingest_cluster_free(b->c);
  free(b->articles);
  free(b->refs);
  memset(b, 0, sizeof *b);
}

/* ---- the reader ------------------------------------------------------------------------------ */

typedef struct stream_input {
  char *path; /* "-" for stdin */
  precis_input_format format;
} stream_input;

struct ingest_reader {
  precis_read_options opt;
  char *lang; /* forced language or NULL */
  char **inputs;
  size_t ninputs;
  int started;
  ingest_cluster *text_cluster; /* the plain-text cluster, emitted first */
  stream_input *streams;
  size_t nstreams, streams_cap, next_stream;
  int stream_open;
  stream_input *cur;
  line_source lines;
  line_source refs; /* Multi-News .tgt beside a .src */
  int article_stream_done;
  line_source stdin_peeked; /* stdin detected as a stream: its first line is kept here */
  size_t skipped;
};

static const char *display_name(const char *path) { return strcmp(path, "-") == 0 ? "stdin" : path; }

/* Reads a whole stream into a malloc'd buffer. */
static int slurp(FILE *f, const char *prefix, size_t prefix_len, char **data, size_t *len) {
  size_t cap = 0, n = 0;
  char *p = NULL;
  if (prefix_len) {
    p = xgrow(p, &cap, prefix_len + 1, 1);
    memcpy(p, prefix, prefix_len);
    n = prefix_len;
  }
  char chunk[65536];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
    p = xgrow(p, &cap, n + k + 1, 1);
    memcpy(p + n, chunk, k);
    n += k;
  }
  int failed = ferror(f);
  p = xgrow(p, &cap, n + 1, 1);
  p[n] = '\0';
  *data = p;
  *len = n;
  return failed ? -1 : 0;
}

/* The format of a stream from its first line (AUTO), or the forced one. */
static precis_input_format detect_format(const precis_read_options *opt, const char *path, const char *line,
                                         size_t len) {
  if (opt->format != PRECIS_INPUT_AUTO) return opt->format;
  size_t i = 0;
  if (len >= 3 && (unsigned char)line[0] == 0xEF && (unsigned char)line[1] == 0xBB &&
      (unsigned char)line[2] == 0xBF)
    i = 3;
  while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
  /* a JSON object has a `"key":` early on; a text that merely opens with "{" does not */
  size_t probe = len - i < 4096 ? len - i : 4096;
  int has_key = 0;
  for (size_t k = i; k + 1 < i + probe; k++)
    if (line[k] == '"' && (line[k + 1] == ':' || (line[k + 1] == ' ' && k + 2 < len && line[k + 2] == ':'))) {
      has_key = 1;
      break;
    }
  if (i < len && line[i] == '{' && has_key) {
    cJSON *j = cJSON_ParseWithLength(line + i, len - i);
    precis_input_format f = PRECIS_INPUT_CLUSTER_JSONL; /* malformed: reported on line 1 */
    if (j) {
      if (cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(j, "articles")))
        f = cJSON_GetObjectItemCaseSensitive(j, "summary") ? PRECIS_INPUT_WCEP : PRECIS_INPUT_CLUSTER_JSONL;
      else
        f = PRECIS_INPUT_ARTICLE_JSONL;
      cJSON_Delete(j);
    }
    return f;
  }
  if (ends_with(path, ".src") || strstr(line, "|||||")) return PRECIS_INPUT_MULTINEWS;
  return PRECIS_INPUT_TEXT;
}

static int read_text_article(ingest_reader *r, cluster_builder *b, const char *path, const char *data,
                             size_t len, precis_error *err) {
  char *text;
  size_t tlen;
  precis_status st = ingest_decode(b->c->arena, data, len, display_name(path), &text, &tlen, err);
  if (st != PRECIS_OK) {
    if (r->opt.skip_bad) {
      r->skipped++;
      return 0;
    }
    return -1;
  }
  ingest_article *a = builder_add(b);
  if (strcmp(path, "-") == 0) {
    a->id = arena_strdup(b->c->arena, "stdin");
    a->source = arena_strdup(b->c->arena, "stdin");
  } else {
    a->id = arena_strdup(b->c->arena, base_name(path));
    a->source = source_from_file(b->c->arena, path);
  }
  if (r->lang) a->lang = arena_strdup(b->c->arena, r->lang);
  a->text = text;
  a->len = tlen;
  return 0;
}

static int read_text_file(ingest_reader *r, cluster_builder *b, const char *path, precis_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    err_set(err, PRECIS_ERR_IO, "cannot open %s: %s", path, strerror(errno));
    return -1;
  }
  char *data;
  size_t len;
  int rc = slurp(f, NULL, 0, &data, &len);
  fclose(f);
  if (rc < 0) {
    free(data);
    err_set(err, PRECIS_ERR_IO, "cannot read %s", path);
    return -1;
  }
  rc = read_text_article(r, b, path, data, len, err);
  free(data);
  return rc;
}

static int compare_names(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

static int read_directory(ingest_reader *r, cluster_builder *b, const char *path, precis_error *err) {
  DIR *d = opendir(path);
  if (!d) {
    err_set(err, PRECIS_ERR_IO, "cannot open %s: %s", path, strerror(errno));
    return -1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    names = xgrow(names, &cap, n + 1, sizeof *names);
    names[n++] = xstrdup(e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, compare_names);
  size_t before = b->n;
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    size_t plen = strlen(path);
    char *full = xmalloc(plen + strlen(names[i]) + 2);
    sprintf(full, "%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", names[i]);
    struct stat st;
    if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) rc = read_text_file(r, b, full, err);
    free(full);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  if (rc == 0 && b->n == before) {
    err_set(err, PRECIS_ERR_INPUT, "%s: directory holds no articles", path);
    return -1;
  }
  return rc;
}

static void add_stream(ingest_reader *r, const char *path, precis_input_format format) {
  r->streams = xgrow(r->streams, &r->streams_cap, r->nstreams + 1, sizeof *r->streams);
  r->streams[r->nstreams++] = (stream_input){xstrdup(path), format};
}

/* Peeks at a file or stdin: text goes into the text cluster, other formats become streams. */
static int classify_input(ingest_reader *r, cluster_builder *b, const char *path, precis_error *err) {
  int is_stdin = strcmp(path, "-") == 0;
  line_source ls = {0};
  ls.f = is_stdin ? stdin : fopen(path, "rb");
  ls.owns = !is_stdin;
  if (!ls.f) {
    err_set(err, PRECIS_ERR_IO, "cannot open %s: %s", path, strerror(errno));
    return -1;
  }
  size_t first_len = 0;
  int has_line = 0;
  if (r->opt.format == PRECIS_INPUT_AUTO) {
    /* getline keeps the line end so that a text stdin can be rebuilt exactly */
    ssize_t got = getline(&ls.buf, &ls.cap, ls.f);
    if (got > 0) {
      first_len = (size_t)got;
      has_line = 1;
    }
  }
  precis_input_format f = r->opt.format;
  if (f == PRECIS_INPUT_AUTO) {
    if (!has_line)
      f = PRECIS_INPUT_TEXT; /* empty input: reported as such by the decoder */
    else {
      size_t probe = first_len;
      while (probe > 0 && (ls.buf[probe - 1] == '\n' || ls.buf[probe - 1] == '\r')) probe--;
      f = detect_format(&r->opt, path, ls.buf, probe);
    }
  }
  if (f == PRECIS_INPUT_TEXT) {
    char *data;
    size_t len;
    int rc = slurp(ls.f, ls.buf, has_line ? first_len : 0, &data, &len);
    line_source_close(&ls);
    if (rc < 0) {
      free(data);
      err_set(err, PRECIS_ERR_IO, "cannot read %s", display_name(path));
      return -1;
    }
    rc = read_text_article(r, b, path, data, len, err);
    free(data);
    return rc;
  }
  if (is_stdin) {
    /* cannot rewind stdin: keep the first line for the stream reader */
    if (has_line) {
      size_t n = first_len;
      while (n > 0 && (ls.buf[n - 1] == '\n' || ls.buf[n - 1] == '\r')) n--;
      ls.buf[n] = '\0';
      ls.len = n;
      ls.pending = 1;
    }
    line_source_close(&r->stdin_peeked); /* "-" given twice: the second sees the rest */
    r->stdin_peeked = ls;
  } else {
    line_source_close(&ls);
  }
  add_stream(r, path, f);
  return 0;
}

/* cJSON reports a failed allocation as a failed parse: a big line under memory pressure would be
 * "malformed JSON" (exit 4). Its allocations go through xmalloc instead, so running out of memory
 * is PRECIS_ERR_NOMEM (exit 5) as everywhere else in the library. Set once, for every thread. */
static void *json_alloc(size_t size) { return xmalloc(size); }
static void json_hooks_install(void) {
  cJSON_Hooks hooks = {json_alloc, free};
  cJSON_InitHooks(&hooks);
}
static pthread_once_t json_hooks_once = PTHREAD_ONCE_INIT;

ingest_reader *ingest_open(const char *const *inputs, size_t n, const precis_read_options *opt,
                           precis_error *err) {
  pthread_once(&json_hooks_once, json_hooks_install);
  if (!inputs || n == 0) {
    err_set(err, PRECIS_ERR_USAGE, "no input given");
    return NULL;
  }
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (!inputs[i] || !*inputs[i]) {
      err_set(err, PRECIS_ERR_USAGE, "empty input name");
      return NULL;
    }
    if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) != 0) {
      err_set(err, PRECIS_ERR_IO, "cannot open %s: %s", inputs[i], strerror(errno));
      return NULL;
    }
  }
  ingest_reader *r = xcalloc(1, sizeof *r);
  if (opt) r->opt = *opt;
  r->opt.lang = NULL;
  if (opt && opt->lang && *opt->lang && strcmp(opt->lang, "auto") != 0) r->lang = xstrdup(opt->lang);
  r->inputs = xcalloc(n, sizeof *r->inputs);
  for (size_t i = 0; i < n; i++) r->inputs[i] = xstrdup(inputs[i]);
  r->ninputs = n;
  return r;
}

/* First call: reads every text input into one cluster and lists the streams. */
static int start(ingest_reader *r, precis_error *err) {
  cluster_builder b;
  builder_start(&b);
  int rc = 0;
  for (size_t i = 0; i < r->ninputs && rc == 0; i++) {
    const char *path = r->inputs[i];
    struct stat st;
    int is_dir = strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
    size_t before = b.n;
    rc = is_dir ? read_directory(r, &b, path, err) : classify_input(r, &b, path, err);
    if (rc == 0 && before == 0 && b.n > 0) {
      arena *a = b.c->arena;
      b.c->id = strcmp(path, "-") == 0 ? arena_strdup(a, "stdin")
                : is_dir               ? dir_name(a, path)
                                       : stem_name(a, path);
    }
  }
  if (rc != 0) {
    builder_abandon(&b);
    return -1;
  }
  if (b.n > 0) {
    if (r->lang) b.c->lang = arena_strdup(b.c->arena, r->lang);
    r->text_cluster = builder_finish(&b);
  } else {
    builder_abandon(&b);
  }
  return 0;
}

/* ---- JSON records ---------------------------------------------------------------------------- */

/* A string (or number) member as an arena string; "" when absent. */
static char *json_string(arena *a, const cJSON *obj, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (cJSON_IsString(v) && v->valuestring) return arena_strdup(a, v->valuestring);
  if (cJSON_IsNumber(v)) {
    char tmp[32];
    if (v->valuedouble == (double)(long long)v->valuedouble)
      snprintf(tmp, sizeof tmp, "%lld", (long long)v->valuedouble);
    else
      snprintf(tmp, sizeof tmp, "%d", v->valueint);
    return arena_strdup(a, tmp);
  }
  return arena_strdup(a, "");
}

typedef struct record_ctx {
  const char *file;
  size_t line;
  precis_error *err;
} record_ctx;

static int record_error(const record_ctx *ctx, const char *what) {
  err_set(ctx->err, PRECIS_ERR_INPUT, "%s:%zu: %s", ctx->file, ctx->line, what);
  return -1;
}

/* Fills an article from a JSON object; -1 when it has no usable text. */
static int article_from_json(ingest_reader *r, cluster_builder *b, const cJSON *obj, const char *time_key,
                             const char *cluster_lang, size_t index, const record_ctx *ctx) {
  arena *a = b->c->arena;
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(obj, "text");
  if (!cJSON_IsObject(obj)) return record_error(ctx, "malformed JSON: an article is not an object");
  if (!cJSON_IsString(text) || !text->valuestring)
    return record_error(ctx, "malformed JSON: article without a \"text\" string");
  size_t len = strlen(text->valuestring), bad = 0;
  if (!utf8_valid(text->valuestring, len, &bad)) return record_error(ctx, "invalid UTF-8 in an article text");
  ingest_article *art = builder_add(b);
  art->id = json_string(a, obj, "id");
  if (!*art->id) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%s-%zu", *b->c->id ? b->c->id : "article", index);
    art->id = arena_strdup(a, tmp);
  }
  art->title = json_string(a, obj, "title");
  art->date = normalize_date(a, json_string(a, obj, time_key));
  if (!*art->date && strcmp(time_key, "date") != 0)
    art->date = normalize_date(a, json_string(a, obj, "date"));
  art->url = json_string(a, obj, "url");
  art->source = json_string(a, obj, "source");
  if (!*art->source) {
    char *host = host_from_url(a, art->url);
    /* a record without outlet or URL stands for itself: merging all records of a file into one
     * "source" would make independent articles look like one outlet */
    art->source = host ? host : art->id;
  }
  art->lang = r->lang ? arena_strdup(a, r->lang) : json_string(a, obj, "lang");
  if (!*art->lang && cluster_lang) art->lang = arena_strdup(a, cluster_lang);
  art->label = json_string(a, obj, "label");
  art->text = arena_strndup(a, text->valuestring, len);
  art->len = len;
  return 0;
}

/* Checks a line before parsing: text, valid UTF-8. */
static int check_line(const line_source *ls, const record_ctx *ctx) {
  if (memchr(ls->buf, '\0', ls->len)) return record_error(ctx, "looks like binary data, not text");
  size_t bad = 0;
  if (!utf8_valid(ls->buf, ls->len, &bad)) {
    char what[96];
    snprintf(what, sizeof what, "invalid UTF-8 at byte %zu of the line", bad);
    return record_error(ctx, what);
  }
  return 0;
}

static cJSON *parse_line(const line_source *ls, const record_ctx *ctx) {
  if (check_line(ls, ctx) < 0) return NULL;
  const char *end = NULL;
  cJSON *j = cJSON_ParseWithLengthOpts(ls->buf, ls->len, &end, 0);
  if (!j) {
    char what[128];
    size_t at = end && end >= ls->buf ? (size_t)(end - ls->buf) : 0;
    snprintf(what, sizeof what, "malformed JSON near byte %zu%s", at,
             at >= ls->len ? " (truncated line?)" : "");
    record_error(ctx, what);
    return NULL;
  }
  if (!cJSON_IsObject(j)) {
    cJSON_Delete(j);
    record_error(ctx, "malformed JSON: the line is not an object");
    return NULL;
  }
  return j;
}

static void set_default_id(cluster_builder *b, const char *file, size_t line) {
  if (*b->c->id) return;
  char tmp[64];
  snprintf(tmp, sizeof tmp, "%s:%zu", strcmp(file, "-") == 0 ? "stdin" : base_name(file), line);
  b->c->id = arena_strndup(b->c->arena, tmp, strlen(tmp));
}

/* One cluster JSONL or WCEP record. */
static int cluster_from_json(ingest_reader *r, cluster_builder *b, const cJSON *j, int wcep,
                             const record_ctx *ctx) {
  arena *a = b->c->arena;
  b->c->id = json_string(a, j, "id");
  set_default_id(b, ctx->file, ctx->line);
  b->c->lang = r->lang ? arena_strdup(a, r->lang) : json_string(a, j, "lang");
  const cJSON *arts = cJSON_GetObjectItemCaseSensitive(j, "articles");
  if (!cJSON_IsArray(arts)) return record_error(ctx, "malformed JSON: no \"articles\" array");
  char *cluster_date = normalize_date(a, json_string(a, j, "date"));
  size_t k = 0;
  const cJSON *art;
  cJSON_ArrayForEach(art, arts) {
    if (article_from_json(r, b, art, wcep ? "time" : "date", b->c->lang, k++, ctx) < 0) return -1;
    ingest_article *last = &b->articles[b->n - 1];
    if (!*last->date) last->date = cluster_date;
  }
  if (b->n == 0) return record_error(ctx, "cluster without articles");
  if (wcep) {
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(j, "summary");
    if (cJSON_IsString(s) && s->valuestring) builder_add_ref(b, s->valuestring, strlen(s->valuestring));
  } else {
    const cJSON *refs = cJSON_GetObjectItemCaseSensitive(j, "references"), *ref;
    if (cJSON_IsArray(refs)) {
      cJSON_ArrayForEach(ref, refs) {
        if (cJSON_IsString(ref) && ref->valuestring)
          builder_add_ref(b, ref->valuestring, strlen(ref->valuestring));
      }
    } else if (cJSON_IsString(refs) && refs->valuestring) {
      builder_add_ref(b, refs->valuestring, strlen(refs->valuestring));
    }
  }
  return 0;
}

/* Multi-News text: `NEWLINE_CHAR` stands for a line break. Returns a malloc'd copy. */
static char *multinews_unescape(const char *s, size_t len, size_t *out_len) {
  static const char TOKEN[] = "NEWLINE_CHAR";
  const size_t tlen = sizeof TOKEN - 1;
  char *out = xmalloc(len + 1);
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    if (i + tlen <= len && memcmp(s + i, TOKEN, tlen) == 0) {
      out[o++] = '\n';
      i += tlen;
    } else {
      out[o++] = s[i++];
    }
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

static void trim(const char **s, size_t *len) {
  while (*len && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\n')) {
    (*s)++;
    (*len)--;
  }
  while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\n')) (*len)--;
}

/* One Multi-News line: documents separated by `|||||`. */
static int cluster_from_multinews(ingest_reader *r, cluster_builder *b, const line_source *ls,
                                  const record_ctx *ctx) {
  arena *a = b->c->arena;
  char *text;
  size_t len;
  if (ingest_decode(a, ls->buf, ls->len, "line", &text, &len, NULL) != PRECIS_OK) {
    if (memchr(ls->buf, '\0', ls->len)) return record_error(ctx, "looks like binary data, not text");
    return record_error(ctx, "empty or undecodable line");
  }
  char tmp[64];
  snprintf(tmp, sizeof tmp, "%s:%zu", strcmp(ctx->file, "-") == 0 ? "stdin" : base_name(ctx->file),
           ctx->line);
  b->c->id = arena_strdup(a, tmp);
  if (r->lang) b->c->lang = arena_strdup(a, r->lang);
  const char *p = text, *end = text + len;
  size_t k = 0;
  while (p <= end) {
    const char *sep = strstr(p, "|||||");
    const char *doc_end = sep ? sep : end;
    const char *doc = p;
    size_t dlen = (size_t)(doc_end - p);
    trim(&doc, &dlen);
    if (dlen > 0) {
      size_t ulen;
      char *unescaped = multinews_unescape(doc, dlen, &ulen);
      const char *u = unescaped;
      trim(&u, &ulen);
      if (ulen > 0) {
        ingest_article *art = builder_add(b);
        snprintf(tmp, sizeof tmp, "%s-%zu", b->c->id, k);
        art->id = arena_strdup(a, tmp);
        art->source = art->id; /* each document is its own outlet */
        if (r->lang) art->lang = arena_strdup(a, r->lang);
        art->text = arena_strndup(a, u, ulen);
        art->len = ulen;
      }
      free(unescaped);
    }
    k++;
    if (!sep) break;
    p = sep + 5;
  }
  if (b->n == 0) return record_error(ctx, "no documents on the line");
  return 0;
}

/* ---- streaming ------------------------------------------------------------------------------- */

static int open_stream(ingest_reader *r, stream_input *s, precis_error *err) {
  memset(&r->lines, 0, sizeof r->lines);
  if (strcmp(s->path, "-") == 0) {
    r->lines = r->stdin_peeked;
    memset(&r->stdin_peeked, 0, sizeof r->stdin_peeked);
    if (!r->lines.f) {
      r->lines.f = stdin;
      r->lines.owns = 0;
    }
  } else {
    r->lines.f = fopen(s->path, "rb");
    r->lines.owns = 1;
    if (!r->lines.f) return err_set(err, PRECIS_ERR_IO, "cannot open %s: %s", s->path, strerror(errno)), -1;
  }
  memset(&r->refs, 0, sizeof r->refs);
  if (s->format == PRECIS_INPUT_MULTINEWS && ends_with(s->path, ".src")) {
    size_t n = strlen(s->path);
    char *tgt = xmalloc(n + 1);
    memcpy(tgt, s->path, n - 4);
    strcpy(tgt + n - 4, ".tgt");
    r->refs.f = fopen(tgt, "rb");
    r->refs.owns = 1;
    free(tgt);
  }
  r->cur = s;
  r->stream_open = 1;
  r->article_stream_done = 0;
  return 0;
}

static void close_stream(ingest_reader *r) {
  line_source_close(&r->lines);
  line_source_close(&r->refs);
  r->stream_open = 0;
  r->cur = NULL;
}

/* A bad record: counted and skipped with skip_bad, else an error. Returns 1 to go on. */
static int bad_record(ingest_reader *r, cluster_builder *b) {
  builder_abandon(b);
  if (!r->opt.skip_bad) return 0;
  r->skipped++;
  return 1;
}

/* The whole article JSONL stream as one cluster. */
static int read_article_stream(ingest_reader *r, ingest_cluster **out, precis_error *err) {
  cluster_builder b;
  builder_start(&b);
  const char *file = display_name(r->cur->path);
  while (next_line(&r->lines)) {
    if (blank(r->lines.buf, r->lines.len)) continue;
    record_ctx ctx = {file, r->lines.lineno, err};
    cJSON *j = parse_line(&r->lines, &ctx);
    int rc = -1;
    if (j) {
      if (b.n == 0 && !r->lang) b.c->lang = json_string(b.c->arena, j, "lang");
      rc = article_from_json(r, &b, j, "date", b.c->lang, b.n, &ctx);
      cJSON_Delete(j);
    }
    if (rc < 0) {
      if (!r->opt.skip_bad) {
        builder_abandon(&b);
        return -1;
      }
      r->skipped++;
    }
  }
  r->article_stream_done = 1;
  if (b.n == 0) {
    builder_abandon(&b);
    err_set(err, PRECIS_ERR_INPUT, "%s: no articles in the stream", file);
    return -1;
  }
  b.c->id = strcmp(r->cur->path, "-") == 0 ? arena_strdup(b.c->arena, "stdin")
                                           : stem_name(b.c->arena, r->cur->path);
  if (r->lang) b.c->lang = arena_strdup(b.c->arena, r->lang);
  *out = builder_finish(&b);
  return 1;
}

/* The next cluster of a line-per-cluster stream; 0 at its end. */
static int read_cluster_line(ingest_reader *r, ingest_cluster **out, precis_error *err) {
  const char *file = display_name(r->cur->path);
  for (;;) {
    if (!next_line(&r->lines)) return 0;
    int have_ref = r->refs.f ? next_line(&r->refs) : 0;
    if (blank(r->lines.buf, r->lines.len)) continue;
    record_ctx ctx = {file, r->lines.lineno, err};
    cluster_builder b;
    builder_start(&b);
    int rc;
    if (r->cur->format == PRECIS_INPUT_MULTINEWS) {
      rc = cluster_from_multinews(r, &b, &r->lines, &ctx);
      if (rc == 0 && have_ref && utf8_valid(r->refs.buf, r->refs.len, NULL)) {
        size_t rlen;
        char *ref = multinews_unescape(r->refs.buf, r->refs.len, &rlen);
        const char *rp = ref;
        trim(&rp, &rlen);
        if (rlen) builder_add_ref(&b, rp, rlen);
        free(ref);
      }
    } else {
      cJSON *j = parse_line(&r->lines, &ctx);
      rc = j ? cluster_from_json(r, &b, j, r->cur->format == PRECIS_INPUT_WCEP, &ctx) : -1;
      cJSON_Delete(j);
    }
    if (rc == 0) {
      *out = builder_finish(&b);
      return 1;
    }
    if (!bad_record(r, &b)) return -1;
  }
}

int ingest_next(ingest_reader *r, ingest_cluster **out, precis_error *err) {
  *out = NULL;
  if (!r) return 0;
  if (!r->started) {
    r->started = 1;
    if (start(r, err) < 0) return -1;
  }
  if (r->text_cluster) {
    *out = r->text_cluster;
    r->text_cluster = NULL;
    return 1;
  }
  while (r->next_stream < r->nstreams || r->stream_open) {
    if (!r->stream_open && open_stream(r, &r->streams[r->next_stream++], err) < 0) return -1;
    int rc;
    if (r->cur->format == PRECIS_INPUT_ARTICLE_JSONL)
      rc = r->article_stream_done ? 0 : read_article_stream(r, out, err);
    else
      rc = read_cluster_line(r, out, err);
    if (rc != 0) {
      if (rc < 0) close_stream(r);
      return rc;
    }
    close_stream(r);
  }
  return 0;
}

size_t ingest_skipped(const ingest_reader *r) { return r ? r->skipped : 0; }

void ingest_close(ingest_reader *r) {
  if (!r) return;
  close_stream(r);
  line_source_close(&r->stdin_peeked);
  if (r->text_cluster) ingest_cluster_free(r->text_cluster);
  for (size_t i = 0; i < r->ninputs; i++) free(r->inputs[i]);
  free(r->inputs);
  for (size_t i = 0; i < r->nstreams; i++) free(r->streams[i].path);
  free(r->streams);
  free(r->lang);
  free(r);
}

void ingest_cluster_free(ingest_cluster *c) {
  if (!c) return;
  arena_free(c->arena);
  free(c);
}

/* cmd_eval_cluster.c — `precis eval-cluster`: scores a predicted article clustering against gold
 * event labels with B-cubed precision/recall/F1 and the adjusted Rand index (eval/bcubed.h).
 *
 * Gold: article JSONL with "id" and "label" (other fields ignored). Prediction: lines
 * "article-id TAB cluster-label" (blank lines and lines starting with '#' skipped). Every gold
 * article needs exactly one prediction and every prediction a gold article.
 * Exit codes: 0 ok, 2 usage, 3 unreadable file, 4 malformed or mismatched input.
 * Cost: O(n log n) for n articles.
 */
#include "base/buf.h"
#include "base/intern.h"
#include "base/json_out.h"
#include "base/xalloc.h"
#include "cli/commands.h"
#include "eval/bcubed.h"
#include "precis.h"
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char eval_cluster_usage[] =
    "usage: precis eval-cluster --gold ARTICLES.jsonl --pred PRED.tsv [--format table|json]\n"
    "\n"
    "Scores a predicted clustering of articles against their gold event labels.\n"
    "  --gold FILE   article JSONL: one {\"id\": ..., \"label\": ...} per line (labels may be\n"
    "                strings or numbers)\n"
    "  --pred FILE   one \"article-id<TAB>cluster-label\" per line\n"
    "Prints B-cubed precision, recall and F1 (averaged over articles) and the adjusted Rand\n"
    "index. Exit codes: 0 ok, 2 usage, 3 unreadable file, 4 malformed or mismatched input.\n";

typedef struct labelling {
  intern *articles;   /* article id -> index */
  intern *labels;     /* label text -> label id */
  uint32_t *label_of; /* by article index; UINT32_MAX = none yet */
  size_t cap;
} labelling;

static int fail(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "precis: eval-cluster: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return code;
}

/* A JSON label as text: strings as they are, numbers printed. */
static int label_text(const cJSON *label, char *out, size_t size) {
  if (cJSON_IsString(label)) {
    snprintf(out, size, "%s", label->valuestring);
    return 1;
  }
  if (cJSON_IsNumber(label)) {
    snprintf(out, size, "#%.17g", label->valuedouble);
    return 1;
  }
  return 0;
}

static int read_gold(const char *path, labelling *gold) {
  FILE *f = fopen(path, "r");
  if (!f) return fail(PRECIS_ERR_IO, "cannot open %s", path);
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  int rc = 0;
  char text[1024];
  while (!rc && getline(&line, &cap, f) >= 0) {
    lineno++;
    if (strspn(line, " \t\r\n") == strlen(line)) continue;
    cJSON *o = cJSON_Parse(line);
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    const cJSON *label = cJSON_GetObjectItemCaseSensitive(o, "label");
    if (!cJSON_IsString(id) || !label_text(label, text, sizeof text)) {
      rc = fail(PRECIS_ERR_INPUT, "%s:%zu: want string \"id\" and a \"label\"", path, lineno);
    } else {
      size_t before = intern_count(gold->articles);
      uint32_t a = intern_id(gold->articles, id->valuestring, strlen(id->valuestring));
      if (intern_count(gold->articles) == before) {
        rc = fail(PRECIS_ERR_INPUT, "%s:%zu: repeated article id '%s'", path, lineno, id->valuestring);
      } else {
        gold->label_of = xgrow(gold->label_of, &gold->cap, (size_t)a + 1, sizeof *gold->label_of);
        gold->label_of[a] = intern_id(gold->labels, text, strlen(text));
      }
    }
    cJSON_Delete(o);
  }
  free(line);
  fclose(f);
  if (!rc && intern_count(gold->articles) == 0)
    rc = fail(PRECIS_ERR_INPUT, "%s holds no article", path);
  return rc;
}

/* Reads predictions for the gold articles into pred (indexed like gold->articles). */
static int read_pred(const char *path, const labelling *gold, uint32_t *pred, intern *pred_labels) {
  FILE *f = fopen(path, "r");
  if (!f) return fail(PRECIS_ERR_IO, "cannot open %s", path);
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  int rc = 0;
  while (!rc && getline(&line, &cap, f) >= 0) {
    lineno++;
    size_t len = strcspn(line, "\r\n");
    line[len] = '\0';
    if (len == 0 || line[0] == '#') continue;
    char *tab = strchr(line, '\t');
    if (!tab || tab == line || !tab[1]) {
      rc = fail(PRECIS_ERR_INPUT, "%s:%zu: want article-id TAB cluster-label", path, lineno);
      break;
    }
    *tab = '\0';
    uint32_t a = intern_find(gold->articles, line, strlen(line));
    if (a == UINT32_MAX)
      rc = fail(PRECIS_ERR_INPUT, "%s:%zu: article '%s' is not in the gold file", path, lineno, line);
    else if (pred[a] != UINT32_MAX)
      rc = fail(PRECIS_ERR_INPUT, "%s:%zu: article '%s' predicted twice", path, lineno, line);
    else
      pred[a] = intern_id(pred_labels, tab + 1, strlen(tab + 1));
  }
  free(line);
  fclose(f);
  for (uint32_t a = 0; !rc && a < intern_count(gold->articles); a++)
    if (pred[a] == UINT32_MAX)
      rc = fail(PRECIS_ERR_INPUT, "%s: no prediction for article '%s'", path,
                intern_str(gold->articles, a));
  return rc;
}

static void print_scores(const clustering_scores *s, int json) {
  const char *names[] = {"bcubed_precision", "bcubed_recall", "bcubed_f1", "ari"};
  double v[] = {s->precision, s->recall, s->f1, s->ari};
  buf b = BUF_INIT;
  if (json) {
    buf_printf(&b, "{\"articles\":%zu,\"predicted_clusters\":%zu,\"gold_events\":%zu", s->items,
               s->predicted_clusters, s->gold_classes);
    for (int i = 0; i < 4; i++) {
      buf_printf(&b, ",\"%s\":", names[i]);
      json_num(&b, v[i], 5);
    }
    buf_puts(&b, "}\n");
  } else {
    buf_printf(&b, "articles %zu, predicted clusters %zu, gold events %zu\n", s->items,
               s->predicted_clusters, s->gold_classes);
    for (int i = 0; i < 4; i++) {
      buf_printf(&b, "%-17s ", names[i]);
      json_num(&b, v[i], 5);
      buf_putc(&b, '\n');
    }
  }
  fputs(b.data, stdout);
  buf_free(&b);
}

int cmd_eval_cluster(int argc, char **argv) {
  const char *gold_path = NULL, *pred_path = NULL;
  int json = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(eval_cluster_usage, stdout);
      return 0;
    }
    if (i + 1 >= argc || (strcmp(a, "--gold") && strcmp(a, "--pred") && strcmp(a, "--format"))) {
      fprintf(stderr, "precis: eval-cluster: unexpected argument '%s' (see --help)\n", a);
      return PRECIS_ERR_USAGE;
    }
    const char *v = argv[++i];
    if (!strcmp(a, "--gold")) gold_path = v;
    else if (!strcmp(a, "--pred")) pred_path = v;
    else if (!strcmp(v, "json") || !strcmp(v, "table")) json = !strcmp(v, "json");
    else {
      fprintf(stderr, "precis: eval-cluster: --format wants table or json, not '%s'\n", v);
      return PRECIS_ERR_USAGE;
    }
  }
  if (!gold_path || !pred_path) {
    fprintf(stderr, "precis: eval-cluster: --gold and --pred are required (see --help)\n");
    return PRECIS_ERR_USAGE;
  }
  labelling gold = {intern_new(), intern_new(), NULL, 0};
  intern *pred_labels = intern_new();
  uint32_t *pred = NULL;
  int rc = read_gold(gold_path, &gold);
  if (!rc) {
    size_t n = intern_count(gold.articles);
    pred = xmalloc(n * sizeof *pred);
    for (size_t i = 0; i < n; i++) pred[i] = UINT32_MAX;
    rc = read_pred(pred_path, &gold, pred, pred_labels);
    if (!rc) {
      clustering_scores s;
      clustering_score(pred, gold.label_of, n, &s);
      print_scores(&s, json);
    }
  }
  free(pred);
  free(gold.label_of);
  intern_free(gold.articles);
  intern_free(gold.labels);
  intern_free(pred_labels);
  if (!rc && (fflush(stdout) != 0 || ferror(stdout))) {
    fprintf(stderr, "precis: eval-cluster: cannot write the output\n");
    rc = PRECIS_ERR_IO;
  }
  return rc;
}

/* cmd_rouge.c — `precis rouge`: ROUGE-1.5.5 scores of one peer summary against references, or of
 * a whole test-vector file (--vectors), with the flags spelled as ROUGE-1.5.5 spells them.
 *
 * Exit codes (precis_status): 0 ok, 2 usage, 3 a file cannot be read or the output written,
 * 4 unusable input (empty or binary peer/reference, malformed or empty vectors). Cost: reading the files plus the scorer's (eval/rouge.h).
 */
#include "base/buf.h"
#include "base/json_out.h"
#include "base/xalloc.h"
#include "cli/commands.h"
#include "eval/rouge.h"
#include "eval/rouge_vectors.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char rouge_usage[] =
    "usage: precis rouge [ROUGE-1.5.5 flags] [--unicode] [--format table|json] PEER REF [REF...]\n"
    "       precis rouge [ROUGE-1.5.5 flags] [--unicode] --vectors ITEMS.jsonl\n"
    "\n"
    "Scores the summary PEER (one sentence per line) against the reference summaries REF as\n"
    "ROUGE-1.5.5 does. Flags:\n"
    "  -n N        ROUGE-1 .. ROUGE-N (default 1)\n"
    "  -2 K -u     ROUGE-S with skip distance K; -u adds unigrams (ROUGE-SU)\n"
    "  -m          Porter stemming      -s  drop SMART stopwords (Debian package r-cran-tm)\n"
    "  -l N        first N words        -b N  first N bytes (of the peer and every reference)\n"
    "  -f A|B      average over references (A, default) or best reference (B)\n"
    "  -p ALPHA    F = 1/(ALPHA/P + (1-ALPHA)/R), default 0.5    -x  no ROUGE-L\n"
    "  -c -r -t -a -d -e -v -z  accepted for compatibility, no effect\n"
    "  --unicode   NFKC case folding and Unicode word boundaries instead of ROUGE-1.5.5's ASCII\n"
    "              rule (not comparable with published ROUGE-1.5.5 numbers)\n"
    "  --vectors F score every {\"id\",\"peer\",\"models\"} line of F; prints\n"
    "              id TAB metric TAB recall TAB precision TAB f\n"
    "  --format    table (default) or json\n"
    "Exit codes: 0 ok, 2 usage, 3 unreadable file, 4 unusable input.\n";

typedef struct rouge_cli {
  rouge_options opt;
  const char *vectors;
  int json;
  const char **files;
  size_t nfiles;
} rouge_cli;

static int parse_args(int argc, char **argv, rouge_cli *cli) {
  rouge_options_init(&cli->opt);
  cli->files = xcalloc((size_t)argc + 1, sizeof *cli->files);
  for (int i = 1; i < argc;) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(rouge_usage, stdout);
      return -1;
    } else if (!strcmp(a, "--unicode")) {
      cli->opt.unicode = 1;
      i++;
    } else if (!strcmp(a, "--vectors") || !strcmp(a, "--format")) {
      if (i + 1 >= argc) {
        fprintf(stderr, "precis: rouge: %s wants a value\n", a);
        return PRECIS_ERR_USAGE;
      }
      const char *v = argv[i + 1];
      if (a[2] == 'v') {
        cli->vectors = v;
      } else if (!strcmp(v, "json") || !strcmp(v, "table")) {
        cli->json = !strcmp(v, "json");
      } else {
        fprintf(stderr, "precis: rouge: --format wants table or json, not '%s'\n", v);
        return PRECIS_ERR_USAGE;
      }
      i += 2;
    } else if (a[0] == '-' && a[1] != '\0') {
      precis_error err = {0};
      int used = 0;
      if (rouge_options_parse_argv(&cli->opt, argc - i, argv + i, &used, &err) != PRECIS_OK) {
        fprintf(stderr, "precis: %s\n", err.message);
        return PRECIS_ERR_USAGE;
      }
      if (used == 0) {
        fprintf(stderr, "precis: rouge: unknown option '%s' (see precis rouge --help)\n", a);
        return PRECIS_ERR_USAGE;
      }
      i += used;
    } else {
      cli->files[cli->nfiles++] = a;
      i++;
    }
  }
  if (cli->vectors && cli->nfiles) {
    fprintf(stderr, "precis: rouge: --vectors takes no PEER/REF files\n");
    return PRECIS_ERR_USAGE;
  }
  if (!cli->vectors && cli->nfiles < 2) {
    fprintf(stderr, "precis: rouge: need a PEER file and at least one REF file (see --help)\n");
    return PRECIS_ERR_USAGE;
  }
  return 0;
}

static int read_file(const char *path, buf *out) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) return 0;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_append(out, chunk, n);
  int ok = !ferror(f);
  if (f != stdin) fclose(f);
  if (!out->data) buf_append(out, "", 0);
  return ok;
}

static int has_word_char(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') return 1;
  return 0;
}

static void print_table(const rouge_result *r) {
  printf("%-10s %-8s %-9s %s\n", "metric", "recall", "precision", "f");
  for (size_t k = 0; k < r->count; k++) {
    char rr[16], pp[16], ff[16];
    rouge_format5(r->score[k].recall, rr);
    rouge_format5(r->score[k].precision, pp);
    rouge_format5(r->score[k].f, ff);
    printf("%-10s %-8s %-9s %s\n", r->name[k], rr, pp, ff);
  }
}

/* Numbers are the digits the table prints (rouge_format5), so both formats always agree. */
static void print_json(const rouge_result *r) {
  buf b = BUF_INIT;
  buf_putc(&b, '{');
  for (size_t k = 0; k < r->count; k++) {
    char rr[16], pp[16], ff[16];
    rouge_format5(r->score[k].recall, rr);
    rouge_format5(r->score[k].precision, pp);
    rouge_format5(r->score[k].f, ff);
    if (k) buf_putc(&b, ',');
    json_cstr(&b, r->name[k]);
    buf_printf(&b, ":{\"recall\":%s,\"precision\":%s,\"f\":%s}", rr, pp, ff);
  }
  buf_puts(&b, "}\n");
  fputs(b.data, stdout);
  buf_free(&b);
}

static int score_files(rouge_cli *cli, rouge_scorer *sc) {
  size_t n = cli->nfiles;
  buf *texts = xcalloc(n, sizeof *texts);
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    if (!read_file(cli->files[i], &texts[i])) {
      fprintf(stderr, "precis: rouge: cannot read %s\n", cli->files[i]);
      rc = PRECIS_ERR_IO;
    } else if (memchr(texts[i].data, '\0', texts[i].len)) {
      /* A summary is text; a NUL byte means a binary file was given by mistake. */
      fprintf(stderr, "precis: rouge: %s %s looks like binary data, not text\n", i == 0 ? "peer" : "reference",
              cli->files[i]);
      rc = PRECIS_ERR_INPUT;
    } else if (!has_word_char(texts[i].data, texts[i].len)) {
      fprintf(stderr, "precis: rouge: %s %s is empty\n", i == 0 ? "peer" : "reference", cli->files[i]);
      rc = PRECIS_ERR_INPUT;
    }
  }
  if (!rc) {
    const char **models = xcalloc(n, sizeof *models);
    size_t *lens = xcalloc(n, sizeof *lens);
    for (size_t i = 1; i < n; i++) models[i - 1] = texts[i].data, lens[i - 1] = texts[i].len;
    rouge_result r;
    precis_error err = {0};
    if (rouge_score_item(sc, texts[0].data, texts[0].len, models, lens, n - 1, &r, &err)) {
      fprintf(stderr, "precis: %s\n", err.message);
      rc = err.status;
    } else if (cli->json) {
      print_json(&r);
    } else {
      print_table(&r);
    }
    free(models);
    free(lens);
  }
  for (size_t i = 0; i < n; i++) buf_free(&texts[i]);
  free(texts);
  return rc;
}

static int score_vectors(rouge_cli *cli, rouge_scorer *sc) {
  rouge_items items;
  precis_error err = {0};
  if (rouge_items_load(cli->vectors, &items, &err) != PRECIS_OK) {
    fprintf(stderr, "precis: rouge: %s\n", err.message);
    return err.status;
  }
  buf out = BUF_INIT;
  buf_puts(&out, "id\tmetric\trecall\tprecision\tf\n");
  int rc = 0;
  for (size_t i = 0; i < items.count && !rc; i++) {
    const rouge_item *it = &items.items[i];
    rouge_result r;
    if (rouge_score_item(sc, it->peer, strlen(it->peer), (const char *const *)it->models, NULL,
                         it->nmodels, &r, &err) != PRECIS_OK) {
      fprintf(stderr, "precis: rouge: item '%s': %s\n", it->id, err.message);
      rc = err.status;
      break;
    }
    for (size_t k = 0; k < r.count; k++) {
      char rr[16], pp[16], ff[16];
      rouge_format5(r.score[k].recall, rr);
      rouge_format5(r.score[k].precision, pp);
      rouge_format5(r.score[k].f, ff);
      buf_printf(&out, "%s\t%s\t%s\t%s\t%s\n", it->id, r.name[k], rr, pp, ff);
    }
  }
  if (!rc) fwrite(out.data, 1, out.len, stdout);
  buf_free(&out);
  rouge_items_free(&items);
  return rc;
}

int cmd_rouge(int argc, char **argv) {
  rouge_cli cli = {0};
  int rc = parse_args(argc, argv, &cli);
  if (rc) {
    free(cli.files);
    return rc < 0 ? 0 : rc;
  }
  precis_error err = {0};
  rouge_scorer *sc = rouge_scorer_new(&cli.opt, &err);
  if (!sc) {
    fprintf(stderr, "precis: %s\n", err.message);
    free(cli.files);
    return err.status;
  }
  rc = cli.vectors ? score_vectors(&cli, sc) : score_files(&cli, sc);
  rouge_scorer_free(sc);
  free(cli.files);
  if ((fflush(stdout) != 0 || ferror(stdout)) && !rc) {
    fprintf(stderr, "precis: rouge: cannot write the output\n");
    rc = PRECIS_ERR_IO;
  }
  return rc;
}

/* cmd_eval.c — `precis eval`: summarize a dataset of clusters and score the summaries with ROUGE
 * against the clusters' references (or score summaries made by another system), reporting means
 * with 95% bootstrap intervals. The engine is eval/harness.h; this file reads flags and prints.
 *
 * Exit codes: 0 ok (even when some clusters failed: they are counted and listed in --out),
 * 2 usage, 3 unreadable file or unwritable output, 4 malformed dataset or summaries, or not one
 * cluster could be evaluated.
 */
#include "base/buf.h"
#include "base/json_out.h"
#include "base/xalloc.h"
#include "cli/commands.h"
#include "eval/harness.h"
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char eval_usage[] =
    "usage: precis eval --dataset FILE.jsonl [options]\n"
    "\n"
    "Summarizes every cluster of a cluster-JSONL dataset and scores the summaries with ROUGE\n"
    "(as ROUGE-1.5.5 computes it) against the cluster's references. Prints the mean of each\n"
    "metric over clusters with a 95% bootstrap interval (1000 resamples, seeded).\n"
    "\n"
    "  --protocol P        multinews (300 words, -n 2 -2 4 -u -m -l 300, F1; default),\n"
    "                      multiling (250 words, -n 2 -2 4 -u -l 250, recall),\n"
    "                      duc (100 words, -n 2 -2 4 -u -m -l 100, recall), custom\n"
    "  --algo NAME         summarization algorithm (default: precis's default)\n"
    "  --compress          compress the summary sentences (precis summarize --compress)\n"
    "  --words N           summary budget in words (default: the protocol's)\n"
    "  --rouge-flags \"..\"  ROUGE-1.5.5 flags (default: the protocol's)\n"
    "  --measure r|p|f     which score the means are of (default: the protocol's)\n"
    "  --unicode           Unicode tokenization in ROUGE (not comparable with ROUGE-1.5.5)\n"
    "  --lang CODE         language of every article (default: as the dataset says)\n"
    "  --summaries PATH    score these summaries instead of summarizing: a folder of <id>.txt\n"
    "                      or JSONL {\"id\",\"summary\"}; one sentence per line\n"
    "  --first K           only the first K clusters\n"
    "  --seed S            seed of the random baseline and of the bootstrap (default 1)\n"
    "  --jobs N            threads (default 1; results are identical for any N)\n"
    "  --out FILE.tsv|.json  per-cluster scores (and the summary, in JSON)\n"
    "  --against ALGO      also summarize with ALGO (e.g. lead) and print the paired difference:\n"
    "                      mean over clusters, its 95% bootstrap interval, wins/ties/losses\n"
    "Exit codes: 0 ok, 2 usage, 3 unreadable file, 4 malformed dataset or summaries.\n";

typedef struct eval_cli {
  eval_setup setup;
  const eval_protocol *protocol;
  const char *out;
  const char *rouge_flags;
  const char *against; /* --against ALGO */
  int words_set, measure_set, unicode;
} eval_cli;

static int parse_number(const char *s, double lo, double hi, double *out) {
  if (!s || !*s) return 0;
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (errno || *end || (double)v < lo || (double)v > hi) return 0;
  *out = (double)v;
  return 1;
}

static int algorithm_known(const char *name) {
  for (const char *const *a = precis_algorithms(); *a; a++)
    if (!strcmp(*a, name)) return 1;
  return 0;
}

static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "precis: eval: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see precis eval --help)\n");
  return PRECIS_ERR_USAGE;
}

static int parse_measure(const char *v, eval_measure *m) {
  if (!strcmp(v, "r") || !strcmp(v, "recall")) *m = EVAL_RECALL;
  else if (!strcmp(v, "p") || !strcmp(v, "precision")) *m = EVAL_PRECISION;
  else if (!strcmp(v, "f") || !strcmp(v, "f1")) *m = EVAL_F;
  else return 0;
  return 1;
}

/* "auto" or a code of precis_languages(); anything else would be silently ignored downstream. */
static int known_language(const char *code) {
  if (!strcmp(code, "auto")) return 1;
  for (const char *const *l = precis_languages(); *l; l++)
    if (!strcmp(code, *l)) return 1;
  return 0;
}

/* One option with its value; returns 0 when handled, an exit code otherwise. */
static int take_option(eval_cli *cli, const char *opt, const char *v) {
  double num;
  eval_setup *s = &cli->setup;
  if (!strcmp(opt, "--dataset")) s->dataset = v;
  else if (!strcmp(opt, "--algo")) s->algo = v;
  else if (!strcmp(opt, "--lang")) {
    if (!known_language(v)) return usage_error("unknown --lang '%s' (an ISO 639-1 code precis knows)", v);
    s->lang = v;
  }
  else if (!strcmp(opt, "--summaries")) s->summaries = v;
  else if (!strcmp(opt, "--out")) cli->out = v;
  else if (!strcmp(opt, "--against")) cli->against = v;
  else if (!strcmp(opt, "--rouge-flags")) cli->rouge_flags = v;
  else if (!strcmp(opt, "--protocol")) {
    if (!(cli->protocol = eval_protocol_find(v))) return usage_error("unknown protocol '%s'", v);
  } else if (!strcmp(opt, "--measure")) {
    if (!parse_measure(v, &s->measure)) return usage_error("--measure wants r, p or f, not '%s'", v);
    cli->measure_set = 1;
  } else if (!strcmp(opt, "--words")) {
    if (!parse_number(v, 1, 1e6, &s->words)) return usage_error("--words wants an integer 1..1000000, not '%s'", v);
    cli->words_set = 1;
  } else if (!strcmp(opt, "--first")) {
    if (!parse_number(v, 1, 1e9, &num)) return usage_error("--first wants a positive integer, not '%s'", v);
    s->first = (size_t)num;
  } else if (!strcmp(opt, "--seed")) {
    if (!parse_number(v, 0, 4e9, &num)) return usage_error("--seed wants an integer >= 0, not '%s'", v);
    s->seed = (unsigned long)num;
  } else if (!strcmp(opt, "--jobs")) {
    if (!parse_number(v, 1, 256, &num)) return usage_error("--jobs wants 1..256, not '%s'", v);
    s->jobs = (int)num;
  } else {
    return usage_error("unknown option '%s'", opt);
  }
  return 0;
}

static int parse_args(int argc, char **argv, eval_cli *cli) {
  cli->protocol = eval_protocol_find("multinews");
  cli->setup.jobs = 1;
  cli->setup.seed = 1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(eval_usage, stdout);
      return -1;
    }
    if (!strcmp(a, "--unicode")) {
      cli->unicode = 1;
      continue;
    }
    if (!strcmp(a, "--compress")) {
      cli->setup.compress = 1;
      continue;
    }
    if (strncmp(a, "--", 2) != 0) return usage_error("unexpected argument '%s'", a);
    if (i + 1 >= argc) return usage_error("%s wants a value", a);
    int rc = take_option(cli, a, argv[++i]);
    if (rc) return rc;
  }
  if (!cli->setup.dataset) return usage_error("%s", "--dataset FILE.jsonl is required");
  if (cli->against && !algorithm_known(cli->against))
    return usage_error("unknown --against algorithm '%s'", cli->against);
  if (cli->setup.compress && cli->setup.summaries)
    return usage_error("%s", "--compress applies to precis's own summaries, not to --summaries");
  eval_setup *s = &cli->setup;
  if (!cli->words_set) s->words = cli->protocol->words;
  if (!cli->measure_set) s->measure = cli->protocol->measure;
  rouge_options_init(&s->rouge);
  precis_error err = {0};
  const char *flags = cli->rouge_flags ? cli->rouge_flags : cli->protocol->rouge_flags;
  if (rouge_options_parse(&s->rouge, flags, &err) != PRECIS_OK) {
    fprintf(stderr, "precis: eval: --rouge-flags: %s\n", err.message);
    return PRECIS_ERR_USAGE;
  }
  s->rouge.unicode = cli->unicode;
  return 0;
}

static const char *measure_name(eval_measure m) {
  return m == EVAL_RECALL ? "recall" : m == EVAL_PRECISION ? "precision" : "F1";
}

static const char *algo_name(const eval_setup *s) {
  if (s->algo) return s->algo;
  const char *const *all = precis_algorithms();
  return all && all[0] ? all[0] : "default";
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Median and 99th percentile (nearest rank) of the per-cluster summarizing times: a time-bounded
 * algorithm (ilp) is judged by its tail, not its mean. */
static void time_percentiles(const eval_report *r, double *median, double *p99) {
  double *t = xmalloc((r->count ? r->count : 1) * sizeof *t);
  size_t n = 0;
  for (size_t i = 0; i < r->count; i++)
    if (r->clusters[i].ok) t[n++] = r->clusters[i].seconds;
  *median = *p99 = 0;
  if (n) {
    qsort(t, n, sizeof *t, cmp_double);
    *median = t[(n - 1) / 2];
    *p99 = t[(size_t)ceil(0.99 * (double)n) - 1];
  }
  free(t);
}

static void print_table(const eval_cli *cli, const eval_report *r) {
  const eval_setup *s = &cli->setup;
  const char *flags = cli->rouge_flags ? cli->rouge_flags : cli->protocol->rouge_flags;
  printf("dataset %s; protocol %s; algo %s%s; %g words; ROUGE %s%s; mean %s\n", s->dataset,
         cli->protocol->name, s->summaries ? "(given summaries)" : algo_name(s), s->compress ? " --compress" : "",
         s->words, flags, s->rouge.unicode ? " --unicode" : "", measure_name(s->measure));
  printf("%-10s %-8s %s\n", "metric", "mean", "95% CI");
  for (size_t k = 0; k < r->nstats; k++) {
    char m[16], lo[16], hi[16];
    rouge_format5(r->stat[k].mean, m);
    rouge_format5(r->stat[k].lo, lo);
    rouge_format5(r->stat[k].hi, hi);
    printf("%-10s %-8s [%s, %s]\n", r->stat[k].name, m, lo, hi);
  }
  size_t ok = r->count - r->failures;
  buf line = BUF_INIT;
  buf_printf(&line, "clusters %zu evaluated, %zu failed; ", ok, r->failures);
  if (!s->summaries) {
    buf_puts(&line, "summarizing ");
    json_num(&line, r->count ? r->summarize_seconds / (double)r->count : 0, 5);
    double median, p99;
    time_percentiles(r, &median, &p99);
    buf_puts(&line, " s per cluster (median ");
    json_num(&line, median * 1000, 2);
    buf_puts(&line, " ms, 99th percentile ");
    json_num(&line, p99 * 1000, 2);
    buf_puts(&line, " ms); ");
  }
  buf_puts(&line, "whole run ");
  json_num(&line, r->read_seconds + r->work_seconds, 2);
  buf_printf(&line, " s with %d job%s\n", s->jobs, s->jobs == 1 ? "" : "s");
  fputs(line.data, stdout);
  buf_free(&line);
}

static void tsv_scores(buf *b, const eval_cluster *c, size_t nstats) {
  for (size_t k = 0; k < nstats; k++) {
    const rouge_score *sc = &c->scores.score[k];
    double v[3] = {sc->recall, sc->precision, sc->f};
    for (int j = 0; j < 3; j++) {
      char t[16];
      rouge_format5(c->ok ? v[j] : 0, t);
      buf_printf(b, "\t%s", t);
    }
  }
}

static void write_tsv(buf *b, const eval_report *r) {
  buf_puts(b, "id\tstatus\tseconds");
  for (size_t k = 0; k < r->nstats; k++)
    buf_printf(b, "\t%s_R\t%s_P\t%s_F", r->stat[k].name, r->stat[k].name, r->stat[k].name);
  buf_putc(b, '\n');
  for (size_t i = 0; i < r->count; i++) {
    const eval_cluster *c = &r->clusters[i];
    buf_printf(b, "%s\t%s\t", c->id, c->ok ? "ok" : c->error);
    json_num(b, c->seconds, 6);
    tsv_scores(b, c, r->nstats);
    buf_putc(b, '\n');
  }
}

static void json_score(buf *b, const rouge_score *sc) {
  char t[3][16];
  rouge_format5(sc->recall, t[0]);
  rouge_format5(sc->precision, t[1]);
  rouge_format5(sc->f, t[2]);
  buf_printf(b, "{\"recall\":%s,\"precision\":%s,\"f\":%s}", t[0], t[1], t[2]);
}

static void write_json(buf *b, const eval_cli *cli, const eval_report *r) {
  const eval_setup *s = &cli->setup;
  buf_puts(b, "{\"dataset\":");
  json_cstr(b, s->dataset);
  buf_puts(b, ",\"protocol\":");
  json_cstr(b, cli->protocol->name);
  buf_puts(b, ",\"algo\":");
  json_cstr(b, s->summaries ? NULL : algo_name(s));
  if (s->compress) buf_puts(b, ",\"compress\":true");
  buf_printf(b, ",\"words\":%g,\"measure\":", s->words);
  json_cstr(b, measure_name(s->measure));
  buf_printf(b, ",\"clusters\":%zu,\"failures\":%zu,\"mean\":{", r->count - r->failures, r->failures);
  for (size_t k = 0; k < r->nstats; k++) {
    char m[16], lo[16], hi[16];
    rouge_format5(r->stat[k].mean, m);
    rouge_format5(r->stat[k].lo, lo);
    rouge_format5(r->stat[k].hi, hi);
    if (k) buf_putc(b, ',');
    json_cstr(b, r->stat[k].name);
    buf_printf(b, ":{\"mean\":%s,\"ci95\":[%s,%s]}", m, lo, hi);
  }
  buf_puts(b, "},\"per_cluster\":[");
  for (size_t i = 0; i < r->count; i++) {
    const eval_cluster *c = &r->clusters[i];
    if (i) buf_putc(b, ',');
    buf_puts(b, "{\"id\":");
    json_cstr(b, c->id);
    buf_puts(b, ",\"error\":");
    json_cstr(b, c->ok ? NULL : c->error);
    for (size_t k = 0; c->ok && k < c->scores.count; k++) {
      buf_putc(b, ',');
      json_cstr(b, c->scores.name[k]);
      buf_putc(b, ':');
      json_score(b, &c->scores.score[k]);
    }
    buf_putc(b, '}');
  }
  buf_puts(b, "]}\n");
}

static int write_out(const eval_cli *cli, const eval_report *r) {
  buf b = BUF_INIT;
  size_t n = strlen(cli->out);
  if (n > 5 && !strcmp(cli->out + n - 5, ".json")) write_json(&b, cli, r);
  else write_tsv(&b, r);
  FILE *f = fopen(cli->out, "w");
  int ok = f && fwrite(b.data, 1, b.len, f) == b.len;
  if (f && fclose(f) != 0) ok = 0;
  buf_free(&b);
  if (!ok) {
    fprintf(stderr, "precis: eval: cannot write %s\n", cli->out);
    return PRECIS_ERR_IO;
  }
  return 0;
}

/* --against: the same clusters summarized by the other algorithm (same options otherwise: a
 * comparison of selection, not of settings), then the paired differences. */
static int print_comparison(const eval_cli *cli, const eval_report *report) {
  eval_setup other = cli->setup;
  other.algo = cli->against;
  other.compress = 0;
  eval_report base;
  precis_error err = {0};
  if (eval_run(&other, &base, &err) != PRECIS_OK) {
    fprintf(stderr, "precis: eval: %s\n", err.message);
    eval_report_free(&base);
    return err.status;
  }
  eval_paired paired[ROUGE_MAX_METRICS];
  size_t n = eval_compare(report, &base, cli->setup.measure, cli->setup.seed, paired);
  printf("paired difference %s%s - %s over the same clusters (95%% bootstrap CI of the mean difference)\n",
         algo_name(&cli->setup), cli->setup.compress ? " --compress" : "", cli->against);
  printf("%-10s %-9s %-20s %s\n", "metric", "diff", "95% CI", "wins/ties/losses");
  for (size_t k = 0; k < n; k++) {
    char ci[48];
    snprintf(ci, sizeof ci, "[%+.5f, %+.5f]", paired[k].lo, paired[k].hi);
    printf("%-10s %+.5f  %-20s %zu/%zu/%zu\n", paired[k].name, paired[k].mean, ci, paired[k].wins, paired[k].ties,
           paired[k].losses);
  }
  eval_report_free(&base);
  return 0;
}

int cmd_eval(int argc, char **argv) {
  eval_cli cli;
  memset(&cli, 0, sizeof cli);
  int rc = parse_args(argc, argv, &cli);
  if (rc) return rc < 0 ? 0 : rc;
  eval_report report;
  precis_error err = {0};
  if (eval_run(&cli.setup, &report, &err) != PRECIS_OK) {
    fprintf(stderr, "precis: eval: %s\n", err.message);
    eval_report_free(&report);
    return err.status;
  }
  print_table(&cli, &report);
  if (cli.against) rc = print_comparison(&cli, &report);
  if (!rc && cli.out) rc = write_out(&cli, &report);
  if (!rc && report.count && report.failures == report.count) {
    /* Means over zero clusters would read as a result; say that nothing was scored. */
    const eval_cluster *first = &report.clusters[0];
    fprintf(stderr, "precis: eval: no cluster could be evaluated (%zu failed; first: %s: %s)\n",
            report.failures, first->id, first->error);
    rc = PRECIS_ERR_INPUT;
  }
  eval_report_free(&report);
  if (!rc && (fflush(stdout) != 0 || ferror(stdout))) {
    fprintf(stderr, "precis: eval: cannot write the output\n");
    rc = PRECIS_ERR_IO;
  }
  return rc;
}

/* cmd_summarize.c — `precis summarize [options] INPUT...`: read clusters, summarize, render.
 *
 * Clusters are processed one at a time in input order (memory bounded by the largest cluster).
 * Text and Markdown output separate several clusters with a line `== <cluster id>` before each
 * one; a single cluster gets no separator (the first cluster's output is held back until we know
 * whether a second one follows). JSON writes one object per line. Exit codes are precis_status
 * values (docs/CLI.md); every error is one line on stderr prefixed "precis: ".
 * Cost: the pipeline's, O(input bytes) plus the algorithm's selection cost per cluster.
 */
#include "cli/cli.h"
#include "cli/commands.h"
#include "precis.h"
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: precis summarize [options] INPUT...\n"
    "\n"
    "Summarize a cluster of news articles: files (one article each), directories (their files,\n"
    "sorted by name), JSONL datasets (one cluster per line) or - for standard input.\n"
    "\n"
    "budget (one of; default --words 100; never exceeded):\n"
    "  --words N         at most N words\n"
    "  --sentences N     at most N sentences\n"
    "  --ratio R         at most R (0 < R <= 1) of the cluster's distinct words\n"
    "  --bytes N         at most N bytes of text (sentences joined by one space)\n"
    "selection and output:\n"
    "  --algo NAME       selection algorithm (default: the first of --algo list)\n"
    "  --lang auto|xx    language of the articles (default: identified per article)\n"
    "  --order chrono|rank  chronological (default) or by descending score\n"
    "  --format text|md|json  output format (default text: one sentence per line)\n"
    "  --explain         md/json: scores, sentence features, the lines removed while cleaning\n"
    "  --compress        cut parentheticals, short attribution tails and leading connectives\n"
    "                    from the sentences (budgets count what remains; json lists the cuts)\n"
    "  --seed N          seed of the random baseline (default 1)\n"
    "input:\n"
    "  --input-format auto|text|cluster-jsonl|article-jsonl|multinews|wcep\n"
    "  --skip-bad        skip malformed JSONL lines and clusters without prose (exit 1 if any)\n"
    "  --help, --version\n"
    "\n"
    "exit codes: 0 ok, 1 partial (--skip-bad skipped records), 2 usage, 3 I/O, 4 bad input,\n"
    "5 out of memory, 6 internal error.\n";

typedef struct summarize_cli {
  precis_options *opt;
  precis_read_options read;
  precis_format format;
  int explain;
} summarize_cli;

static int parse_whole(const char *s, double *out) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (end == s || *end || errno) return 0;
  *out = (double)v;
  return 1;
}

static int parse_real(const char *s, double *out) {
  /* strtod honours LC_NUMERIC; main() set the "C" locale, so '.' is the decimal point. */
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (end == s || *end || errno) return 0;
  *out = v;
  return 1;
}

static int set_budget(summarize_cli *cli, precis_budget_unit unit, const char *arg, const char *name) {
  double amount;
  int ok = unit == PRECIS_BUDGET_RATIO ? parse_real(arg, &amount) : parse_whole(arg, &amount);
  if (!ok) {
    fprintf(stderr, "precis: %s needs a %s, not '%s'\n", name,
            unit == PRECIS_BUDGET_RATIO ? "number in (0, 1]" : "positive whole number", arg);
    return PRECIS_ERR_USAGE;
  }
  precis_error err;
  if (precis_options_set_budget(cli->opt, unit, amount, &err) != PRECIS_OK) {
    fprintf(stderr, "precis: %s %s: %s\n", name, arg, err.message);
    return err.status;
  }
  return 0;
}

enum { OPT_WORDS = 256, OPT_SENTENCES, OPT_RATIO, OPT_BYTES, OPT_ALGO, OPT_LANG, OPT_ORDER, OPT_FORMAT,
       OPT_EXPLAIN, OPT_INPUT_FORMAT, OPT_SKIP_BAD, OPT_SEED, OPT_COMPRESS, OPT_HELP, OPT_VERSION };

static const struct option long_options[] = {
    {"words", required_argument, NULL, OPT_WORDS},   {"sentences", required_argument, NULL, OPT_SENTENCES},
    {"ratio", required_argument, NULL, OPT_RATIO},   {"bytes", required_argument, NULL, OPT_BYTES},
    {"algo", required_argument, NULL, OPT_ALGO},     {"lang", required_argument, NULL, OPT_LANG},
    {"order", required_argument, NULL, OPT_ORDER},   {"format", required_argument, NULL, OPT_FORMAT},
    {"explain", no_argument, NULL, OPT_EXPLAIN},     {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
    {"skip-bad", no_argument, NULL, OPT_SKIP_BAD},   {"seed", required_argument, NULL, OPT_SEED},
    {"compress", no_argument, NULL, OPT_COMPRESS},   {"help", no_argument, NULL, OPT_HELP},
    {"version", no_argument, NULL, OPT_VERSION},     {NULL, 0, NULL, 0}};

/* 0 from a setter means "fine, go on" (-1 in parse_option's convention). */
static int go_on(int status) { return status ? status : -1; }

static void list_algorithms(void) {
  for (const char *const *a = precis_algorithms(); *a; a++) printf("%s\n", *a);
}

/* Returns -1 to go on, or the exit code. */
static int parse_option(summarize_cli *cli, int c, const char *arg) {
  precis_error err;
  switch (c) {
  case OPT_WORDS: return go_on(set_budget(cli, PRECIS_BUDGET_WORDS, arg, "--words"));
  case OPT_SENTENCES: return go_on(set_budget(cli, PRECIS_BUDGET_SENTENCES, arg, "--sentences"));
  case OPT_RATIO: return go_on(set_budget(cli, PRECIS_BUDGET_RATIO, arg, "--ratio"));
  case OPT_BYTES: return go_on(set_budget(cli, PRECIS_BUDGET_BYTES, arg, "--bytes"));
  case OPT_ALGO:
    if (!strcmp(arg, "list")) return list_algorithms(), 0;
    if (precis_options_set_algo(cli->opt, arg, &err) != PRECIS_OK) return cli_fail(err.status, "%s", err.message);
    return -1;
  case OPT_LANG:
    if (precis_options_set_lang(cli->opt, arg, &err) != PRECIS_OK) return cli_fail(err.status, "%s", err.message);
    cli->read.lang = strcmp(arg, "auto") ? arg : NULL;
    return -1;
  case OPT_ORDER:
    if (!strcmp(arg, "chrono")) precis_options_set_order(cli->opt, PRECIS_ORDER_CHRONO);
    else if (!strcmp(arg, "rank")) precis_options_set_order(cli->opt, PRECIS_ORDER_RANK);
    else return cli_fail(PRECIS_ERR_USAGE, "unknown --order '%s' (chrono or rank)", arg);
    return -1;
  case OPT_FORMAT:
    if (!strcmp(arg, "text")) cli->format = PRECIS_FORMAT_TEXT;
    else if (!strcmp(arg, "md")) cli->format = PRECIS_FORMAT_MD;
    else if (!strcmp(arg, "json")) cli->format = PRECIS_FORMAT_JSON;
    else return cli_fail(PRECIS_ERR_USAGE, "unknown --format '%s' (text, md or json)", arg);
    return -1;
  case OPT_EXPLAIN: cli->explain = 1; return -1;
  case OPT_COMPRESS: precis_options_set_compress(cli->opt, 1); return -1;
  case OPT_INPUT_FORMAT:
    if (!cli_parse_input_format(arg, &cli->read.format))
      return cli_fail(PRECIS_ERR_USAGE, "unknown --input-format '%s'", arg);
    return -1;
  case OPT_SKIP_BAD: cli->read.skip_bad = 1; return -1;
  case OPT_SEED: {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    if (end == arg || *end || errno || arg[0] == '-') return cli_fail(PRECIS_ERR_USAGE, "--seed needs a whole number, not '%s'", arg);
    precis_options_set_seed(cli->opt, (unsigned long)v);
    return -1;
  }
  case OPT_HELP: fputs(usage_text, stdout); return 0;
  case OPT_VERSION: printf("precis %s\n", precis_version()); return 0;
  default: fputs("precis: see precis summarize --help\n", stderr); return PRECIS_ERR_USAGE;
  }
}

/* Summarizes every cluster; returns the exit code. */
static int run(summarize_cli *cli, const char *const *inputs, size_t n) {
  precis_error err = {0};
  precis_reader *rd = precis_reader_open(inputs, n, &cli->read, &err);
  if (!rd) return cli_fail(err.status ? err.status : PRECIS_ERR_IO, "%s", err.message);
  cli_emitter em = {cli->format != PRECIS_FORMAT_JSON, 0, NULL, NULL, 0};
  size_t unusable = 0;
  int status = PRECIS_OK, got;
  precis_corpus *c;
  while ((got = precis_reader_next(rd, &c, &err)) == 1) {
    precis_summary *s = precis_summarize(c, cli->opt, &err);
    if (s) {
      size_t len;
      char *out = precis_render_summary(s, c, cli->format, cli->explain, &len);
      cli_emit(&em, precis_corpus_id(c), out, len);
    } else if (cli->read.skip_bad && err.status == PRECIS_ERR_INPUT) {
      /* A cluster without prose in a dataset: skipped and counted like a malformed record. */
      fprintf(stderr, "precis: skipping: %s\n", err.message);
      unusable++;
    } else {
      status = cli_fail(err.status, "%s", err.message);
    }
    precis_summary_free(s);
    precis_corpus_free(c);
    if (status != PRECIS_OK) break;
  }
  if (got < 0) status = cli_fail(err.status ? err.status : PRECIS_ERR_INTERNAL, "%s", err.message);
  cli_emit_finish(&em);
  return cli_finish_run(rd, status, em.clusters, unusable, "summarized");
}

int cmd_summarize(int argc, char **argv) {
  summarize_cli cli = {precis_options_new(), {PRECIS_INPUT_AUTO, 0, NULL}, PRECIS_FORMAT_TEXT, 0};
  int c, code = -1;
  optind = 1;
  opterr = 0;
  while (code < 0 && (c = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
    if (c == '?') {
      const char *bad = argv[optind - 1];
      code = cli_fail(PRECIS_ERR_USAGE, "unknown or incomplete option '%s' (see precis summarize --help)", bad);
    } else {
      code = parse_option(&cli, c, optarg);
    }
  }
  if (code < 0 && optind >= argc) code = cli_fail(PRECIS_ERR_USAGE, "%s", "no input (give files, directories or -)");
  if (code < 0 && cli.explain && cli.format == PRECIS_FORMAT_TEXT)
    code = cli_fail(PRECIS_ERR_USAGE, "%s", "--explain needs --format md or json (text is one sentence per line)");
  if (code < 0) code = run(&cli, (const char *const *)(argv + optind), (size_t)(argc - optind));
  precis_options_free(cli.opt);
  return code;
}

/* cmd_digest.c — `precis digest [options] INPUT...`: the event page of each cluster (headline,
 * sourced summary, sources, fact table with disagreements, who said what, timeline, entities).
 *
 * Clusters are processed one at a time in input order. Markdown separates several clusters with
 * a line `== <cluster id>`; JSON writes one object per line; HTML writes one self-contained page
 * per cluster (give one cluster per call for a valid page). When the summarizer fails the digest
 * is still written without its summary and the error is reported on stderr (exit 1, partial).
 * Exit codes are precis_status values (docs/CLI.md).
 * Cost: the summarizer's plus the digest's, O(input bytes) per cluster (docs/DIGEST.md).
 */
#include "analyze/digest.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "precis.h"
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: precis digest [options] INPUT...\n"
    "\n"
    "Build the event page of a cluster of news articles: headline, summary with citations,\n"
    "sources (with their share of shared wire copy), a fact table flagging figures on which\n"
    "sources disagree, who said what, a timeline and the entities most mentioned.\n"
    "Inputs as for `precis summarize`: files, directories, JSONL datasets or -.\n"
    "\n"
    "  --format md|json|html  output (default md); json schema and html page: docs/DIGEST.md\n"
    "  --words N         summary budget in words (default 100)\n"
    "  --compress        compress the summary's sentences (see precis summarize --help)\n"
    "  --lang auto|xx    language of the articles (default: identified per article)\n"
    "  --input-format auto|text|cluster-jsonl|article-jsonl|multinews|wcep\n"
    "  --skip-bad        skip malformed JSONL lines (exit 1 when some were skipped)\n"
    "  --help, --version\n"
    "\n"
    "exit codes: 0 ok, 1 partial, 2 usage, 3 I/O, 4 bad input, 5 out of memory, 6 internal error.\n";

typedef enum digest_format { DIGEST_MD, DIGEST_JSON, DIGEST_HTML } digest_format;

typedef struct digest_cli {
  precis_options *opt;
  precis_read_options read;
  digest_format format;
} digest_cli;

enum { OPT_FORMAT = 256, OPT_WORDS, OPT_LANG, OPT_INPUT_FORMAT, OPT_SKIP_BAD, OPT_COMPRESS, OPT_HELP, OPT_VERSION };

static const struct option long_options[] = {
    {"format", required_argument, NULL, OPT_FORMAT}, {"words", required_argument, NULL, OPT_WORDS},
    {"lang", required_argument, NULL, OPT_LANG},     {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
    {"skip-bad", no_argument, NULL, OPT_SKIP_BAD},   {"help", no_argument, NULL, OPT_HELP},
    {"compress", no_argument, NULL, OPT_COMPRESS},   {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0}};

/* Returns -1 to go on, or the exit code. */
static int parse_option(digest_cli *cli, int c, const char *arg) {
  precis_error err;
  switch (c) {
  case OPT_FORMAT:
    if (!strcmp(arg, "md")) cli->format = DIGEST_MD;
    else if (!strcmp(arg, "json")) cli->format = DIGEST_JSON;
    else if (!strcmp(arg, "html")) cli->format = DIGEST_HTML;
    else return cli_fail(PRECIS_ERR_USAGE, "unknown --format '%s' (md, json or html)", arg);
    return -1;
  case OPT_WORDS: {
    char *end;
    errno = 0;
    long long v = strtoll(arg, &end, 10);
    if (end == arg || *end || errno || v <= 0) return cli_fail(PRECIS_ERR_USAGE, "--words needs a positive whole number, not '%s'", arg);
    if (precis_options_set_budget(cli->opt, PRECIS_BUDGET_WORDS, (double)v, &err) != PRECIS_OK)
      return cli_fail(err.status, "%s", err.message);
    return -1;
  }
  case OPT_LANG:
    if (precis_options_set_lang(cli->opt, arg, &err) != PRECIS_OK) return cli_fail(err.status, "%s", err.message);
    cli->read.lang = strcmp(arg, "auto") ? arg : NULL;
    return -1;
  case OPT_INPUT_FORMAT:
    if (!cli_parse_input_format(arg, &cli->read.format)) return cli_fail(PRECIS_ERR_USAGE, "unknown --input-format '%s'", arg);
    return -1;
  case OPT_SKIP_BAD: cli->read.skip_bad = 1; return -1;
  case OPT_COMPRESS: precis_options_set_compress(cli->opt, 1); return -1;
  case OPT_HELP: fputs(usage_text, stdout); return 0;
  case OPT_VERSION: printf("precis %s\n", precis_version()); return 0;
  default: fputs("precis: see precis digest --help\n", stderr); return PRECIS_ERR_USAGE;
  }
}

static char *render(const digest *d, digest_format f, size_t *len) {
  switch (f) {
  case DIGEST_JSON: return digest_render_json(d, len);
  case DIGEST_HTML: return digest_render_html(d, len);
  case DIGEST_MD: break;
  }
  return digest_render_md(d, len);
}

static int run(digest_cli *cli, const char *const *inputs, size_t n) {
  precis_error err = {0};
  precis_reader *rd = precis_reader_open(inputs, n, &cli->read, &err);
  if (!rd) return cli_fail(err.status ? err.status : PRECIS_ERR_IO, "%s", err.message);
  cli_emitter em = {cli->format == DIGEST_MD, 0, NULL, NULL, 0};
  int status = PRECIS_OK, got;
  precis_corpus *c;
  while ((got = precis_reader_next(rd, &c, &err)) == 1) {
    precis_error serr = {0};
    precis_summary *s = precis_summarize(c, cli->opt, &serr);
    if (!s) {
      fprintf(stderr, "precis: %s: no summary: %s\n", precis_corpus_id(c), serr.message);
      status = PRECIS_PARTIAL;
    }
    digest *d = digest_build(c, s);
    size_t len;
    char *out = render(d, cli->format, &len);
    cli_emit(&em, precis_corpus_id(c), out, len);
    digest_free(d);
    precis_summary_free(s);
    precis_corpus_free(c);
  }
  if (got < 0) status = cli_fail(err.status ? err.status : PRECIS_ERR_INTERNAL, "%s", err.message);
  cli_emit_finish(&em);
  return cli_finish_run(rd, status, em.clusters, 0, "read");
}

int cmd_digest(int argc, char **argv) {
  digest_cli cli = {precis_options_new(), {PRECIS_INPUT_AUTO, 0, NULL}, DIGEST_MD};
  int c, code = -1;
  optind = 1;
  opterr = 0;
  while (code < 0 && (c = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
    if (c == '?') code = cli_fail(PRECIS_ERR_USAGE, "unknown or incomplete option '%s' (see precis digest --help)", argv[optind - 1]);
    else code = parse_option(&cli, c, optarg);
  }
  if (code < 0 && optind >= argc) code = cli_fail(PRECIS_ERR_USAGE, "%s", "no input (give files, directories or -)");
  if (code < 0) code = run(&cli, (const char *const *)(argv + optind), (size_t)(argc - optind));
  precis_options_free(cli.opt);
  return code;
}

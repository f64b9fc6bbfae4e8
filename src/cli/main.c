/* main.c — the `precis` command: git-style subcommands, each in its own cmd_*.c. */
#include "cli/commands.h"
#include "precis.h"
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static const struct {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *help;
} commands[] = {
    {"summarize", cmd_summarize, "summarize a cluster of articles (files, directories, JSONL, stdin)"},
    {"digest", cmd_digest, "the event page: summary, facts and disagreements, quotes, timeline"},
    {"rouge", cmd_rouge, "score summaries with ROUGE, as ROUGE-1.5.5 does"},
    {"eval", cmd_eval, "summarize a whole dataset and score it against its references"},
    {"eval-cluster", cmd_eval_cluster, "score a predicted article clustering (B-cubed, ARI)"},
};

static void usage(FILE *out) {
  fprintf(out, "usage: precis COMMAND [options] [INPUT...]\n\ncommands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    fprintf(out, "  %-13s %s\n", commands[i].name, commands[i].help);
  fprintf(out, "\n`precis COMMAND --help` describes a command; `precis --version` prints the version.\n");
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "C"); /* output never depends on the user's locale */
  /* A reader that goes away (`precis ... | head`) ends us quietly, as it ends any filter, even
   * when the parent left SIGPIPE ignored (else every write would fail with EPIPE and we would
   * report an I/O error nobody asked for). */
  signal(SIGPIPE, SIG_DFL);
  if (argc < 2) {
    usage(stderr);
    return PRECIS_ERR_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return 0;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
    printf("precis %s\n", precis_version());
    return 0;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(argv[1], commands[i].name)) return commands[i].run(argc - 1, argv + 1);
  fprintf(stderr, "precis: unknown command '%s' (see precis --help)\n", argv[1]);
  return PRECIS_ERR_USAGE;
}

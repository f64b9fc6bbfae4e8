/* commands.h — the subcommands of the `precis` CLI; main.c dispatches to them. Each returns the
 * process exit code (precis_status values, docs/CLI.md). */
#ifndef PRECIS_COMMANDS_H
#define PRECIS_COMMANDS_H

int cmd_summarize(int argc, char **argv);
int cmd_digest(int argc, char **argv);
int cmd_rouge(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_eval_cluster(int argc, char **argv);

#endif

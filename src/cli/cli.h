/* cli.h — what the cluster-processing subcommands (summarize, digest) share: error lines, the
 * --input-format names, the `== id` separators between clusters, and the end-of-run accounting
 * (nothing read, skipped records, write errors) that decides the exit code. */
#ifndef PRECIS_CLI_H
#define PRECIS_CLI_H
#include "precis.h"
#include <stddef.h>

/* Prints "precis: <message>" on stderr; returns status. */
int cli_fail(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* 1 and *out for auto|text|cluster-jsonl|article-jsonl|multinews|wcep; 0 otherwise. */
int cli_parse_input_format(const char *name, precis_input_format *out);

/* Writes each cluster's rendering to stdout. With `separate`, a line `== <cluster id>` precedes
 * each cluster — but only once a second cluster shows there are several, so the first one is
 * held back until then. */
typedef struct cli_emitter {
  int separate;
  size_t clusters;
  char *held, *held_id;
  size_t held_len;
} cli_emitter;

/* Takes ownership of out (malloc'd). */
void cli_emit(cli_emitter *e, const char *id, char *out, size_t len);
void cli_emit_finish(cli_emitter *e);

/* The end of a run over a reader: reports "nothing usable", flushes stdout, reports skipped
 * records (exit 1). `unusable` counts clusters the command itself skipped; `verb` says what could
 * not be done ("summarized"). Frees the reader; returns the exit code. */
int cli_finish_run(precis_reader *rd, int status, size_t clusters, size_t unusable, const char *verb);

#endif

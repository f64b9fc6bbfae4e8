/* cli.c — see cli.h. */
#include "cli/cli.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_fail(int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("precis: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return status;
}

int cli_parse_input_format(const char *name, precis_input_format *out) {
  static const struct {
    const char *name;
    precis_input_format fmt;
  } names[] = {{"auto", PRECIS_INPUT_AUTO},
               {"text", PRECIS_INPUT_TEXT},
               {"cluster-jsonl", PRECIS_INPUT_CLUSTER_JSONL},
               {"article-jsonl", PRECIS_INPUT_ARTICLE_JSONL},
               {"multinews", PRECIS_INPUT_MULTINEWS},
               {"wcep", PRECIS_INPUT_WCEP}};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(name, names[i].name)) return *out = names[i].fmt, 1;
  return 0;
}

/* Write errors are not checked here: cli_finish_run reports them once, from ferror(stdout). */
static void write_out(const char *data, size_t len) {
  if (len) fwrite(data, 1, len, stdout);
}

void cli_emit(cli_emitter *e, const char *id, char *out, size_t len) {
  e->clusters++;
  if (!e->separate) {
    write_out(out, len);
    free(out);
    return;
  }
  if (e->clusters == 1) {
    e->held = out, e->held_len = len;
    e->held_id = malloc(strlen(id) + 1);
    if (e->held_id) strcpy(e->held_id, id);
    return;
  }
  if (e->held) {
    printf("== %s\n", e->held_id ? e->held_id : "");
    write_out(e->held, e->held_len);
    free(e->held), free(e->held_id);
    e->held = e->held_id = NULL;
  }
  printf("== %s\n", id);
  write_out(out, len);
  free(out);
}

void cli_emit_finish(cli_emitter *e) {
  if (e->held) write_out(e->held, e->held_len);
  free(e->held), free(e->held_id);
  e->held = e->held_id = NULL;
}

int cli_finish_run(precis_reader *rd, int status, size_t clusters, size_t unusable, const char *verb) {
  size_t skipped = precis_reader_skipped(rd) + unusable;
  precis_reader_free(rd);
  if (status == PRECIS_OK && clusters == 0) {
    if (skipped) status = cli_fail(PRECIS_ERR_INPUT, "no cluster could be %s: every record was skipped as bad", verb);
    else status = cli_fail(PRECIS_ERR_INPUT, "no articles found in the input");
  }
  if (fflush(stdout) != 0 || ferror(stdout)) return cli_fail(PRECIS_ERR_IO, "cannot write the output");
  if (status == PRECIS_OK && skipped) {
    fprintf(stderr, "precis: skipped %zu bad record%s\n", skipped, skipped == 1 ? "" : "s");
    status = PRECIS_PARTIAL;
  }
  return status;
}

/* cmd_rouge.c — PLACEHOLDER until the command lands. */
#include "cli/commands.h"
#include <stdio.h>
int cmd_rouge(int argc, char **argv) {
  fprintf(stderr, "precis: not implemented yet\n");
  return 6;
}

/* rouge_options.c — ROUGE-1.5.5 command-line flags to rouge_options.
 *
 * Kept apart from the scorer so the CLI, `precis eval --rouge-flags` and the vector test all
 * read the flags exactly one way. O(number of flags).
 */
#include "base/error.h"
#include "base/xalloc.h"
#include "eval/rouge.h"
#include "eval/rouge_internal.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void rouge_options_init(rouge_options *opt) {
  memset(opt, 0, sizeof *opt);
  opt->max_n = 1;
  opt->skip_distance = -1;
  opt->score_mode = 'A';
  opt->alpha = 0.5;
}

static int parse_long(const char *s, long lo, long hi, long *out) {
  if (!s || !*s) return 0;
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || v < lo || v > hi) return 0;
  *out = v;
  return 1;
}

/* strtod would honour LC_NUMERIC; alpha is a plain decimal in [0,1], so read it by hand. */
static int parse_alpha(const char *s, double *out) {
  if (!s || !*s) return 0;
  double v = 0, scale = 1;
  int seen_digit = 0, seen_point = 0;
  for (const char *p = s; *p; p++) {
    if (*p >= '0' && *p <= '9') {
      seen_digit = 1;
      if (seen_point) {
        scale /= 10;
        v += (*p - '0') * scale;
      } else {
        v = v * 10 + (*p - '0');
      }
    } else if (*p == '.' && !seen_point) {
      seen_point = 1;
    } else {
      return 0;
    }
  }
  if (!seen_digit || v > 1) return 0;
  *out = v;
  return 1;
}

static int takes_value(const char *flag) {
  static const char *const with_value[] = {"-n", "-2", "-l", "-b", "-f", "-p", "-c", "-r",
                                           "-t", "-e", "-z", "-w", "-3", NULL};
  for (size_t i = 0; with_value[i]; i++)
    if (!strcmp(flag, with_value[i])) return 1;
  return 0;
}

static int is_ignored_switch(const char *flag) {
  return !strcmp(flag, "-a") || !strcmp(flag, "-d") || !strcmp(flag, "-v") || !strcmp(flag, "-x");
}

static precis_status apply_flag(rouge_options *opt, const char *flag, const char *value,
                                precis_error *err) {
  long v;
  if (!strcmp(flag, "-n")) {
    if (!parse_long(value, 1, ROUGE_MAX_N, &v))
      return err_set(err, PRECIS_ERR_USAGE, "rouge: -n wants an integer 1..%d", ROUGE_MAX_N);
    opt->max_n = (int)v;
  } else if (!strcmp(flag, "-2")) {
    if (!parse_long(value, -1, 1000000, &v))
      return err_set(err, PRECIS_ERR_USAGE, "rouge: -2 wants a skip distance (integer >= -1)");
    opt->skip_distance = (int)v;
  } else if (!strcmp(flag, "-l")) {
    if (!parse_long(value, 1, 1000000000, &v))
      return err_set(err, PRECIS_ERR_USAGE, "rouge: -l wants a positive word count");
    opt->word_limit = v;
  } else if (!strcmp(flag, "-b")) {
    if (!parse_long(value, 1, 1000000000, &v))
      return err_set(err, PRECIS_ERR_USAGE, "rouge: -b wants a positive byte count");
    opt->byte_limit = v;
  } else if (!strcmp(flag, "-f")) {
    if (!value || (strcmp(value, "A") && strcmp(value, "B")))
      return err_set(err, PRECIS_ERR_USAGE, "rouge: -f wants A (average) or B (best)");
    opt->score_mode = value[0];
  } else if (!strcmp(flag, "-p")) {
    if (!parse_alpha(value, &opt->alpha))
      return err_set(err, PRECIS_ERR_USAGE, "rouge: -p wants alpha in [0,1]");
  } else if (!strcmp(flag, "-w") || !strcmp(flag, "-3")) {
    return err_set(err, PRECIS_ERR_USAGE, "rouge: %s (ROUGE-%s) is not supported", flag,
                   flag[1] == 'w' ? "W" : "BE");
  } else if (!value) {
    return err_set(err, PRECIS_ERR_USAGE, "rouge: %s wants a value", flag);
  } /* -c -r -t -e -z: accepted, no effect on the scores we print */
  return PRECIS_OK;
}

precis_status rouge_options_parse_argv(rouge_options *opt, int argc, char **argv, int *used,
                                       precis_error *err) {
  int i = 0;
  while (i < argc) {
    const char *flag = argv[i];
    if (!strcmp(flag, "-u")) {
      opt->skip_unigrams = 1;
    } else if (!strcmp(flag, "-m")) {
      opt->stem = 1;
    } else if (!strcmp(flag, "-s")) {
      opt->stopwords = 1;
    } else if (is_ignored_switch(flag)) {
      if (!strcmp(flag, "-x")) opt->no_lcs = 1;
    } else if (takes_value(flag)) {
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;
      precis_status st = apply_flag(opt, flag, value, err);
      if (st != PRECIS_OK) return st;
      i++;
    } else {
      break;
    }
    i++;
  }
  if (used) *used = i;
  return PRECIS_OK;
}

precis_status rouge_options_parse(rouge_options *opt, const char *flags, precis_error *err) {
  char *copy = xstrdup(flags ? flags : "");
  char **argv = NULL;
  size_t argc = 0, cap = 0;
  for (char *tok = strtok(copy, " \t\n"); tok; tok = strtok(NULL, " \t\n")) {
    argv = xgrow(argv, &cap, argc + 1, sizeof *argv);
    argv[argc++] = tok;
  }
  int used = 0;
  precis_status st = rouge_options_parse_argv(opt, (int)argc, argv, &used, err);
  if (st == PRECIS_OK && (size_t)used < argc)
    st = err_set(err, PRECIS_ERR_USAGE, "rouge: unknown flag '%s'", argv[used]);
  free(argv);
  free(copy);
  return st;
}

const char *rouge_default_stopword_file(void) {
  const char *env = getenv("PRECIS_ROUGE_STOPWORDS");
  if (env && *env) return env;
  return ROUGE_DEBIAN_SMART_LIST;
}

const char *rouge_default_wordnet_dir(void) {
  const char *env = getenv("PRECIS_ROUGE_WORDNET");
  if (env && *env) return env;
  return "/usr/share/wordnet";
}

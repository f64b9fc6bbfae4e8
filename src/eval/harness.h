/* harness.h — `precis eval`: summarize every cluster of a dataset (or take summaries made by
 * another system), score them with ROUGE against the cluster's references, and report means
 * with bootstrap confidence intervals.
 *
 * Clusters are read first (the reader is sequential), then summarized and scored by `jobs`
 * threads, each with its own options and ROUGE scorer; cluster i always lands in slot i, so the
 * report is identical for any number of threads. Cost: reading O(dataset bytes), then per
 * cluster the summarizer's cost plus ROUGE (eval/rouge.h), plus O(B * clusters) for B = 1000
 * bootstrap resamples.
 */
#ifndef PRECIS_HARNESS_H
#define PRECIS_HARNESS_H
#include "eval/rouge.h"
#include "precis.h"
#include <stddef.h>

typedef enum eval_measure { EVAL_RECALL, EVAL_PRECISION, EVAL_F } eval_measure;

/* A reporting protocol of /work/shared/data/README.md: word budget, ROUGE flags, measure. */
typedef struct eval_protocol {
  const char *name;
  double words;
  const char *rouge_flags;
  eval_measure measure;
} eval_protocol;

/* multinews, multiling, duc, custom; NULL when unknown. */
const eval_protocol *eval_protocol_find(const char *name);

typedef struct eval_setup {
  const char *dataset;     /* cluster JSONL with "references" */
  const char *algo;        /* NULL: precis's default algorithm */
  const char *lang;        /* NULL: as the dataset says */
  double words;            /* summary budget */
  rouge_options rouge;
  eval_measure measure;    /* which of R/P/F the means are of */
  int jobs;                /* >= 1 */
  const char *summaries;   /* NULL, or a folder of <id>.txt, or JSONL {"id","summary"} */
  size_t first;            /* 0 = every cluster */
  unsigned long seed;      /* the random baseline and the bootstrap */
  int compress;            /* summaries made with precis_options_set_compress */
} eval_setup;

typedef struct eval_cluster {
  char *id;
  int ok;
  char error[640]; /* room for a prefix and a whole precis_error message */
  rouge_result scores;
  double seconds; /* summarizing this cluster (0 with --summaries) */
} eval_cluster;

typedef struct eval_stat {
  char name[16];
  double mean, lo, hi; /* mean over clusters and its 95% bootstrap interval */
} eval_stat;

typedef struct eval_report {
  eval_cluster *clusters;
  size_t count, failures;
  eval_stat stat[ROUGE_MAX_METRICS];
  size_t nstats;
  double read_seconds, work_seconds, summarize_seconds; /* summarize: summed over clusters */
} eval_report;

/* PRECIS_ERR_IO / _INPUT for an unreadable or malformed dataset or summaries file (including a
 * summary whose id is no cluster of the dataset); per-cluster failures are counted, not fatal. */
precis_status eval_run(const eval_setup *setup, eval_report *out, precis_error *err);
void eval_report_free(eval_report *r);
/* The measure's value of one score. */
double eval_pick(const rouge_score *s, eval_measure m);

/* A paired comparison of two reports over the same clusters (`precis eval --against`): per
 * metric, the mean over clusters of (a − b), its 95% bootstrap interval (resampling clusters, so
 * the pairing is kept), and how many clusters a wins, ties and loses. Clusters that failed in
 * either report are left out (counted in `pairs` as missing). Why paired: on 10-cluster sets two
 * systems' own intervals overlap widely while the per-cluster differences can still be
 * consistent; the interval of the difference is what says whether one beats the other. */
typedef struct eval_paired {
  char name[16];
  double mean, lo, hi;
  size_t wins, ties, losses;
} eval_paired;

/* Fills out[0..a->nstats) (metrics matched by name); returns how many were filled. */
size_t eval_compare(const eval_report *a, const eval_report *b, eval_measure m, unsigned long seed,
                    eval_paired *out);

#endif

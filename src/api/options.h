/* options.h — the inside of precis_options, shared by the API calls and the summarizers.
 * Plain data (no cost of its own): copying an options object is a struct copy. */
#ifndef PRECIS_API_OPTIONS_H
#define PRECIS_API_OPTIONS_H
#include "precis.h"

struct precis_options {
  precis_budget_unit unit;
  double amount;
  size_t algo;   /* index in the algorithm table (summarize/algo.h) */
  char lang[16]; /* "auto" or a known ISO 639-1 code */
  precis_order order;
  unsigned long seed;
  int compress; /* 1: --compress (summarize/compress.h) */
};

#endif

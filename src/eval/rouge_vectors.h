/* rouge_vectors.h — the ROUGE test-vector format: JSONL items {"id","peer","models":[...]}, each
 * text one sentence per line. Read by `precis rouge --vectors` and the agreement test.
 * O(file size) to load.
 */
#ifndef PRECIS_ROUGE_VECTORS_H
#define PRECIS_ROUGE_VECTORS_H
#include "precis.h"
#include <stddef.h>

typedef struct rouge_item {
  char *id, *peer;
  char **models;
  size_t nmodels;
} rouge_item;

typedef struct rouge_items {
  rouge_item *items;
  size_t count, cap;
} rouge_items;

/* PRECIS_ERR_IO when the file cannot be read, PRECIS_ERR_INPUT (with the line number) for a
 * malformed line, a missing field, an empty model list or a repeated id. */
precis_status rouge_items_load(const char *path, rouge_items *out, precis_error *err);
void rouge_items_free(rouge_items *items);

#endif

/* fuzz_date.c — libFuzzer target for date_find and date_is_dateline: any bytes, no read outside
 * the span given, and a found date is a well-formed YYYY-MM-DD inside the text.
 * Cost per input: O(n), as the scanner.
 */
#include "ingest/date.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int well_formed(const char d[11]) {
  for (int i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return 0;
  if (d[10] != '\0') return 0;
  int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *s = malloc(size ? size : 1); /* unterminated, so an overread is caught */
  memcpy(s, data, size);
  char out[11];
  size_t start = 0, end = 0;
  if (date_find(s, size, out, &start, &end)) {
    if (!well_formed(out) || start > end || end > size) abort();
  }
  (void)date_is_dateline(s, size);
  free(s);
  return 0;
}

/* digest_common.c — helpers shared by the digest renderers (see digest_common.h). */
#include "render/digest_common.h"
#include "base/json_out.h"
#include <math.h>
#include <string.h>

void digest_source_name(const digest *d, size_t article, buf *b) {
  const precis_article_info *a = &d->articles[article];
  if (a->source && *a->source) buf_puts(b, a->source);
  else if (a->id && *a->id) buf_puts(b, a->id);
  else buf_printf(b, "article %zu", article + 1);
}

unsigned digest_percent(size_t part, size_t whole) {
  return whole ? (unsigned)((part * 100 + whole / 2) / whole) : 0;
}

void digest_value(buf *b, double v) {
  if (!isfinite(v)) {
    buf_puts(b, "0");
    return;
  }
  if (fabs(v - floor(v)) < 1e-9 && fabs(v) < 9e15) buf_printf(b, "%lld", (long long)floor(v));
  else json_num(b, v, 2);
}

void digest_group_label(const fact_group *g, buf *b) {
  const char *key = g->key;
  if (!strncmp(key, "percent:", 8)) {
    buf_puts(b, "% ");
    key += 8;
  }
  buf_puts(b, *key ? key : "(unspecified)");
  if (*g->timeframe) buf_printf(b, " (%s)", g->timeframe);
}

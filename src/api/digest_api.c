/* digest_api.c — the digest behind the public API: an opaque handle over analyze/'s digest and
 * its three renderers, so hosts (and the Python module) need no internal header. */
#include "analyze/digest.h"
#include "base/xalloc.h"
#include "precis.h"

struct precis_digest {
  digest *d;
};

precis_digest *precis_digest_new(const precis_corpus *c, const precis_summary *summary,
                                 precis_error *err) {
  (void)err; /* analysis cannot fail short of memory, which is fatal */
  precis_digest *pd = xmalloc(sizeof *pd);
  pd->d = digest_build(c, summary);
  return pd;
}

char *precis_digest_render(const precis_digest *pd, precis_format fmt, size_t *len) {
  switch (fmt) {
  case PRECIS_FORMAT_JSON: return digest_render_json(pd->d, len);
  case PRECIS_FORMAT_HTML: return digest_render_html(pd->d, len);
  case PRECIS_FORMAT_TEXT:
  case PRECIS_FORMAT_MD: break;
  }
  return digest_render_md(pd->d, len);
}

void precis_digest_free(precis_digest *pd) {
  if (!pd) return;
  digest_free(pd->d);
  free(pd);
}

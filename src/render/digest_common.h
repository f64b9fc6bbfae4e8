/* digest_common.h — small helpers shared by the three digest renderers (digest_md.c,
 * digest_json.c, digest_html.c): how a source is named, percentages without floating-point
 * formatting, values printed the same way everywhere. O(1) each.
 */
#ifndef PRECIS_DIGEST_COMMON_H
#define PRECIS_DIGEST_COMMON_H
#include "analyze/digest.h"
#include "base/buf.h"

/* The outlet name of article i: its source, else its id, else "article N". Written to b. */
void digest_source_name(const digest *d, size_t article, buf *b);
/* Integer percentage part/whole, rounded; 0 when whole is 0. */
unsigned digest_percent(size_t part, size_t whole);
/* A fact's value as a plain number: integers without decimals, others with up to 2. */
void digest_value(buf *b, double v);
/* Human label of a fact group: "killed", "helicopter (April 2016)". */
void digest_group_label(const fact_group *g, buf *b);

#endif

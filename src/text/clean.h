/* clean.h — removing what is not article prose, line by line.
 *
 * Scraped news carries link lines ("Read: ...", "Also read"), "Advertisement", photo captions
 * and credits, bylines ("Posted by", "Writing by"), copyright footers, share/subscribe prompts,
 * stray timestamps and datelines, and repeated headlines. clean_article keeps the prose and
 * records every removed line with the reason, so nothing is dropped silently (`--explain`).
 * It also recovers metadata from the text: a leading ` date YYYY-MM-DD` marker or a dateline
 * gives the date; a first line that reads like a headline gives the title.
 * O(n) in the article length.
 */
#ifndef PRECIS_CLEAN_H
#define PRECIS_CLEAN_H
#include "base/arena.h"
#include <stddef.h>
#include <stdint.h>

typedef struct clean_removal {
  const char *line; /* the removed line (arena copy, NUL-terminated) */
  size_t len;
  const char *reason; /* static string: "link line", "caption", "copyright footer", ... */
} clean_removal;

typedef struct clean_result {
  char *text; /* the prose, paragraphs separated by "\n\n"; arena-owned */
  size_t len;
  clean_removal *removed;
  size_t nremoved;
  const char *title; /* headline found in the text, or NULL */
  const char *date;  /* YYYY-MM-DD found in the text (marker or dateline), or NULL */
} clean_result;

/* lang: ISO 639-1 code or "" when unknown. known_title: the title the input stated (may be
 * NULL or ""); a line repeating it is removed as "repeated headline". */
void clean_article(arena *a, const char *text, size_t len, const char *lang, const char *known_title,
                   clean_result *out);

#endif

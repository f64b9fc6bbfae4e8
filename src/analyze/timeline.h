/* timeline.h — dated developments: sentences that say when something happened, with the date
 * resolved against the article's own date.
 *
 * Expressions, by decreasing precision: full dates ("September 27", "27 septembre 2020",
 * "2020-09-27"), days relative to the article ("on Sunday", "Monday morning", "yesterday",
 * "overnight", "last week", "ayer", "dimanche"), months ("in July", "since July", "in April
 * 2016") and years ("in 1994", "since 1991"). A weekday is the latest such day on or before the
 * article's date ("next Sunday" looks forward); a month without a year is the latest such month
 * not after the article's. Sentences are merged across outlets in digest.c.
 * O(tokens) per sentence.
 */
#ifndef PRECIS_ANALYZE_TIMELINE_H
#define PRECIS_ANALYZE_TIMELINE_H
#include "analyze/analyze.h"

typedef struct timeline_item {
  an_date date;              /* month/day 0 when less precise */
  char when[11];             /* formatted: YYYY-MM-DD, YYYY-MM or YYYY */
  int since;                 /* "since July": the start of a period */
  uint32_t article, start, end;       /* the sentence */
  uint32_t expr_start, expr_end;      /* the date expression */
} timeline_item;

typedef struct timeline_list {
  timeline_item *items;
  size_t n, cap;
} timeline_list;

/* Appends the sentence's dated development (at most one: its most precise date) to out. */
void timeline_extract(const an_sentence *s, timeline_list *out);

#endif

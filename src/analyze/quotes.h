/* quotes.h — who said what: direct quotations (“…”, "…", «…», „…“) and reported speech
 * ("X said that…", "according to X", "X accused Y of…"), attributed to a speaker.
 *
 * Quotation spans are found per article (a quote may run over several sentences); a span of
 * fewer than four words is a scare quote ("breakaway"), not a quotation. The speaker is the
 * attribution (analyze.h) of the sentence where the quote ends, else where it starts, else the
 * sentence right after it when that sentence opens with "NP said" (“…!” the minister said.);
 * never a speaker of an earlier sentence. A sentence with an
 * attribution and no quotation is reported speech. Dedup across outlets and grouping by speaker
 * happen in digest.c. O(n) in the article length.
 */
#ifndef PRECIS_ANALYZE_QUOTES_H
#define PRECIS_ANALYZE_QUOTES_H
#include "analyze/analyze.h"

typedef struct quote_span {
  uint32_t start, end; /* the words inside the marks */
} quote_span;

/* Appends the direct-quotation spans of text[0..len) (article cleaned text) to *spans. */
size_t quotes_find_spans(const char *text, size_t len, quote_span **spans, size_t *n, size_t *cap);

typedef enum quote_kind { QUOTE_DIRECT, QUOTE_REPORTED } quote_kind;

typedef struct quote {
  quote_kind kind;
  an_speaker speaker;
  uint32_t article, start, end; /* the quotation (inside its marks) or the reported sentence */
} quote;

typedef struct quote_list {
  quote *items;
  size_t n, cap;
} quote_list;

/* Quotes of one article: sents[0..nsents) are its sentences after attribution (speaker
 * pronouns already resolved); spans from quotes_find_spans. A quotation without an attribution
 * in its own sentence or at the head of the next one is left out (unattributed). */
void quotes_extract(const an_sentence *sents, size_t nsents, const quote_span *spans, size_t nspans,
                    quote_list *out);

#endif

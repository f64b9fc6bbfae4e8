/* noise.h — sentences that are not the story, recognized one sentence at a time.
 *
 * The cleaner (clean.c) removes noise that fills whole lines. Scraped news also carries noise
 * inside prose paragraphs, where only the sentence shows what it is: wire photo captions run
 * into the text ("FILE - In this Feb. 11, 2007, file photo, ...", "Smith, left, speaks ..."),
 * and web-page notices (newsletter sign-up forms, Twitter location notices, the crawl notice of
 * an archived page that a scraper kept instead of the article). The model flags such sentences
 * (model.h: SENT_CAPTION, SENT_NOTICE) so that summaries do not pick them; they stay in the text,
 * with the flag shown by --explain, so nothing the user gave is dropped unseen.
 * English patterns: the conventions are those of English wire copy and English web pages.
 * Cost: O(sentence bytes), on at most the first 600 bytes.
 */
#ifndef PRECIS_NOISE_H
#define PRECIS_NOISE_H
#include <stddef.h>

typedef enum sentence_noise_kind {
  NOISE_NONE = 0,
  NOISE_CAPTION, /* a photo caption or credit run into the text */
  NOISE_NOTICE   /* a web-page notice: sign-up form, cookie or Twitter notice, archive crawl notice */
} sentence_noise_kind;

sentence_noise_kind sentence_noise(const char *s, size_t len);

#endif

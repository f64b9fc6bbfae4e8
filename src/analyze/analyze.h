/* analyze.h — what every digest extractor sees of one sentence, and who is speaking in it.
 *
 * The digest (digest.h) walks each article's sentences once, in order; for every sentence it
 * scans surface tokens (scan.h), finds the attribution ("X said", "according to X") once, and
 * hands the same context to the fact, quote, timeline and entity extractors. Keeping that walk
 * in one place means one tokenization per sentence and one notion of "who says this" shared by
 * the fact table and the quotes. Attribution is O(tokens of the sentence).
 */
#ifndef PRECIS_ANALYZE_H
#define PRECIS_ANALYZE_H
#include "analyze/scan.h"
#include "base/arena.h"
#include <stddef.h>
#include <stdint.h>

/* A calendar date; month or day 0 when not known (precision). */
typedef struct an_date {
  int y, m, d;
} an_date;

/* A speaker as the text names it: "Armenian Prime Minister Nikol Pashinyan" gives
 * name "Nikol Pashinyan", role "Armenian Prime Minister", key "pashinyan". A group or
 * institution ("Azerbaijan's defence ministry") has an empty name and the phrase as role. */
typedef struct an_speaker {
  const char *name, *role; /* arena strings, "" when absent */
  const char *key;         /* grouping key: lower-cased surname or phrase */
  const char *display;     /* name when present, else role */
  int person;              /* 1 when a personal name was found */
} an_speaker;

typedef struct an_sentence {
  const char *text;        /* the article's cleaned text */
  size_t len;
  uint32_t article;        /* index in the corpus */
  uint32_t start, end;     /* the sentence span in text */
  const char *lang;        /* article language code, "" when unknown */
  an_date date;            /* article date (or the cluster's when the article has none); y 0 if none */
  const scan_tok *tok;     /* tokens of the sentence, offsets into text */
  size_t ntok;
  const uint8_t *quoted;   /* per token: 1 inside a direct quotation */
  int has_speaker;         /* attribution found (after pronoun resolution) */
  an_speaker speaker;
  uint32_t speaker_start, speaker_end; /* the speaker phrase as written in this sentence */
  uint32_t verb_tok;       /* index of the speech verb (or "according") */
  int speaker_is_pronoun;  /* "he said": resolved to the article's previous speaker */
  const char *context_timeframe; /* time frame stated by the previous sentence of the paragraph, or NULL */
} an_sentence;

/* Finds the attribution of tokens [0, ntok) skipping quoted ones; fills speaker fields of s.
 * Returns 1 when found. A pronoun speaker is reported with speaker_is_pronoun = 1 and the
 * caller resolves it. */
int an_attribution(arena *a, an_sentence *s);
/* Parses tokens [from, to) of s into an an_speaker (name/role/key). */
void an_speaker_parse(arena *a, const an_sentence *s, size_t from, size_t to, an_speaker *out);

/* Date arithmetic for resolving relative dates. */
int an_weekday(an_date d); /* 0 = Monday; d must be a full date */
long an_days(an_date d);   /* days since 1970-01-01 of a full date, 0 when d is not one */
an_date an_add_days(an_date d, int days);
/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision, into out (11 bytes); "" when y == 0. */
void an_date_format(an_date d, char out[11]);
/* Parses "YYYY-MM-DD" (or a prefix); y 0 when it does not parse. */
an_date an_date_parse(const char *s);

/* Lower-case word set similarity (Jaccard over distinct words) of two byte spans. */
double an_similarity(const char *a, size_t alen, const char *b, size_t blen);
/* The same in two steps: the sorted distinct word hashes of a span (malloc'd), and their Jaccard. */
size_t an_wordset(const char *s, size_t len, uint64_t **out);
double an_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);
/* 1 when both spans state numbers and not the same ones ("110 killed" vs "200 killed"): such
 * sentences report different things however many words they share. */
int an_numbers_differ(const char *a, size_t alen, const char *b, size_t blen);

#endif

/* rouge_internal.h — pieces shared by the ROUGE scorer (rouge.c) and its Unicode tokenizer
 * (rouge_unicode.c); not part of the eval interface. */
#ifndef PRECIS_ROUGE_INTERNAL_H
#define PRECIS_ROUGE_INTERNAL_H
#include "base/intern.h"
#include "eval/rouge.h"
#include <stddef.h>
#include <stdint.h>

/* A summary ready for counting: token ids in text order, sentence k = tok[sent_start[k] ..
 * sent_start[k+1]). */
typedef struct prepared {
  uint32_t *tok;
  size_t ntok, tok_cap;
  size_t *sent_start;
  size_t nsent, sent_cap;
} prepared;

/* Budget used so far by -l / -b while reading one summary. */
typedef struct limit_state {
  long words, bytes;
  int done;
  int lines_apart; /* -b holds each line alone against the limit (ROUGE-1.5.5's ROUGE-L reader) */
} limit_state;

/* Interns a token, drops it when it is a stopword (-s), stems it (-m) and appends it to p. */
void rouge_add_token(rouge_scorer *s, prepared *p, const char *w, size_t len);
/* Unicode mode: 1 when one more word fits the -l budget (and counts it), else 0 (and done). */
int rouge_unicode_room(const rouge_scorer *s, limit_state *ls);
/* Unicode mode: how many bytes of a line of `len` bytes fit the -b budget. */
size_t rouge_unicode_clip_bytes(const rouge_scorer *s, limit_state *ls, size_t len);

/* Where Debian's r-cran-tm installs the SMART list (the default for -s). */
#define ROUGE_DEBIAN_SMART_LIST "/usr/lib/R/site-library/tm/stopwords/SMART.dat"

/* Loads a stopword list, one word per line. Debian's SMART list is adjusted to ROUGE-1.5.5's
 * (rouge_stopwords.c); any other file is taken as written. NULL (and *err) when unreadable. */
intern *rouge_stoplist_load(const char *path, precis_error *err);
/* 1 when path is Debian's SMART list, which rouge_stoplist_load adjusts. */
int rouge_stoplist_is_debian_smart(const char *path);

typedef enum rouge_porter_variant {
  ROUGE_PORTER_ROUGE155,  /* ROUGE-1.5.5's stemmer: its own step 4 (rouge_porter.c) */
  ROUGE_PORTER_PUBLISHED  /* the published step 4 instead (for tests: equals libstemmer's
                             "porter" apart from Snowball's documented departures) */
} rouge_porter_variant;

/* Porter-stems the lowercase ASCII word w[0..len) in place; returns the stem's length (never
 * more than len). */
size_t rouge_porter_stem(char *w, size_t len, rouge_porter_variant variant);

typedef struct rouge_unicode rouge_unicode;
rouge_unicode *rouge_unicode_new(precis_error *err);
void rouge_unicode_free(rouge_unicode *u);
/* Tokenizes one trimmed line (NFKC case folded, ICU word boundaries) into p under the limits. */
void rouge_unicode_line(rouge_unicode *u, rouge_scorer *s, prepared *p, limit_state *ls,
                        const char *line, size_t len);

#endif

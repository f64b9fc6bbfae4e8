/* stopwords.h — per-language function-word lists (articles, pronouns, prepositions, conjunctions,
 * auxiliaries, common adverbs), written for precis, not taken from other projects.
 *
 * Used by the tokenizer (TOK_STOP), by the language identifier (stopword hits decide among
 * languages sharing a script) and by the sentence splitter (a capitalised function word after an
 * abbreviation starts a new sentence). Words are stored NFKC-casefolded and sorted by bytes, so a
 * lookup is a binary search: O(log n) per word, no allocation, no global mutable state.
 */
#ifndef PRECIS_STOPWORDS_H
#define PRECIS_STOPWORDS_H
#include <stddef.h>

typedef struct stopword_list {
  const char *lang; /* ISO 639-1 code */
  const char *const *words;
  size_t count;
} stopword_list;

/* The list for an ISO 639-1 code, or NULL when precis has none. */
const stopword_list *stopword_list_for(const char *lang);
/* NULL-terminated array of every list (for the language identifier and tests). */
const stopword_list *const *stopword_lists(void);
/* 1 when word[0..len) (already folded) is in the list; a NULL list holds nothing. */
int stopword_in(const stopword_list *list, const char *word, size_t len);

#endif

/* token.h — words for the models: Unicode word boundaries, NFKC + case folding, stopword marks
 * and Snowball stems (libstemmer) per language. Numbers are kept as tokens.
 * A tokenizer is not thread-safe; make one per thread. O(n) in the text length.
 * The decisions (hyphens split words, apostrophes stay except French/Italian/Catalan elision,
 * "U.S." stays "u.s.", numbers get a canonical ASCII form such as "4,400" → "4400" in English
 * and "3,5" → "3.5" in German, light stemmers for Czech and Hebrew) are listed in token.c.
 */
#ifndef PRECIS_TOKEN_H
#define PRECIS_TOKEN_H
#include <stddef.h>
#include <stdint.h>

typedef struct tokenizer tokenizer;

enum {
  TOK_WORD = 1,   /* letters (any script) */
  TOK_NUMBER = 2, /* digits, possibly with . , separators */
  TOK_STOP = 4    /* a stopword of the tokenizer's language */
};

typedef struct token {
  uint32_t start, end; /* byte span in the input */
  const char *norm;    /* folded, normalized; stemmed when the language has a stemmer */
  size_t norm_len;     /* valid until the next token is produced */
  unsigned flags;
} token;

/* lang: ISO 639-1 code; "" or an unknown code gives folding without stems or stopwords. */
tokenizer *tokenizer_new(const char *lang);
void tokenizer_free(tokenizer *t);
const char *tokenizer_lang(const tokenizer *t);
/* Calls fn for every word or number token of text[0..len) (punctuation is skipped); stops early
 * when fn returns non-zero. Returns the number of tokens produced. */
typedef int (*token_fn)(const token *tok, void *ctx);
size_t tokenizer_run(tokenizer *t, const char *text, size_t len, token_fn fn, void *ctx);
/* 1 when `word` (already folded) is a stopword of the tokenizer's language. */
int tokenizer_is_stop(const tokenizer *t, const char *word, size_t len);
/* 1 when a straight '"' after code point `before`, followed by s[i..len), is Hebrew gershayim:
 * between Hebrew letters and before the word's last letter (ארה"ב, ע"י). After a prefix letter
 * and before a whole word it opens a quotation instead (ב"טעות, in "error"). */
int token_gershayim_at(uint32_t before, const char *s, size_t len, size_t i);

#endif

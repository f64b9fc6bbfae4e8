/* token.c — PLACEHOLDER: ASCII-lowercased alphanumeric runs; replaced by the real tokenizer. */
#include "text/token.h"
#include "base/xalloc.h"
#include <ctype.h>
#include <string.h>

struct tokenizer {
  char lang[8];
  char word[256];
};

tokenizer *tokenizer_new(const char *lang) {
  tokenizer *t = xcalloc(1, sizeof *t);
  strncpy(t->lang, lang ? lang : "", sizeof t->lang - 1);
  return t;
}
void tokenizer_free(tokenizer *t) { free(t); }
const char *tokenizer_lang(const tokenizer *t) { return t->lang; }
int tokenizer_is_stop(const tokenizer *t, const char *w, size_t n) { return 0; }

size_t tokenizer_run(tokenizer *t, const char *text, size_t len, token_fn fn, void *ctx) {
  size_t count = 0, i = 0;
  while (i < len) {
    while (i < len && !isalnum((unsigned char)text[i]) && !((unsigned char)text[i] & 0x80)) i++;
    size_t s = i;
    while (i < len && (isalnum((unsigned char)text[i]) || ((unsigned char)text[i] & 0x80))) i++;
    if (i == s) break;
    size_t k = i - s < sizeof t->word ? i - s : sizeof t->word - 1;
    for (size_t j = 0; j < k; j++) t->word[j] = (char)tolower((unsigned char)text[s + j]);
    token tok = {(uint32_t)s, (uint32_t)i, t->word, k, isdigit((unsigned char)text[s]) ? TOK_NUMBER : TOK_WORD};
    count++;
    if (fn(&tok, ctx)) break;
  }
  return count;
}

/* compress.h — sentence compression for `--compress`: which bytes of one sentence can be cut so
 * that what remains is still a grammatical sentence saying the same thing, with fewer words.
 *
 * Three conservative rules (docs/ALGORITHMS.md, "Compression"):
 *   - parentheticals `( ... )` and `[ ... ]` inside the sentence (balanced, outside quotation
 *     marks, with text after them, never the whole sentence; one holding a number only when it
 *     restates the number before it in other units);
 *   - a short attribution tail after the last comma, before the final full stop:
 *     ", officials said." / ", according to the agency." (en), ", a déclaré le maire." / ", selon
 *     l'AFP." (fr), ", dijo el alcalde." / ", según la policía." (es), ", sagte der Sprecher." /
 *     ", so der Minister." (de) — only when the rest is a clause of at least six words and no
 *     quotation touches the tail (a quoted phrase inside the rest may stay);
 *   - a leading connective that only links to the previous sentence ("However, ", "Meanwhile, ",
 *     "Cependant, ", "Sin embargo, "...); the new first letter is then capitalized.
 * Each cut is also refused when it would leave fewer than COMPRESS_MIN_WORDS words. When unsure,
 * nothing is cut: a rule that does not match exactly leaves the sentence as it is.
 *
 * Pure text in, byte ranges out: no allocation, no model. O(sentence bytes).
 */
#ifndef PRECIS_COMPRESS_H
#define PRECIS_COMPRESS_H
#include <stddef.h>
#include <stdint.h>

enum {
  COMPRESS_MAX_CUTS = 8, /* parentheticals beyond this many are left in place */
  COMPRESS_MIN_WORDS = 4 /* a sentence keeps at least this many words */
};

/* A byte range [start, end) of the sentence to delete. */
typedef struct compress_span {
  uint32_t start, end;
} compress_span;

typedef struct compress_result {
  compress_span cut[COMPRESS_MAX_CUTS]; /* ascending, disjoint, never touching each other's bytes */
  size_t ncut;
  int capitalize; /* a leading connective was cut: upper-case the first letter of what remains */
} compress_result;

/* Fills *out with the cuts for sentence s[0..len) of language `lang` (ISO 639-1; the attribution
 * and connective rules exist for en, fr, es, de — other languages get parentheticals only).
 * Returns out->ncut (0: keep the sentence whole). */
size_t compress_sentence(const char *s, size_t len, const char *lang, compress_result *out);

/* Writes what remains of s[0..len) after the cuts into out (room for len bytes) and returns its
 * length; capitalizes its first letter when r->capitalize. */
size_t compress_apply(const char *s, size_t len, const compress_result *r, char *out);

#endif

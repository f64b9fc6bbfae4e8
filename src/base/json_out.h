/* json_out.h — the few primitives every JSON renderer needs, with deterministic number
 * formatting (locale-independent; "C" locale is never assumed). */
#ifndef PRECIS_JSON_OUT_H
#define PRECIS_JSON_OUT_H
#include "base/buf.h"
#include <stddef.h>

/* Appends a JSON string literal (quotes included); control characters and invalid UTF-8 bytes
 * are escaped (\u00XX / U+FFFD). */
void json_str(buf *b, const char *s, size_t len);
void json_cstr(buf *b, const char *s); /* NULL → null */
/* Fixed-point number with `decimals` digits, independent of the process locale. */
void json_num(buf *b, double v, int decimals);
/* `[[from,to],...]` from n pairs stored flat (pairs[2k], pairs[2k+1]): the byte ranges that
 * --compress cut from a sentence. */
void json_ranges(buf *b, const size_t *pairs, size_t n);

#endif

/* lang.h — language identification, per article, offline and deterministic: the script decides
 * for Greek, Arabic, Hebrew, Devanagari...; stopword profiles decide among languages sharing a
 * script (Latin, Cyrillic). O(n) in the text scanned (at most the first 4 KiB).
 */
#ifndef PRECIS_LANG_H
#define PRECIS_LANG_H
#include <stddef.h>

/* ISO 639-1 code of the text's language, or "und" when it cannot be told. Static string. */
const char *lang_detect(const char *text, size_t len);
/* 1 when precis has rules for the code (see precis_languages()). */
int lang_known(const char *code);
/* NULL-terminated list of the known codes. */
const char *const *lang_list(void);

#endif

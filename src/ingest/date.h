/* date.h — finding calendar dates in text: datelines and date mentions in English, Russian,
 * French, German and Spanish ("Sunday, September 27, 2020", "Понедельник, 28 Сен, 2020",
 * "13:41 IST, September 27th 2020", "27 septembre 2020", "2020-09-27", "27.09.2020").
 * O(n) in the text scanned.
 */
#ifndef PRECIS_DATE_H
#define PRECIS_DATE_H
#include <stddef.h>

/* The first full date (day, month, year) in s[0..len): writes "YYYY-MM-DD" (NUL-terminated) into
 * out and returns 1, with *start and *end (may be NULL) its byte span; 0 when none. */
int date_find(const char *s, size_t len, char out[11], size_t *start, size_t *end);
/* 1 when the whole line (trimmed) is a dateline: a date, optionally with weekday, time, zone and
 * place, and nothing that reads as prose. */
int date_is_dateline(const char *s, size_t len);

#endif

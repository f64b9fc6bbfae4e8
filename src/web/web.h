/* web.h — web pages in: WARC crawls → HTTP payloads → HTML → the article's text and metadata.
 *
 * The stage between raw crawler output and ingest/: a WARC reader that walks records (each its
 * own gzip member, as crawlers write them), undoes HTTP chunked transfer coding and gzip/deflate
 * content coding, and hands out HTML payloads; and an extractor that parses one HTML page with a
 * packaged, error-tolerant parser, finds the main text and reads the page's metadata. Both are
 * used by `precis extract` and by ingest/ when an input turns out to be HTML or WARC by content.
 *
 * Everything returned lives in the caller's arena (or the reader's, for WARC records, until the
 * next call), strings NUL-terminated and valid UTF-8, "" where a field was not found.
 */
#ifndef PRECIS_WEB_H
#define PRECIS_WEB_H
#include "base/arena.h"
#include "precis.h"
#include <stddef.h>

/* ---- HTML pages → articles --------------------------------------------------------------------- */

/* What the transport says about a page, each NULL when unknown. */
typedef struct web_hints {
  const char *url;              /* where the page was fetched from (WARC target URI) */
  const char *charset;          /* from the HTTP Content-Type header */
  const char *content_language; /* HTTP Content-Language */
  const char *fetch_date;       /* WARC-Date / HTTP Date, for undated pages (never the published date) */
} web_hints;

typedef struct web_article {
  const char *url;         /* canonical URL, else og:url, else the hint */
  const char *title, *description;
  const char *date;        /* published, YYYY-MM-DD (or full ISO 8601 as the page states it) */
  const char *modified;
  const char *author;      /* several joined with ", " */
  const char *source;      /* the outlet: og:site_name, JSON-LD publisher, else the host */
  const char *lang;        /* <html lang>, Content-Language, else "" (ingest identifies it) */
  const char *text;        /* main text: paragraphs and headings one per line, blank line between */
  size_t len;
  size_t undecodable;      /* bytes that could not be converted to UTF-8 (replaced) */
} web_article;

/* 1 when the bytes look like an HTML document (after any BOM and leading white space). */
int web_looks_like_html(const char *bytes, size_t len);

/* Extracts the article from one HTML page in any encoding. PRECIS_ERR_INPUT with a one-line
 * reason when the bytes are not HTML or the page holds no article text. */
precis_status web_extract(arena *a, const char *bytes, size_t len, const web_hints *hints,
                          web_article *out, precis_error *err);

/* ---- WARC files → records ---------------------------------------------------------------------- */

typedef struct warc_reader warc_reader;

typedef struct warc_record {
  const char *type;         /* WARC-Type: "response", "request", "metadata", "revisit", "resource", ... */
  const char *target_uri, *date, *record_id;
  int http_status;          /* 0 when the record holds no HTTP response */
  const char *content_type; /* the payload's media type, lower case, without parameters */
  const char *charset, *content_language; /* from the HTTP headers, NULL when absent */
  const char *payload;      /* the body, transfer and content coding undone */
  size_t payload_len;
  const char *skip;         /* non-NULL: why this record carries no page (counted by the caller) */
} warc_record;

/* 1 when the bytes start a WARC file, plain or gzip-compressed. */
int web_looks_like_warc(const char *bytes, size_t len);

/* Opens a WARC or WARC.gz file ("-" for stdin). NULL with err filled when it cannot be read. */
warc_reader *warc_open(const char *path, precis_error *err);
/* 1 and the next record in *rec (valid until the next call), 0 at the end, -1 when the file cannot
 * be read on (err says where: byte offset, record number). A damaged record that can be stepped
 * over is returned with `skip` set instead. */
int warc_next(warc_reader *r, warc_record *rec, precis_error *err);
void warc_close(warc_reader *r);

#endif

/* clean.c — keeping the article prose, removing everything else line by line (see clean.h).
 *
 * Why line by line: scraped boilerplate ("Read: ...", "Advertisement", captions, bylines,
 * footers) always occupies lines of its own, while prose lines are sentences. Each line is
 * judged by explicit patterns first (link lines, ads, credits, bylines, footers, prompts, URLs,
 * datelines, separators), in en/ru/fr/de/es, and then by shape: a short line that does not end
 * like a sentence and does not continue into the next line is a subheading or a caption.
 * Every removal is recorded with its reason, so `--explain` can show what was dropped.
 *
 * Patterns compare a case-folded copy of the line's first bytes (ICU simple lower-casing, so
 * "READ ALSO" and "Читайте также" fold like "read also"); lines longer than LONG_LINE bytes
 * are prose by construction and skip the patterns, which keeps huge single-line inputs linear.
 *
 * Cost: O(n) in the article length.
 */
#include "text/clean.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "ingest/date.h"
#include <string.h>
#include <unicode/uchar.h>

enum { LONG_LINE = 400, FOLD_MAX = 400 };

typedef struct line_info {
  const char *s; /* trimmed line */
  size_t len;
  size_t para;        /* paragraph number */
  const char *reason; /* NULL while kept */
  size_t prefix_len;          /* bytes of noise run into the line's start, removed (line_prefix) */
  const char *prefix_reason; /* why */
} line_info;

typedef struct cleaner {
  arena *a;
  line_info *lines;
  size_t nlines, cap;
  clean_removal *removed;
  size_t nremoved, removed_cap;
  char date[11];
  int have_date;
} cleaner;

/* ---- text helpers ---------------------------------------------------------------------------- */

static int is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Lower-cases the first FOLD_MAX bytes of s into out (NUL-terminated). */
static size_t fold_prefix(const char *s, size_t len, char *out, size_t cap) {
  size_t o = 0, i = 0;
  if (len > FOLD_MAX) len = utf8_clip(s, FOLD_MAX);
  while (i < len) {
    uint32_t cp = utf8_next(s, len, &i);
    if (cp == 0xA0) cp = ' ';
    if (cp == 0x2019) cp = '\''; /* typographic apostrophe */
    char tmp[4];
    size_t n = utf8_put(tmp, (uint32_t)u_tolower((UChar32)cp));
    if (o + n + 1 > cap) break;
    memcpy(out + o, tmp, n);
    o += n;
  }
  out[o] = '\0';
  return o;
}

static size_t count_words(const char *s, size_t len) {
  size_t words = 0;
  int in_word = 0;
  for (size_t i = 0; i < len; i++) {
    int space = is_space_byte(s[i]) || s[i] == '\n';
    if (!space && !in_word) words++;
    in_word = !space;
  }
  return words;
}

static int starts_with(const char *folded, const char *prefix) {
  return strncmp(folded, prefix, strlen(prefix)) == 0;
}

/* The prefix matches as whole words at the start of the folded line. */
static int starts_with_words(const char *folded, const char *prefix) {
  size_t n = strlen(prefix);
  if (strncmp(folded, prefix, n) != 0) return 0;
  unsigned char c = (unsigned char)folded[n];
  if (c == '\0') return 1;
  if (c >= 0x80) return c == 0xC2 || c == 0xE2; /* no-break space, dashes, quotes */
  return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

static int contains(const char *folded, const char *needle) { return strstr(folded, needle) != NULL; }

static int any_prefix_words(const char *folded, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (starts_with_words(folded, list[i])) return 1;
  return 0;
}

static int any_equal(const char *folded, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(folded, list[i]) == 0) return 1;
  return 0;
}

/* Last code point of s[0..len) and the one before it. */
static uint32_t last_cp(const char *s, size_t len, uint32_t *before) {
  size_t i = len;
  while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) i--;
  if (i > 0) i--;
  size_t j = i;
  uint32_t last = utf8_next(s, len, &j);
  if (before) {
    *before = 0;
    if (i > 0) {
      size_t k = i;
      while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80) k--;
      if (k > 0) k--;
      size_t m = k;
      *before = utf8_next(s, i, &m);
    }
  }
  return last;
}

enum line_end { END_SENTENCE, END_CONTINUES, END_NONE };

static int sentence_punct(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0x0964 ||
         cp == 0x061F || cp == 0xFF01 || cp == 0xFF1F || cp == 0x037E;
}

static enum line_end line_end_of(const char *s, size_t len) {
  uint32_t before = 0, cp = last_cp(s, len, &before);
  if (sentence_punct(cp)) return END_SENTENCE;
  if (cp == '"' || cp == '\'' || cp == '`' || cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x201C)
    return END_SENTENCE;
  if ((cp == ')' || cp == ']') && sentence_punct(before)) return END_SENTENCE;
  if (cp == ',' || cp == ';' || cp == ':' || cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '(' ||
      cp == '/' || cp == '&')
    return END_CONTINUES;
  return END_NONE;
}

static uint32_t first_cp(const char *s, size_t len) {
  size_t i = 0;
  return len ? utf8_next(s, len, &i) : 0;
}

static int starts_lower(const char *s, size_t len) { return u_islower((UChar32)first_cp(s, len)); }

static int starts_upper_or_digit(const char *s, size_t len) {
  uint32_t cp = first_cp(s, len);
  return u_isupper((UChar32)cp) || u_istitle((UChar32)cp) || (cp >= '0' && cp <= '9') || cp == '$' ||
         cp == 0x20AC || cp == 0xA3 ||
         (u_isalpha((UChar32)cp) && !u_islower((UChar32)cp)); /* scripts without case */
}

/* ---- pattern rules --------------------------------------------------------------------------- */

/* clang-format off */
static const char *const LINK_PREFIXES[] = {
    "read:", "read more", "read also", "also read", "read next", "read the full", "related:",
    "related articles", "related stories", "related coverage", "related", "see also", "also:",
    "also see", "more:", "more from", "explore further", "recommended", "watch:", "listen:",
    "full story", "читайте также", "читайте:", "читайте", "читать также", "смотрите также", "по теме",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite", "lire:",
    "lesen sie auch", "lesen sie mehr", "lesen sie", "mehr zum thema", "auch interessant", "siehe auch",
    "lee también", "lea también", "leer más", "lee más", "ver también", "te puede interesar",
    "puede interesarte"
};
/* clang-format on */

/* clang-format off */
static const char *const AD_LINES[] = {
    "advertisement", "advertisement continue reading the main story", "continue reading the main story",
    "story continued below", "article continues below", "advertisement - continue reading below",
    "sponsored", "sponsored content", "report this ad", "skip advertisement", "ad", "реклама",
    "publicité", "anzeige", "werbung", "publicidad"
};
/* clang-format on */

/* clang-format off */
static const char *const CAPTION_PREFIXES[] = {
    "image credits", "image credit", "image:", "image copyright", "image caption", "images:", "photo:",
    "photos:", "(photo", "[photo", "photo credit", "photo by", "photograph:", "photograph by",
    "picture:", "pictures:", "file photo", "pictured:", "caption:", "(image", "[image", "фото:",
    "фото ", "(фото", "crédit photo", "crédits photo", "photo :", "bild:", "foto:", "(foto", "imagen:",
    "video:", "(video", "watch the video", "gallery:"
};
/* clang-format on */

/* clang-format off */
static const char *const BYLINE_PREFIXES[] = {
    "posted by", "writing by", "reporting by", "editing by", "written by", "additional reporting by",
    "compiled by", "reported by", "story by", "text by", "(reporting by", "(additional reporting by",
    "(editing by", "(writing by", "(compiled by", "автор:", "автор ", "texte par", "rédigé par",
    "redacción:", "por:", "von:"
};
/* clang-format on */

/* clang-format off */
static const char *const PROMPT_PREFIXES[] = {
    "share this article", "read or share this story", "share this story", "share this", "share on",
    "share tweet", "subscribe to our", "subscribe now", "subscribe", "sign up for", "sign up to",
    "click here", "follow us on", "follow us", "like us on", "join the conversation", "stay up to date",
    "stay with", "download our app", "get the app", "please enable javascript", "tweet with a location",
    "text size", "play facebook", "rating is available", "thank you for registering",
    "this video is unavailable", "we have updated our privacy", "поделиться", "подписывайтесь",
    "подпишитесь", "partager", "abonnez-vous", "suivez-nous", "teilen sie", "folgen sie uns",
    "abonnieren sie", "compartir", "síguenos", "suscríbete", "comparte"
};
/* clang-format on */

/* clang-format off */
static const char *const CREDIT_AGENCIES[] = {
    "reuters", "afp", "ap", "getty images", "getty", "afp/getty images", "epa", "epa-efe", "efe",
    "anadolu agency", "anadolu", "tass", "ria novosti", "sputnik", "shutterstock", "istock", "newscom",
    "associated press", "the associated press", "bloomberg", "xinhua", "pa", "pa wire", "ap photo",
    "dpa", "zuma press", "alamy", "cnet", "wikimedia commons", "wikipedia", "twitter", "instagram",
    "facebook", "youtube", "handout", "courtesy", "ansa", "ria", "итар-тасс", "риа новости"
};
/* clang-format on */

/* clang-format off */
static const char *const FOOTER_PHRASES[] = {
    "all rights reserved", "все права защищены", "tous droits réservés", "alle rechte vorbehalten",
    "todos los derechos reservados", "this material may not be published"
};
/* clang-format on */

#define N_OF(x) (sizeof(x) / sizeof *(x))

/* Drops leading bullets and markers ("*Writing by", "— Reporting by"). */
static const char *skip_markers(const char *folded) {
  while (*folded == '*' || *folded == '-' || *folded == ' ' || *folded == '>' || *folded == '#' ||
         *folded == '|')
    folded++;
  if (starts_with(folded, "\xE2\x80\x94 ") || starts_with(folded, "\xE2\x80\x93 ")) folded += 4;
  if (starts_with(folded, "\xE2\x80\xA2")) folded += 3; /* bullet */
  while (*folded == ' ') folded++;
  return folded;
}

static int is_link_line(const char *f, const char *raw, size_t len, size_t words) {
  for (size_t i = 0; i < N_OF(LINK_PREFIXES); i++) {
    const char *p = LINK_PREFIXES[i];
    if (!starts_with_words(f, p)) continue;
    const char *rest = f + strlen(p);
    while (*rest == ' ') rest++;
    if (p[strlen(p) - 1] == ':' || *rest == ':' || *rest == '\0' || *rest == '|' || *rest == '>' ||
        starts_with(rest, "\xC2\xBB") || starts_with(rest, "\xE2\x80\x94") || starts_with(rest, "- "))
      return 1;
    /* "Also read Armenia Says ..." without a colon: a link title, not a sentence */
    if (words <= 20 && line_end_of(raw, len) != END_SENTENCE && strcmp(p, "related") != 0 &&
        strcmp(p, "subscribe") != 0 && strcmp(p, "читайте") != 0 && strcmp(p, "lesen sie") != 0 &&
        strcmp(p, "recommended") != 0)
      return 1;
  }
  return 0;
}

static int is_ad_line(const char *f, size_t words) {
  if (any_equal(f, AD_LINES, N_OF(AD_LINES))) return 1;
  return words <= 6 && (starts_with_words(f, "advertisement") || starts_with_words(f, "sponsored content"));
}

static int is_caption_line(const char *f, size_t words) {
  if (strcmp(f, "photo") == 0 || strcmp(f, "image") == 0 || strcmp(f, "фото") == 0) return 1;
  for (size_t i = 0; i < N_OF(CAPTION_PREFIXES); i++)
    if (starts_with(f, CAPTION_PREFIXES[i]) && (words <= 40 || CAPTION_PREFIXES[i][0] == '(')) return 1;
  return 0;
}

/* "Sarah Tew/CNET", "AFP/Getty Images", "(Reuters)", "Photo by X, Reuters": short, no sentence
 * end, closing on an agency name or a slash-separated credit. */
static int is_credit_line(const char *f, const char *raw, size_t len, size_t words) {
  if (words > 8 || line_end_of(raw, len) == END_SENTENCE) return 0;
  size_t flen = strlen(f);
  const char *core = f;
  if (*core == '(' && flen > 2 && f[flen - 1] == ')') {
    core++;
    flen -= 2;
  }
  for (size_t i = 0; i < N_OF(CREDIT_AGENCIES); i++) {
    size_t n = strlen(CREDIT_AGENCIES[i]);
    if (n > flen || strncmp(core + flen - n, CREDIT_AGENCIES[i], n) != 0) continue;
    if (n == flen) return 1;
    char before = core[flen - n - 1];
    if (before == '/' || before == ',' || before == ' ' || before == '(' || before == '|') {
      /* "The Associated Press" alone or after a name/slash; a lower-case word before it is prose */
      return memchr(core, '/', flen) != NULL || words <= 5;
    }
  }
  /* "Graylock/Abaca Press/MCT" : capitalized names joined by slashes */
  if (words <= 6 && memchr(raw, '/', len) && !memchr(raw, ':', len) && starts_upper_or_digit(raw, len) &&
      !strstr(f, "http"))
    return count_words(raw, len) >= 1 && !starts_with(f, "24/7") && strchr(f, '/')[1] != ' ';
  return 0;
}

/* "By John Smith", "Posted by ...", "Kyle Cheney contributed to this report." */
static int is_byline(const char *f, const char *raw, size_t len, size_t words) {
  if (any_prefix_words(f, BYLINE_PREFIXES, N_OF(BYLINE_PREFIXES)) && words <= 20) return 1;
  if ((starts_with(f, "by ") || starts_with(f, "par ") || starts_with(f, "von ") || starts_with(f, "por ") ||
       starts_with(f, "от ")) &&
      words <= 8 && line_end_of(raw, len) != END_SENTENCE) {
    /* every word after "by" is capitalized (a name) or a separator */
    const char *p = memchr(raw, ' ', len);
    while (p && p < raw + len) {
      while (p < raw + len && (*p == ' ' || *p == ',' || *p == '|' || *p == '-')) p++;
      if (p >= raw + len) break;
      size_t rest = (size_t)(raw + len - p);
      if (!starts_upper_or_digit(p, rest) && strncmp(p, "and ", 4) != 0 && strncmp(p, "and\0", 4) != 0)
        return 0;
      p = memchr(p, ' ', rest);
    }
    return 1;
  }
  if (words <= 25 && (contains(f, "contributed to this report") || contains(f, "contributed to this story") ||
                      contains(f, "contributed reporting") || contains(f, "contributed to this article")))
    return 1;
  return 0;
}

static int has_year(const char *f) {
  for (const char *p = f; *p; p++)
    if ((p[0] == '1' || p[0] == '2') && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
        p[3] >= '0' && p[3] <= '9')
      return 1;
  return 0;
}

static int is_footer(const char *f, size_t words) {
  if (starts_with(f, "\xC2\xA9")) return 1; /* © */
  if (starts_with(f, "(c) ") && has_year(f)) return 1;
  if (starts_with(f, "copyright ") &&
      (has_year(f) || contains(f, "\xC2\xA9") || contains(f, "reserved") || words <= 6))
    return 1;
  for (size_t i = 0; i < N_OF(FOOTER_PHRASES); i++) {
    const char *hit = strstr(f, FOOTER_PHRASES[i]);
    if (!hit) continue;
    /* "All rights reserved, the lawyer argued, ..." is prose: the phrase must end its sentence
     * or stand with a copyright notice */
    const char *after = hit + strlen(FOOTER_PHRASES[i]);
    if (*after == '.' || *after == '\0' || contains(f, "\xC2\xA9") || contains(f, "copyright")) return 1;
  }
  return 0;
}

static int is_prompt(const char *f, const char *raw, size_t len, size_t words) {
  if (words > 20) return 0;
  for (size_t i = 0; i < N_OF(PROMPT_PREFIXES); i++) {
    if (!starts_with_words(f, PROMPT_PREFIXES[i])) continue;
    /* "Click here, the instructions said, ..." reports a prompt inside a sentence */
    if (f[strlen(PROMPT_PREFIXES[i])] == ',') return 0;
    return 1;
  }
  /* "Follow Josh Feldman on Twitter: @feldmaniac" */
  if (starts_with(f, "follow ") && (contains(f, " on twitter") || contains(f, " on facebook") ||
                                    contains(f, " on instagram") || contains(f, "@")))
    return 1;
  if (words <= 12 && (contains(f, "have a tip") || contains(f, "send us a tip"))) return 1;
  (void)raw;
  (void)len;
  return 0;
}

static int is_url_line(const char *f, const char *raw, size_t len) {
  if (!(starts_with(f, "http://") || starts_with(f, "https://") || starts_with(f, "www."))) return 0;
  for (size_t i = 0; i < len; i++)
    if (raw[i] == ' ') return 0;
  return 1;
}

/* "___", "###", "* * *", "+", "...": no letter or digit at all. */
static int is_separator(const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    uint32_t cp = utf8_next(s, len, &i);
    if (u_isalnum((UChar32)cp)) return 0;
  }
  return 1;
}

/* The rule that removes a line, or NULL to keep it (shape rules come later). */
static const char *pattern_reason(const char *s, size_t len) {
  if (len > LONG_LINE) return NULL;
  char folded_buf[FOLD_MAX * 2 + 8];
  fold_prefix(s, len, folded_buf, sizeof folded_buf);
  const char *f = skip_markers(folded_buf);
  size_t words = count_words(s, len);
  if (is_separator(s, len)) return "separator";
  if (is_url_line(f, s, len)) return "url";
  if (is_link_line(f, s, len, words)) return "link line";
  if (is_ad_line(f, words)) return "advertisement";
  if (is_caption_line(f, words)) return "caption";
  if (is_footer(f, words)) return "copyright footer";
  if (is_byline(f, s, len, words)) return "byline";
  if (is_prompt(f, s, len, words)) return "share prompt";
  if (date_is_dateline(s, len)) return "dateline";
  if (is_credit_line(f, s, len, words)) return "credit";
  return NULL;
}

/* ---- bookkeeping ----------------------------------------------------------------------------- */

static void record(cleaner *c, const char *s, size_t len, const char *reason) {
  c->removed = xgrow(c->removed, &c->removed_cap, c->nremoved + 1, sizeof *c->removed);
  c->removed[c->nremoved++] = (clean_removal){arena_strndup(c->a, s, len), len, reason};
}

static void remove_line(cleaner *c, line_info *l, const char *reason) {
  l->reason = reason;
  record(c, l->s, l->len, reason);
}

static void trim_span(const char **s, size_t *len) {
  for (;;) {
    if (*len && is_space_byte(**s)) {
      (*s)++;
      (*len)--;
    } else if (*len >= 2 && (unsigned char)(*s)[0] == 0xC2 && (unsigned char)(*s)[1] == 0xA0) {
      *s += 2;
      *len -= 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (*len && is_space_byte((*s)[*len - 1])) {
      (*len)--;
    } else if (*len >= 2 && (unsigned char)(*s)[*len - 2] == 0xC2 && (unsigned char)(*s)[*len - 1] == 0xA0) {
      *len -= 2;
    } else {
      break;
    }
  }
}

/* Splits into trimmed non-blank lines numbered by paragraph (blank lines separate paragraphs). */
static void split_lines(cleaner *c, const char *text, size_t len) {
  size_t para = 0, start = 0;
  int blank_seen = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && text[i] != '\n') continue;
    const char *s = text + start;
    size_t n = i - start;
    trim_span(&s, &n);
    start = i + 1;
    if (n == 0) {
      blank_seen = 1;
      continue;
    }
    if (blank_seen && c->nlines > 0) para++;
    blank_seen = 0;
    c->lines = xgrow(c->lines, &c->cap, c->nlines + 1, sizeof *c->lines);
    c->lines[c->nlines++] = (line_info){s, n, para, NULL, 0, NULL};
  }
}

/* ---- metadata: marker, title ----------------------------------------------------------------- */

static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* A leading " date YYYY-MM-DD" marker: sets the date and strips it from the first line. */
static void take_marker(cleaner *c) {
  if (c->nlines == 0) return;
  line_info *l = &c->lines[0];
  const char *s = l->s;
  if (l->len < 15 || strncmp(s, "date ", 5) != 0) return;
  size_t i = 5;
  while (i < l->len && s[i] == ' ') i++;
  if (i + 10 > l->len) return;
  const char *d = s + i;
  if (!(is_digit(d[0]) && is_digit(d[1]) && is_digit(d[2]) && is_digit(d[3]) && d[4] == '-' &&
        is_digit(d[5]) && is_digit(d[6]) && d[7] == '-' && is_digit(d[8]) && is_digit(d[9])))
    return;
  if (i + 10 < l->len && !is_space_byte(s[i + 10])) return;
  char tmp[11];
  if (!date_find(d, 10, tmp, NULL, NULL)) return;
  memcpy(c->date, tmp, 11);
  c->have_date = 1;
  record(c, s, i + 10, "date marker");
  const char *rest = s + i + 10;
  size_t rest_len = l->len - i - 10;
  trim_span(&rest, &rest_len);
  l->s = rest;
  l->len = rest_len;
  if (rest_len == 0) l->reason = "date marker";
}

/* Headline shape: a few words, capitalized start, no sentence end, not a dateline. */
static int reads_like_headline(const char *s, size_t len) {
  if (len == 0 || len > 250) return 0;
  size_t words = count_words(s, len);
  if (words < 3 || words > 25) return 0;
  if (!starts_upper_or_digit(s, len) && first_cp(s, len) != '"' && first_cp(s, len) != 0x201C &&
      first_cp(s, len) != 0xAB && first_cp(s, len) != '\'')
    return 0;
  uint32_t before = 0, cp = last_cp(s, len, &before);
  if (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == 0x2026) return 0;
  /* a quotation closing a sentence: 'said the method is "extremely solid."' */
  if ((cp == '"' || cp == 0x201D || cp == '\'' || cp == 0x2019 || cp == 0xBB) &&
      (before == '.' || before == ',' || before == '!' || before == '?'))
    return 0;
  if (date_is_dateline(s, len)) return 0;
  return 1;
}

static int same_text(const char *a, size_t alen, const char *b, size_t blen) {
  trim_span(&b, &blen);
  if (alen != blen || alen == 0) return 0;
  char fa[FOLD_MAX * 2 + 8], fb[FOLD_MAX * 2 + 8];
  if (alen > FOLD_MAX) return memcmp(a, b, alen) == 0;
  fold_prefix(a, alen, fa, sizeof fa);
  fold_prefix(b, blen, fb, sizeof fb);
  return strcmp(fa, fb) == 0;
}

/* WikiNews and many sites put the date on its own line under the headline; such a headline may
 * end with a period ("New earthquake hits Chile." over "Friday, May 21, 2010"): the layout, not
 * the punctuation, says it is a title. One sentence of at most 25 words. */
static int headline_over_dateline(const line_info *l, const line_info *next) {
  if (l->len == 0 || l->len > 250 || next->reason || !date_is_dateline(next->s, next->len)) return 0;
  size_t words = count_words(l->s, l->len);
  if (words < 3 || words > 25 || date_is_dateline(l->s, l->len)) return 0;
  uint32_t before = 0, cp = last_cp(l->s, l->len, &before);
  if (cp != '.' && cp != '!' && cp != 0x3002 && cp != 0x0964) return 0; /* the other shapes: reads_like_headline */
  for (size_t i = 0; i + 1 < l->len; i++) /* a second sentence inside: prose, not a headline */
    if ((l->s[i] == '.' || l->s[i] == '!' || l->s[i] == '?') && l->s[i + 1] == ' ' && i + 2 < l->len &&
        starts_upper_or_digit(l->s + i + 2, l->len - i - 2) && !(i > 0 && l->s[i - 1] >= 'A' && l->s[i - 1] <= 'Z'))
      return 0;
  return 1;
}

/* The first line as title: "Headline", "08/01/2005 Headline" (a date, then the headline), or a
 * headline over a dateline line. */
static const char *take_title(cleaner *c, const char *known_title) {
  /* a " date YYYY-MM-DD" marker alone on its line puts the headline on the next line */
  size_t first = 0;
  while (first < c->nlines && c->lines[first].reason && strcmp(c->lines[first].reason, "date marker") == 0) first++;
  if (c->nlines < first + 2 || c->lines[first].reason) return NULL;
  if (known_title && *known_title) return NULL;
  line_info *l = &c->lines[first];
  char d[11];
  size_t ds = 0, de = 0;
  if (l->len <= 250 && date_find(l->s, l->len, d, &ds, &de) && ds == 0 && de < l->len) {
    const char *rest = l->s + de;
    size_t rest_len = l->len - de;
    while (rest_len && (*rest == ' ' || *rest == '-' || *rest == ':' || *rest == '|')) {
      rest++;
      rest_len--;
    }
    if (reads_like_headline(rest, rest_len) && !pattern_reason(rest, rest_len)) {
      if (!c->have_date) {
        memcpy(c->date, d, 11);
        c->have_date = 1;
      }
      remove_line(c, l, "headline");
      return arena_strndup(c->a, rest, rest_len);
    }
  }
  int headline = reads_like_headline(l->s, l->len) ||
                 (first + 1 < c->nlines && headline_over_dateline(l, &c->lines[first + 1]));
  if (!headline || pattern_reason(l->s, l->len)) return NULL;
  remove_line(c, l, "headline");
  return arena_strndup(c->a, l->s, l->len);
}

/* ---- shape rules: subheadings and captions --------------------------------------------------- */

static int is_fragment(const line_info *l) {
  if (l->len > 250 || line_end_of(l->s, l->len) != END_NONE) return 0;
  if (!starts_upper_or_digit(l->s, l->len)) {
    uint32_t cp = first_cp(l->s, l->len);
    if (cp != '"' && cp != 0x201C && cp != 0xAB && cp != '(' && cp != '[') return 0;
  }
  return count_words(l->s, l->len) <= 30;
}

/* Hard-wrapped text (prose broken at a fixed width) has many lines that run on into the next:
 * there, a line without a final stop is no evidence of a caption. */
static int hard_wrapped(const cleaner *c) {
  size_t runs_on = 0, inner = 0;
  for (size_t i = 0; i + 1 < c->nlines; i++) {
    if (c->lines[i].para != c->lines[i + 1].para) continue;
    inner++;
    if (line_end_of(c->lines[i].s, c->lines[i].len) != END_SENTENCE) runs_on++;
  }
  return runs_on >= 3 && runs_on * 10 >= inner * 3;
}

static const line_info *kept_neighbor(const cleaner *c, size_t i, int step) {
  size_t j = i;
  while ((step < 0 && j > 0) || (step > 0 && j + 1 < c->nlines)) {
    j = step < 0 ? j - 1 : j + 1;
    if (c->lines[j].para != c->lines[i].para) return NULL;
    if (!c->lines[j].reason) return &c->lines[j];
  }
  return NULL;
}

static int mentions_picture(const line_info *l) {
  char f[FOLD_MAX * 2 + 8];
  fold_prefix(l->s, l->len, f, sizeof f);
  return contains(f, "photo") || contains(f, "pictured") || contains(f, "footage") || contains(f, "image") ||
         contains(f, "фото") || contains(f, "(left)") || contains(f, "(right)") || contains(f, "(center)");
}

/* "officials said", "cops say": a reporting verb marks a sentence that lost its period. */
static int reports_speech(const line_info *l) {
  char f[FOLD_MAX * 2 + 8];
  fold_prefix(l->s, l->len, f, sizeof f);
  static const char *const VERBS[] = {" said ", " says ", " say ", " told ", " said,", " says,",
                                    " according to "};
  for (size_t i = 0; i < N_OF(VERBS); i++)
    if (contains(f, VERBS[i])) return 1;
  return 0;
}

/* "... — Name (@handle) June 20, 2017": a quoted social-media post. */
static int is_embedded_post(const line_info *l) {
  const char *dash = NULL;
  for (size_t i = 0; i + 3 <= l->len; i++)
    if (memcmp(l->s + i, "\xE2\x80\x94 ", 3) == 0) dash = l->s + i;
  if (!dash) return 0;
  size_t rest = (size_t)(l->s + l->len - dash);
  for (size_t i = 0; i + 2 <= rest; i++)
    if (dash[i] == '(' && dash[i + 1] == '@') return 1;
  return 0;
}

/* A closing "(Name/Agency)" or "REUTERS/Name": the credit that ends a photo caption. */
static int ends_with_credit(const line_info *l) {
  if (l->len < 3) return 0;
  if (l->s[l->len - 1] == ')') {
    size_t open = l->len - 1;
    while (open > 0 && l->s[open] != '(') open--;
    for (size_t i = open; i < l->len; i++)
      if (l->s[i] == '/') return 1;
  }
  char f[FOLD_MAX * 2 + 8];
  fold_prefix(l->s, l->len, f, sizeof f);
  return contains(f, "getty images") || contains(f, "reuters/") || contains(f, "/ap") ||
         contains(f, "associated press") || contains(f, "/afp");
}

static void remove_fragments(cleaner *c) {
  int wrapped = hard_wrapped(c);
  /* decide on the lines as they stand after the pattern rules, then apply: a caption of two
   * lines must see its other line as a neighbor */
  const char **decision = xcalloc(c->nlines ? c->nlines : 1, sizeof *decision);
  for (size_t i = 0; i < c->nlines; i++) {
    line_info *l = &c->lines[i];
    if (l->reason || !is_fragment(l)) continue;
    const line_info *prev = kept_neighbor(c, i, -1), *next = kept_neighbor(c, i, +1);
    if (next && starts_lower(next->s, next->len)) continue; /* runs on into the next line */
    if (prev && line_end_of(prev->s, prev->len) == END_CONTINUES) continue;
    if (wrapped && (prev || next)) continue;
    int beside_fragment = (prev && is_fragment(prev)) || (next && is_fragment(next));
    size_t words = count_words(l->s, l->len);
    if (is_embedded_post(l)) {
      decision[i] = "embedded post";
      continue;
    }
    /* a long line without a final stop may be a sentence that lost its period: only positive
     * evidence of a caption removes it */
    if (words > 12 && !mentions_picture(l) && !ends_with_credit(l)) continue;
    if (words > 8 && reports_speech(l)) continue;
    if (mentions_picture(l) || words > 12 || (prev && mentions_picture(prev)) ||
        (next && mentions_picture(next)))
      decision[i] = "caption";
    else
      decision[i] = beside_fragment ? "list item" : "subheading";
  }
  for (size_t i = 0; i < c->nlines; i++)
    if (decision[i]) c->lines[i].reason = decision[i];
  free(decision);
}

/* ---- output ---------------------------------------------------------------------------------- */

/* Appends s with runs of spaces/tabs collapsed to one space. */
static size_t append_collapsed(char *out, size_t o, const char *s, size_t len) {
  int space = 0;
  for (size_t i = 0; i < len; i++) {
    char ch = s[i];
    if (ch == ' ' || ch == '\t') {
      space = 1;
      continue;
    }
    if (space) out[o++] = ' ';
    space = 0;
    out[o++] = ch;
  }
  return o;
}

static void build_text(cleaner *c, clean_result *out, size_t max_len) {
  char *text = arena_alloc(c->a, max_len + 2);
  size_t o = 0;
  size_t last_para = (size_t)-1;
  for (size_t i = 0; i < c->nlines; i++) {
    const line_info *l = &c->lines[i];
    if (l->reason || l->len == 0) continue;
    if (o > 0) {
      text[o++] = '\n';
      if (l->para != last_para) text[o++] = '\n';
    }
    o = append_collapsed(text, o, l->s, l->len);
    last_para = l->para;
  }
  text[o] = '\0';
  out->text = text;
  out->len = o;
}

/* WikiNews and wire copy often run the dateline into the first sentence ("Tuesday, January 18,
 * 2005. The ...", "Sobota, 26. března 2005 Až čtyřikrát ..."), where the line rule above cannot see
 * it and the summary would open with a date. The first prose line loses such a prefix when the
 * prefix alone is a dateline (date_is_dateline), it starts the line, it has a weekday or place
 * before the date or punctuation after it, and prose follows it: at least five more words, the
 * first not lowercase. Returns the prefix length (its trailing punctuation
 * and spaces included), 0 when there is none. O(line). */
/* After a label or credit: separators (" - ", " -- ", " — ", " | ", ": ") then prose of at least four
 * words not opening in lower case. Returns where the prose starts, 0 when it does not follow. */
static size_t prose_after(const char *s, size_t len, size_t at) {
  for (;;) {
    if (at < len && (s[at] == ' ' || s[at] == '-' || s[at] == '|' || s[at] == ':')) at++;
    else if (at + 3 <= len && (unsigned char)s[at] == 0xE2 && (unsigned char)s[at + 1] == 0x80 &&
             ((unsigned char)s[at + 2] == 0x93 || (unsigned char)s[at + 2] == 0x94))
      at += 3;
    else break;
  }
  if (at >= len || starts_lower(s + at, len - at) || count_words(s + at, len - at) < 4) return 0;
  return at;
}

/* A wire credit opening a line: "(CNN) -- ...", "WASHINGTON (AP) — ...", "Washington (CNN) ...":
 * at most four capitalized place words, then the agency in parentheses. Returns the prefix length. */
static size_t agency_prefix(const char *s, size_t len) {
  static const char *const agencies[] = {"(CNN)", "(AP)", "(Reuters)", "(AFP)", "(UPI)", "(CNSNews.com)"};
  size_t open = 0, places = 0;
  while (open < len && open < 60 && s[open] != '(') {
    if (s[open] != ' ' && (open == 0 || s[open - 1] == ' ')) {
      if (!(s[open] >= 'A' && s[open] <= 'Z') || ++places > 4) return 0;
    }
    open++;
  }
  if (open >= len || s[open] != '(') return 0;
  for (size_t k = 0; k < sizeof agencies / sizeof *agencies; k++) {
    size_t n = strlen(agencies[k]);
    if (len - open >= n && !memcmp(s + open, agencies[k], n)) return prose_after(s, len, open + n);
  }
  return 0;
}

/* A page label opening a line: "Updated | ...", "UPDATED: ...", "BREAKING: ...". */
static size_t label_prefix(const char *s, size_t len) {
  static const char *const labels[] = {"Updated |", "UPDATED |", "UPDATED:", "Updated:", "BREAKING:", "Breaking:",
                                       "Developing:", "DEVELOPING:", "EXCLUSIVE:", "Exclusive:", "WATCH:"};
  for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
    size_t n = strlen(labels[k]);
    if (len > n && !memcmp(s, labels[k], n)) return prose_after(s, len, n);
  }
  return 0;
}

static size_t dateline_prefix(const char *s, size_t len) {
  char d[11];
  size_t start, end;
  if (len > 400) len = 400;
  if (!date_find(s, len, d, &start, &end) || start > 40) return 0;
  /* the date may be followed by a year-less tail or a time; take the shortest dateline prefix */
  size_t cut = end;
  if (!date_is_dateline(s, cut)) return 0;
  int separated = 0;
  for (; cut < len && (s[cut] == '.' || s[cut] == ',' || s[cut] == ':' || s[cut] == '-' || s[cut] == ' '); cut++)
    separated |= s[cut] != ' ';
  if (cut + 3 <= len && (unsigned char)s[cut] == 0xE2 && (unsigned char)s[cut + 1] == 0x80 &&
      ((unsigned char)s[cut + 2] == 0x93 || (unsigned char)s[cut + 2] == 0x94)) /* – or — */
    for (cut += 3, separated = 1; cut < len && s[cut] == ' ';) cut++;
  /* A bare date that opens the line may be the sentence's own subject or adverbial ("26 December
   * 2004 earthquake ...", Hindi "मार्च २८, २००७ को ..."): only a weekday or place before it, or
   * punctuation after it, marks it as a dateline. */
  if (start == 0 && !separated) return 0;
  if (cut >= len || cut == end || starts_lower(s + cut, len - cut)) return 0;
  return count_words(s + cut, len - cut) >= 5 ? cut : 0;
}

void clean_article(arena *a, const char *text, size_t len, const char *lang, const char *known_title,
                   clean_result *out) {
  (void)lang;
  memset(out, 0, sizeof *out);
  cleaner c = {0};
  c.a = a;
  if (!text) len = 0;
  split_lines(&c, text ? text : "", len);
  take_marker(&c);
  out->title = take_title(&c, known_title);
  const char *title = out->title ? out->title : known_title;
  size_t title_len = title ? strlen(title) : 0;
  /* pattern rules, in line order so that the removal list reads like the article */
  for (size_t i = 0; i < c.nlines; i++) {
    line_info *l = &c.lines[i];
    if (l->reason) continue;
    const char *reason = NULL;
    if (title_len && same_text(title, title_len, l->s, l->len)) reason = "repeated headline";
    if (!reason) reason = pattern_reason(l->s, l->len);
    if (!reason) continue;
    l->reason = reason;
    if (strcmp(reason, "dateline") == 0 && !c.have_date) {
      char d[11];
      if (date_find(l->s, l->len, d, NULL, NULL)) {
        memcpy(c.date, d, 11);
        c.have_date = 1;
      }
    }
  }
  remove_fragments(&c);
  int first_prose = 1;
  for (size_t i = 0; i < c.nlines; i++) {
    line_info *l = &c.lines[i];
    if (l->reason || l->len == 0) continue;
    size_t cut = label_prefix(l->s, l->len);
    if (cut) {
      l->prefix_len = cut, l->prefix_reason = "label";
    } else if ((cut = agency_prefix(l->s, l->len))) {
      l->prefix_len = cut, l->prefix_reason = "dateline";
    } else if (first_prose && (cut = dateline_prefix(l->s, l->len))) {
      l->prefix_len = cut, l->prefix_reason = "dateline";
      char d[11];
      if (!c.have_date && date_find(l->s, cut, d, NULL, NULL)) memcpy(c.date, d, 11), c.have_date = 1;
    }
    first_prose = 0;
  }
  /* the removal list in line order: the marker and headline were recorded already */
  for (size_t i = 0; i < c.nlines; i++) {
    line_info *l = &c.lines[i];
    if (l->prefix_len) {
      size_t keep = l->prefix_len;
      while (keep > 0 && (l->s[keep - 1] == ' ')) keep--;
      record(&c, l->s, keep, l->prefix_reason);
      l->s += l->prefix_len;
      l->len -= l->prefix_len;
    }
    if (!l->reason || strcmp(l->reason, "headline") == 0 || strcmp(l->reason, "date marker") == 0) continue;
    record(&c, l->s, l->len, l->reason);
  }
  build_text(&c, out, len);
  if (c.nremoved) {
    out->removed = arena_alloc(a, c.nremoved * sizeof *out->removed);
    memcpy(out->removed, c.removed, c.nremoved * sizeof *out->removed);
  }
  out->nremoved = c.nremoved;
  out->date = c.have_date ? arena_strdup(a, c.date) : NULL;
  free(c.removed);
  free(c.lines);
}

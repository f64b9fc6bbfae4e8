/* noise.c — photo captions and web-page notices inside prose paragraphs (see noise.h).
 *
 * Every rule is a phrase that news prose does not use: AP's caption conventions ("FILE -",
 * "file photo", the ", left," that places a person in a picture, a closing "(AP Photo/...)"),
 * and the fixed wording of sign-up forms, Twitter's location notice and the Internet Archive's
 * crawl notices. A phrase that a news story could use about its subject ("privacy policy",
 * "Internet Archive") is only taken in the notice's own wording ("you agree to our privacy
 * policy", "crawl data"). The sentence is lower-cased (ASCII) into a small buffer once.
 */
#include "text/noise.h"
#include <pthread.h>
#include <stdint.h>
#include <string.h>

enum { NOISE_SCAN_BYTES = 600 };

static const char *const CAPTION_PHRASES[] = {
    "file photo", ", left,", ", right,", ", center,", ", centre,", "from left,", "from right,", "(left)", "(right)",
    "(ap photo", "(ap images", "(afp photo", "(reuters/", "(getty images", "/getty images)", "(photo by",
    "(photo:", "(photo courtesy", "in this frame grab", "this frame grab", "in this still image",
    "in this undated", "this undated photo", "an undated photo", "this handout photo", "in this handout",
    "in this image", "in this photo", "in this picture", "in this video image", "in this screenshot",
    "in this screen grab"};

static const char *const NOTICE_PHRASES[] = {
    /* archived-page crawl notices */
    "alexa internet has been donating", "added to the wayback machine", "crawls are part of an effort",
    "internet archive hopes", "no more 404", "warc files", "heritrix", "archive-it service", "crawl data",
    "inter-domain", "seed list for this crawl", "seedlist", "crawler configuration", "crawl of outlinks",
    /* Twitter */
    "location information to your tweets", "tweet location history",
    /* sign-up forms, newsletters, alerts */
    "by signing up", "you can unsubscribe", "unsubscribe at any time", "sign up for our", "sign up here for",
    "newsletter sign up", "email sign up", "sign up to receive", "invalid email address", "thank you for subscribing",
    "select a newsletter", "view all new york times newsletters", "breaking news emails", "get breaking news alerts",
    "newsletters or alerts", "receive occasional updates", "delivered weekday mornings", "sign up here",
    "to your inbox", "in your inbox",
    /* page furniture */
    "please try again later", "an error has occurred", "please re-enter", "want to add to this story",
    "share ideas for stories", "add interest", "stay up to date on the latest", "this story first appeared in",
    "enable javascript", "javascript is disabled", "your browser does not support", "you agree to our",
    "our privacy policy", "our cookie policy", "our terms of service", "our terms of use",
    "we have updated our privacy", "send us your images", "send us your photos", "are you there? send us"};

/* All phrases in one list, notices first; an index by their first two bytes lets one pass over the
 * sentence test only the phrases that can start at each position (instead of one strstr per
 * phrase, which cost 17% of `precis summarize` time). Built once, thread-safely. */
enum { NCAPTION = sizeof CAPTION_PHRASES / sizeof *CAPTION_PHRASES, NNOTICE = sizeof NOTICE_PHRASES / sizeof *NOTICE_PHRASES };
static uint8_t first_by_prefix[65536]; /* phrase index + 1 of the first phrase with that prefix, 0 = none */
static uint8_t next_same_prefix[NCAPTION + NNOTICE];
static uint8_t phrase_len[NCAPTION + NNOTICE];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static const char *phrase_at(size_t k) { return k < NNOTICE ? NOTICE_PHRASES[k] : CAPTION_PHRASES[k - NNOTICE]; }

static void build_index(void) {
  for (size_t k = NCAPTION + NNOTICE; k-- > 0;) {
    const unsigned char *p = (const unsigned char *)phrase_at(k);
    unsigned key = (unsigned)p[0] << 8 | p[1];
    next_same_prefix[k] = first_by_prefix[key];
    first_by_prefix[key] = (uint8_t)(k + 1);
    phrase_len[k] = (uint8_t)strlen((const char *)p);
  }
}

/* NOISE_NOTICE if a notice phrase occurs in low[0..n), else NOISE_CAPTION if a caption phrase does. */
static sentence_noise_kind scan_phrases(const char *low, size_t n) {
  pthread_once(&index_once, build_index);
  sentence_noise_kind found = NOISE_NONE;
  for (size_t i = 0; i + 1 < n; i++) {
    unsigned key = (unsigned)(unsigned char)low[i] << 8 | (unsigned char)low[i + 1];
    for (unsigned k = first_by_prefix[key]; k; k = next_same_prefix[k - 1]) {
      size_t len = phrase_len[k - 1];
      if (len <= n - i && !memcmp(low + i, phrase_at(k - 1), len)) {
        if (k - 1 < NNOTICE) return NOISE_NOTICE;
        found = NOISE_CAPTION;
      }
    }
  }
  return found;
}

/* Words that open a caption, a credit or a page prompt ("Photo: ...", "Watch the video",
 * "Follow us", "Read more", "Related ..."), matched as whole words at the sentence start. */
static const char *const CAPTION_OPENERS[] = {"photo", "photos", "image", "images", "file photo", "picture",
                                              "video", "watch", "click", "follow", "subscribe", "sign up",
                                              "read more", "related", "credit"};

static int opens_with_word(const char *low, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && !memcmp(low, w, k) && (n == k || !(low[k] >= 'a' && low[k] <= 'z'));
}

static int starts_with_file_label(const char *s, size_t len) {
  /* "FILE - ...", "FILE – ...", "FILE— ...", "FILE: ..." (upper case: AP's label, not the word) */
  if (len < 6 || memcmp(s, "FILE", 4) != 0) return 0;
  const char *p = s + 4;
  while (p < s + len && *p == ' ') p++;
  return (p < s + len && (*p == '-' || *p == ':')) || (s + len - p >= 3 && !memcmp(p, "\xE2\x80", 2));
}

sentence_noise_kind sentence_noise(const char *s, size_t len) {
  char low[NOISE_SCAN_BYTES + 1];
  size_t n = len < NOISE_SCAN_BYTES ? len : NOISE_SCAN_BYTES;
  for (size_t i = 0; i < n; i++) {
    char ch = s[i];
    low[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch == '\0' ? ' ' : ch;
  }
  low[n] = '\0';
  sentence_noise_kind kind = scan_phrases(low, n);
  if (kind != NOISE_NONE) return kind;
  if (starts_with_file_label(s, len)) return NOISE_CAPTION;
  for (size_t k = 0; k < sizeof CAPTION_OPENERS / sizeof *CAPTION_OPENERS; k++)
    if (opens_with_word(low, n, CAPTION_OPENERS[k])) return NOISE_CAPTION;
  /* a teaser cut off by the page: "... in Los Angeles, on Saturday,..." or "... (Associated Press)" */
  if (n >= 20 && (!strcmp(low + n - 4, ",...") || strstr(low, "... (associated press)"))) return NOISE_CAPTION;
  return NOISE_NONE;
}

/* lang.c — language identification from scripts, letters and function words (see lang.h).
 *
 * Why our own: it must be deterministic, offline, and cheap enough to run on every article. The
 * method, on the first 4 KiB of the text:
 *  1. Count letters per script. A script used by one language we support decides alone
 *     (Greek → el, Hebrew → he, Devanagari → hi, Hangul → ko, Thai → th, Armenian → hy,
 *     Tamil → ta); Han with enough Kana → ja, else zh.
 *  2. Arabic script: Urdu-only letters (ٹ ڈ ڑ ں ے) → ur; Persian letters (پ چ ژ گ, Persian ک ی)
 *     outnumbering the Arabic forms (ك ي ة) → fa; else ar.
 *  3. Cyrillic: Serbian letters (ђ ћ џ љ њ ј) → sr; Ukrainian letters (і ї є ґ) outnumbering ы э
 *     → uk; ъ without ы or э → bg; else ru.
 *  4. Latin: every word (except parts of addresses such as "break.com") is looked up in our stopword lists (en fr de es cs) and in small marker
 *     lists for it, pt, nl, pl; a stopword hit scores 2, a marker hit 3 (the marker lists are
 *     short), each characteristic letter 1 (cs: ě ř ů ď ť ň; de: ß ä ö ü; es: ñ ¿ ¡;
 *     fr: ç è ê ë î ô û â œ ù; pl: ł ą ę ś ź ż ć ń; pt: ã õ; it: ì ò). The best score wins, ties go to the earlier language in that order.
 *  5. Fewer than 12 letters, or no evidence at all, gives "und".
 * Complexity: O(min(n, 4096)) with a binary search per Latin word.
 */
#include "text/lang.h"
#include "base/utf8.h"
#include "text/stopwords.h"
#include <string.h>
#include <unicode/uchar.h>

#define LANG_SCAN_BYTES 4096
#define LANG_MIN_LETTERS 12

/* Codes precis has rules for: stopwords, a stemmer, or a script rule in lang_detect. */
static const char *const known_codes[] = {
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "eu", "fa", "fi", "fr", "ga", "he",
    "hi", "hu", "hy", "id", "it", "ja", "ko", "lt", "nb", "ne", "nl", "no", "pl", "pt", "ro",
    "ru", "sr", "sv", "ta", "th", "tr", "uk", "ur", "yi", "zh", NULL};

int lang_known(const char *code) {
  if (!code) return 0;
  for (size_t i = 0; known_codes[i]; i++)
    if (strcmp(known_codes[i], code) == 0) return 1;
  return 0;
}

const char *const *lang_list(void) { return known_codes; }

/* ---- script counts ------------------------------------------------------------------------ */

enum script {
  SC_LATIN, SC_CYRILLIC, SC_GREEK, SC_ARABIC, SC_HEBREW, SC_DEVANAGARI, SC_HAN, SC_KANA,
  SC_HANGUL, SC_THAI, SC_ARMENIAN, SC_TAMIL, SC_OTHER, SC_COUNT
};

static enum script script_of(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? SC_LATIN : SC_COUNT;
  if (cp >= 0x00C0 && cp <= 0x024F && cp != 0xD7 && cp != 0xF7) return SC_LATIN;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return SC_LATIN;
  if ((cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF)) return SC_GREEK;
  if (cp >= 0x0400 && cp <= 0x052F) return SC_CYRILLIC;
  if (cp >= 0x0531 && cp <= 0x058F) return SC_ARMENIAN;
  if (cp >= 0x05D0 && cp <= 0x05EA) return SC_HEBREW;
  if ((cp >= 0x0620 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
      (cp >= 0xFE70 && cp <= 0xFEFF))
    return cp >= 0x064B && cp <= 0x065F ? SC_COUNT : SC_ARABIC; /* harakat are not letters */
  if (cp >= 0x0900 && cp <= 0x097F) return SC_DEVANAGARI;
  if (cp >= 0x0B80 && cp <= 0x0BFF) return SC_TAMIL;
  if (cp >= 0x0E00 && cp <= 0x0E7F) return SC_THAI;
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF)) return SC_KANA;
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) return SC_HAN;
  if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F))
    return SC_HANGUL;
  return u_isalpha((UChar32)cp) ? SC_OTHER : SC_COUNT;
}

/* ---- Latin-script languages ------------------------------------------------------------- */

enum latin { LA_EN, LA_FR, LA_DE, LA_ES, LA_CS, LA_IT, LA_PT, LA_NL, LA_PL, LA_COUNT };
static const char *const latin_codes[LA_COUNT] = {"en", "fr", "de", "es", "cs", "it", "pt", "nl", "pl"};

/* Marker words for languages without a full stopword list here: frequent function words that
 * the other profiles lack. Sorted by bytes. */
static const char *const markers_it[] = {"alla", "anche", "che", "come", "con", "degli", "dei", "del",
                                         "della", "delle", "dopo", "gli", "ha", "il", "lo", "nel",
                                         "nella", "non", "per", "più", "questo", "sono", "stato", "una"};
static const char *const markers_pt[] = {"ao", "as", "com", "da", "das", "do", "dos", "em", "foi",
                                         "mais", "na", "não", "o", "os", "para", "pela", "pelo", "seu",
                                         "sua", "são", "também", "um", "uma", "é"};
static const char *const markers_nl[] = {"aan", "als", "bij", "dat", "de", "een", "het", "hij", "is",
                                         "met", "niet", "ook", "van", "voor", "was", "werd", "zijn"};
static const char *const markers_pl[] = {"jak", "jest", "już", "na", "nie", "od", "oraz", "po", "przez",
                                         "się", "też", "to", "w", "z", "za", "że"};

static const stopword_list marker_lists[] = {
    {"it", markers_it, sizeof markers_it / sizeof *markers_it},
    {"pt", markers_pt, sizeof markers_pt / sizeof *markers_pt},
    {"nl", markers_nl, sizeof markers_nl / sizeof *markers_nl},
    {"pl", markers_pl, sizeof markers_pl / sizeof *markers_pl},
};

typedef struct lang_counts {
  unsigned script[SC_COUNT];
  unsigned latin[LA_COUNT]; /* scores */
  unsigned urdu, persian, arabic_forms;
  unsigned serbian, ukrainian, russian_only, hard_sign;
} lang_counts;

static void count_latin_letter(lang_counts *lc, uint32_t cp) {
  switch (cp) {
  case 0x11B: case 0x159: case 0x16F: case 0x10F: case 0x165: case 0x148: /* ě ř ů ď ť ň */
    lc->latin[LA_CS]++;
    break;
  case 0xDF: case 0xE4: case 0xF6: case 0xFC: lc->latin[LA_DE]++; break; /* ß ä ö ü */
  case 0xF1: case 0xBF: case 0xA1: lc->latin[LA_ES]++; break;            /* ñ ¿ ¡ */
  case 0xE7: case 0xE8: case 0xEA: case 0xEB: case 0xEE: case 0xF4: case 0xFB: case 0xE2:
  case 0x153: case 0xF9: /* ç è ê ë î ô û â œ ù */
    lc->latin[LA_FR]++;
    break;
  case 0x142: case 0x105: case 0x119: case 0x15B: case 0x17A: case 0x17C: case 0x107: case 0x144:
    lc->latin[LA_PL]++; /* ł ą ę ś ź ż ć ń */
    break;
  case 0xE3: case 0xF5: lc->latin[LA_PT]++; break; /* ã õ */
  case 0xEC: case 0xF2: lc->latin[LA_IT]++; break; /* ì ò */
  default: break;
  }
}

static void count_other_letter(lang_counts *lc, uint32_t cp) {
  switch (cp) {
  case 0x0679: case 0x0688: case 0x0691: case 0x06BA: case 0x06D2: lc->urdu++; break;
  case 0x067E: case 0x0686: case 0x0698: case 0x06AF: case 0x06A9: case 0x06CC: lc->persian++; break;
  case 0x0643: case 0x064A: case 0x0629: lc->arabic_forms++; break;
  case 0x0452: case 0x045B: case 0x045F: case 0x0459: case 0x045A: case 0x0458: lc->serbian++; break;
  case 0x0456: case 0x0457: case 0x0454: case 0x0491: lc->ukrainian++; break;
  case 0x044B: case 0x044D: lc->russian_only++; break; /* ы э */
  case 0x044A: lc->hard_sign++; break;
  default: break;
  }
}

/* Scores one folded Latin word against every profile. */
static void score_latin_word(lang_counts *lc, const char *w, size_t n) {
  static const char *const full[] = {"en", "fr", "de", "es", "cs"};
  for (size_t i = 0; i < 5; i++)
    if (stopword_in(stopword_list_for(full[i]), w, n)) lc->latin[i] += 2;
  for (size_t i = 0; i < sizeof marker_lists / sizeof *marker_lists; i++)
    if (stopword_in(&marker_lists[i], w, n)) lc->latin[LA_IT + i] += 3;
}

/* Words glued to ". / @ :" are parts of addresses ("break.com", "https://x"), not prose. */
static int starts_address_part(uint32_t before) {
  return before == '.' || before == '/' || before == '@' || before == ':' || before == '_';
}

static void scan(const char *text, size_t len, lang_counts *lc) {
  char word[48];
  size_t wn = 0, i = 0;
  int word_scored = 1;
  uint32_t before = ' '; /* the character before the current word */
  while (i <= len) {
    uint32_t cp = i < len ? utf8_next(text, len, &i) : (i++, 0);
    enum script sc = cp ? script_of(cp) : SC_COUNT;
    if (sc != SC_COUNT) {
      lc->script[sc]++;
      uint32_t folded = cp < 0x80 ? (cp | 0x20) : (uint32_t)u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT);
      if (sc == SC_LATIN) count_latin_letter(lc, folded);
      else count_other_letter(lc, folded);
      if (wn == 0) word_scored = !starts_address_part(before);
      word_scored &= sc == SC_LATIN;
      if (wn + 4 < sizeof word) wn += utf8_put(word + wn, folded);
      else word_scored = 0; /* too long to be a function word */
      continue;
    }
    if (wn && word_scored) score_latin_word(lc, word, wn);
    wn = 0;
    before = cp;
  }
}

static const char *decide_latin(const lang_counts *lc) {
  size_t best = 0;
  for (size_t l = 1; l < LA_COUNT; l++)
    if (lc->latin[l] > lc->latin[best]) best = l;
  return lc->latin[best] ? latin_codes[best] : "und";
}

static const char *decide_arabic(const lang_counts *lc) {
  if (lc->urdu >= 3) return "ur";
  if (lc->persian > lc->arabic_forms) return "fa";
  return "ar";
}

static const char *decide_cyrillic(const lang_counts *lc) {
  if (lc->serbian >= 3) return "sr";
  if (lc->ukrainian > lc->russian_only) return "uk";
  if (lc->russian_only == 0 && lc->hard_sign >= 3) return "bg";
  return "ru";
}

const char *lang_detect(const char *text, size_t len) {
  if (!text) return "und";
  lang_counts lc;
  memset(&lc, 0, sizeof lc);
  scan(text, utf8_clip(text, len < LANG_SCAN_BYTES ? len : LANG_SCAN_BYTES), &lc);
  size_t best = 0;
  unsigned total = 0;
  for (size_t s = 0; s < SC_COUNT; s++) {
    total += lc.script[s];
    if (lc.script[s] > lc.script[best]) best = s;
  }
  if (total < LANG_MIN_LETTERS) return "und";
  switch ((enum script)best) {
  case SC_LATIN: return decide_latin(&lc);
  case SC_CYRILLIC: return decide_cyrillic(&lc);
  case SC_GREEK: return "el";
  case SC_ARABIC: return decide_arabic(&lc);
  case SC_HEBREW: return "he";
  case SC_DEVANAGARI: return "hi";
  case SC_HAN: return lc.script[SC_KANA] * 10 >= lc.script[SC_HAN] ? "ja" : "zh";
  case SC_KANA: return "ja";
  case SC_HANGUL: return "ko";
  case SC_THAI: return "th";
  case SC_ARMENIAN: return "hy";
  case SC_TAMIL: return "ta";
  default: return "und";
  }
}

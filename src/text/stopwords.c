/* stopwords.c — the per-language stopword lists and their lookup (see stopwords.h).
 *
 * The words are our own choice of function words per language. Each array must stay sorted by
 * bytes (strcmp order) and hold NFKC-casefolded forms (Greek final sigma folds to σ, German ß to
 * ss): tests/unit/test_token.c checks both, so an edit in the wrong place fails the suite.
 * Lookup: binary search, O(log n).
 */
#include "text/stopwords.h"
#include <string.h>

static const char *const stop_en[] = {
    "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also",
    "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
    "aren't", "around", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "don't", "done", "down", "during", "each", "either", "else", "ever",
    "every", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't",
    "having", "he", "he's", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's",
    "its", "itself", "just", "least", "less", "many", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "often", "on",
    "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "ourselves",
    "out", "over", "own", "per", "perhaps", "quite", "rather", "same", "several", "shall", "she",
    "she's", "should", "shouldn't", "since", "so", "some", "such", "than", "that", "that's", "the",
    "their", "theirs", "them", "themselves", "then", "there", "there's", "therefore", "these",
    "they", "they're", "they've", "this", "those", "though", "through", "throughout", "thus", "to",
    "too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very", "was",
    "wasn't", "we", "we're", "we've", "were", "weren't", "what", "whatever", "when", "whenever",
    "where", "whether", "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with",
    "within", "without", "won't", "would", "wouldn't", "yet", "you", "you're", "your", "yours",
    "yourself", "yourselves",
};
/* en: 210 words */
static const char *const stop_fr[] = {
    "a", "afin", "ai", "aie", "ainsi", "alors", "as", "au", "aucun", "aucune", "aujourd", "auquel",
    "aussi", "autre", "autres", "aux", "auxquels", "avaient", "avais", "avait", "avant", "avec",
    "avez", "avions", "avoir", "avons", "ayant", "bien", "c", "car", "ce", "ceci", "cela", "celle",
    "celles", "celui", "cependant", "ces", "cet", "cette", "ceux", "chaque", "chez", "comme",
    "comment", "contre", "d", "dans", "de", "depuis", "des", "desquels", "donc", "dont", "du",
    "duquel", "dès", "déjà", "elle", "elles", "en", "encore", "entre", "es", "est", "et", "eu",
    "eux", "furent", "fut", "ici", "il", "ils", "j", "je", "jusqu", "jusque", "l", "la", "laquelle",
    "le", "lequel", "les", "lesquelles", "lesquels", "leur", "leurs", "lors", "lorsqu", "lorsque",
    "lui", "là", "m", "ma", "mais", "me", "mes", "moi", "mon", "même", "mêmes", "n", "ne", "ni",
    "non", "nos", "notre", "nous", "on", "ont", "or", "ou", "où", "par", "parce", "parmi", "pas",
    "pendant", "peu", "plus", "plusieurs", "pour", "pourquoi", "puis", "puisqu", "puisque", "qu",
    "quand", "que", "quel", "quelle", "quelles", "quels", "qui", "quoi", "rien", "s", "sa", "sans",
    "se", "selon", "sera", "seraient", "serait", "seront", "ses", "si", "soit", "sommes", "son",
    "sont", "sous", "suis", "sur", "t", "ta", "tandis", "tant", "te", "tel", "telle", "telles",
    "tels", "tes", "toi", "ton", "toujours", "tous", "tout", "toute", "toutes", "très", "tu", "un",
    "une", "vers", "vos", "votre", "vous", "y", "à", "ça", "étaient", "étais", "était", "étant",
    "été", "êtes", "être",
};
/* fr: 189 words */
static const char *const stop_de[] = {
    "ab", "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "andere",
    "anderem", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beide", "beiden",
    "beim", "bereits", "bin", "bis", "bist", "bzw", "da", "dabei", "dadurch", "dafür", "dagegen",
    "daher", "damit", "dann", "daran", "darauf", "darin", "darum", "darüber", "das", "dass", "dein",
    "deine", "dem", "den", "denen", "denn", "der", "deren", "derer", "des", "dessen", "dich", "die",
    "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch",
    "ein", "eine", "einem", "einen", "einer", "eines", "einige", "einigen", "er", "es", "etwa",
    "euch", "euer", "eure", "für", "gegen", "gegenüber", "gewesen", "hab", "habe", "haben", "hat",
    "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre",
    "ihrem", "ihren", "ihrer", "ihres", "im", "in", "indem", "ins", "ist", "ja", "je", "jede",
    "jedem", "jeden", "jeder", "jedes", "jedoch", "jene", "jenem", "jenen", "jener", "jenes",
    "kann", "kein", "keine", "keinem", "keinen", "keiner", "können", "könnte", "man", "manche",
    "mehr", "mein", "meine", "mich", "mir", "mit", "muss", "musste", "müssen", "nach", "nachdem",
    "neben", "nicht", "nichts", "noch", "nun", "nur", "ob", "obwohl", "oder", "ohne", "schon",
    "sehr", "sei", "seien", "sein", "seine", "seinem", "seinen", "seiner", "seit", "selbst", "sich",
    "sie", "sind", "so", "solche", "soll", "sollen", "sollte", "sondern", "sonst", "sowie", "um",
    "und", "uns", "unser", "unsere", "unter", "viel", "vom", "von", "vor", "war", "waren", "warum",
    "was", "weil", "weiter", "welche", "welchem", "welchen", "welcher", "welches", "wenn", "wer",
    "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "wollen", "worden", "wurde",
    "wurden", "während", "wäre", "würde", "würden", "zu", "zum", "zur", "zwar", "zwischen", "über",
};
/* de: 220 words */
static const char *const stop_es[] = {
    "a", "al", "algo", "alguna", "algunas", "alguno", "algunos", "ante", "antes", "aquel",
    "aquella", "aquellas", "aquellos", "aquí", "así", "aún", "bajo", "cada", "como", "con",
    "contra", "cual", "cuales", "cuando", "cuanto", "cuya", "cuyo", "cuál", "cuándo", "cómo", "de",
    "del", "desde", "donde", "durante", "dónde", "e", "el", "ella", "ellas", "ello", "ellos", "en",
    "entre", "era", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estaban",
    "estado", "estar", "estas", "este", "esto", "estos", "está", "están", "fue", "fueron", "ha",
    "había", "habían", "hacia", "han", "has", "hasta", "hay", "la", "las", "le", "les", "lo", "los",
    "me", "mi", "mientras", "mis", "muy", "más", "nada", "ni", "no", "nos", "nosotros", "nuestra",
    "nuestras", "nuestro", "nuestros", "o", "os", "otra", "otras", "otro", "otros", "para", "pero",
    "poco", "por", "porque", "que", "quien", "quienes", "quién", "qué", "se", "sea", "según", "ser",
    "será", "serán", "sería", "si", "sido", "siempre", "sin", "sino", "sobre", "son", "su", "sus",
    "suya", "suyo", "sí", "también", "tampoco", "tan", "tanto", "te", "tiene", "tienen", "toda",
    "todas", "todo", "todos", "tras", "tu", "tus", "tú", "u", "un", "una", "unas", "uno", "unos",
    "usted", "ustedes", "vosotros", "y", "ya", "yo", "él",
};
/* es: 157 words */
static const char *const stop_ru[] = {
    "а", "без", "более", "будет", "будут", "бы", "был", "была", "были", "было", "быть", "в", "вам",
    "вас", "ведь", "весь", "во", "вот", "все", "всего", "всем", "всех", "всю", "вся", "всё", "вы",
    "где", "да", "даже", "для", "до", "его", "ее", "ей", "ему", "если", "есть", "еще", "ещё", "её",
    "же", "за", "и", "из", "или", "им", "именно", "иных", "их", "к", "как", "какая", "какие",
    "какой", "когда", "которая", "которого", "которое", "которой", "котором", "которые", "который",
    "которых", "кто", "ли", "либо", "лишь", "между", "мне", "много", "может", "можно", "мы", "на",
    "над", "нам", "нас", "не", "него", "нее", "ней", "нем", "нет", "неё", "ни", "ним", "них", "но",
    "ну", "нём", "о", "об", "однако", "он", "она", "они", "оно", "от", "очень", "перед", "по",
    "под", "после", "при", "про", "с", "сам", "сама", "своей", "своих", "свой", "свою", "себе",
    "себя", "со", "так", "также", "такой", "там", "те", "тем", "то", "тогда", "того", "тоже", "той",
    "только", "том", "тот", "тут", "у", "уж", "уже", "хотя", "чем", "через", "что", "чтоб", "чтобы",
    "эта", "эти", "этих", "это", "этого", "этой", "этом", "этот", "я",
};
/* ru: 148 words */
static const char *const stop_cs[] = {
    "a", "aby", "aj", "ale", "ani", "ano", "asi", "až", "bez", "bude", "budou", "by", "bych", "byl",
    "byla", "byli", "bylo", "byly", "být", "během", "co", "další", "do", "ho", "i", "jak", "jako",
    "je", "jeho", "jej", "jejich", "její", "jen", "jenž", "ještě", "jež", "ji", "jim", "již",
    "jsem", "jsi", "jsme", "jsou", "jste", "já", "jí", "k", "kam", "kde", "kdo", "kdy", "když",
    "ke", "kromě", "kterou", "která", "které", "kterého", "kterém", "který", "kterých", "kterým",
    "kteří", "ku", "kvůli", "mají", "mezi", "mi", "mnou", "mně", "my", "má", "mít", "můj", "může",
    "můžeme", "na", "nad", "naše", "ne", "nebo", "nebyl", "není", "než", "nich", "nám", "námi",
    "nás", "náš", "ním", "něco", "o", "od", "ode", "on", "ona", "oni", "ono", "pak", "po", "pod",
    "podle", "pokud", "pouze", "pro", "proto", "protože", "před", "přes", "při", "rovněž", "s",
    "se", "si", "sice", "svou", "své", "svých", "svým", "svůj", "ta", "tak", "také", "takže", "tam",
    "tato", "te", "tedy", "ten", "tento", "teto", "ti", "to", "tohle", "toho", "tom", "tomu", "tu",
    "tuto", "ty", "tyto", "této", "též", "tím", "u", "už", "v", "ve", "vy", "vám", "vás", "však",
    "všech", "všechno", "všechny", "z", "za", "zda", "ze", "či", "že",
};
/* cs: 161 words */
static const char *const stop_el[] = {
    "ένα", "ένασ", "έτσι", "έχει", "έχουν", "ή", "ήδη", "ήταν", "ακόμα", "ακόμη", "αλλά", "αν",
    "από", "αυτά", "αυτέσ", "αυτή", "αυτήν", "αυτήσ", "αυτοί", "αυτού", "αυτό", "αυτόν", "αυτόσ",
    "αυτών", "για", "δε", "δεν", "διά", "εάν", "είναι", "είχαν", "είχε", "εγώ", "εδώ", "εκεί",
    "εμείσ", "ενόσ", "ενώ", "επί", "επίσησ", "εσείσ", "εσύ", "η", "θα", "καθώσ", "και", "κατά",
    "κι", "λόγω", "μέχρι", "μία", "μασ", "με", "μετά", "μεταξύ", "μη", "μην", "μια", "μιασ", "μου",
    "μόνο", "να", "ο", "οι", "οποία", "οποίασ", "οποίεσ", "οποίο", "οποίοι", "οποίοσ", "οποίου",
    "οποίουσ", "οποίων", "ούτε", "παρά", "πιο", "ποια", "ποιο", "ποιοσ", "πολύ", "που", "πού",
    "πριν", "προσ", "πωσ", "πώσ", "σασ", "σε", "σου", "στα", "στη", "στην", "στησ", "στισ", "στο",
    "στον", "στου", "στουσ", "τα", "τη", "την", "τησ", "τι", "τισ", "το", "τον", "του", "τουσ",
    "των", "τότε", "τώρα", "υπό", "χωρίσ", "ωσ", "όλα", "όλεσ", "όλη", "όλο", "όλοι", "όλων",
    "όμωσ", "όπωσ", "όταν", "ότι",
};
/* el: 124 words */
static const char *const stop_ar[] = {
    "أم", "أمام", "أن", "أنا", "أنه", "أو", "أي", "أيضا", "أين", "إذا", "إلا", "إلى", "إن", "إنه",
    "اذا", "الا", "التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي", "الى", "ان", "انه",
    "ايضا", "بعد", "بعض", "بل", "به", "بها", "بهم", "بين", "تحت", "تكون", "تلك", "ثم", "حتى", "حول",
    "خلال", "دون", "ذلك", "ضد", "على", "عليه", "عليها", "عليهم", "عن", "عند", "عندما", "غير", "فوق",
    "في", "فيه", "فيها", "فيهم", "قبل", "قد", "كان", "كانت", "كانوا", "كل", "كما", "كيف", "لا",
    "لدى", "لقد", "لكن", "لم", "لن", "له", "لها", "لهم", "لو", "ليس", "ما", "ماذا", "متى", "مع",
    "من", "منذ", "منه", "منها", "منهم", "نحن", "هؤلاء", "هذا", "هذان", "هذه", "هم", "هن", "هنا",
    "هناك", "هو", "هي", "وأن", "وإن", "وعلى", "وفي", "وقد", "وكان", "وكانت", "ولا", "ولم", "وما",
    "ومن", "وهو", "وهي", "يكون",
};
/* ar: 109 words */
static const char *const stop_he[] = {
    "אבל", "או", "אותה", "אותו", "אותם", "אותן", "אחד", "אחרי", "אחת", "איך", "אין", "איפה", "אך",
    "אל", "אלה", "אלו", "אם", "אנחנו", "אני", "אף", "אשר", "את", "אתה", "אתם", "בה", "בהם", "בו",
    "בין", "גם", "הוא", "היא", "היה", "היו", "הייתה", "היתה", "הם", "הן", "ובין", "וגם", "והוא",
    "והיא", "ולא", "זאת", "זה", "זו", "יהיה", "יותר", "יש", "כאשר", "כבר", "כדי", "כי", "כך", "כל",
    "כמו", "כן", "לא", "לה", "להם", "לו", "לי", "למה", "לנו", "לפני", "מאוד", "מה", "מהם", "מי",
    "ממנה", "ממנו", "מן", "עד", "עוד", "על", "עם", "רק", "שהוא", "שהיא", "של", "שלא", "שלה", "שלהם",
    "שלו", "תהיה", "תחת",
};
/* he: 85 words */
static const char *const stop_hi[] = {
    "अगर", "अपना", "अपनी", "अपने", "अब", "इन", "इनके", "इस", "इसकी", "इसके", "इसे", "उन", "उनकी",
    "उनके", "उस", "उसकी", "उसके", "उसे", "एक", "एवं", "ओर", "और", "कर", "करता", "करते", "करने",
    "का", "कि", "किंतु", "किए", "किया", "की", "कुछ", "के", "कैसे", "को", "कोई", "कौन", "क्या",
    "क्यों", "गई", "गए", "गया", "जब", "जिन", "जिस", "जिसे", "जैसे", "जो", "तक", "तथा", "तब", "तो",
    "था", "थी", "थीं", "थे", "द्वारा", "नहीं", "ने", "पर", "परंतु", "प्रति", "बहुत", "बाद", "भी",
    "में", "यह", "यहाँ", "या", "ये", "रहा", "रही", "रहे", "लिए", "लेकिन", "वह", "वहाँ", "वाला",
    "वाली", "वाले", "वे", "सकता", "सकते", "सभी", "साथ", "से", "ही", "हुआ", "हुई", "हुए", "है",
    "हैं", "हो", "होता", "होती", "होते", "होने",
};
/* hi: 98 words */

#define LIST(code) {#code, stop_##code, sizeof stop_##code / sizeof stop_##code[0]}
static const stopword_list all_lists[] = {LIST(en), LIST(fr), LIST(de), LIST(es), LIST(ru),
                                          LIST(cs), LIST(el), LIST(ar), LIST(he), LIST(hi)};
#define N_LISTS (sizeof all_lists / sizeof all_lists[0])
static const stopword_list *const list_ptrs[] = {
    &all_lists[0], &all_lists[1], &all_lists[2], &all_lists[3], &all_lists[4],
    &all_lists[5], &all_lists[6], &all_lists[7], &all_lists[8], &all_lists[9], NULL};

const stopword_list *stopword_list_for(const char *lang) {
  if (!lang) return NULL;
  for (size_t i = 0; i < N_LISTS; i++)
    if (strcmp(all_lists[i].lang, lang) == 0) return &all_lists[i];
  return NULL;
}

const stopword_list *const *stopword_lists(void) { return list_ptrs; }

/* Compares a length-delimited key with a NUL-terminated entry in strcmp (byte) order; a byte
 * loop because most probes differ in the first byte (memcmp + strlen cost twice as much). */
static int compare_key(const char *key, size_t len, const char *entry) {
  for (size_t i = 0; i < len; i++) {
    unsigned char e = (unsigned char)entry[i], k = (unsigned char)key[i];
    if (k != e) return e == 0 || k > e ? 1 : -1;
  }
  return entry[len] ? -1 : 0;
}

int stopword_in(const stopword_list *list, const char *word, size_t len) {
  if (!list || len == 0) return 0;
  size_t lo = 0, hi = list->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = compare_key(word, len, list->words[mid]);
    if (c == 0) return 1;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

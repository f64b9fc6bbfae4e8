/* model.h — the per-cluster model every selection algorithm reads (behind precis_corpus).
 *
 * precis_corpus_add runs, once per article: UTF-8 check → language → clean_article →
 * segment_sentences → tokenizer (one per language per corpus) → interned term ids. Each sentence
 * keeps its content terms (non-stopword words and numbers, stemmed) for similarity, its word
 * count (every word/number token) for budgets, and a few surface flags for penalties.
 *
 * model_prepare (run lazily by precis_summarize, again only if articles were added since)
 * derives the cluster-wide statistics: per-term cluster frequency and article frequency, sorted
 * term vectors per sentence, near-duplicate groups and support counts (model/dedup.c).
 *
 * Complexity: adding an article is O(article bytes) (cleaning, segmentation and tokenization are
 * linear; interning is O(1) expected per token). model_prepare is O(T log L) for T content-term
 * occurrences and L the longest sentence (sorting each sentence's terms), plus the
 * near-duplicate pass, O(S·K + C·L) for S sentences, K = MODEL_MINHASH sketch values and C
 * candidate pairs (see dedup.c). All memory lives in the corpus arena, freed at once.
 */
#ifndef PRECIS_MODEL_H
#define PRECIS_MODEL_H
#include "base/arena.h"
#include "base/intern.h"
#include "precis.h"
#include "text/clean.h"
#include "text/token.h"
#include <stddef.h>
#include <stdint.h>

/* Sentence flags: surface cues the algorithms turn into penalties or bonuses. */
enum {
  SENT_QUESTION = 1 << 0,  /* ends with a question mark */
  SENT_QUOTE = 1 << 1,     /* mostly (>= 60%) inside quotation marks */
  SENT_FRAGMENT = 1 << 2,  /* very short or no final punctuation (headline, caption, label) */
  SENT_DANGLING = 1 << 3,  /* opens with a pronoun or connective that needs the previous sentence */
  SENT_NUMBER = 1 << 4,    /* contains a number */
  SENT_ENTITY = 1 << 5,    /* contains capitalized words past the first (names, places) */
  SENT_CAPTION = 1 << 6,   /* reads like a caption or credit line (photo, image, file, via) */
  SENT_QUOTE_ONLY = 1 << 7, /* nothing but a quotation: no attribution, no context */
  SENT_NOTICE = 1 << 8,     /* a web-page notice (sign-up form, archive crawl notice; text/noise.h) */
  SENT_QUOTE_PART = 1 << 9  /* opens or continues a quotation spanning several sentences */
};

/* A term of a sentence vector: id and how often it occurs in the sentence. */
typedef struct model_term {
  uint32_t id, count;
} model_term;

typedef struct model_sentence {
  uint32_t article;    /* index of its article */
  uint32_t position;   /* 0-based index within the article */
  uint32_t start, end; /* byte offsets in the article's cleaned text */
  uint32_t nwords;     /* word and number tokens: the unit of word budgets */
  uint32_t *seq;       /* content term ids in text order (stopwords dropped) */
  uint32_t nseq;
  model_term *vec;     /* distinct content terms sorted by id (after model_prepare) */
  uint32_t nvec;
  double norm;         /* Euclidean norm of vec's counts */
  unsigned flags;
  uint32_t group;      /* near-duplicate group: index of its first sentence (after prepare) */
  uint32_t support;    /* distinct articles carrying the group (after prepare) */
} model_sentence;

typedef struct model_article {
  const char *id, *title, *date, *source, *url, *lang; /* "" when unknown */
  const char *text; /* cleaned prose */
  size_t len;
  clean_removal *removed;
  size_t nremoved;
  uint32_t first, count; /* its sentences: model.sentences[first .. first+count) */
  uint32_t *title_terms; /* content terms of the title, for title overlap */
  uint32_t ntitle_terms;
} model_article;

typedef struct model_group_sources {
  uint32_t n;
  size_t *articles; /* ascending */
} model_group_sources;

struct precis_corpus {
  arena *arena;
  char *id;
  intern *terms;
  model_article *articles;
  size_t narticles, articles_cap;
  model_sentence *sentences;
  size_t nsentences, sentences_cap;
  char **refs;
  size_t nrefs, refs_cap;
  struct {
    char lang[16];
    tokenizer *tok;
  } tokenizers[8];
  size_t ntokenizers;
  /* Derived by model_prepare; valid while prepared_articles == narticles. */
  size_t prepared_articles;
  uint32_t nterms;
  uint32_t *term_tf;  /* occurrences in the cluster */
  uint32_t *term_df;  /* articles containing the term */
  model_group_sources *groups; /* by group id (= first sentence index); n = 0 for non-heads */
  size_t total_words;    /* all sentence words */
  size_t distinct_words; /* words of one sentence per near-duplicate group */
};

typedef struct precis_corpus model;

/* Derives the cluster statistics and near-duplicate groups (idempotent, cheap when unchanged). */
void model_prepare(model *m);
/* Fills group and support of every sentence and m->groups (model/dedup.c). */
void model_find_duplicates(model *m);
/* Cosine similarity of two sentence vectors (after model_prepare). */
double model_cosine(const model_sentence *a, const model_sentence *b);
/* Number of distinct content terms shared by two sorted vectors. */
uint32_t model_overlap(const model_term *a, uint32_t na, const model_term *b, uint32_t nb);
/* The sentence's text. */
const char *model_sentence_text(const model *m, const model_sentence *s);
/* The sources of sentence i's near-duplicate group. */
const model_group_sources *model_sources(const model *m, uint32_t sentence);
/* Byte length of the sentence's shortest prefix holding its first max_words words (for the
 * truncation fallback when no whole sentence fits a budget). */
size_t model_word_prefix(model *m, uint32_t sentence, uint32_t max_words);
/* Word and number tokens of text in language `lang`, counted as a sentence's nwords is (for the
 * compressed sentences of --compress). O(len). */
uint32_t model_count_words(model *m, const char *lang, const char *text, size_t len);
/* The corpus language: the most frequent article language ("" when none). */
const char *model_lang(const model *m);

#endif

/* facts.h — numeric claims ("at least 200 people were killed", "two helicopters", "23") and
 * their grouping into quantities where outlets disagree.
 *
 * A fact is a number (digits or number words) with what it counts, its qualifier (at least,
 * more than, about...), whom it concerns, who claims it (the sentence's attribution) and the
 * time frame it refers to ("in April 2016"; empty = the event itself). Numbers in dates, times,
 * ages, years, ordinals, identifiers, phone numbers and URLs are not facts.
 *
 * Grouping: facts with the same key (the counted thing, normalized: killed/dead/died/death toll
 * → "killed"), time frame and kind form a quantity. Each fact has a value range given its
 * qualifier ("at least 200" = [200, ∞), "about 110" = [93.5, 126.5]); a quantity is a
 * DISAGREEMENT when two articles (or two named claimants in one article) give comparable
 * values whose ranges do not overlap. Comparable means: same party ("concerns"), reports at most
 * two days apart, not an update ("15 more", "bringing the total to 32": shown, never a
 * conflict), the same scope (day, place, running total or not, not "in each"), and the same
 * group counted — any generic "people" for casualty classes; a plain count only as equipment
 * losses claimed by two different parties (docs/DIGEST.md has the full list).
 * Extraction is O(tokens of the sentence) per number; grouping is O(F log F + C²) for F facts
 * and C the comparable claims of the largest quantity (at most 2,000).
 */
#ifndef PRECIS_ANALYZE_FACTS_H
#define PRECIS_ANALYZE_FACTS_H
#include "analyze/analyze.h"

typedef enum fact_kind { FACT_COUNT, FACT_PERCENT, FACT_MONEY, FACT_MEASURE } fact_kind;
typedef enum fact_qualifier {
  QUAL_EXACT, QUAL_AT_LEAST, QUAL_MORE_THAN, QUAL_ABOUT, QUAL_NEARLY, QUAL_UP_TO, QUAL_LESS_THAN, QUAL_VAGUE
} fact_qualifier;
typedef enum fact_update { UPDATE_NONE, UPDATE_INCREMENT, UPDATE_TOTAL } fact_update;

typedef struct fact {
  double value, lo, hi;     /* stated value and the range its qualifier allows (hi may be HUGE_VAL) */
  fact_kind kind;
  fact_qualifier qualifier;
  fact_update update;
  const char *value_text;   /* as written, with its qualifier: "at least 200", "two" */
  const char *key;          /* the quantity: "killed", "injured", "helicopter", "percent:vote" */
  const char *counted;      /* what the text says is counted: "people", "air-defense missile systems" */
  const char *concerns;     /* whom it concerns when stated ("Azerbaijan"), else "" */
  const char *claimant;     /* who claims it (speaker display), "" = the outlet itself */
  const char *claimant_key; /* the speaker's grouping key (analyze.h), "" when none */
  const char *timeframe;    /* "" = the event; "2016-04", "2020-07", "1994" otherwise */
  long day;                 /* the article's date in days (an_days), 0 when unknown */
  int day_mark;             /* the day the sentence names: a weekday (0 Monday..6) or a calendar day
                               (100 + 32*month + day), -1 none: tolls of two days differ */
  int cumulative;           /* 2: a running total ("since March", "so far", "in the uprising"); 1: a sum
                               over an unstated span ("a total of", "in all"); 0: neither */
  int distributive;         /* "two in each state": per member, not a total */
  int loss;                 /* the sentence reports losses of equipment (destroyed, shot down) */
  const char *place;        /* "in/across X" after the number ("104 killed in Homs"), "" when none */
  int cued;                 /* the article's language has our cue words (en, fr, es, de): only then
                               are counted phrases reliable enough to compare claims */
  uint32_t article;
  uint32_t start, end;      /* the number with its qualifier, in the article's cleaned text */
  uint32_t sent_start, sent_end;
} fact;

typedef struct fact_list {
  fact *items;
  size_t n, cap;
} fact_list;

/* The time frame a sentence states ("" when none); the digest passes it on to the next sentence
 * of the same paragraph ("...collapsed in 1991. After fighting which left 30,000 dead..."). */
const char *facts_sentence_timeframe(arena *a, const an_sentence *s);

/* Appends the facts of one sentence (after an_attribution) to out. A fact with no time frame of
 * its own takes s->context_timeframe. */
void facts_extract(arena *a, const an_sentence *s, fact_list *out);

typedef struct fact_group {
  const char *key, *timeframe;
  size_t *members;   /* indexes into the fact list, by article then position */
  size_t n;
  int disagreement;  /* two articles give incompatible values */
  size_t narticles;  /* distinct articles among members */
} fact_group;

/* Groups the facts; sorts groups: disagreements first, then by number of articles, then key.
 * Groups and member arrays live in a. Returns the number of groups. */
size_t facts_group(arena *a, const fact_list *facts, fact_group **groups);

/* "at least", "about"... for output; "" for exact. */
const char *fact_qualifier_name(fact_qualifier q);
const char *fact_kind_name(fact_kind k);
const char *fact_update_name(fact_update u);

#endif

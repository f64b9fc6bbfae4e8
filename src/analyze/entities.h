/* entities.h — the people, organizations and places a cluster mentions most, from
 * capitalization alone (no gazetteer).
 *
 * A mention is a run of capitalized words (with inner "of", "for", "de"), minus leading titles
 * and nationality adjectives ("Armenian Prime Minister Nikol Pashinyan" → "Nikol Pashinyan",
 * a person because a title preceded it). Sentence-initial words that are ordinary words
 * ("Meanwhile", "The") are skipped. Types by cues: a title → person; an organization word or an
 * acronym → organization; after "in/at/from/near" → place; majority vote over mentions. A lone
 * surname is merged into the one full name ending with it. Extraction is O(tokens); ranking is
 * O(M log M) for M mentions.
 */
#ifndef PRECIS_ANALYZE_ENTITIES_H
#define PRECIS_ANALYZE_ENTITIES_H
#include "analyze/analyze.h"

typedef enum entity_type { ENT_OTHER, ENT_PERSON, ENT_ORG, ENT_PLACE } entity_type;

typedef struct entity_mention {
  const char *name; /* arena string as written (titles stripped) */
  entity_type hint; /* cue seen at this mention, ENT_OTHER when none */
  int initial;      /* a single word opening its sentence (maybe not a name) */
  uint32_t article, start, end;
} entity_mention;

typedef struct entity_mentions {
  entity_mention *items;
  size_t n, cap;
} entity_mentions;

typedef struct entity {
  const char *name;
  entity_type type;
  size_t count;     /* mentions in the cluster */
  size_t narticles; /* articles mentioning it */
  uint32_t article, start, end; /* first mention */
} entity;

void entities_extract(arena *a, const an_sentence *s, entity_mentions *out);
/* Ranks the mentions into at most `max` entities (by count, then first mention); arena-owned. */
size_t entities_rank(arena *a, const entity_mentions *m, size_t max, entity **out);
const char *entity_type_name(entity_type t);

#endif

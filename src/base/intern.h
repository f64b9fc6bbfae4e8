/* intern.h — string interning: maps each distinct term to a dense uint32 id.
 *
 * Stages compare and count term ids, never strings. Open addressing with FNV-1a hashing;
 * O(1) expected per lookup, O(n) memory. Ids are assigned in first-seen order, so a given input
 * always yields the same ids (determinism).
 */
#ifndef PRECIS_INTERN_H
#define PRECIS_INTERN_H
#include <stddef.h>
#include <stdint.h>

typedef struct intern intern;

intern *intern_new(void);
void intern_free(intern *t);
/* Id of the string, adding it when new. */
uint32_t intern_id(intern *t, const char *s, size_t len);
/* Id of the string, or UINT32_MAX when absent. */
uint32_t intern_find(const intern *t, const char *s, size_t len);
const char *intern_str(const intern *t, uint32_t id);
size_t intern_len(const intern *t, uint32_t id);
size_t intern_count(const intern *t);
uint64_t hash_bytes(const void *data, size_t len);
/* Mixes the bits of a 64-bit key (MurmurHash3's finalizer): every input bit affects every output
 * bit, so ids and combined hashes can be bucketed or compared as hashes. Inline: it sits in the
 * inner loops of near-duplicate sketches and ROUGE n-gram keys. */
static inline uint64_t hash_mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

#endif

/* intern.c — see intern.h. */
#include "base/intern.h"
#include "base/arena.h"
#include "base/xalloc.h"
#include <string.h>

typedef struct entry {
  const char *s;
  uint32_t len;
} entry;

struct intern {
  arena *strings;
  entry *entries; /* by id */
  size_t count, cap;
  uint32_t *slots; /* id + 1, 0 = empty */
  uint64_t *hashes;
  size_t nslots;
};

uint64_t hash_bytes(const void *data, size_t len) {
  const unsigned char *p = data;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

intern *intern_new(void) {
  intern *t = xcalloc(1, sizeof *t);
  t->strings = arena_new();
  t->nslots = 1024;
  t->slots = xcalloc(t->nslots, sizeof *t->slots);
  t->hashes = xcalloc(t->nslots, sizeof *t->hashes);
  return t;
}

void intern_free(intern *t) {
  if (!t) return;
  arena_free(t->strings);
  free(t->entries);
  free(t->slots);
  free(t->hashes);
  free(t);
}

static size_t probe(const intern *t, const char *s, size_t len, uint64_t h) {
  size_t mask = t->nslots - 1, i = h & mask;
  while (t->slots[i]) {
    const entry *e = &t->entries[t->slots[i] - 1];
    if (t->hashes[i] == h && e->len == len && memcmp(e->s, s, len) == 0) return i;
    i = (i + 1) & mask;
  }
  return i;
}

static void rehash(intern *t) {
  size_t n = t->nslots * 2;
  uint32_t *slots = xcalloc(n, sizeof *slots);
  uint64_t *hashes = xcalloc(n, sizeof *hashes);
  for (size_t i = 0; i < t->nslots; i++) {
    if (!t->slots[i]) continue;
    size_t j = t->hashes[i] & (n - 1);
    while (slots[j]) j = (j + 1) & (n - 1);
    slots[j] = t->slots[i];
    hashes[j] = t->hashes[i];
  }
  free(t->slots);
  free(t->hashes);
  t->slots = slots;
  t->hashes = hashes;
  t->nslots = n;
}

uint32_t intern_find(const intern *t, const char *s, size_t len) {
  size_t i = probe(t, s, len, hash_bytes(s, len));
  return t->slots[i] ? t->slots[i] - 1 : UINT32_MAX;
}

uint32_t intern_id(intern *t, const char *s, size_t len) {
  uint64_t h = hash_bytes(s, len);
  size_t i = probe(t, s, len, h);
  if (t->slots[i]) return t->slots[i] - 1;
  if ((t->count + 1) * 2 > t->nslots) {
    rehash(t);
    i = probe(t, s, len, h);
  }
  t->entries = xgrow(t->entries, &t->cap, t->count + 1, sizeof *t->entries);
  t->entries[t->count].s = arena_strndup(t->strings, s, len);
  t->entries[t->count].len = (uint32_t)len;
  t->slots[i] = (uint32_t)++t->count;
  t->hashes[i] = h;
  return (uint32_t)(t->count - 1);
}

const char *intern_str(const intern *t, uint32_t id) { return t->entries[id].s; }
size_t intern_len(const intern *t, uint32_t id) { return t->entries[id].len; }
size_t intern_count(const intern *t) { return t->count; }

/* arena.c — bump allocator; see arena.h. */
#include "base/arena.h"
#include "base/xalloc.h"
#include <stdint.h>
#include <string.h>

typedef struct block {
  struct block *next;
  size_t size, used;
  _Alignas(16) unsigned char data[];
} block;

struct arena {
  block *head;
  size_t total;
};

arena *arena_new(void) { return xcalloc(1, sizeof(arena)); }

void arena_free(arena *a) {
  if (!a) return;
  for (block *b = a->head, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  free(a);
}

void *arena_alloc(arena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  block *b = a->head;
  if (!b || b->size - b->used < size) {
    size_t want = b ? b->size * 2 : 64 * 1024;
    if (want > 64u << 20) want = 64u << 20;
    if (want < size) want = size;
    block *nb = xmalloc(sizeof(block) + want);
    nb->size = want;
    nb->used = 0;
    nb->next = b;
    a->head = b = nb;
  }
  void *p = b->data + b->used;
  b->used += size;
  a->total += size;
  return p;
}

void *arena_calloc(arena *a, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) xalloc_die();
  void *p = arena_alloc(a, count * size);
  memset(p, 0, count * size);
  return p;
}

char *arena_strndup(arena *a, const char *s, size_t len) {
  char *p = arena_alloc(a, len + 1);
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *arena_strdup(arena *a, const char *s) { return arena_strndup(a, s ? s : "", s ? strlen(s) : 0); }

size_t arena_used(const arena *a) { return a->total; }

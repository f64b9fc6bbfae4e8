/* arena.h — bump allocator for per-cluster memory.
 *
 * Everything built for one cluster (articles, sentences, token ids) lives in one arena and is
 * freed at once, so stages allocate freely without ownership bookkeeping.
 * Cost: O(1) per allocation; blocks grow geometrically, so O(total bytes) overall.
 */
#ifndef PRECIS_ARENA_H
#define PRECIS_ARENA_H
#include <stddef.h>

typedef struct arena arena;

arena *arena_new(void);
void arena_free(arena *a);
/* Aligned to 16 bytes. Never returns NULL: aborts on out-of-memory (see base/xalloc.h). */
void *arena_alloc(arena *a, size_t size);
void *arena_calloc(arena *a, size_t count, size_t size);
char *arena_strndup(arena *a, const char *s, size_t len);
char *arena_strdup(arena *a, const char *s);
/* Bytes handed out so far (for memory reports). */
size_t arena_used(const arena *a);

#endif

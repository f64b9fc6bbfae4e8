/* rouge_vectors.c — reading ROUGE test vectors (see rouge_vectors.h). Ids are checked for
 * repeats with a hash set so a large file stays O(n). */
#include "eval/rouge_vectors.h"
#include "base/error.h"
#include "base/intern.h"
#include "base/xalloc.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static precis_status parse_item(const char *line, size_t lineno, const char *path, rouge_item *it,
                                precis_error *err) {
  memset(it, 0, sizeof *it);
  cJSON *root = cJSON_Parse(line);
  if (!root || !cJSON_IsObject(root)) {
    cJSON_Delete(root);
    return err_set(err, PRECIS_ERR_INPUT, "%s:%zu: not a JSON object", path, lineno);
  }
  const cJSON *id = cJSON_GetObjectItemCaseSensitive(root, "id");
  const cJSON *peer = cJSON_GetObjectItemCaseSensitive(root, "peer");
  const cJSON *models = cJSON_GetObjectItemCaseSensitive(root, "models");
  precis_status st = PRECIS_OK;
  if (!cJSON_IsString(id) || !cJSON_IsString(peer) || !cJSON_IsArray(models)) {
    st = err_set(err, PRECIS_ERR_INPUT, "%s:%zu: want string \"id\", string \"peer\", array \"models\"",
                 path, lineno);
  } else if (cJSON_GetArraySize(models) == 0) {
    st = err_set(err, PRECIS_ERR_INPUT, "%s:%zu: item '%s' has no models", path, lineno,
                 id->valuestring);
  } else {
    it->id = xstrdup(id->valuestring);
    it->peer = xstrdup(peer->valuestring);
    it->models = xcalloc((size_t)cJSON_GetArraySize(models), sizeof *it->models);
    const cJSON *m;
    cJSON_ArrayForEach(m, models) {
      if (!cJSON_IsString(m)) {
        st = err_set(err, PRECIS_ERR_INPUT, "%s:%zu: a model of '%s' is not a string", path, lineno,
                     id->valuestring);
        break;
      }
      it->models[it->nmodels++] = xstrdup(m->valuestring);
    }
  }
  cJSON_Delete(root);
  return st;
}

static void item_free(rouge_item *it) {
  free(it->id);
  free(it->peer);
  for (size_t i = 0; i < it->nmodels; i++) free(it->models[i]);
  free(it->models);
}

precis_status rouge_items_load(const char *path, rouge_items *out, precis_error *err) {
  memset(out, 0, sizeof *out);
  FILE *f = fopen(path, "r");
  if (!f) return err_set(err, PRECIS_ERR_IO, "cannot open %s", path);
  intern *seen = intern_new();
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t n;
  precis_status st = PRECIS_OK;
  while ((n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    size_t len = (size_t)n;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' || line[len - 1] == ' ')) len--;
    if (!len) continue;
    line[len] = '\0';
    rouge_item it;
    st = parse_item(line, lineno, path, &it, err);
    if (st != PRECIS_OK) {
      item_free(&it);
      break;
    }
    if (intern_find(seen, it.id, strlen(it.id)) != UINT32_MAX) {
      st = err_set(err, PRECIS_ERR_INPUT, "%s:%zu: repeated id '%s'", path, lineno, it.id);
      item_free(&it);
      break;
    }
    intern_id(seen, it.id, strlen(it.id));
    out->items = xgrow(out->items, &out->cap, out->count + 1, sizeof *out->items);
    out->items[out->count++] = it;
  }
  if (st == PRECIS_OK && ferror(f)) st = err_set(err, PRECIS_ERR_IO, "cannot read %s", path);
  if (st == PRECIS_OK && out->count == 0) st = err_set(err, PRECIS_ERR_INPUT, "%s holds no item", path);
  free(line);
  fclose(f);
  intern_free(seen);
  if (st != PRECIS_OK) rouge_items_free(out);
  return st;
}

void rouge_items_free(rouge_items *items) {
  for (size_t i = 0; i < items->count; i++) item_free(&items->items[i]);
  free(items->items);
  memset(items, 0, sizeof *items);
}

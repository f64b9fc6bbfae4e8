/* digest_json.c — the digest as one JSON object on one line (schema: docs/DIGEST.md).
 *
 * Every item carries references {"article": index, "id": article id, "start", "end"} into the
 * article's cleaned text, so a consumer can highlight it in context. Key order is fixed and
 * numbers are formatted without the locale, so the same input always gives the same bytes.
 * O(size of the digest).
 */
#include "analyze/digest.h"
#include "base/json_out.h"
#include "render/digest_common.h"
#include <string.h>

static void ref_json(buf *b, const digest *d, digest_ref r) {
  buf_printf(b, "{\"article\":%u,\"id\":", r.article);
  json_cstr(b, r.article < d->narticles ? d->articles[r.article].id : "");
  buf_printf(b, ",\"start\":%u,\"end\":%u}", r.start, r.end);
}

static void refs_json(buf *b, const digest *d, const digest_ref *refs, size_t n) {
  buf_putc(b, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) buf_putc(b, ',');
    ref_json(b, d, refs[i]);
  }
  buf_putc(b, ']');
}

static void articles_json(buf *b, const digest *d) {
  buf_puts(b, "\"sources\":[");
  for (size_t i = 0; i < d->narticles; i++) {
    const precis_article_info *a = &d->articles[i];
    const digest_source *s = &d->sources[i];
    if (i) buf_putc(b, ',');
    buf_printf(b, "{\"n\":%zu,\"article\":%zu,\"id\":", i + 1, i);
    json_cstr(b, a->id);
    buf_puts(b, ",\"source\":");
    json_cstr(b, a->source);
    buf_puts(b, ",\"title\":");
    json_cstr(b, a->title);
    buf_puts(b, ",\"date\":");
    json_cstr(b, a->date);
    buf_puts(b, ",\"url\":");
    json_cstr(b, a->url);
    buf_puts(b, ",\"lang\":");
    json_cstr(b, a->lang);
    buf_printf(b, ",\"sentences\":%zu,\"shared\":%zu,\"unique\":%zu,\"shared_share\":", s->nsentences, s->nshared,
               s->nsentences - s->nshared);
    json_num(b, s->nsentences ? (double)s->nshared / (double)s->nsentences : 0, 3);
    buf_putc(b, '}');
  }
  buf_putc(b, ']');
}

static void summary_json(buf *b, const digest *d) {
  buf_puts(b, "\"summary\":[");
  for (size_t i = 0; i < d->nsummary; i++) {
    const digest_sentence *s = &d->summary[i];
    if (i) buf_putc(b, ',');
    buf_puts(b, "{\"text\":");
    json_str(b, s->text, s->len);
    buf_puts(b, ",\"ref\":");
    ref_json(b, d, s->ref);
    buf_puts(b, ",\"sources\":[");
    for (size_t k = 0; k < s->nsources; k++) buf_printf(b, "%s%zu", k ? "," : "", s->sources[k]);
    buf_putc(b, ']');
    if (s->nremoved) { /* --compress: what was cut, so the text can be traced to ref exactly */
      buf_puts(b, ",\"removed\":");
      json_ranges(b, s->removed, s->nremoved);
    }
    buf_putc(b, '}');
  }
  buf_putc(b, ']');
}

static void fact_json(buf *b, const digest *d, const fact *f) {
  buf_puts(b, "{\"value\":");
  digest_value(b, f->value);
  buf_puts(b, ",\"text\":");
  json_cstr(b, f->value_text);
  buf_puts(b, ",\"qualifier\":");
  json_cstr(b, fact_qualifier_name(f->qualifier));
  buf_puts(b, ",\"min\":");
  digest_value(b, f->lo);
  buf_puts(b, ",\"max\":");
  if (f->hi > 1e300) buf_puts(b, "null");
  else digest_value(b, f->hi);
  buf_puts(b, ",\"kind\":");
  json_cstr(b, fact_kind_name(f->kind));
  buf_puts(b, ",\"counted\":");
  json_cstr(b, f->counted);
  buf_puts(b, ",\"concerns\":");
  json_cstr(b, f->concerns);
  buf_puts(b, ",\"claimant\":");
  json_cstr(b, f->claimant);
  buf_puts(b, ",\"update\":");
  if (f->update) json_cstr(b, fact_update_name(f->update));
  else buf_puts(b, "null");
  /* the scope that decides what the claim is compared with (docs/DIGEST.md) */
  buf_puts(b, ",\"place\":");
  json_cstr(b, f->place ? f->place : "");
  buf_printf(b, ",\"day_mark\":%d,\"cumulative\":%d,\"distributive\":%s", f->day_mark, f->cumulative,
             f->distributive ? "true" : "false");
  buf_puts(b, ",\"date\":");
  json_cstr(b, d->articles[f->article].date);
  buf_puts(b, ",\"ref\":");
  ref_json(b, d, (digest_ref){f->article, f->start, f->end});
  buf_puts(b, ",\"sentence\":");
  ref_json(b, d, (digest_ref){f->article, f->sent_start, f->sent_end});
  buf_putc(b, '}');
}

static void facts_json(buf *b, const digest *d) {
  buf_puts(b, "\"facts\":[");
  for (size_t i = 0; i < d->ngroups; i++) {
    const fact_group *g = &d->groups[i];
    if (i) buf_putc(b, ',');
    buf_puts(b, "{\"key\":");
    json_cstr(b, g->key);
    buf_puts(b, ",\"timeframe\":");
    json_cstr(b, g->timeframe);
    buf_printf(b, ",\"disagreement\":%s,\"articles\":%zu,\"claims\":[", g->disagreement ? "true" : "false",
               g->narticles);
    for (size_t k = 0; k < g->n; k++) {
      if (k) buf_putc(b, ',');
      fact_json(b, d, &d->facts.items[g->members[k]]);
    }
    buf_puts(b, "]}");
  }
  buf_putc(b, ']');
}

static void quotes_json(buf *b, const digest *d) {
  buf_puts(b, "\"quotes\":[");
  for (size_t i = 0; i < d->nspeakers; i++) {
    const digest_speaker *s = &d->speakers[i];
    if (i) buf_putc(b, ',');
    buf_puts(b, "{\"speaker\":");
    json_cstr(b, *s->name ? s->name : s->role);
    buf_puts(b, ",\"name\":");
    json_cstr(b, s->name);
    buf_puts(b, ",\"role\":");
    json_cstr(b, s->role);
    buf_puts(b, ",\"key\":");
    json_cstr(b, s->key);
    buf_printf(b, ",\"person\":%s,\"articles\":%zu,\"statements\":[", s->person ? "true" : "false", s->narticles);
    for (size_t k = 0; k < s->nitems; k++) {
      const digest_statement *st = &s->items[k];
      if (k) buf_putc(b, ',');
      buf_printf(b, "{\"kind\":\"%s\",\"text\":", st->kind == QUOTE_DIRECT ? "direct" : "reported");
      json_cstr(b, st->text);
      buf_puts(b, ",\"refs\":");
      refs_json(b, d, st->refs, st->nrefs);
      buf_putc(b, '}');
    }
    buf_puts(b, "]}");
  }
  buf_putc(b, ']');
}

static void timeline_json(buf *b, const digest *d) {
  buf_puts(b, "\"timeline\":[");
  for (size_t i = 0; i < d->nevents; i++) {
    const digest_event *e = &d->events[i];
    if (i) buf_putc(b, ',');
    buf_puts(b, "{\"date\":");
    json_cstr(b, e->when);
    buf_printf(b, ",\"since\":%s,\"text\":", e->since ? "true" : "false");
    json_cstr(b, e->text);
    buf_puts(b, ",\"expression\":");
    ref_json(b, d, (digest_ref){e->refs[0].article, e->expr_start, e->expr_end});
    buf_puts(b, ",\"refs\":");
    refs_json(b, d, e->refs, e->nrefs);
    buf_putc(b, '}');
  }
  buf_putc(b, ']');
}

static void entities_json(buf *b, const digest *d) {
  buf_puts(b, "\"entities\":[");
  for (size_t i = 0; i < d->nentities; i++) {
    const entity *e = &d->entities[i];
    if (i) buf_putc(b, ',');
    buf_puts(b, "{\"name\":");
    json_cstr(b, e->name);
    buf_puts(b, ",\"type\":");
    json_cstr(b, entity_type_name(e->type));
    buf_printf(b, ",\"count\":%zu,\"articles\":%zu,\"first\":", e->count, e->narticles);
    ref_json(b, d, (digest_ref){e->article, e->start, e->end});
    buf_putc(b, '}');
  }
  buf_putc(b, ']');
}

char *digest_render_json(const digest *d, size_t *len) {
  buf b = BUF_INIT;
  buf_puts(&b, "{\"digest_version\":1,\"id\":");
  json_cstr(&b, precis_corpus_id(d->corpus));
  buf_puts(&b, ",\"headline\":{\"text\":");
  json_cstr(&b, d->headline);
  buf_printf(&b, ",\"from\":\"%s\",\"ref\":", d->headline_from_title ? "title" : "sentence");
  if (d->narticles) ref_json(&b, d, d->headline_ref);
  else buf_puts(&b, "null");
  buf_puts(&b, "},");
  summary_json(&b, d);
  buf_putc(&b, ',');
  articles_json(&b, d);
  buf_printf(&b, ",\"disagreements\":%zu,", d->ndisagreements);
  facts_json(&b, d);
  buf_putc(&b, ',');
  quotes_json(&b, d);
  buf_putc(&b, ',');
  timeline_json(&b, d);
  buf_putc(&b, ',');
  entities_json(&b, d);
  buf_puts(&b, "}\n");
  return buf_detach(&b, len);
}

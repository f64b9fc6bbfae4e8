/* render.c — precis_render_summary: plain text, Markdown and JSON (schema: docs/FORMATS.md).
 *
 * text: exactly one summary sentence per line (what `precis eval` scores), white space inside a
 *       sentence folded to single spaces, nothing else (`explain` is ignored).
 * md:   a title line, one bullet per sentence with citations [n] (n = 1-based article number),
 *       and the numbered list of sources; `explain` adds scores and the removed lines.
 * json: one object on one line; numbers through json_num so output is locale-independent. A
 *       summary made with compression gives each sentence its "removed" byte ranges.
 * Cost: O(output bytes).
 */
#include "base/buf.h"
#include "base/json_out.h"
#include "model/model.h"
#include "summarize/summary.h"
#include <string.h>

/* Appends the text with every run of white space (newlines included) folded to one space. */
static void put_flat(buf *b, const char *s, size_t len) {
  int space = 0;
  for (size_t i = 0; i < len; i++) {
    char ch = s[i];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\v' || ch == '\f') {
      space = 1;
      continue;
    }
    if (space) buf_putc(b, ' ');
    space = 0;
    buf_putc(b, ch);
  }
}

static void render_text(buf *b, const precis_summary *s) {
  for (size_t i = 0; i < s->n; i++) {
    put_flat(b, s->items[i].text, s->items[i].len);
    buf_putc(b, '\n');
  }
}

static const char *md_title(const model *m) {
  for (size_t a = 0; a < m->narticles; a++)
    if (*m->articles[a].title) return m->articles[a].title;
  return *m->id ? m->id : "Summary";
}

/* --explain in Markdown: every removed line under its article number, with the reason. */
static void md_removed(buf *b, const model *m) {
  buf_puts(b, "\n## Removed while cleaning\n\n");
  for (size_t a = 0; a < m->narticles; a++)
    for (size_t k = 0; k < m->articles[a].nremoved; k++) {
      const clean_removal *r = &m->articles[a].removed[k];
      buf_printf(b, "- [%zu] %s: ", a + 1, r->reason);
      put_flat(b, r->line, r->len);
      buf_putc(b, '\n');
    }
}

static void render_md(buf *b, const precis_summary *s, const model *m, int explain) {
  buf_puts(b, "# ");
  const char *title = md_title(m);
  put_flat(b, title, strlen(title));
  buf_puts(b, "\n\n");
  for (size_t i = 0; i < s->n; i++) {
    const precis_summary_sentence *it = &s->items[i];
    buf_puts(b, "- ");
    put_flat(b, it->text, it->len);
    buf_putc(b, ' ');
    for (size_t k = 0; k < it->nsources; k++) buf_printf(b, "[%zu]", it->sources[k] + 1);
    if (explain) {
      buf_puts(b, " (score ");
      json_num(b, it->score, 4);
      buf_printf(b, ", support %zu)", it->nsources);
    }
    buf_putc(b, '\n');
  }
  buf_puts(b, "\n## Sources\n\n");
  for (size_t a = 0; a < m->narticles; a++) {
    const model_article *ar = &m->articles[a];
    buf_printf(b, "%zu. ", a + 1);
    const char *name = *ar->title ? ar->title : ar->id;
    put_flat(b, name, strlen(name));
    if (*ar->source) buf_puts(b, " — "), put_flat(b, ar->source, strlen(ar->source));
    if (*ar->date) buf_printf(b, ", %s", ar->date);
    if (*ar->url) buf_puts(b, " <"), put_flat(b, ar->url, strlen(ar->url)), buf_putc(b, '>');
    buf_putc(b, '\n');
  }
  if (explain) md_removed(b, m);
}

static const char *unit_name(precis_budget_unit unit) {
  switch (unit) {
  case PRECIS_BUDGET_SENTENCES: return "sentences";
  case PRECIS_BUDGET_RATIO: return "ratio";
  case PRECIS_BUDGET_BYTES: return "bytes";
  default: return "words";
  }
}

static void json_key(buf *b, const char *key) {
  json_cstr(b, key);
  buf_putc(b, ':');
}

static void json_flags(buf *b, unsigned flags) {
  static const struct {
    unsigned bit;
    const char *name;
  } names[] = {{SENT_QUESTION, "question"}, {SENT_QUOTE, "quote"},     {SENT_FRAGMENT, "fragment"},
               {SENT_DANGLING, "dangling"}, {SENT_NUMBER, "number"},   {SENT_ENTITY, "entity"},
               {SENT_CAPTION, "caption"},   {SENT_QUOTE_ONLY, "quote-only"}, {SENT_NOTICE, "notice"}, {SENT_QUOTE_PART, "quote-part"}};
  buf_putc(b, '[');
  int first = 1;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (flags & names[i].bit) {
      if (!first) buf_putc(b, ',');
      json_cstr(b, names[i].name);
      first = 0;
    }
  buf_putc(b, ']');
}

static void json_sentence(buf *b, const precis_summary *s, const model *m, size_t i, int explain) {
  const precis_summary_sentence *it = &s->items[i];
  buf_putc(b, '{');
  json_key(b, "text"), json_str(b, it->text, it->len);
  buf_printf(b, ",\"article\":%zu,", it->article);
  json_key(b, "article_id"), json_cstr(b, m->articles[it->article].id);
  buf_printf(b, ",\"start\":%zu,\"end\":%zu,\"score\":", it->start, it->end);
  json_num(b, it->score, 6);
  buf_puts(b, ",\"sources\":[");
  for (size_t k = 0; k < it->nsources; k++) {
    if (k) buf_putc(b, ',');
    json_cstr(b, m->articles[it->sources[k]].id);
  }
  buf_putc(b, ']');
  if (s->compressed) { /* what --compress cut, relative to start: the text is the rest */
    buf_puts(b, ",\"removed\":");
    json_ranges(b, it->removed, it->nremoved);
  }
  if (explain) {
    const model_sentence *ms = &m->sentences[s->sentence_ids[i]];
    buf_printf(b, ",\"features\":{\"position\":%u,\"words\":%u,\"terms\":%u,\"support\":%u,\"flags\":",
               ms->position, ms->nwords, ms->nvec, ms->support);
    json_flags(b, ms->flags);
    buf_putc(b, '}');
    if (s->ncues) {
      buf_puts(b, ",\"cues\":{");
      for (size_t k = 0; k < s->ncues; k++) {
        if (k) buf_putc(b, ',');
        json_key(b, s->cue_names[k]);
        json_num(b, s->cues[i * s->ncues + k], 6);
      }
      buf_putc(b, '}');
    }
  }
  buf_putc(b, '}');
}

static void json_article(buf *b, const model *m, size_t a, int explain) {
  const model_article *ar = &m->articles[a];
  buf_putc(b, '{');
  json_key(b, "id"), json_cstr(b, ar->id);
  buf_putc(b, ','), json_key(b, "title"), json_cstr(b, ar->title);
  buf_putc(b, ','), json_key(b, "date"), json_cstr(b, ar->date);
  buf_putc(b, ','), json_key(b, "source"), json_cstr(b, ar->source);
  buf_putc(b, ','), json_key(b, "url"), json_cstr(b, ar->url);
  buf_putc(b, ','), json_key(b, "lang"), json_cstr(b, ar->lang);
  if (explain) {
    buf_printf(b, ",\"sentences\":%u,\"removed\":[", ar->count);
    for (size_t k = 0; k < ar->nremoved; k++) {
      if (k) buf_putc(b, ',');
      buf_putc(b, '{');
      json_key(b, "line"), json_str(b, ar->removed[k].line, ar->removed[k].len);
      buf_putc(b, ','), json_key(b, "reason"), json_cstr(b, ar->removed[k].reason);
      buf_putc(b, '}');
    }
    buf_putc(b, ']');
  }
  buf_putc(b, '}');
}

static void render_json(buf *b, const precis_summary *s, const model *m, int explain) {
  buf_putc(b, '{');
  json_key(b, "id"), json_cstr(b, m->id);
  buf_putc(b, ','), json_key(b, "algo"), json_cstr(b, s->algo);
  buf_putc(b, ','), json_key(b, "lang"), json_cstr(b, model_lang(m));
  buf_puts(b, ",\"budget\":{\"unit\":");
  json_cstr(b, unit_name(s->unit));
  buf_puts(b, ",\"amount\":");
  json_num(b, s->amount, s->unit == PRECIS_BUDGET_RATIO ? 4 : 0);
  buf_printf(b, ",\"limit\":%zu,\"used\":%zu,\"words\":%zu,\"truncated\":%s}", s->limit, s->used, s->words,
             s->truncated ? "true" : "false");
  buf_puts(b, ",\"sentences\":[");
  for (size_t i = 0; i < s->n; i++) {
    if (i) buf_putc(b, ',');
    json_sentence(b, s, m, i, explain);
  }
  buf_puts(b, "],\"articles\":[");
  for (size_t a = 0; a < m->narticles; a++) {
    if (a) buf_putc(b, ',');
    json_article(b, m, a, explain);
  }
  buf_puts(b, "]}\n");
}

char *precis_render_summary(const precis_summary *s, const precis_corpus *c, precis_format fmt, int explain,
                            size_t *len) {
  if (!s || !c) return NULL;
  buf b = BUF_INIT;
  switch (fmt) {
  case PRECIS_FORMAT_MD: render_md(&b, s, c, explain); break;
  case PRECIS_FORMAT_JSON: render_json(&b, s, c, explain); break;
  default: render_text(&b, s); break;
  }
  return buf_detach(&b, len);
}

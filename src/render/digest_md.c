/* digest_md.c — the digest as Markdown: headline, summary with citations [n], sources, the fact
 * table (disagreements first, marked), who said what, timeline, entities. Citations [n] are the
 * 1-based source numbers of the Sources list. Long sections are capped for reading; the JSON
 * output holds everything. O(size of the digest).
 */
#include "analyze/digest.h"
#include "render/digest_common.h"
#include <string.h>

enum { MD_MAX_FACT_GROUPS = 40, MD_MAX_SPEAKERS = 25, MD_MAX_EVENTS = 40 };

/* Text on one line, with table pipes escaped. */
static void md_text(buf *b, const char *s, size_t n, int in_table) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (in_table && c == '|') buf_putc(b, '\\');
    buf_putc(b, c);
  }
}

static void md_cstr(buf *b, const char *s, int in_table) { md_text(b, s ? s : "", s ? strlen(s) : 0, in_table); }

static void cite(buf *b, size_t article) { buf_printf(b, "[%zu]", digest_source_number(article)); }

static void cite_refs(buf *b, const digest_ref *refs, size_t n) {
  for (size_t i = 0; i < n; i++) cite(b, refs[i].article);
}

static void md_summary(buf *b, const digest *d) {
  if (!d->nsummary) return;
  buf_puts(b, "## Summary\n\n");
  for (size_t i = 0; i < d->nsummary; i++) {
    const digest_sentence *s = &d->summary[i];
    md_text(b, s->text, s->len, 0);
    buf_putc(b, ' ');
    for (size_t k = 0; k < s->nsources; k++) cite(b, s->sources[k]);
    buf_putc(b, '\n');
  }
  buf_putc(b, '\n');
}

static void md_sources(buf *b, const digest *d) {
  buf_puts(b, "## Sources\n\n");
  for (size_t i = 0; i < d->narticles; i++) {
    const precis_article_info *a = &d->articles[i];
    const digest_source *s = &d->sources[i];
    buf_printf(b, "%zu. **", i + 1);
    digest_source_name(d, i, b);
    buf_puts(b, "**");
    if (a->title && *a->title) {
      buf_puts(b, " — ");
      md_cstr(b, a->title, 0);
    }
    if (a->date && *a->date) buf_printf(b, " (%s)", a->date);
    buf_printf(b, " — %zu sentences, %u%% shared with other outlets, %u%% unique\n", s->nsentences,
               digest_percent(s->nshared, s->nsentences), 100 - digest_percent(s->nshared, s->nsentences));
  }
  buf_putc(b, '\n');
}

static void md_fact_row(buf *b, const digest *d, const fact_group *g, const fact *f, int first) {
  buf_puts(b, "| ");
  if (first) {
    if (g->disagreement) buf_puts(b, "**DISAGREEMENT** ");
    buf b2 = BUF_INIT;
    digest_group_label(g, &b2);
    md_cstr(b, b2.data, 1);
    buf_free(&b2);
  }
  buf_puts(b, " | ");
  md_cstr(b, f->value_text, 1);
  if (f->update) buf_printf(b, " (update: %s)", fact_update_name(f->update));
  buf_puts(b, " | ");
  md_cstr(b, f->counted, 1);
  if (*f->concerns) {
    buf_puts(b, " (");
    md_cstr(b, f->concerns, 1);
    buf_putc(b, ')');
  }
  buf_puts(b, " | ");
  if (*f->claimant) md_cstr(b, f->claimant, 1);
  else buf_puts(b, "—");
  buf_puts(b, " | ");
  cite(b, f->article);
  buf_putc(b, ' ');
  digest_source_name(d, f->article, b);
  if (d->articles[f->article].date && *d->articles[f->article].date) buf_printf(b, ", %s", d->articles[f->article].date);
  buf_puts(b, " |\n");
}

static void md_facts(buf *b, const digest *d) {
  if (!d->ngroups) return;
  buf_printf(b, "## Facts and figures\n\n%zu quantities, %zu with disagreeing sources.\n\n", d->ngroups,
             d->ndisagreements);
  buf_puts(b, "| Quantity | Value | Counted (concerns) | Claimed by | Source |\n|---|---|---|---|---|\n");
  size_t shown = 0;
  for (size_t i = 0; i < d->ngroups && shown < MD_MAX_FACT_GROUPS; i++, shown++) {
    const fact_group *g = &d->groups[i];
    for (size_t k = 0; k < g->n; k++) md_fact_row(b, d, g, &d->facts.items[g->members[k]], k == 0);
  }
  if (d->ngroups > shown) buf_printf(b, "\n(%zu more quantities in the JSON output)\n", d->ngroups - shown);
  buf_putc(b, '\n');
}

static void md_quotes(buf *b, const digest *d) {
  if (!d->nspeakers) return;
  buf_puts(b, "## Who said what\n\n");
  for (size_t i = 0; i < d->nspeakers && i < MD_MAX_SPEAKERS; i++) {
    const digest_speaker *s = &d->speakers[i];
    buf_puts(b, "### ");
    md_cstr(b, *s->name ? s->name : s->role, 0);
    if (*s->name && *s->role) {
      buf_puts(b, " — ");
      md_cstr(b, s->role, 0);
    }
    buf_puts(b, "\n\n");
    for (size_t k = 0; k < s->nitems; k++) {
      const digest_statement *st = &s->items[k];
      buf_puts(b, st->kind == QUOTE_DIRECT ? "- “" : "- (reported) ");
      md_cstr(b, st->text, 0);
      buf_puts(b, st->kind == QUOTE_DIRECT ? "” " : " ");
      cite_refs(b, st->refs, st->nrefs);
      buf_putc(b, '\n');
    }
    buf_putc(b, '\n');
  }
  if (d->nspeakers > MD_MAX_SPEAKERS) buf_printf(b, "(%zu more speakers in the JSON output)\n\n", d->nspeakers - MD_MAX_SPEAKERS);
}

static void md_timeline(buf *b, const digest *d) {
  if (!d->nevents) return;
  buf_puts(b, "## Timeline\n\n");
  for (size_t i = 0; i < d->nevents && i < MD_MAX_EVENTS; i++) {
    const digest_event *e = &d->events[i];
    buf_printf(b, "- **%s%s** — ", e->since ? "since " : "", e->when);
    md_cstr(b, e->text, 0);
    buf_putc(b, ' ');
    cite_refs(b, e->refs, e->nrefs);
    buf_putc(b, '\n');
  }
  if (d->nevents > MD_MAX_EVENTS) buf_printf(b, "- (%zu more dated items in the JSON output)\n", d->nevents - MD_MAX_EVENTS);
  buf_putc(b, '\n');
}

static void md_entities(buf *b, const digest *d) {
  if (!d->nentities) return;
  buf_puts(b, "## Entities\n\n");
  for (size_t i = 0; i < d->nentities; i++) {
    const entity *e = &d->entities[i];
    buf_puts(b, "- ");
    md_cstr(b, e->name, 0);
    buf_printf(b, " (%s) — %zu mentions in %zu sources\n", entity_type_name(e->type), e->count, e->narticles);
  }
  buf_putc(b, '\n');
}

char *digest_render_md(const digest *d, size_t *len) {
  buf b = BUF_INIT;
  buf_puts(&b, "# ");
  md_cstr(&b, *d->headline ? d->headline : "(no headline)", 0);
  buf_puts(&b, "\n\n");
  md_summary(&b, d);
  md_sources(&b, d);
  md_facts(&b, d);
  md_quotes(&b, d);
  md_timeline(&b, d);
  md_entities(&b, d);
  return buf_detach(&b, len);
}

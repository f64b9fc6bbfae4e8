/* digest_html.c — the digest as ONE self-contained HTML page: inline CSS and a few lines of
 * inline JS, no network, no external assets, so it can be mailed or archived as a file.
 *
 * Layout: a single readable column (max 60rem) that works from phone to desktop; tables turn
 * into stacked cards under 40rem (each cell labelled by its column through data-label).
 * Citations [n] are links to the source list (#src-n); the target source is highlighted with
 * :target, so citations work without JS. The JS only adds a "disagreements only" filter on the
 * fact table. Everything user-provided is HTML-escaped. O(size of the digest).
 */
#include "analyze/digest.h"
#include "render/digest_common.h"
#include <string.h>

enum { HTML_MAX_FACT_GROUPS = 60, HTML_MAX_SPEAKERS = 30, HTML_MAX_EVENTS = 60 };

static void esc(buf *b, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep = NULL;
    switch (s[i]) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default: break;
    }
    if (!rep) {
      run++;
      continue;
    }
    buf_append(b, s + i - run, run);
    run = 0;
    buf_puts(b, rep);
  }
  buf_append(b, s + n - run, run);
}

static void escs(buf *b, const char *s) { esc(b, s ? s : "", s ? strlen(s) : 0); }

static void cite(buf *b, size_t article) {
  size_t n = digest_source_number(article);
  buf_printf(b, "<a class=\"cite\" href=\"#src-%zu\" title=\"source %zu\">[%zu]</a>", n, n, n);
}

static void cite_refs(buf *b, const digest_ref *refs, size_t n) {
  for (size_t i = 0; i < n; i++) cite(b, refs[i].article);
}

static const char css[] =
    "*{box-sizing:border-box}"
    "body{margin:0;font:16px/1.55 -apple-system,'Segoe UI',Roboto,'Noto Sans',Helvetica,Arial,sans-serif;"
    "color:#1d232a;background:#f6f7f9}"
    "main{max-width:60rem;margin:0 auto;padding:1rem 1rem 3rem}"
    "header h1{font-size:1.6rem;line-height:1.25;margin:.6rem 0 .3rem}"
    ".meta{color:#5b6570;font-size:.9rem;margin:0 0 1rem}"
    "nav{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 1rem}"
    "nav a{font-size:.85rem;padding:.2rem .6rem;border-radius:1rem;background:#e4e8ee;color:#1d232a;"
    "text-decoration:none}"
    "section{background:#fff;border:1px solid #e1e5ea;border-radius:.6rem;padding:.4rem 1.1rem 1rem;"
    "margin:0 0 1rem}"
    "h2{font-size:1.2rem;margin:.8rem 0 .6rem}"
    "h3{font-size:1rem;margin:.9rem 0 .3rem}"
    ".role{font-weight:400;color:#5b6570}"
    "a.cite{font-size:.78em;vertical-align:super;text-decoration:none;color:#0b5cad;margin-left:1px}"
    "a.cite:hover,a.cite:focus{text-decoration:underline}"
    ".summary p{margin:.4rem 0}"
    "ol.sources{padding-left:1.6rem;margin:.4rem 0}"
    "ol.sources li{margin:.35rem 0;padding:.2rem .3rem;border-radius:.3rem}"
    "ol.sources li:target{background:#fff3c4}"
    ".bar{display:inline-block;vertical-align:middle;width:6rem;height:.5rem;background:#dfe7f1;"
    "border-radius:.25rem;overflow:hidden;margin-left:.3rem}"
    ".bar span{display:block;height:100%;background:#7a9cc6}"
    ".small{font-size:.85rem;color:#5b6570}"
    "table{border-collapse:collapse;width:100%;font-size:.92rem}"
    "th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e7eaee}"
    "th{background:#f0f3f6;font-weight:600}"
    "tr.group-start td{border-top:2px solid #cfd6de}"
    "tr.conflict td{background:#fff1f0}"
    ".flag{display:inline-block;font-size:.72rem;font-weight:700;letter-spacing:.03em;color:#fff;"
    "background:#c8322b;border-radius:.25rem;padding:0 .35rem;margin-right:.3rem}"
    ".upd{font-size:.75rem;color:#6b4f00;background:#fff3c4;border-radius:.25rem;padding:0 .3rem}"
    ".controls{margin:.2rem 0 .6rem;font-size:.9rem}"
    "ul.quotes,ul.timeline{list-style:none;padding:0;margin:.2rem 0}"
    "ul.quotes li{margin:.35rem 0;padding-left:.8rem;border-left:3px solid #c7d3e0}"
    "ul.quotes li.reported{border-left-color:#e3e6ea;color:#38414a}"
    "ul.timeline li{display:grid;grid-template-columns:7.5rem 1fr;gap:.6rem;margin:.45rem 0}"
    "ul.timeline time{font-weight:600;font-variant-numeric:tabular-nums}"
    "ul.entities{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}"
    "ul.entities li{background:#eef2f6;border-radius:1rem;padding:.15rem .65rem;font-size:.88rem}"
    ".t-person{border:1px solid #9cc0e8}.t-organization{border:1px solid #b7d9a8}"
    ".t-place{border:1px solid #e8c89c}.t-other{border:1px solid #d9dde2}"
    ".hidden{display:none}"
    "@media (max-width:40rem){main{padding:.5rem .5rem 2rem}header h1{font-size:1.3rem}"
    "section{padding:.3rem .7rem .8rem}"
    "table.facts thead{display:none}table.facts,table.facts tbody,table.facts tr,table.facts td{display:block;width:100%}"
    "table.facts tr{border:1px solid #e1e5ea;border-radius:.4rem;margin:.5rem 0;padding:.2rem .4rem}"
    "table.facts tr.group-start td{border-top:0}"
    "table.facts td{border:0;padding:.15rem .2rem}"
    "table.facts td::before{content:attr(data-label) ': ';font-weight:600;color:#5b6570}"
    "table.facts td:empty{display:none}"
    "ul.timeline li{grid-template-columns:1fr;gap:0}}";

static const char script[] =
    "(function(){var c=document.getElementById('only-conflicts');if(!c)return;"
    "c.addEventListener('change',function(){var rows=document.querySelectorAll('table.facts tbody tr');"
    "for(var i=0;i<rows.length;i++){var r=rows[i];"
    "if(c.checked&&!r.classList.contains('conflict'))r.classList.add('hidden');else r.classList.remove('hidden');}});})();";

static void html_summary(buf *b, const digest *d) {
  if (!d->nsummary) return;
  buf_puts(b, "<section class=\"summary\" id=\"summary\"><h2>Summary</h2>");
  for (size_t i = 0; i < d->nsummary; i++) {
    const digest_sentence *s = &d->summary[i];
    buf_puts(b, "<p>");
    esc(b, s->text, s->len);
    for (size_t k = 0; k < s->nsources; k++) cite(b, s->sources[k]);
    buf_puts(b, "</p>");
  }
  buf_puts(b, "</section>");
}

static void html_facts(buf *b, const digest *d) {
  buf_puts(b, "<section id=\"facts\"><h2>Facts and figures</h2>");
  if (!d->ngroups) {
    buf_puts(b, "<p class=\"small\">No numeric claims found.</p></section>");
    return;
  }
  buf_printf(b, "<p class=\"small\">%zu quantities; <strong>%zu</strong> with sources that disagree.</p>", d->ngroups,
             d->ndisagreements);
  if (d->ndisagreements)
    buf_puts(b, "<div class=\"controls\"><label><input type=\"checkbox\" id=\"only-conflicts\"> "
                "show disagreements only</label></div>");
  buf_puts(b, "<table class=\"facts\"><thead><tr><th>Quantity</th><th>Value</th><th>Counted</th><th>Claimed by</th>"
              "<th>Source</th></tr></thead><tbody>");
  for (size_t i = 0; i < d->ngroups && i < HTML_MAX_FACT_GROUPS; i++) {
    const fact_group *g = &d->groups[i];
    for (size_t k = 0; k < g->n; k++) {
      const fact *f = &d->facts.items[g->members[k]];
      buf_printf(b, "<tr class=\"%s%s\">", k == 0 ? "group-start" : "", g->disagreement ? " conflict" : "");
      buf_puts(b, "<td data-label=\"Quantity\">");
      if (k == 0) {
        if (g->disagreement) buf_puts(b, "<span class=\"flag\">DISAGREEMENT</span>");
        buf lb = BUF_INIT;
        digest_group_label(g, &lb);
        esc(b, lb.data, lb.len);
        buf_free(&lb);
      }
      buf_puts(b, "</td><td data-label=\"Value\"><strong>");
      escs(b, f->value_text);
      buf_puts(b, "</strong>");
      if (f->update) buf_printf(b, " <span class=\"upd\">update: %s</span>", fact_update_name(f->update));
      buf_puts(b, "</td><td data-label=\"Counted\">");
      escs(b, f->counted);
      if (*f->concerns) {
        buf_puts(b, " <span class=\"small\">(");
        escs(b, f->concerns);
        buf_puts(b, ")</span>");
      }
      buf_puts(b, "</td><td data-label=\"Claimed by\">");
      if (*f->claimant) escs(b, f->claimant);
      else buf_puts(b, "<span class=\"small\">the outlet</span>");
      buf_puts(b, "</td><td data-label=\"Source\">");
      cite(b, f->article);
      buf_putc(b, ' ');
      buf nm = BUF_INIT;
      digest_source_name(d, f->article, &nm);
      esc(b, nm.data, nm.len);
      buf_free(&nm);
      const char *date = d->articles[f->article].date;
      if (date && *date) {
        buf_puts(b, " <span class=\"small\">");
        escs(b, date);
        buf_puts(b, "</span>");
      }
      buf_puts(b, "</td></tr>");
    }
  }
  buf_puts(b, "</tbody></table>");
  if (d->ngroups > HTML_MAX_FACT_GROUPS)
    buf_printf(b, "<p class=\"small\">%zu more quantities in the JSON output.</p>", d->ngroups - HTML_MAX_FACT_GROUPS);
  buf_puts(b, "</section>");
}

static void html_quotes(buf *b, const digest *d) {
  buf_puts(b, "<section id=\"quotes\"><h2>Who said what</h2>");
  if (!d->nspeakers) buf_puts(b, "<p class=\"small\">No attributed statements found.</p>");
  for (size_t i = 0; i < d->nspeakers && i < HTML_MAX_SPEAKERS; i++) {
    const digest_speaker *s = &d->speakers[i];
    buf_puts(b, "<h3>");
    escs(b, *s->name ? s->name : s->role);
    if (*s->name && *s->role) {
      buf_puts(b, " <span class=\"role\">— ");
      escs(b, s->role);
      buf_puts(b, "</span>");
    }
    buf_puts(b, "</h3><ul class=\"quotes\">");
    for (size_t k = 0; k < s->nitems; k++) {
      const digest_statement *st = &s->items[k];
      if (st->kind == QUOTE_DIRECT) {
        buf_puts(b, "<li><q>");
        escs(b, st->text);
        buf_puts(b, "</q>");
      } else {
        buf_puts(b, "<li class=\"reported\">");
        escs(b, st->text);
      }
      cite_refs(b, st->refs, st->nrefs);
      buf_puts(b, "</li>");
    }
    buf_puts(b, "</ul>");
  }
  buf_puts(b, "</section>");
}

static void html_timeline(buf *b, const digest *d) {
  buf_puts(b, "<section id=\"timeline\"><h2>Timeline</h2>");
  if (!d->nevents) buf_puts(b, "<p class=\"small\">No dated developments found.</p>");
  else buf_puts(b, "<ul class=\"timeline\">");
  for (size_t i = 0; i < d->nevents && i < HTML_MAX_EVENTS; i++) {
    const digest_event *e = &d->events[i];
    buf_printf(b, "<li><time datetime=\"%s\">%s%s</time><span>", e->when, e->since ? "since " : "", e->when);
    escs(b, e->text);
    cite_refs(b, e->refs, e->nrefs);
    buf_puts(b, "</span></li>");
  }
  if (d->nevents) buf_puts(b, "</ul>");
  buf_puts(b, "</section>");
}

static void html_sources(buf *b, const digest *d) {
  buf_puts(b, "<section id=\"sources\"><h2>Sources</h2><ol class=\"sources\">");
  for (size_t i = 0; i < d->narticles; i++) {
    const precis_article_info *a = &d->articles[i];
    const digest_source *s = &d->sources[i];
    unsigned pct = digest_percent(s->nshared, s->nsentences);
    buf_printf(b, "<li id=\"src-%zu\"><strong>", i + 1);
    buf nm = BUF_INIT;
    digest_source_name(d, i, &nm);
    esc(b, nm.data, nm.len);
    buf_free(&nm);
    buf_puts(b, "</strong>");
    if (a->title && *a->title) {
      buf_puts(b, " — ");
      escs(b, a->title);
    }
    if (a->date && *a->date) {
      buf_puts(b, " <span class=\"small\">");
      escs(b, a->date);
      buf_puts(b, "</span>");
    }
    buf_printf(b, "<br><span class=\"small\">%zu sentences · %u%% shared with other outlets</span>"
                  "<span class=\"bar\" title=\"%u%% shared\"><span style=\"width:%u%%\"></span></span>",
               s->nsentences, pct, pct, pct);
    buf_puts(b, "</li>");
  }
  buf_puts(b, "</ol></section>");
}

static void html_entities(buf *b, const digest *d) {
  if (!d->nentities) return;
  buf_puts(b, "<section id=\"entities\"><h2>Entities</h2><ul class=\"entities\">");
  for (size_t i = 0; i < d->nentities; i++) {
    const entity *e = &d->entities[i];
    buf_printf(b, "<li class=\"t-%s\" title=\"%s, %zu sources\">", entity_type_name(e->type), entity_type_name(e->type),
               e->narticles);
    escs(b, e->name);
    buf_printf(b, " <span class=\"small\">%zu</span></li>", e->count);
  }
  buf_puts(b, "</ul></section>");
}

char *digest_render_html(const digest *d, size_t *len) {
  buf b = BUF_INIT;
  const char *title = *d->headline ? d->headline : "precis digest";
  buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"");
  const char *lang = d->narticles && d->articles[0].lang && *d->articles[0].lang ? d->articles[0].lang : "en";
  escs(&b, lang);
  buf_puts(&b, "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
               "initial-scale=1\"><title>");
  escs(&b, title);
  buf_printf(&b, "</title><style>%s</style></head><body><main><header><h1>", css);
  escs(&b, title);
  buf_printf(&b, "</h1><p class=\"meta\">Digest of %zu article%s · %zu figure%s with disagreeing sources</p></header>",
             d->narticles, d->narticles == 1 ? "" : "s", d->ndisagreements, d->ndisagreements == 1 ? "" : "s");
  buf_puts(&b, "<nav><a href=\"#summary\">Summary</a><a href=\"#facts\">Facts</a><a href=\"#quotes\">Who said what</a>"
               "<a href=\"#timeline\">Timeline</a><a href=\"#entities\">Entities</a><a href=\"#sources\">Sources</a></nav>");
  html_summary(&b, d);
  html_facts(&b, d);
  html_quotes(&b, d);
  html_timeline(&b, d);
  html_entities(&b, d);
  html_sources(&b, d);
  buf_printf(&b, "</main><script>%s</script></body></html>\n", script);
  return buf_detach(&b, len);
}

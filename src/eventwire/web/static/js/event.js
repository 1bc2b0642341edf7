// One event: every field (with the words that support it and how it was chosen), the merge
// decisions, and each source report's text with the evidence marked; reader comments apart.
import { get } from "./api.js";
import { append, clear, fmt, fmtDate, h, safeUrl } from "./dom.js";
import { evidenceSpans, FIELD_LABELS, highlight, slice } from "./highlight.js";
import { overviewLink } from "./state.js";
import { typeClass, typeKey } from "./types.js";

const FIELDS = [
  ["event_type", "Event type"],
  ["sub_event_type", "Sub-event type"],
  ["plover", "PLOVER type"],
  ["plover_mode", "PLOVER mode"],
  ["actor1", "Actor 1"],
  ["actor1_inter", "Actor 1 inter code"],
  ["actor2", "Actor 2"],
  ["actor2_inter", "Actor 2 inter code"],
  ["location", "Location"],
  ["admin1", "Admin 1"],
  ["country", "Country"],
  ["country_code", "Country code"],
  ["latitude", "Latitude"],
  ["longitude", "Longitude"],
  ["geo_precision", "Geo precision"],
  ["event_date", "Date"],
  ["date_end", "End date"],
  ["date_precision", "Date precision"],
  ["fatalities", "Fatalities"],
  ["fatalities_low", "Fatalities (low)"],
  ["fatalities_high", "Fatalities (high)"],
  ["civilian_fatalities", "Civilian fatalities"],
  ["injuries", "Injuries"],
  ["source", "Attributed source"],
  ["confidence", "Confidence"],
  ["n_sources", "Reports"],
  ["id", "Event number"],
];

const reasonFor = (reasons, field) =>
  reasons?.[field] ??
  (field.startsWith("actor") ? reasons?.actors : null) ??
  (field.startsWith("fatalities_") ? reasons?.fatalities : null);

function value(event, field) {
  const v = event[field];
  if (v == null) return h("span", { class: "none" }, "—");
  if (field === "event_date" || field === "date_end") return `${v} (${fmtDate(v)})`;
  if (field === "confidence") return v.toFixed(2);
  return typeof v === "number" ? fmt(v) : String(v);
}

function flash(el) {
  el.scrollIntoView({ behavior: "smooth", block: "center" });
  el.classList.remove("flash");
  void el.offsetWidth; // restart the animation
  el.classList.add("flash");
}

function fieldsTable(event, sources, documents) {
  const rows = FIELDS.map(([field, label]) => {
    const source = sources.find((src) => src.record?.evidence?.[field] && documents.get(src.document));
    let quote = null;
    if (source) {
      const [start, end] = source.record.evidence[field];
      const text = slice(documents.get(source.document).text, start, end);
      quote = h(
        "button",
        { type: "button", class: "quote", title: `Show in “${source.title ?? source.doc_id}”` },
        `“${text}”`,
      );
      quote.addEventListener("click", () => {
        const mark = document.querySelector(`#source-${source.mention} mark[data-fields~="${field}"]`);
        if (mark) flash(mark);
      });
    }
    const reason = reasonFor(event.reasons, field);
    return h(
      "tr",
      { dataset: { field } },
      h("th", { scope: "row" }, label, h("div", { class: "field-name" }, field)),
      h("td", { class: "value" }, value(event, field)),
      h("td", { class: "evidence" }, quote),
      h("td", { class: "reason" }, reason ?? ""),
    );
  });
  return h(
    "table",
    { class: "fields" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, "Field"),
        h("th", {}, "Value"),
        h("th", {}, "Evidence"),
        h("th", {}, "How it was chosen"),
      ),
    ),
    h("tbody", {}, rows),
  );
}

function jump(src) {
  // not a #fragment link: the hash holds the view
  const button = h("button", { type: "button", class: "jump" }, src.doc_id);
  button.addEventListener("click", () => flash(document.getElementById(`source-${src.mention}`)));
  return button;
}

function decisionsList(event, sources) {
  const byMention = new Map(sources.map((src) => [src.mention, src]));
  return h(
    "ol",
    { class: "decisions" },
    event.decisions.map((d) => {
      const src = byMention.get(d.mention_id);
      return h(
        "li",
        { class: `decision ${d.action}` },
        h("span", { class: "action" }, d.action),
        d.score != null ? ` score ${d.score.toFixed(2)}` : "",
        " · report ",
        src ? jump(src) : `mention ${d.mention_id}`,
        h("span", { class: "when" }, ` · ${d.decided_at}`),
        h(
          "ul",
          { class: "reasons" },
          Object.entries(d.reasons ?? {}).map(([k, v]) => h("li", {}, h("strong", {}, k), `: ${v}`)),
        ),
      );
    }),
  );
}

function comment(c) {
  const head = h(
    "div",
    { class: "comment-head" },
    h("strong", {}, c.author ?? "anonymous"),
    c.posted ? ` · ${c.posted}` : "",
  );
  const text = h("p", { class: "comment-text" }, c.text);
  if (!c.abusive) return h("li", { class: "comment", dataset: { id: c.id } }, head, text);
  // the reasons quote the abusive words; name only the kinds of abuse on the fold
  const kinds = (c.abuse_reasons ?? []).map((r) => r.replace(/\s*\(.*$|:.*$/, "").trim()).filter(Boolean);
  const why = kinds.length ? `: ${[...new Set(kinds)].join(", ")}` : "";
  return h(
    "li",
    { class: "comment abusive", dataset: { id: c.id } },
    h(
      "details",
      {},
      h("summary", {}, `Hidden — flagged as abusive (score ${c.abuse_score.toFixed(2)}${why}). Show`),
      head,
      text,
    ),
  );
}

function commentsSection(document) {
  const list = document.comments ?? [];
  return h(
    "section",
    { class: "comments", "aria-label": "Reader comments" },
    h(
      "h4",
      {},
      `Reader comments (${list.length})`,
      h("span", { class: "note" }, " — kept apart from the report, never coded as events"),
    ),
    list.length ? h("ol", { class: "comment-list" }, list.map(comment)) : h("p", { class: "note" }, "None."),
  );
}

function legendFor(spans) {
  const fields = [...new Set(spans.map((sp) => sp.fields[0]))];
  return h(
    "ul",
    { class: "field-legend", "aria-label": "Marked fields" },
    fields.map((f) => h("li", {}, h("mark", { class: "ev", dataset: { field: f } }, FIELD_LABELS[f] ?? f))),
  );
}

function sourceArticle(src, doc, withComments) {
  const url = safeUrl(src.url ?? doc?.url);
  const meta = [src.source_name, src.published && `published ${fmtDate(src.published)}`, `id ${src.doc_id}`].filter(
    Boolean,
  );
  const article = h(
    "article",
    { class: "panel source", id: `source-${src.mention}`, dataset: { document: src.document } },
    h(
      "header",
      {},
      h("h3", {}, src.title ?? src.doc_id),
      h(
        "p",
        { class: "meta" },
        meta.join(" · "),
        url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null,
      ),
    ),
  );
  if (!doc) {
    article.append(h("p", { class: "note" }, "The report's text could not be loaded."));
    return article;
  }
  const spans = evidenceSpans(src.record?.evidence);
  const furniture = (doc.furniture ?? []).map(([start, end]) => ({ start, end, fields: [], kind: "furniture" }));
  article.append(
    h("p", { class: "report-summary" }, h("strong", {}, "This report: "), src.record?.summary ?? ""),
    legendFor(spans),
    h(
      "div",
      { class: "report-text", lang: doc.language ?? "en" },
      highlight(doc.text, [...furniture, ...spans], { from: doc.body_start, to: doc.body_end }),
    ),
  );
  if (withComments) article.append(commentsSection(doc));
  return article;
}

/** Render event `id` into `root`. */
export async function renderEvent(root, id) {
  root.dataset.state = "loading";
  append(clear(root), h("p", { class: "note" }, "Loading…"));
  const event = await get(`events/${id}`);
  const numbers = [...new Set(event.sources.map((src) => src.document))];
  const docs = await Promise.all(numbers.map((n) => get(`documents/${n}`).catch(() => null)));
  const documents = new Map(numbers.map((n, i) => [n, docs[i]]));
  const key = typeKey(event);
  const place = [event.location, event.admin1, event.country].filter((x, i, all) => x && all.indexOf(x) === i);
  const seen = new Set();

  append(
    clear(root),
    h("nav", { class: "crumbs" }, h("a", { href: overviewLink() }, "← All events")),
    h(
      "header",
      { class: "event-head" },
      h("span", { class: `chip ${typeClass(key)}` }, key, event.sub_event_type ? ` · ${event.sub_event_type}` : ""),
      h("h1", {}, event.summary ?? `Event ${event.id}`),
      h(
        "p",
        { class: "meta" },
        [
          fmtDate(event.event_date),
          place.join(", "),
          event.fatalities != null ? `${fmt(event.fatalities)} killed` : null,
          `${fmt(event.n_sources)} ${event.n_sources === 1 ? "report" : "reports"}`,
          `confidence ${event.confidence.toFixed(2)}`,
        ]
          .filter(Boolean)
          .join(" · "),
      ),
    ),
    h(
      "div",
      { class: "event-grid" },
      h("section", { class: "panel" }, h("h2", {}, "Fields"), fieldsTable(event, event.sources, documents)),
      h("section", { class: "panel" }, h("h2", {}, "Merge decisions"), decisionsList(event, event.sources)),
    ),
    h(
      "section",
      { class: "sources" },
      h("h2", {}, `Source reports (${event.sources.length})`),
      event.sources.map((src) => {
        const first = !seen.has(src.document);
        seen.add(src.document);
        return sourceArticle(src, documents.get(src.document), first);
      }),
    ),
  );
  document.title = `${event.summary ?? `Event ${event.id}`} — eventwire`;
  root.dataset.state = "ready";
}

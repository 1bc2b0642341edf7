// A report's text with its evidence marked: <mark data-field="fatalities">at least 95</mark>.
// Offsets from the server count Unicode code points (Python); JavaScript strings count UTF-16 units.
import { h } from "./dom.js";

/** The order in which a span's fields are named; the first names the mark. */
export const FIELD_ORDER = [
  "fatalities",
  "civilian_fatalities",
  "injuries",
  "event_type",
  "sub_event_type",
  "plover",
  "plover_mode",
  "actor1",
  "actor2",
  "location",
  "admin1",
  "country",
  "event_date",
  "date_end",
  "source",
  "fatalities_low",
  "fatalities_high",
  "actor1_inter",
  "actor2_inter",
  "country_code",
  "latitude",
  "longitude",
  "geo_precision",
  "date_precision",
];
export const FIELD_LABELS = {
  event_type: "type",
  sub_event_type: "sub-type",
  plover: "PLOVER",
  plover_mode: "mode",
  actor1: "actor 1",
  actor2: "actor 2",
  location: "place",
  admin1: "region",
  country: "country",
  event_date: "date",
  date_end: "end date",
  fatalities: "fatalities",
  civilian_fatalities: "civilians killed",
  injuries: "injuries",
  source: "source",
  fatalities_low: "fatalities (low)",
  fatalities_high: "fatalities (high)",
};
const rank = (field) => {
  const i = FIELD_ORDER.indexOf(field);
  return i < 0 ? FIELD_ORDER.length : i;
};

/** A function mapping code-point offsets in `text` to UTF-16 indices. */
export function codeUnits(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return (offset) => units[Math.min(Math.max(0, offset), units.length - 1)];
}

/** The text between two code-point offsets. */
export function slice(text, start, end) {
  const at = codeUnits(text);
  return text.slice(at(start), at(end));
}

/** Evidence {field: [start, end]} -> spans [{start, end, fields}], fields sharing a span grouped. */
export function evidenceSpans(evidence) {
  const bySpan = new Map();
  for (const [field, span] of Object.entries(evidence ?? {})) {
    if (!Array.isArray(span) || span.length !== 2 || !(span[1] > span[0])) continue;
    const key = `${span[0]}:${span[1]}`;
    if (!bySpan.has(key)) bySpan.set(key, { start: span[0], end: span[1], fields: [] });
    bySpan.get(key).fields.push(field);
  }
  for (const span of bySpan.values()) span.fields.sort((a, b) => rank(a) - rank(b));
  return [...bySpan.values()];
}

function markFor(span, piece) {
  const field = span.fields[0];
  if (span.kind === "furniture")
    return h("span", { class: "furniture", title: "page furniture (not read for events)" });
  return h("mark", {
    class: "ev",
    title: span.fields.map((f) => FIELD_LABELS[f] ?? f).join(", "),
    dataset: {
      field,
      fields: span.fields.join(" "),
      label: FIELD_LABELS[field] ?? field,
      ...(piece ? { part: "rest" } : {}),
    },
  });
}

/**
 * `text` from code point `from` to `to`, with `spans` ([{start, end, fields}] in code points, and
 * furniture as {start, end, kind: "furniture"}) as nested elements. Spans that cross are split.
 */
export function highlight(text, spans, { from = 0, to = Infinity } = {}) {
  const at = codeUnits(text);
  const total = [...text].length;
  const hi = Math.min(to, total);
  const fragment = document.createDocumentFragment();
  const items = spans
    .map((sp) => ({ ...sp, start: Math.max(sp.start, from), end: Math.min(sp.end, hi) }))
    .filter((sp) => sp.end > sp.start);

  const order = (list) => list.sort((a, b) => a.start - b.start || b.end - a.end);
  function fill(parent, lo, end, list) {
    let cursor = lo;
    let queue = order(list);
    while (queue.length) {
      const span = queue.shift();
      const start = Math.max(span.start, cursor);
      if (start >= span.end) continue;
      if (start > cursor) parent.append(text.slice(at(cursor), at(start)));
      const inner = [];
      const rest = [];
      for (const other of queue) {
        if (other.start >= span.end) rest.push(other);
        else if (other.end <= span.end) inner.push(other);
        else {
          inner.push({ ...other, end: span.end });
          rest.push({ ...other, start: span.end, piece: true });
        }
      }
      const el = markFor(span, span.piece);
      fill(el, start, span.end, inner);
      parent.append(el);
      cursor = span.end;
      queue = order(rest);
    }
    if (end > cursor) parent.append(text.slice(at(cursor), at(end)));
  }
  fill(fragment, Math.max(0, from), hi, items);
  return fragment;
}

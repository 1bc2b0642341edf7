// The timeline: events or fatalities per day, week or month, stacked by kind (an SVG built node by node).
import { clear, fmt, fmtDate, h, s } from "./dom.js";
import { typeClass, typeKey } from "./types.js";

const DAY = 86400000;
const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const isoDay = (date) => date.toISOString().slice(0, 10);

const BUCKETS = {
  day: {
    start: (d) => d,
    next: (d) => new Date(d.getTime() + DAY),
    label: (d) => fmtDate(isoDay(d)).replace(/ \d{4}$/, ""),
    name: (d) => fmtDate(isoDay(d)),
  },
  week: {
    start: (d) => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY), // Monday
    next: (d) => new Date(d.getTime() + 7 * DAY),
    label: (d) => fmtDate(isoDay(d)).replace(/ \d{4}$/, ""),
    name: (d) => `week of ${fmtDate(isoDay(d))}`,
  },
  month: {
    start: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
    next: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
    label: (d) => fmtDate(isoDay(d).slice(0, 7)),
    name: (d) => fmtDate(isoDay(d).slice(0, 7)),
  },
};

function autoBucket(first, last) {
  const days = (last - first) / DAY;
  return days <= 62 ? "day" : days <= 730 ? "week" : "month";
}

function niceStep(max, ticks = 4) {
  const raw = Math.max(1, max / ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw);
}

/** Count `events` into buckets: [{start, end, byType: Map(key -> {events, fatalities})}], oldest first. */
export function bucketize(events, bucket) {
  const dated = events.filter((e) => e.event_date);
  if (!dated.length) return { bucket, rows: [] };
  const days = dated.map((e) => toDate(e.event_date));
  const first = new Date(Math.min(...days));
  const last = new Date(Math.max(...days));
  const kind = BUCKETS[bucket] ? bucket : autoBucket(first, last);
  const b = BUCKETS[kind];
  const rows = [];
  const index = new Map();
  for (let d = b.start(first); d <= last; d = b.next(d)) {
    index.set(d.getTime(), rows.length);
    rows.push({ start: d, end: new Date(b.next(d).getTime() - DAY), byType: new Map() });
  }
  dated.forEach((event, i) => {
    const row = rows[index.get(b.start(days[i]).getTime())];
    const key = typeKey(event);
    const cell = row.byType.get(key) ?? { events: 0, fatalities: 0 };
    cell.events += 1;
    cell.fatalities += event.fatalities ?? 0;
    row.byType.set(key, cell);
  });
  return { bucket: kind, rows };
}

/** A timeline in `root`; onPick(from, to) is called with ISO days when a bar is clicked. */
export function createTimeline(root, { onPick }) {
  let last = null;

  function draw() {
    if (!last) return;
    const { events, measure, bucket } = last;
    clear(root);
    const { bucket: kind, rows } = bucketize(events, bucket);
    root.dataset.bucket = kind;
    if (!rows.length) {
      root.append(
        h(
          "p",
          { class: "empty" },
          events.length ? "None of these events has a date." : "No events match these filters.",
        ),
      );
      return;
    }
    const order = [...new Set(events.map(typeKey))];
    const width = Math.max(320, root.clientWidth || 600);
    const height = 220;
    const m = { top: 10, right: 8, bottom: 26, left: 38 };
    const innerW = width - m.left - m.right;
    const innerH = height - m.top - m.bottom;
    const totals = rows.map((r) => [...r.byType.values()].reduce((sum, c) => sum + c[measure], 0));
    const max = Math.max(1, ...totals);
    const step = niceStep(max);
    const top = Math.ceil(max / step) * step;
    const y = (v) => m.top + innerH - (v / top) * innerH;
    const band = innerW / rows.length;
    const barW = Math.max(1, Math.min(48, band * 0.8));

    const svg = s("svg", {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-label": `${measure === "events" ? "Events" : "Fatalities"} per ${kind}, by type`,
    });
    for (let v = 0; v <= top; v += step) {
      svg.append(
        s("line", { class: "grid", x1: m.left, x2: width - m.right, y1: y(v), y2: y(v) }),
        s("text", { class: "axis", x: m.left - 6, y: y(v) + 4, "text-anchor": "end" }, fmt(v)),
      );
    }
    const every = Math.ceil(rows.length / Math.max(1, Math.floor(innerW / 70)));
    rows.forEach((row, i) => {
      const x = m.left + i * band + (band - barW) / 2;
      const group = s("g", { class: "bar", dataset: { from: isoDay(row.start), to: isoDay(row.end) } });
      let base = 0;
      for (const key of order) {
        const cell = row.byType.get(key);
        const value = cell?.[measure] ?? 0;
        if (!value) continue;
        group.append(
          s(
            "rect",
            { class: typeClass(key), x, width: barW, y: y(base + value), height: y(base) - y(base + value) },
            s(
              "title",
              {},
              `${BUCKETS[kind].name(row.start)} · ${key}: ${fmt(cell.events)} events, ${fmt(cell.fatalities)} killed`,
            ),
          ),
        );
        base += value;
      }
      // an invisible full-height target so that small bars are easy to click
      group.prepend(
        s(
          "rect",
          { class: "hit", x: m.left + i * band, width: band, y: m.top, height: innerH },
          s(
            "title",
            {},
            `${BUCKETS[kind].name(row.start)}: ${fmt(totals[i])} ${measure === "events" ? "events" : "killed"} — click to filter`,
          ),
        ),
      );
      group.addEventListener("click", () => onPick(isoDay(row.start), isoDay(row.end)));
      svg.append(group);
      if (i % every === 0) {
        const x = Math.min(width - m.right - 22, Math.max(m.left + 22, m.left + i * band + band / 2));
        svg.append(
          s("text", { class: "axis", x, y: height - 8, "text-anchor": "middle" }, BUCKETS[kind].label(row.start)),
        );
      }
    });
    svg.append(s("line", { class: "baseline", x1: m.left, x2: width - m.right, y1: y(0), y2: y(0) }));
    root.append(svg);
    const undated = events.length - events.filter((e) => e.event_date).length;
    if (undated) root.append(h("p", { class: "note" }, `${fmt(undated)} undated events not drawn.`));
  }

  new ResizeObserver(() => {
    if (last && Math.abs((root.clientWidth || 0) - (last.width ?? 0)) > 4) {
      last.width = root.clientWidth;
      draw();
    }
  }).observe(root);

  return {
    update(events, { measure = "events", bucket = "auto" } = {}) {
      last = { events, measure: measure === "fatalities" ? "fatalities" : "events", bucket, width: root.clientWidth };
      draw();
    },
  };
}

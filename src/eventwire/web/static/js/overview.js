// The overview: one set of filters (kept in the URL) driving the map, the timeline and the table.
import { allEvents, get } from "./api.js";
import { append, clear, fmt, fmtDate, h } from "./dom.js";
import { createMap } from "./map.js";
import { FILTER_KEYS, filtersOf, navigateOverview } from "./state.js";
import { createTable } from "./table.js";
import { createTimeline } from "./timeline.js";
import { ACLED_TYPES, typeClass, typeFilter, typeKey } from "./types.js";
import { loadMapLibraries } from "./vendor.js";

const MAP_CAP = 20000;
const FILTER_LABELS = {
  date_from: "from",
  date_to: "to",
  country: "country",
  event_type: "type",
  plover: "PLOVER",
  actor: "actor",
  q: "text",
};

const field = (form, name) => form.elements.namedItem(name);

function option(value, label) {
  return h("option", { value }, label);
}

/** Fill the country and type lists from the store's unfiltered counts. */
async function fillOptions(form) {
  const stats = await get("stats");
  for (const name of ["country", "type"]) {
    for (const old of [...field(form, name).children].slice(1)) old.remove(); // keep "All ..."
  }
  const countries = stats.by_country.filter((c) => c.key).sort((a, b) => a.key.localeCompare(b.key));
  field(form, "country").append(...countries.map((c) => option(c.key, `${c.key} (${fmt(c.events)})`)));
  const acled = stats.by_type.filter((t) => ACLED_TYPES.includes(t.key));
  const plover = stats.by_type.filter((t) => t.key && !ACLED_TYPES.includes(t.key));
  const group = (label, items, kind) =>
    h("optgroup", { label }, ...items.map((t) => option(`${kind}:${t.key}`, `${t.key} (${fmt(t.events)})`)));
  if (acled.length) field(form, "type").append(group("ACLED event types", acled, "event_type"));
  if (plover.length) field(form, "type").append(group("PLOVER (no ACLED type)", plover, "plover"));
  return stats;
}

function ensureOption(select, value, label) {
  if (value && ![...select.options].some((o) => o.value === value)) select.append(option(value, label));
}

export async function createOverview(config, { onError }) {
  const section = document.getElementById("view-overview");
  const form = document.getElementById("filters");
  const summary = document.getElementById("summary");
  const legend = document.getElementById("legend");
  const byCountry = document.getElementById("by-country");
  const mapEl = document.getElementById("map");
  const mapNote = document.getElementById("map-note");
  const measure = document.getElementById("tl-measure");
  const bucket = document.getElementById("tl-bucket");
  let params = new URLSearchParams();
  let loadedKey = null;
  let events = { total: 0, items: [] };
  let sequence = 0;
  let map = null;

  const change = (changes, options) => navigateOverview(params, changes, options);
  const timeline = createTimeline(document.getElementById("timeline"), {
    onPick: (from, to) => change({ date_from: from, date_to: to }),
  });
  const table = createTable(section.querySelector(".table-panel"), {
    onChange: (c) => change(c, { resetPage: false }),
  });

  function readForm() {
    const data = new FormData(form);
    const [kind, ...rest] = String(data.get("type") ?? "").split(":");
    const type = rest.join(":");
    return {
      date_from: data.get("date_from"),
      date_to: data.get("date_to"),
      country: data.get("country"),
      event_type: kind === "event_type" ? type : null,
      plover: kind === "plover" ? type : null,
      actor: String(data.get("actor") ?? "").trim(),
      q: String(data.get("q") ?? "").trim(),
    };
  }

  function writeForm(filters) {
    for (const key of ["date_from", "date_to", "actor", "q"]) field(form, key).value = filters[key] ?? "";
    ensureOption(field(form, "country"), filters.country, filters.country);
    field(form, "country").value = filters.country ?? "";
    const type = filters.event_type
      ? `event_type:${filters.event_type}`
      : filters.plover
        ? `plover:${filters.plover}`
        : "";
    ensureOption(field(form, "type"), type, filters.event_type ?? filters.plover);
    field(form, "type").value = type;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    change(readForm());
  });
  form.addEventListener("change", (e) => {
    if (e.target.matches("select, input[type=date]")) change(readForm());
  });
  document.getElementById("reset-filters").addEventListener("click", () => {
    change(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));
  });
  measure.addEventListener("change", () =>
    change({ measure: measure.value === "events" ? null : measure.value }, { resetPage: false }),
  );
  bucket.addEventListener("change", () =>
    change({ bucket: bucket.value === "auto" ? null : bucket.value }, { resetPage: false }),
  );

  function drawTimeline() {
    measure.value = params.get("measure") === "fatalities" ? "fatalities" : "events";
    bucket.value = ["day", "week", "month"].includes(params.get("bucket")) ? params.get("bucket") : "auto";
    timeline.update(events.items, { measure: measure.value, bucket: bucket.value });
  }

  function drawLegend(filters) {
    const counts = new Map();
    for (const e of events.items) {
      const key = typeKey(e);
      const c = counts.get(key) ?? { events: 0, fatalities: 0 };
      c.events += 1;
      c.fatalities += e.fatalities ?? 0;
      counts.set(key, c);
    }
    append(
      clear(legend),
      ...[...counts]
        .sort((a, b) => b[1].events - a[1].events)
        .map(([key, c]) => {
          const active = filters.event_type === key || filters.plover === key;
          const button = h(
            "button",
            {
              type: "button",
              class: ["legend-item", active && "active"],
              "aria-pressed": String(active),
              title: active ? "Show all types" : `Show only ${key}`,
            },
            h("span", { class: `swatch ${typeClass(key)}` }),
            key,
            h("span", { class: "count" }, ` ${fmt(c.events)}`),
          );
          button.addEventListener("click", () =>
            change(
              active ? { event_type: null, plover: null } : { event_type: null, plover: null, ...typeFilter(key) },
            ),
          );
          return h("li", {}, button);
        }),
    );
  }

  function drawCountries(filters) {
    const counts = new Map();
    for (const e of events.items) {
      const key = e.country ?? null;
      const c = counts.get(key) ?? { events: 0, fatalities: 0 };
      c.events += 1;
      c.fatalities += e.fatalities ?? 0;
      counts.set(key, c);
    }
    const rows = [...counts].sort((a, b) => b[1].events - a[1].events || b[1].fatalities - a[1].fatalities).slice(0, 8);
    const most = Math.max(1, ...rows.map(([, c]) => c.events));
    byCountry.previousElementSibling.hidden = !rows.length; // the "By country" heading
    append(
      clear(byCountry),
      rows.map(([country, c]) => {
        const bar = h("span", { class: "hbar" });
        bar.style.width = `${(100 * c.events) / most}%`; // CSSOM, not a style attribute
        const label = country ?? "no country";
        const item = h(
          "li",
          {},
          h("span", { class: "hlabel" }, label),
          h("span", { class: "htrack" }, bar),
          h("span", { class: "hcount" }, `${fmt(c.events)}${c.fatalities ? ` · ${fmt(c.fatalities)} killed` : ""}`),
        );
        if (country && filters.country !== country) {
          item.classList.add("pick");
          item.title = `Show only ${country}`;
          item.addEventListener("click", () => change({ country }));
        }
        return item;
      }),
    );
  }

  function drawSummary(filters) {
    const dead = events.items.reduce((sum, e) => sum + (e.fatalities ?? 0), 0);
    const countries = new Set(events.items.map((e) => e.country).filter(Boolean));
    const days = events.items
      .map((e) => e.event_date)
      .filter(Boolean)
      .sort();
    const figure = (n, label) => h("span", { class: "figure" }, h("strong", {}, fmt(n)), ` ${label}`);
    const active = Object.entries(filters).map(([key, value]) => {
      const chip = h(
        "button",
        { type: "button", class: "filter-chip", title: "Remove this filter" },
        `${FILTER_LABELS[key] ?? key}: ${key.startsWith("date") ? fmtDate(value) : value}`,
        h("span", { "aria-hidden": "true" }, " ×"),
      );
      chip.addEventListener("click", () => change({ [key]: null }));
      return chip;
    });
    append(
      clear(summary),
      figure(events.total, events.total === 1 ? "event" : "events"),
      figure(dead, "killed"),
      figure(countries.size, countries.size === 1 ? "country" : "countries"),
      days.length
        ? h(
            "span",
            { class: "figure span" },
            days[0] === days.at(-1) ? fmtDate(days[0]) : `${fmtDate(days[0])} – ${fmtDate(days.at(-1))}`,
          )
        : null,
      events.items.length < events.total
        ? h("span", { class: "warn" }, `map and timeline show the latest ${fmt(events.items.length)}`)
        : null,
      active.length ? h("span", { class: "active-filters" }, ...active) : null,
    );
  }

  async function loadAll(filters) {
    const mine = ++sequence;
    const data = await allEvents(filters, MAP_CAP);
    if (mine !== sequence) return;
    events = data;
    drawSummary(filters);
    drawLegend(filters);
    drawCountries(filters);
    drawTimeline();
    if (map) {
      const { located, unlocated } = map.update(events.items);
      mapNote.textContent =
        `${fmt(located)} events on the map` + (unlocated ? `; ${fmt(unlocated)} without a place are not drawn.` : ".");
    }
  }

  // The map's libraries are optional: without them the rest works and the page says how to build them.
  if (config.vendor?.ok) {
    try {
      map = await createMap(mapEl, await loadMapLibraries(), config);
    } catch (error) {
      mapEl.append(h("p", { class: "map-missing" }, `The map could not start: ${error.message}`));
    }
  } else {
    document.getElementById("vendor-missing").hidden = false;
    mapEl.classList.add("unavailable");
    mapEl.append(
      h(
        "p",
        { class: "map-missing" },
        "Map unavailable: its libraries are not built. Run ",
        h("code", {}, config.vendor?.build ?? "npm ci --prefix web && npm run build --prefix web"),
        " at the repository root, then reload.",
      ),
    );
  }
  await fillOptions(form).catch(onError);
  window.addEventListener("eventwire:stored", () => {
    loadedKey = null; // a report was saved: counts, lists and the map are out of date
    fillOptions(form)
      .then(() => writeForm(filtersOf(params)))
      .catch(onError);
  });

  return {
    async show(next) {
      params = next;
      const filters = filtersOf(params);
      writeForm(filters);
      section.dataset.state = "loading";
      map?.resize();
      const key = JSON.stringify(filters);
      const tasks = [table.update(filters, params)];
      if (key !== loadedKey) {
        loadedKey = key;
        tasks.push(
          loadAll(filters).catch((error) => {
            loadedKey = null;
            throw error;
          }),
        );
      } else {
        drawTimeline();
      }
      await Promise.all(tasks);
      section.dataset.state = "ready";
    },
  };
}

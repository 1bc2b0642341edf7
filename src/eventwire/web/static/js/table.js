// The events table: one page from GET /events, sorted and paged by the server.
import { get } from "./api.js";
import { append, clear, fmt, fmtDate, h } from "./dom.js";
import { typeClass, typeKey } from "./types.js";

export const PAGE_SIZES = [25, 50, 100];
const DEFAULT_SORT = "-event_date";

function row(event) {
  const key = typeKey(event);
  const link = `#/event/${event.id}`;
  const actors = [event.actor1, event.actor2].filter(Boolean).join(" → ");
  const place = [event.location, event.admin1, event.country].filter((x, i, all) => x && all.indexOf(x) === i);
  const tr = h(
    "tr",
    { dataset: { id: event.id } },
    h("td", { class: "nowrap" }, h("a", { href: link }, fmtDate(event.event_date) || "undated")),
    h(
      "td",
      {},
      h("span", { class: `chip ${typeClass(key)}` }, key),
      event.sub_event_type ? h("div", { class: "sub" }, event.sub_event_type) : null,
    ),
    h(
      "td",
      { class: "event-cell" },
      h("div", { class: "actors" }, actors || "—"),
      h("div", { class: "sub" }, event.summary ?? ""),
    ),
    h("td", {}, place.join(", ") || "—"),
    h("td", { class: "num" }, event.fatalities == null ? "—" : fmt(event.fatalities)),
    h("td", { class: "num" }, fmt(event.n_sources)),
    h("td", { class: "num" }, event.confidence == null ? "" : event.confidence.toFixed(2)),
  );
  tr.addEventListener("click", (e) => {
    if (!e.target.closest("a")) location.hash = link;
  });
  return tr;
}

/** The table in `root` (the table panel); onChange(changes) asks to change the URL's parameters. */
export function createTable(root, { onChange }) {
  const table = root.querySelector("table");
  const tbody = table.querySelector("tbody");
  const info = root.querySelector("#page-info");
  const prev = root.querySelector("#page-prev");
  const next = root.querySelector("#page-next");
  const size = root.querySelector("#page-size");
  let current = { sort: DEFAULT_SORT, page: 1, per: PAGE_SIZES[0], pages: 1 };
  let sequence = 0;

  for (const button of table.querySelectorAll("th button[data-sort]")) {
    button.addEventListener("click", () => {
      const key = button.dataset.sort;
      const sort = current.sort === `-${key}` ? key : `-${key}`; // a new column sorts descending first
      onChange({ sort: sort === DEFAULT_SORT ? null : sort });
    });
  }
  prev.addEventListener("click", () => onChange({ page: current.page > 2 ? current.page - 1 : null }));
  next.addEventListener("click", () => onChange({ page: Math.min(current.pages, current.page + 1) }));
  size.addEventListener("change", () => onChange({ per: size.value === "25" ? null : size.value, page: null }));

  return {
    async update(filters, params) {
      const per = PAGE_SIZES.includes(Number(params.get("per"))) ? Number(params.get("per")) : PAGE_SIZES[0];
      const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
      const sort = params.get("sort") || DEFAULT_SORT;
      const mine = ++sequence;
      table.setAttribute("aria-busy", "true");
      const data = await get("events", { ...filters, sort, limit: per, offset: (page - 1) * per });
      if (mine !== sequence) return; // a later request is under way
      table.removeAttribute("aria-busy");
      const pages = Math.max(1, Math.ceil(data.total / per));
      current = { sort, page, per, pages };
      append(clear(tbody), ...data.items.map(row));
      if (!data.items.length) {
        tbody.append(
          h(
            "tr",
            {},
            h(
              "td",
              { colspan: 7, class: "empty" },
              data.total ? "No events on this page." : "No events match these filters.",
            ),
          ),
        );
      }
      const first = data.total ? (page - 1) * per + 1 : 0;
      info.textContent = `${fmt(first)}–${fmt(Math.min(data.total, page * per))} of ${fmt(data.total)}`;
      table.dataset.total = String(data.total);
      prev.disabled = page <= 1;
      next.disabled = page >= pages;
      size.value = String(per);
      for (const th of table.querySelectorAll("th")) th.removeAttribute("aria-sort");
      const key = sort.replace(/^[-+]/, "");
      table
        .querySelector(`th button[data-sort="${key}"]`)
        ?.parentElement.setAttribute("aria-sort", sort.startsWith("-") ? "descending" : "ascending");
    },
  };
}

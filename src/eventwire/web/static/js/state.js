// The view and its filters live in the URL hash, so any view can be bookmarked and shared:
//   #/?country=Syria&event_type=Battles&sort=-fatalities&page=2   the overview
//   #/event/12                                                    one event
//   #/upload                                                      add a report

export const FILTER_KEYS = ["date_from", "date_to", "country", "event_type", "plover", "actor", "q"];
export const VIEW_KEYS = ["sort", "page", "per", "measure", "bucket"];

export function currentRoute() {
  const hash = location.hash.replace(/^#/, "");
  const at = hash.indexOf("?");
  const path = at < 0 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at < 0 ? "" : hash.slice(at + 1));
  return { path: path || "/", params };
}

/** The API filters held in `params`, as a plain object without empty values. */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function overviewHash(params) {
  const kept = new URLSearchParams();
  for (const key of [...FILTER_KEYS, ...VIEW_KEYS]) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const query = kept.toString();
  return query ? `#/?${query}` : "#/";
}

let lastOverview = "#/";
/** Remember the overview's URL, so an event page can link back to the same filters. */
export const rememberOverview = (hash) => (lastOverview = hash);
export const overviewLink = () => lastOverview;

/** Change the overview's parameters: `changes` maps keys to new values (null/"" removes). */
export function navigateOverview(params, changes, { resetPage = true } = {}) {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value == null || value === "") next.delete(key);
    else next.set(key, value);
  }
  if (resetPage && !("page" in changes)) next.delete("page");
  const hash = overviewHash(next);
  if (hash !== location.hash && !(hash === "#/" && location.hash === "")) location.hash = hash;
}

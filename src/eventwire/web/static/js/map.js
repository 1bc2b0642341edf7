// The map: Natural Earth country outlines (offline) or a configured tile layer, and one marker per
// located event, sized by fatalities, coloured by kind, clustered where dense.
import { fmt, fmtDate, h } from "./dom.js";
import { typeClass, typeKey } from "./types.js";

const WORLD = [
  [-50, -160],
  [70, 170],
];
// Leaflet writes attributions as HTML: the configured one goes in as text.
const asText = (text) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const markerSize = (fatalities) => Math.round(Math.min(48, 12 + 5 * Math.sqrt(fatalities ?? 0)));

function popup(event) {
  const key = typeKey(event);
  const place = [event.location, event.admin1, event.country].filter((x, i, all) => x && all.indexOf(x) === i);
  return h(
    "div",
    { class: "popup" },
    h("div", { class: `chip ${typeClass(key)}` }, key, event.sub_event_type ? ` · ${event.sub_event_type}` : ""),
    h("p", { class: "popup-summary" }, event.summary ?? ""),
    h(
      "p",
      { class: "popup-meta" },
      fmtDate(event.event_date),
      place.length ? ` · ${place.join(", ")}` : "",
      event.fatalities != null ? ` · ${fmt(event.fatalities)} killed` : "",
    ),
    h("a", { href: `#/event/${event.id}` }, "Open the event ›"),
  );
}

function sizeLegend(L) {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = () =>
    h(
      "div",
      { class: "size-legend", "aria-hidden": "true" },
      h("span", { class: "size-legend-title" }, "killed"),
      ...[0, 10, 100].map((n) => {
        const dot = h("span", { class: "size-dot" });
        dot.style.width = dot.style.height = `${markerSize(n)}px`; // CSSOM, not a style attribute
        return h("span", { class: "size-item" }, dot, String(n));
      }),
    );
  return control;
}

/** Build the map in `el`; resolves to {update(events), resize()}. */
export async function createMap(el, { L, topojson }, config) {
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5 });
  map.fitBounds(WORLD);
  map.attributionControl.addAttribution("Country outlines: Natural Earth");
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: asText(config.tile_attribution ?? ""), maxZoom: 18 }).addTo(map);
  }
  sizeLegend(L).addTo(map);
  map.on("movestart zoomstart", () => {
    el.dataset.view = "moving";
  });
  map.on("moveend", () => {
    el.dataset.view = "still";
  });

  const outlines = fetch("vendor/countries-50m.json")
    .then((r) => r.json())
    .then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {
        interactive: false,
        style: config.tile_url
          ? { color: "#52606d", weight: 0.5, fill: false }
          : { color: "#9aa5b1", weight: 0.6, fillColor: "#f8f9fa", fillOpacity: 1 },
      })
        .addTo(map)
        .bringToBack();
      el.dataset.basemap = "ready";
    });

  const cluster = L.markerClusterGroup({
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction(group) {
      const markers = group.getAllChildMarkers();
      const dead = markers.reduce((sum, m) => sum + (m.options.fatalities ?? 0), 0);
      const n = markers.length;
      const size = Math.max(n < 10 ? 30 : n < 100 ? 36 : 44, markerSize(dead));
      const label = h("span", { title: `${fmt(n)} events, ${fmt(dead)} killed` }, fmt(n));
      return L.divIcon({
        html: label,
        className: dead ? "ev-cluster deadly" : "ev-cluster",
        iconSize: L.point(size, size),
      });
    },
  }).addTo(map);

  function marker(event) {
    const size = markerSize(event.fatalities);
    const m = L.marker([event.latitude, event.longitude], {
      icon: L.divIcon({ html: "", className: `ev-marker ${typeClass(typeKey(event))}`, iconSize: [size, size] }),
      title: event.summary ?? `Event ${event.id}`,
      riseOnHover: true,
      fatalities: event.fatalities ?? 0,
    });
    m.on("add", () => {
      m.getElement().dataset.id = event.id;
    });
    return m.bindPopup(() => popup(event), { maxWidth: 320 });
  }

  await outlines.catch((error) => {
    el.dataset.basemap = `failed: ${error.message}`;
  });

  return {
    update(events) {
      cluster.clearLayers();
      const located = events.filter((e) => e.latitude != null && e.longitude != null);
      cluster.addLayers(located.map(marker));
      el.dataset.markers = String(located.length);
      if (located.length) {
        map.fitBounds(L.latLngBounds(located.map((e) => [e.latitude, e.longitude])).pad(0.25), { maxZoom: 7 });
      } else {
        map.fitBounds(WORLD);
      }
      return { located: located.length, unlocated: events.length - located.length };
    },
    resize() {
      map.invalidateSize();
    },
  };
}

// The map's libraries (built from npm into vendor/ by `npm run build --prefix web`), loaded on demand.

function script(src) {
  return new Promise((resolve, reject) => {
    const el = document.createElement("script");
    el.src = src;
    el.onload = resolve;
    el.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(el);
  });
}

function stylesheet(href) {
  const el = document.createElement("link");
  el.rel = "stylesheet";
  el.href = href;
  document.head.prepend(el); // before app.css, so our rules win
}

/** Load Leaflet, leaflet.markercluster and topojson-client; resolves to {L, topojson}. */
export async function loadMapLibraries() {
  for (const href of ["vendor/MarkerCluster.Default.css", "vendor/MarkerCluster.css", "vendor/leaflet.css"]) {
    stylesheet(href);
  }
  await script("vendor/leaflet.js");
  await Promise.all([script("vendor/leaflet.markercluster.js"), script("vendor/topojson-client.min.js")]);
  return { L: window.L, topojson: window.topojson };
}

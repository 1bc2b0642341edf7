// Copy the dashboard's front-end libraries from node_modules into the Python package's static
// folder (git-ignored). Run after `npm ci --prefix web`:  npm run build --prefix web
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const vendor = join(here, "..", "src", "eventwire", "web", "static", "vendor");
const require = createRequire(import.meta.url);

// [package, file in the package, name in vendor/]
const files = [
  ["leaflet", "dist/leaflet.js", "leaflet.js"],
  ["leaflet", "dist/leaflet.css", "leaflet.css"],
  ["leaflet", "LICENSE", "LICENSE.leaflet"],
  ["leaflet.markercluster", "dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster", "dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet.markercluster", "dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"],
  ["leaflet.markercluster", "MIT-LICENCE.txt", "LICENSE.leaflet.markercluster"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client", "LICENSE", "LICENSE.topojson-client"],
  ["world-atlas", "countries-50m.json", "countries-50m.json"],
  ["world-atlas", "LICENSE", "LICENSE.world-atlas"],
];

const missing = files.filter(([pkg, file]) => !existsSync(join(modules, pkg, file)));
if (missing.length) {
  console.error(`build.mjs: not installed: ${missing.map(([p, f]) => `${p}/${f}`).join(", ")}`);
  console.error("run `npm ci --prefix web` first");
  process.exit(1);
}

rmSync(vendor, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });
for (const [pkg, file, name] of files) copyFileSync(join(modules, pkg, file), join(vendor, name));
cpSync(join(modules, "leaflet", "dist", "images"), join(vendor, "images"), { recursive: true });

const versions = Object.fromEntries(
  [...new Set(files.map(([pkg]) => pkg))].map((pkg) => [pkg, require(`${pkg}/package.json`).version]),
);
writeFileSync(join(vendor, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`build.mjs: ${files.length} files into ${vendor}`, versions);

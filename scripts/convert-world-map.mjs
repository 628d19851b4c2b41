// Converts Natural Earth 1:110m admin-0 countries (TopoJSON from the npm package world-atlas)
// into the compact lon/lat file the web app projects at start-up.
// Run once, outside the repo, then commit the output:
//   cd "$(mktemp -d)" && npm install world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0
//   node /path/to/repo/scripts/convert-world-map.mjs > /path/to/repo/src/SovietInterventions.Web/Pictures/world-110m.json
import { createRequire } from "node:module";

const require = createRequire(process.cwd() + "/");
const topology = require("world-atlas/countries-110m.json");
const { feature } = require("topojson-client");
const isoCountries = require("i18n-iso-countries");

// world-atlas identifies countries by ISO 3166 numeric code; these three have none,
// so they get Natural Earth's own ADM0_A3 codes.
const codesForUnnumbered = { "Kosovo": "KOS", "N. Cyprus": "CYN", "Somaliland": "SOL" };
// No episode can target Antarctica, and leaving it out saves a fifth of the map's height.
const skipped = new Set(["ATA"]);

const round = (v) => Math.round(v * 100) / 100;

function compactRing(ring) {
  const flat = [];
  for (const [lon, lat] of ring) {
    const x = round(lon), y = round(lat);
    const n = flat.length;
    if (n >= 2 && flat[n - 2] === x && flat[n - 1] === y) continue;
    flat.push(x, y);
  }
  return flat.length >= 8 ? flat : null; // fewer than four points cannot enclose anything
}

// world-atlas keeps rings that cross the antimeridian whole (d3 clips them on the sphere);
// a flat projection needs them cut at ±180° into an eastern and a western piece.
function splitAtAntimeridian(ring) {
  const open = ring.slice(0, -1);
  const unwrapped = [open[0]];
  for (const [lon, lat] of open.slice(1)) {
    let x = lon;
    const prev = unwrapped[unwrapped.length - 1][0];
    while (x - prev > 180) x -= 360;
    while (prev - x > 180) x += 360;
    unwrapped.push([x, lat]);
  }
  const lons = unwrapped.map((p) => p[0]);
  const cut = Math.max(...lons) > 180 ? 180 : Math.min(...lons) < -180 ? -180 : null;
  if (cut === null) return [ring];
  const inside = clipAt(unwrapped, cut, (x) => (cut > 0 ? x <= cut : x >= cut));
  const outside = clipAt(unwrapped, cut, (x) => (cut > 0 ? x >= cut : x <= cut))
    .map(([x, y]) => [x - Math.sign(cut) * 360, y]);
  return [inside, outside].filter((r) => r.length >= 3).map((r) => [...r, r[0]]);
}

// Sutherland–Hodgman against the vertical line lon = cut, keeping the side where keep(lon).
function clipAt(ring, cut, keep) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const prev = ring[(i + ring.length - 1) % ring.length];
    const cur = ring[i];
    const crossing = () => [cut, prev[1] + ((cut - prev[0]) / (cur[0] - prev[0])) * (cur[1] - prev[1])];
    if (keep(cur[0])) {
      if (!keep(prev[0])) out.push(crossing());
      out.push(cur);
    } else if (keep(prev[0])) {
      out.push(crossing());
    }
  }
  return out;
}

function polygonsOf(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

const countries = [];
for (const f of feature(topology, topology.objects.countries).features) {
  const name = f.properties.name;
  const iso3 = f.id ? isoCountries.numericToAlpha3(f.id) : codesForUnnumbered[name];
  if (!iso3) throw new Error(`No ISO3 code for ${name} (${f.id})`);
  if (skipped.has(iso3)) continue;
  const rings = polygonsOf(f.geometry).flat().flatMap(splitAtAntimeridian).map(compactRing).filter((r) => r !== null);
  countries.push({ iso3, name, rings });
}
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));

const seen = new Set();
for (const c of countries) {
  if (seen.has(c.iso3)) throw new Error(`Duplicate ISO3 code ${c.iso3}`);
  seen.add(c.iso3);
}

const lines = countries.map((c) => JSON.stringify(c));
process.stdout.write(
  `{"source":"Natural Earth 1:110m Admin 0 - Countries (v4.1.0) via world-atlas 2.0.2","countries":[\n` +
  lines.join(",\n") + "\n]}\n");

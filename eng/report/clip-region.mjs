// Makes src/Corridors.Report/Assets/region-50m.topo.json, the land and borders under the report's map.
//
// Source: world-atlas 2.0.2, countries-50m.json (Natural Earth 1:50m admin-0 countries, public
// domain; world-atlas packaging ISC, © Mike Bostock). Run once, by hand, when the region changes:
//
//   mkdir -p /tmp/npmwork && cd /tmp/npmwork && npm install world-atlas@2.0.2 topojson-client@3 topojson-server@3 topojson-simplify@3
//   NODE_PATH=/tmp/npmwork/node_modules node eng/report/clip-region.mjs /tmp/npmwork/node_modules/world-atlas/countries-50m.json
//
// What it does: decodes the countries, clips every ring to the region's box (Anatolia and Iran to
// western China, Omsk to Mumbai) with Sutherland–Hodgman (the box is convex, so this is exact),
// rebuilds a TopoJSON topology so shared borders are stored once, simplifies lightly and quantizes
// (delta-encoded integers on a 10 000 × 10 000 grid, about 700 m).
// The Caspian stays water: Natural Earth's admin-0 polygons do not cover it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(process.env.NODE_PATH ? process.env.NODE_PATH + '/' : import.meta.url);
const { feature, quantize } = require('topojson-client');
const { topology } = require('topojson-server');
const { presimplify, simplify } = require('topojson-simplify');

const box = { west: 25, east: 92, south: 14, north: 59 };
const source = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const countries = feature(source, source.objects.countries).features;

function clipRing(ring) {
  const edges = [
    [p => p[0] >= box.west, (a, b) => cross(a, b, 0, box.west)],
    [p => p[0] <= box.east, (a, b) => cross(a, b, 0, box.east)],
    [p => p[1] >= box.south, (a, b) => cross(a, b, 1, box.south)],
    [p => p[1] <= box.north, (a, b) => cross(a, b, 1, box.north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) out.push(intersect(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(intersect(previous, current));
      }
    }
    points = out;
    if (points.length === 0) return null;
  }
  return points.length >= 3 ? [...points, points[0]] : null;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  p[axis] = value;
  return p;
}

const clipped = [];
for (const country of countries) {
  const polygons = country.geometry?.type === 'Polygon' ? [country.geometry.coordinates]
    : country.geometry?.type === 'MultiPolygon' ? country.geometry.coordinates : [];
  const kept = [];
  for (const polygon of polygons) {
    const outer = clipRing(polygon[0]);
    if (!outer) continue;
    kept.push([outer, ...polygon.slice(1).map(clipRing).filter(r => r)]);
  }
  if (kept.length > 0) {
    clipped.push({ type: 'Feature', properties: { name: country.properties.name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
}

let topo = topology({ countries: { type: 'FeatureCollection', features: clipped } }, 1e4);
topo = quantize(simplify(presimplify(topo), 1e-3), 1e4);
topo.metadata = {
  source: 'world-atlas 2.0.2 countries-50m.json (Natural Earth 1:50m admin-0, public domain; world-atlas ISC)',
  box,
  made_by: 'eng/report/clip-region.mjs',
};
const target = fileURLToPath(new URL('../../src/Corridors.Report/Assets/region-50m.topo.json', import.meta.url));
writeFileSync(target, JSON.stringify(topo));
console.log(`${clipped.length} countries, ${JSON.stringify(topo).length} bytes -> ${target}`);

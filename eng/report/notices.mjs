// Writes src/Corridors.Report/Assets/THIRD-PARTY-NOTICES.txt from the packages installed in a scratch
// folder (see clip-region.mjs): every package whose code is inside vega.min.js, vega-lite.min.js or
// vega-embed.min.js, plus the map data. Identical licence texts are printed once, under the list of
// packages that carry them.  Usage: node eng/report/notices.mjs /tmp/npmwork/node_modules
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = process.argv[2];
// Build-time, type-only and command-line-only packages are not in the bundles.
const bundled = name => /^(vega(-.*)?|d3-.*|delaunator|robust-predicates|internmap|topojson-client|fast-json-patch|json-stringify-pretty-compact|semver|tslib|world-atlas)$/.test(name)
  && name !== 'vega-typings';
const groups = new Map();
const rows = [];
for (const name of readdirSync(modules).sort()) {
  if (!bundled(name)) continue;
  const pkg = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map(f => join(modules, name, f)).find(existsSync);
  const text = file ? readFileSync(file, 'utf8').trim() : `${pkg.license} (no licence file in the package)`;
  rows.push(`${pkg.name} ${pkg.version} — ${pkg.license}`);
  if (!groups.has(text)) groups.set(text, []);
  groups.get(text).push(`${pkg.name} ${pkg.version}`);
}
const out = [
  'Third-party software and data inside a Corridors report',
  '',
  'A Corridors report (report.html) carries, inline, the minified bundles of vega 6.4.0, vega-lite 6.5.0',
  'and vega-embed 7.3.0, which contain the packages below, and a map of the region clipped from',
  'world-atlas 2.0.2 countries-50m (Natural Earth 1:50m admin-0 countries, public domain).',
  '',
  'Packages:',
  ...rows.map(r => '  ' + r),
  '',
  'Natural Earth (naturalearthdata.com): public domain, no permission needed; credit given here.',
  '',
];
for (const [text, names] of groups) {
  out.push('-'.repeat(72), `Used by: ${names.join(', ')}`, '', text, '');
}
const target = fileURLToPath(new URL('../../src/Corridors.Report/Assets/THIRD-PARTY-NOTICES.txt', import.meta.url));
writeFileSync(target, out.join('\n'));
console.log(`${rows.length} packages, ${groups.size} licence texts, ${out.join('\n').length} bytes`);

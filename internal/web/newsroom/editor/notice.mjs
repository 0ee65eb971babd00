// notice.mjs METAFILE BUNDLE puts the copyright and licence notices of every
// npm package esbuild bundled (per its metafile) at the top of BUNDLE, as
// the MIT License asks of copies. It fails if a bundled package is not MIT,
// so a new dependency's licence is looked at before it ships.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const [metafile, bundle] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(metafile, 'utf8'));
const names = new Set();
for (const input of Object.keys(meta.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) names.add(m[1]);
}

const byHolder = new Map();
let permission = '';
for (const name of [...names].sort()) {
  const dir = `node_modules/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  if (pkg.license !== 'MIT') throw new Error(`${name}: licence ${pkg.license} is not MIT; review it before bundling`);
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file) throw new Error(`${name}: no licence file`);
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const holder = (text.match(/^.*copyright.*$/im) || [`Copyright the ${name} authors`])[0].trim();
  if (!permission) permission = text.slice(text.indexOf('Permission is hereby granted')).trim();
  if (!byHolder.has(holder)) byHolder.set(holder, []);
  byHolder.get(holder).push(`${name}@${pkg.version}`);
}

const lines = ['Warta editor bundle. It contains these packages under the MIT License:'];
for (const [holder, pkgs] of byHolder) lines.push('', pkgs.join(', '), holder);
lines.push('', ...permission.split('\n'));
const banner = '/*!\n' + lines.map((l) => (' ' + l).trimEnd()).join('\n').replace(/\*\//g, '* /') + '\n*/\n';
writeFileSync(bundle, banner + readFileSync(bundle, 'utf8'));

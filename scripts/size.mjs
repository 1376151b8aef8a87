// `npm run size`: gzip sizes that matter to a host page. The English first load is the self-contained
// script-tag build (lit, @lit/context, i18next and English included); other languages are separate
// files fetched only when chosen. Exits non-zero when a budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(join(dist, 'mbc-decision-aid.iife.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const kb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const BUDGET = { first: 45, locale: 15, engine: 10 };
let over = false;
const line = (name, size, budget) => {
  const ok = size <= budget;
  if (!ok) over = true;
  console.log(`${name.padEnd(34)} ${size.toFixed(1).padStart(6)} KB gzip  (budget ${budget} KB)${ok ? '' : '  OVER BUDGET'}`);
};
line('English first load (IIFE)', kb(join(dist, 'mbc-decision-aid.iife.js')), BUDGET.first);
// The npm engine build is not minified (bundlers do that); measure it as a bundler would ship it.
const engineMin = (await minify(readFileSync(join(dist, 'engine.js'), 'utf8'), { module: true, compress: { passes: 2 } })).code;
line('comparison + summary script (after start)', kb(join(dist, 'mbc-decision-aid.results.js')), BUDGET.locale);
line('knowledge.json (after start)', kb(join(dist, 'knowledge.json')), 20);
line('engine only (engine.js, minified)', gzipSync(engineMin, { level: 9 }).length / 1024, BUDGET.engine);
const PARTS = ['details', 'content', 'evidence'];
for (const part of PARTS) line(`English ${part}/en.json (after start)`, kb(join(dist, 'locales', part, 'en.json')), BUDGET.locale);
for (const f of readdirSync(join(dist, 'locales')).filter((f) => f.endsWith('.json')).sort()) {
  if (f === 'en.json') continue;
  line(`locale ${f}`, kb(join(dist, 'locales', f)), BUDGET.locale);
  for (const part of PARTS) line(`locale ${part}/${f}`, kb(join(dist, 'locales', part, f)), BUDGET.locale);
}
process.exit(over ? 1 : 0);

// `npm run size` (also printed at the end of `npm run build`): the gzip sizes a host page pays,
// against the budgets, and a non-zero exit when one is exceeded — so `npm test` fails on a regression.
//  - script-tag entry: dist/cdn/mbc-decision-aid.js and everything it imports statically (what every
//    page visit pays, English, lit + @lit/context + i18next inside);
//  - npm entry: dist/mbc-decision-aid.js and its static imports, minified as an app's bundler would,
//    without lit, @lit/context and i18next (the app has them already);
//  - every lazy part of the script-tag build: each other chunk (question steps with the engine and
//    the profile parser, comparison and summary, knowledge, sources, each language's text), one by one.
// `measure(dir)` is exported for test/build/size.test.mjs, which plants a 10 KB import and expects a failure.
import { readFileSync, readdirSync, existsSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';

// Every budget is enforced as it is: the npm entry was held at a ceiling above its budget until it
// came back under it (December 2026, #12: the parser, the answer edits, the comparison's loader and
// the script fonts moved out of it, and the intro became the root's own view).
export const BUDGET_KB = { scriptTagEntry: 38, npmEntry: 15, lazyPart: 15 };

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => bytes / 1024;

/** Relative static imports of an ES module (import … from './x.js', import './x.js', export … from). */
function staticImports(code) {
  const out = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (let m; (m = re.exec(code)); ) out.push(m[1]);
  return out;
}

/** The file and every file it imports statically, transitively. */
export function closure(file) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const spec of staticImports(readFileSync(f, 'utf8'))) visit(resolve(dirname(f), spec));
  };
  visit(file);
  return [...seen];
}

const jsFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? jsFiles(p) : name.endsWith('.js') ? [p] : [];
  });

/**
 * What the npm build adds to an app that already has lit, @lit/context and i18next: bundled from
 * dist/mbc-decision-aid.js as an app's bundler would (esbuild, minified, code-split), counting the
 * entry chunk and its static imports — the lazy parts stay separate chunks, as in the app.
 */
async function appEntryBytes(dist) {
  const out = mkdtempSync(join(tmpdir(), 'mbc-size-'));
  try {
    const result = await build({
      entryPoints: [join(dist, 'mbc-decision-aid.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      external: ['lit', 'lit/*', '@lit/*', 'i18next'],
      outdir: out,
      metafile: true,
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    // Every import() target is an entry point to esbuild too: pick the one we asked for.
    const wanted = resolve(dist, 'mbc-decision-aid.js');
    const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint && resolve(outputs[k].entryPoint) === wanted);
    const seen = new Set();
    const visit = (k) => {
      if (seen.has(k)) return;
      seen.add(k);
      for (const i of outputs[k].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
    };
    visit(entry);
    return [...seen].reduce((n, k) => n + gz(readFileSync(resolve(k))), 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Rows { name, bytes, budget } for a built dist/ directory. */
export async function measure(dist) {
  const rows = [];
  const cdn = join(dist, 'cdn');
  const entry = closure(join(cdn, 'mbc-decision-aid.js'));
  rows.push({ name: 'script-tag entry, English (cdn/mbc-decision-aid.js + static imports)', bytes: entry.reduce((n, f) => n + gz(readFileSync(f)), 0), budget: BUDGET_KB.scriptTagEntry });
  rows.push({ name: 'npm entry, app has lit/i18next (bundled + minified)', bytes: await appEntryBytes(dist), budget: BUDGET_KB.npmEntry });
  const loader = join(cdn, 'mbc-decision-aid.loader.js');
  if (existsSync(loader)) rows.push({ name: 'cdn/mbc-decision-aid.loader.js (raw, not gzip)', bytes: readFileSync(loader).length, budget: 1 });
  const inEntry = new Set(entry);
  const parts = jsFiles(cdn).filter((f) => !inEntry.has(f) && f !== loader).sort();
  for (const f of parts) rows.push({ name: `lazy part ${relative(cdn, f)}`, bytes: gz(readFileSync(f)), budget: BUDGET_KB.lazyPart });
  return rows;
}

/** The rows that fail the check: over their budget. */
export const overBudget = (rows) => rows.filter((r) => kb(r.bytes) > r.budget);

export function report(rows) {
  const biggestPart = rows.filter((r) => r.name.startsWith('lazy part')).sort((a, b) => b.bytes - a.bytes)[0];
  const lines = rows
    .filter((r) => !r.name.startsWith('lazy part') || process.env.SIZE_ALL || kb(r.bytes) > r.budget)
    .map((r) => `${r.name.padEnd(72)} ${kb(r.bytes).toFixed(1).padStart(6)} KB  (budget ${r.budget} KB)${kb(r.bytes) > r.budget ? '  OVER BUDGET' : ''}`);
  const count = rows.filter((r) => r.name.startsWith('lazy part')).length;
  if (biggestPart) lines.push(`${`${count} lazy parts; the largest: ${biggestPart.name.replace('lazy part ', '')}`.padEnd(72)} ${kb(biggestPart.bytes).toFixed(1).padStart(6)} KB  (budget ${BUDGET_KB.lazyPart} KB each; SIZE_ALL=1 lists all)`);
  return `sizes (gzip -9):\n  ${lines.join('\n  ')}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // --report (the end of `npm run build`): print only, so a build over budget still serves the demo;
  // `npm run size` and `npm test` (test/build/size.test.mjs) fail.
  const reportOnly = process.argv.includes('--report');
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(join(dist, 'cdn', 'mbc-decision-aid.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const rows = await measure(dist);
  console.log(report(rows));
  const over = overBudget(rows);
  if (over.length) {
    console.error(`over budget: ${over.map((r) => r.name).join('; ')}`);
    if (!reportOnly) process.exit(1);
  }
}

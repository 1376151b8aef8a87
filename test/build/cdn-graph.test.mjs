// After `npm run build`: no file of the script-tag build imports its entry. Pages load the entry with a
// query string (WordPress's `?ver=…`), which the browser treats as another module: a part importing
// the entry by its plain URL would run a second copy of it (test/browser/script-tag-query.test.ts
// shows the widget then stops after Start). The entry is a facade over chunks/core-<hash>.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const jsFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
/** Every module specifier a file names in a static or dynamic import (the build is minified ESM). */
const specifiers = (code) => [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);

test('the script-tag entry only imports its hashed core, and no file imports the entry', () => {
  const entry = readFileSync(join(cdn, 'mbc-decision-aid.js'), 'utf8');
  assert.deepEqual(specifiers(entry).map((s) => s.replace(/-[\w-]+\.js$/, '-<hash>.js')), ['./chunks/core-<hash>.js']);
  const importers = jsFiles(cdn)
    .filter((f) => !f.endsWith('mbc-decision-aid.loader.js'))
    .filter((f) => specifiers(readFileSync(f, 'utf8')).some((s) => /(^|\/)mbc-decision-aid\.js$/.test(s)))
    .map((f) => relative(cdn, f));
  assert.deepEqual(importers, []);
});

// "Try again" asks for a failed file under a fresh URL (scripts/rollup-fresh-retry.mjs). A static
// import between lazy chunks would name its plain URL, which a page keeps broken once it failed: so
// every chunk may import only the core statically, and reaches the shared chunks through the core's
// loader. test/browser/faults.test.ts shows the result: every fault comes back with Try again.
test('no file of the script-tag build imports a lazy chunk statically: only the core', () => {
  const core = jsFiles(join(cdn, 'chunks')).filter((f) => /[/\\]core-[\w-]+\.js$/.test(f));
  assert.equal(core.length, 1, 'one core chunk');
  const offenders = jsFiles(cdn).flatMap((f) => {
    const code = readFileSync(f, 'utf8');
    const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
    return statics.filter((s) => join(f, '..', s) !== core[0]).map((s) => `${relative(cdn, f)} → ${s}`);
  });
  assert.deepEqual(offenders, []);
  // …and the lazy chunks do reach shared code through the loader (else the rewrite silently stopped).
  const lookups = jsFiles(join(cdn, 'chunks')).filter((f) => /\b\w+\("\.\/[\w.-]+-[\w-]+\.js"\)/.test(readFileSync(f, 'utf8')));
  assert.ok(lookups.length >= 3, `chunks reading shared chunks through the loader: ${lookups.length}`);
});

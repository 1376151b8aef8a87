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

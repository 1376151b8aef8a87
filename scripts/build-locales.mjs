// Writes dist/locales/<lng>.json for every locale (English too, for hosts that want to inspect or
// override strings) and reports each file's gzipped size. English is also bundled into the element.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { listLocales, mergedLocale } from './locale-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'locales');
mkdirSync(out, { recursive: true });
const rows = [];
for (const lng of listLocales(root)) {
  const body = JSON.stringify(mergedLocale(root, lng));
  writeFileSync(join(out, `${lng}.json`), body);
  rows.push(`${lng.padEnd(8)} ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KB gzip`);
}
console.log(`locale files (dist/locales):\n  ${rows.join('\n  ')}`);

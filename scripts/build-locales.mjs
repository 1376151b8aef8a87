// Writes, for every language, dist/locales/<lng>.json (question steps; English is also bundled into
// the element) and dist/locales/<part>/<lng>.json for each part the comparison needs (see
// locale-files.mjs). Reports each file's gzipped size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PARTS, listLocales, mergedLocale } from './locale-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'locales');
for (const part of Object.keys(PARTS)) mkdirSync(join(out, part), { recursive: true });
const kb = (body) => (gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(5);
const rows = [];
for (const lng of listLocales(root)) {
  const core = JSON.stringify(mergedLocale(root, lng, 'core'));
  writeFileSync(join(out, `${lng}.json`), core);
  let row = `${lng.padEnd(8)} core ${kb(core)} KB`;
  for (const part of Object.keys(PARTS)) {
    const body = JSON.stringify(mergedLocale(root, lng, part));
    writeFileSync(join(out, part, `${lng}.json`), body);
    row += `   ${part} ${kb(body)} KB`;
  }
  rows.push(`${row}  (gzip)`);
}
console.log(`locale files (dist/locales):\n  ${rows.join('\n  ')}`);

// `npm run content:due`: prints the medical items due for a re-check (src/content/due.ts), with their
// sources. Runs in `npm test` so CI shows the list; always exits 0 — dates never fail a build.
// CONTENT_DUE_TODAY=YYYY-MM-DD pretends another day (to see what falls due when).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const today = /^\d{4}-\d{2}-\d{2}$/.test(process.env.CONTENT_DUE_TODAY ?? '')
  ? process.env.CONTENT_DUE_TODAY
  : new Date().toISOString().slice(0, 10);

try {
  const out = await build({
    entryPoints: [join(root, 'src/content/due.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(join(tmpdir(), 'mbc-due-'));
  const file = join(dir, 'due.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    const { dueItems, formatDue } = await import(pathToFileURL(file).href);
    console.log(formatDue(dueItems(today), today));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} catch (err) {
  // A broken content module is caught by the typecheck and unit tests; this list stays informational.
  console.log(`content:due could not run: ${err instanceof Error ? err.message : String(err)}`);
}

// Files that know one thing stay short: no source file over 300 lines, so a newcomer can read any
// one of them in a sitting. Data tables (cited medical content) are the exception, by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 300;
const srcRoot = fileURLToPath(new URL('../../src', import.meta.url));
/** Data tables, not logic: one row per cited fact, split only where the content splits. */
const DATA_TABLES = new Set(['content/evidence.ts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return files(path);
    return /\.ts$/.test(d.name) ? [path] : [];
  });
}

const lineCount = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;

describe(`source files stay under ${MAX_LINES} lines`, () => {
  const all = files(srcRoot).map((path) => ({ path, name: relative(srcRoot, path).split('\\').join('/') }));

  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all.filter((f) => !DATA_TABLES.has(f.name)).map((f) => [f.name, f.path]))('%s', (_name, path) => {
    expect(lineCount(path)).toBeLessThanOrEqual(MAX_LINES);
  });

  it('every data-table exception still exists', () => {
    for (const name of DATA_TABLES) expect(all.some((f) => f.name === name), name).toBe(true);
  });
});

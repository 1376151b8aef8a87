// After `npm run build`: the budgets hold, and the size check would notice a regression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, overBudget } from '../../scripts/size.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('the built widget is within its budgets', async () => {
  const rows = await measure(dist);
  assert.ok(rows.length > 20, 'entry, npm entry, loader and the lazy parts are measured');
  assert.deepEqual(overBudget(rows).map((r) => r.name), []);
});

test('a 10 KB module planted as a static import of the script-tag entry fails the check', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'mbc-size-'));
  try {
    cpSync(dist, copy, { recursive: true });
    mkdirSync(join(copy, 'cdn', 'chunks'), { recursive: true });
    // Random text does not compress: about 10 KB gzip.
    writeFileSync(join(copy, 'cdn', 'chunks', 'planted.js'), `export const planted = ${JSON.stringify(randomBytes(7700).toString('base64'))};\n`);
    const entry = join(copy, 'cdn', 'mbc-decision-aid.js');
    writeFileSync(entry, `import "./chunks/planted.js";\n${readFileSync(entry, 'utf8')}`);
    const over = overBudget(await measure(copy)).map((r) => r.name);
    assert.equal(over.length, 1);
    assert.match(over[0], /^script-tag entry/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

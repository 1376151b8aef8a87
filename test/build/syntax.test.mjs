// After `npm run build`: every shipped file parses as ES2021, and the check would notice if not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDir, syntaxError } from '../../scripts/check-syntax.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('every shipped file (npm build, script-tag build, loader) parses as ES2021', () => {
  assert.ok(existsSync(join(dist, 'cdn', 'mbc-decision-aid.js')), 'run npm run build first');
  assert.deepEqual(checkDir(dist), []);
});

test('the check fails on a class static block planted in the script-tag entry', () => {
  const copy = mkdtempSync(join(tmpdir(), 'mbc-syntax-'));
  try {
    cpSync(join(dist, 'cdn'), copy, { recursive: true });
    const entry = join(copy, 'mbc-decision-aid.js');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}\nclass Planted { static { this.x = 1; } }\n`);
    const bad = checkDir(copy);
    assert.deepEqual(bad.map((b) => b.file), ['mbc-decision-aid.js']);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('newer syntax is refused, ES2021 syntax is accepted', () => {
  assert.ok(syntaxError('class A { #x = 1; }'), 'private fields are ES2022');
  assert.ok(syntaxError('class A { static y = 1; }'), 'class fields are ES2022');
  assert.ok(syntaxError('await Promise.resolve(1);'), 'top-level await is ES2022');
  assert.equal(syntaxError('let a = null; a ??= 1; const b = a?.toString() ?? "";'), undefined, 'ES2021 logical assignment is fine');
});

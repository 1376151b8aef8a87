// Tests wait on a condition (an element, an event, updateComplete, `until(…, 'what')` from the browser
// harness), never for a fixed time: a sleep is too short on a loaded 2-core runner and too long
// everywhere else. This reads every file under test/ and fails on anything that sleeps.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const testRoot = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** What a fixed sleep looks like in this codebase and in the libraries it uses. */
const SLEEPS: readonly RegExp[] = [
  /\bsetTimeout\s*\(\s*\(?\s*\w*\s*\)?\s*(=>\s*\w+\s*\(\s*\)\s*)?,\s*\d/, // setTimeout(r, 50), setTimeout(() => r(), 50)
  /new Promise\s*\(\s*\(?\s*\w+\s*\)?\s*=>\s*setTimeout\b/, // new Promise((r) => setTimeout(r, ms))
  /\bsleep\s*\(/,
  /\baTimeout\s*\(/, // @open-wc/testing
  /\bwaitForTimeout\s*\(/, // puppeteer, playwright
  /\bnextFrame\s*\(/, // @open-wc/testing: a frame is a time, not a condition
];

/** Files that another piece of work owns and that still sleep; each entry must still need it (see below). */
const PENDING = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : files(path);
    return /\.(m?[jt]s)$/.test(d.name) ? [path] : [];
  });
}

/** `file:line: text` for every line that sleeps. */
function sleepsIn(path: string, text = readFileSync(path, 'utf8')): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (SLEEPS.some((re) => re.test(line)) ? [`${relative(testRoot, path)}:${i + 1}: ${line.trim()}`] : []));
}

describe('tests wait on conditions, not on time', () => {
  it('recognises every kind of sleep (so a pass below means something)', () => {
    for (const sleep of [
      'await new Promise((r) => setTimeout(r, 50));',
      'await new Promise(resolve => setTimeout(resolve, 1000));',
      'setTimeout(() => done(), 20);',
      'await sleep(100);',
      'await aTimeout(10);',
      'await page.waitForTimeout(500);',
      'await nextFrame();',
    ])
      expect(sleepsIn('x.ts', sleep), sleep).toHaveLength(1);
    for (const wait of [
      "await until(() => root(el).querySelector('.notice'), 'the notice');",
      'await el.updateComplete;',
      "await oneEvent(el, 'mbc-step-change');",
      'const timeout = 15000;',
    ])
      expect(sleepsIn('x.ts', wait), wait).toEqual([]);
  });

  it('no file under test/ sleeps', () => {
    const found = files(testRoot)
      .filter((f) => f !== self && !PENDING.has(relative(testRoot, f)))
      .flatMap((f) => sleepsIn(f));
    expect(found).toEqual([]);
  });

  it('every pending exception still sleeps (drop it from PENDING once it waits on conditions)', () => {
    for (const f of PENDING) expect(sleepsIn(join(testRoot, f)), f).not.toEqual([]);
  });
});

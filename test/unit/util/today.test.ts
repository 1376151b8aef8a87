// The printed "made on" / "searched on" date is the reader's calendar date (#17, item 9).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../../../src/i18n/format.js';
import { localIsoDate } from '../../../src/util/today.js';

describe('localIsoDate', () => {
  const tz = process.env.TZ;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('is the local date at 20:00 in Los Angeles, when UTC is already tomorrow', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 2026-12-04 20:00 PST is 2026-12-05 04:00 UTC.
    vi.setSystemTime(new Date('2026-12-05T04:00:00Z'));
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(new Date().getHours()).toBe(20);
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-12-05'); // what the old code printed
    expect(localIsoDate()).toBe('2026-12-04');
    expect(formatters('en').date(localIsoDate())).toBe('December 4, 2026');
  });

  it('is the local date at 07:00 in Tokyo, when UTC is still yesterday', () => {
    process.env.TZ = 'Asia/Tokyo';
    vi.setSystemTime(new Date('2026-12-04T22:00:00Z'));
    expect(localIsoDate()).toBe('2026-12-05');
  });

  it('pads month and day', () => {
    process.env.TZ = 'UTC';
    expect(localIsoDate(new Date('2027-01-02T12:00:00Z'))).toBe('2027-01-02');
  });
});

describe('printed dates in the components', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

  it('no component takes "today" from toISOString (UTC)', () => {
    const offenders = files('src/components')
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /toISOString\(\)\s*\.slice\(0,\s*10\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the summary and the trial finder use localIsoDate', () => {
    for (const f of ['src/components/steps/summary/summary-step.ts', 'src/components/trial-finder/trial-finder.ts']) {
      expect(readFileSync(f, 'utf8'), f).toMatch(/localIsoDate\(\)/);
    }
  });
});

// No layout shift while the widget loads: the demo page (the README's space reservation, the
// script-tag build from dist/cdn) is loaded at phone and desktop width with the widget's script held
// until the page has painted, and every layout-shift entry the browser records (Layout Instability
// API, from the page's start) is summed: 0 (scripts/wtr-layout-shift.mjs does the loading, in a page
// of its own so that it renders). A control run with the reservation taken away must show a shift,
// so the measurement cannot pass by measuring nothing.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LIMITS, skipIn } from './engines.js';

interface Result {
  unsupported?: boolean;
  shifts: Array<{ value: number; hadRecentInput: boolean; nodes: string[] }>;
  hostHeight: number;
  contentHeight: number;
}

// Tall enough that the whole demo page is in view, so a shift below the widget counts too.
const HEIGHT = 2600;
const DEMO = '/demo/index.html';
const built = fetch('/dist/cdn/mbc-decision-aid.js', { method: 'HEAD' }).then((r) => r.ok, () => false);

async function measure(width: number, plantCss?: string): Promise<Result> {
  return executeServerCommand<Result, { url: string; width: number; height: number; plantCss?: string }>('layout-shift', { url: DEMO, width, height: HEIGHT, plantCss });
}
const sum = (r: Result) => r.shifts.filter((s) => !s.hadRecentInput).reduce((total, s) => total + s.value, 0);

describe('layout shift on the demo page', () => {
  before(async function () {
    skipIn(this, ['firefox', 'webkit'], LIMITS.layoutShift);
    // the script-tag build is made by `npm run build`, which `npm test` runs first
    if (!(await built)) this.skip();
  });

  for (const width of [360, 1280]) {
    it(`is 0 at ${width} px while the widget loads and renders its first screen`, async function () {
      const r = await measure(width);
      if (r.unsupported) this.skip(); // layout-shift entries (Layout Instability API) exist only in Chromium
      expect(sum(r), `layout shift at ${width} px (moved: ${r.shifts.flatMap((s) => s.nodes).join(', ')})`).to.equal(0);
      // and the reservation is not a gap: the first screen fills most of it
      expect(r.contentHeight / r.hostHeight, 'the first screen fills the reserved space').to.be.above(0.9);
    });
  }

  it('sees a shift when the reservation is taken away (control)', async function () {
    const r = await measure(360, 'mbc-decision-aid { min-height: 0 !important; }');
    if (r.unsupported) this.skip();
    expect(sum(r), 'a shift is measured without the reservation').to.be.above(0.01);
  });
});

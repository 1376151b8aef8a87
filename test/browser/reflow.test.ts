// 200 % zoom and reflow (WCAG 1.4.4, 1.4.10): at 640 CSS px (1280 px at 200 %) and 320 CSS px, no step
// needs horizontal scrolling, and a host page's hostile text styles do not leak in.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { settle } from './harness.js';
import { skipNarrow } from './engines.js';
import '../../src/define.js';
import { STEPS } from '../../src/state/steps.js';
import type { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'pre', sites: ['bone', 'liver'], metastaticLines: 2, received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'trastuzumab-pertuzumab'], priorities: { 'keep-hair': 4 } };

/** Elements (other than visually hidden ones) that stick out of the widget's box: clipped or overflowing. */
function outside(el: MbcDecisionAid): string[] {
  const r = el.shadowRoot!.querySelector('.root') as HTMLElement;
  const box = r.getBoundingClientRect();
  return [...r.querySelectorAll<HTMLElement>('*')]
    .filter((e) => !e.closest('.visually-hidden') && e.getClientRects().length > 0)
    .filter((e) => {
      const b = e.getBoundingClientRect();
      return b.width > 0 && (b.right > box.right + 1 || b.left < box.left - 1);
    })
    .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent?.trim().slice(0, 30)}" ${Math.round(e.getBoundingClientRect().right - box.right)}px`);
}

// 280 CSS px: the narrowest phones, or 320 px with a zoomed-in browser (the reliability review found
// eight comparison elements sticking out here).
for (const width of [640, 320, 280]) {
  describe(`reflow at ${width} CSS px`, () => {
    before(async function () {
      skipNarrow(this, width);
      await setViewport({ width, height: 800 });
    });
    after(async () => setViewport({ width: 1280, height: 900 }));
    for (const step of STEPS) {
      it(`${step} fits without horizontal scrolling`, async () => {
        const el = await fixture<MbcDecisionAid>(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
        await settle(el);
        el.profile = PROFILE;
        el.step = step;
        await settle(el);
        // Everything a reader can open, opened: nothing may stick out then either.
        const comparison = el.shadowRoot!.querySelector('mbc-step-comparison') as (HTMLElement & { showAllDetails: boolean }) | null;
        if (comparison) {
          comparison.showAllDetails = true;
          await settle(el);
          el.shadowRoot!.querySelector<HTMLButtonElement>('.study-numbers .choice-buttons .button')?.click();
          el.shadowRoot!.querySelector<HTMLButtonElement>('.glance-narrow .tile')?.click(); // one option's own view
          await settle(el);
        }
        for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.term')) b.click();
        await settle(el);
        const r = el.shadowRoot!.querySelector('.root') as HTMLElement;
        expect(outside(el), 'elements sticking out of the widget').to.deep.equal([]);
        expect(r.scrollWidth, 'widget content width').to.be.at.most(r.clientWidth + 1);
        expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(width + 1);
      });
    }
  });
}

describe('hostile host page', () => {
  it('keeps its own text styles under uppercase, loose, tiny-root host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'html{font-size:62.5%} *{line-height:3 !important;text-transform:uppercase;letter-spacing:0.3em}';
    document.head.append(style);
    try {
      const el = await fixture<MbcDecisionAid>(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      await settle(el);
      const p = el.shadowRoot!.querySelector('.step p') as HTMLElement;
      const cs = getComputedStyle(p);
      expect(cs.textTransform).to.equal('none');
      expect(cs.letterSpacing).to.equal('normal');
      expect(parseFloat(cs.fontSize)).to.be.at.least(15); // not 10 px from the host's 62.5 % root
    } finally {
      style.remove();
    }
  });
});

describe('comparison columns', () => {
  it('keep everything inside each card, with every detail open (clinician mode, 1280 px)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await fixture<MbcDecisionAid>(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    await settle(el);
    el.profile = { ...PROFILE, biomarkers: { esr1: 'positive' } };
    el.step = 'comparison';
    await settle(el);
    const step = el.shadowRoot!.querySelector('mbc-step-comparison') as HTMLElement & { showAllDetails: boolean; updateComplete: Promise<unknown> };
    step.showAllDetails = true;
    await step.updateComplete;
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.grid td')];
    expect(el.shadowRoot!.querySelectorAll('.more-panels .more-panel').length).to.equal(5);
    for (const cell of cells) {
      for (const p of cell.querySelectorAll<HTMLElement>('p, dd, figure, summary')) {
        const c = cell.getBoundingClientRect();
        const r = p.getBoundingClientRect();
        expect(r.right, `${p.textContent?.slice(0, 40)}`).to.be.at.most(c.right + 1);
        expect(r.left).to.be.at.least(c.left - 1);
      }
    }
    const grid = el.shadowRoot!.querySelector<HTMLElement>('.grid')!;
    expect(grid.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });
});

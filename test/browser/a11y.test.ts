// axe-core (WCAG 2.2 AA) finds no violations in any step, mode, width and language of the matrix below.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { type Aid, mount, root, settle } from './harness.js';
import { expectAxeClean } from './axe22.js';
import { stepsFor, type Mode } from '../../src/state/steps.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = {
  hr: 'positive',
  her2: 'low',
  menopause: 'pre',
  sites: ['bone', 'liver'],
  symptoms: ['bone-pain'],
  metastaticLines: 1,
  received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'ovarian-suppression'],
  priorities: { 'keep-hair': 4, 'fewer-visits': 3, 'longer-life': 2 },
};

/**
 * The axe matrix: one test per step × mode × width × language, each named for its case so that a
 * failure names exactly one. English is checked in both modes; the right-to-left, CJK and
 * pseudo-locale (40 % longer text) layouts in patient mode, where every step appears.
 */
const MATRIX: ReadonlyArray<{ lang: string; modes: readonly Mode[]; widths: readonly number[] }> = [
  { lang: 'en', modes: ['patient', 'clinician'], widths: [360, 1280] },
  { lang: 'ar', modes: ['patient'], widths: [360, 1280] },
  { lang: 'zh-Hans', modes: ['patient'], widths: [360, 1280] },
  { lang: 'x-pseudo', modes: ['patient'], widths: [1280] },
];

/** Opens every disclosure, the comparison's details, the study numbers and every glossary term. */
async function openEverything(el: Aid): Promise<void> {
  const comparison = root(el).querySelector('mbc-step-comparison') as (HTMLElement & { showAllDetails: boolean }) | null;
  if (comparison) comparison.showAllDetails = true;
  await settle(el);
  root(el).querySelector<HTMLButtonElement>('.study-numbers .choice-buttons .button')?.click();
  for (const d of root(el).querySelectorAll('details')) d.open = true;
  await settle(el);
  for (const b of root(el).querySelectorAll<HTMLButtonElement>('button.term')) b.click();
  await settle(el);
}

for (const { lang, modes, widths } of MATRIX)
  for (const mode of modes)
    for (const width of widths)
      for (const step of stepsFor(mode))
        it(`axe: ${step} · ${mode} · ${width} px · ${lang}`, async () => {
          await setViewport({ width, height: 900 });
          const el = await mount(html`<mbc-decision-aid lang=${lang} mode=${mode}></mbc-decision-aid>`);
          el.profile = PROFILE;
          el.step = step;
          await settle(el);
          // The comparison as first met (at a glance) is a different tree from the opened one.
          if (step === 'comparison') await expectAxeClean(el, `${step} ${mode} ${width} ${lang}, at a glance`);
          // WCAG 2.2 AA rules (24 px targets included), with everything open so hidden content is checked too
          await openEverything(el);
          await expectAxeClean(el, `${step} ${mode} ${width} ${lang}, everything open`);
        }).timeout(240_000); // axe over the fully opened comparison is slow on a busy shared machine

describe('axe sees inside the shadow root', () => {
  it('reports a violation planted in the widget', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    const bad = document.createElement('button'); // a button with no accessible name
    el.shadowRoot!.querySelector('.root')!.append(bad);
    let failed = false;
    try {
      await expect(el).to.be.accessible();
    } catch {
      failed = true;
    }
    bad.remove();
    expect(failed).to.equal(true);
  });
});

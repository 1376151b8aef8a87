// Three people go from the intro to the summary with the keyboard only; what the comparison shows
// must be exactly what the engine says for the answers they gave.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { evaluate, parseProfile, OPTION_IDS } from '../../src/engine/index.js';
import type { Profile } from '../../src/engine/index.js';
import { chooseRadio, checkBox, deepActive, heading, mount, next, root, settle, until, type Aid } from './harness.js';

function renderedStatuses(el: Aid): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const th of root(el).querySelectorAll<HTMLElement>('.glance-wide thead th[data-option]')) {
    out[th.dataset.option!] = th.querySelector('.status')?.getAttribute('data-status') ?? null;
  }
  return out;
}

function expectedProfile(partial: Record<string, unknown>): Profile {
  const parsed = parseProfile(partial);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

async function assertComparisonMatchesEngine(el: Aid, want: Profile) {
  expect(el.step).to.equal('comparison');
  expect(el.profile).to.deep.equal(want);
  const assessment = evaluate(want);
  const shown = renderedStatuses(el);
  expect(Object.keys(shown)).to.deep.equal([...OPTION_IDS]);
  for (const o of assessment.options) expect(shown[o.id], o.id).to.equal(o.status);
  // approaches, in order, with the engine's statuses ("More about …" opened for every option)
  for (const b of root(el).querySelectorAll<HTMLButtonElement>('.glance-wide .more-about[aria-expanded="false"]')) b.click();
  await settle(el);
  for (const o of assessment.options) {
    const badges = [...root(el).querySelectorAll(`#g-more-${o.id} .approach summary .status`)].map((b) => b.getAttribute('data-status'));
    expect(badges, `${o.id} approaches`).to.deep.equal(o.approaches.map((a) => a.status));
  }
}

describe('keyboard only, intro to summary', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('HR-positive, HER2-zero, postmenopausal, first line', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    expect(el.step).to.equal('intro');
    await next(el);
    expect(el.step).to.equal('receptors');
    expect(deepActive()?.id).to.equal('heading-receptors');
    const live = () => root(el).querySelector('[aria-live="polite"]')?.textContent?.trim();
    await until(() => live(), 'the live region announces the step');
    expect(live()).to.equal("Step 2 of 6: Your cancer's tests");
    await chooseRadio(el, 'hr', 'positive');
    await chooseRadio(el, 'her2', 'zero');
    await chooseRadio(el, 'menopause', 'post');
    await checkBox(el, 'sites', 'bone');
    await next(el);
    expect(deepActive()?.id).to.equal('heading-treatments');
    await chooseRadio(el, 'metastaticLines', '0');
    await chooseRadio(el, 'earlyRelapse', 'de-novo');
    await next(el);
    expect(heading(el)).to.equal('What matters to you');
    await chooseRadio(el, 'priorities.keep-hair', '4');
    await next(el);
    await assertComparisonMatchesEngine(
      el,
      expectedProfile({ hr: 'positive', her2: 'zero', menopause: 'post', sites: ['bone'], metastaticLines: 0, earlyRelapse: 'de-novo', priorities: { 'keep-hair': 4 } }),
    );
    // the hair-loss row is highlighted in every column alike
    const highlighted = [...root(el).querySelectorAll('.grid tr.highlight')].map((r) => r.getAttribute('data-row'));
    expect(highlighted).to.deep.equal(['hair-loss']);
    expect(root(el).querySelectorAll('.grid tr.highlight td').length).to.equal(5);
    await next(el);
    expect(el.step).to.equal('summary');
    expect(deepActive()?.id).to.equal('heading-summary');
  });

  it('HER2-positive, hormone receptor-negative, after one line', async () => {
    const el = await mount();
    await next(el);
    await chooseRadio(el, 'hr', 'negative');
    await chooseRadio(el, 'her2', 'positive');
    await checkBox(el, 'sites', 'liver');
    await next(el);
    await chooseRadio(el, 'metastaticLines', '1');
    await checkBox(el, 'received-targeted', 'trastuzumab-pertuzumab');
    await checkBox(el, 'received-chemotherapy', 'taxane');
    await next(el);
    await next(el);
    await assertComparisonMatchesEngine(
      el,
      expectedProfile({ hr: 'negative', her2: 'positive', sites: ['liver'], metastaticLines: 1, received: ['trastuzumab-pertuzumab', 'taxane'] }),
    );
  });

  it('triple-negative with PD-L1 positive, first line', async () => {
    const el = await mount();
    await next(el);
    await chooseRadio(el, 'hr', 'negative');
    await chooseRadio(el, 'her2', 'zero');
    await chooseRadio(el, 'biomarkerGate', 'yes');
    await chooseRadio(el, 'biomarkers.gbrca', 'negative');
    await chooseRadio(el, 'biomarkers.pdl1', 'positive');
    await next(el);
    await chooseRadio(el, 'metastaticLines', '0');
    await next(el);
    await next(el);
    await assertComparisonMatchesEngine(
      el,
      expectedProfile({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { pdl1: 'positive', gbrca: 'negative' } }),
    );
    await next(el);
    await settle(el);
    expect(el.step).to.equal('summary');
  });
});

// Languages: chosen from the attribute, the page or the browser; loaded on demand; right-to-left;
// no English left behind; one i18next per widget, never the page's own.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import i18next from 'i18next';
import { mount, root, settle, settleUntil, text, type Aid } from './harness.js';
import { STEPS } from '../../src/state/steps.js';
import { DRUGS } from '../../src/content/drugs.js';
import { SOURCES } from '../../src/content/sources/index.js';
import { EVIDENCE } from '../../src/content/evidence.js';
import { setImporterForTesting } from '../../src/loading/load-part.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', sites: ['bone'], metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'], priorities: { 'keep-hair': 4 } };

/** Visible text of the widget with data that stays as it is (drug and trial names, source titles, URLs, numbers) removed. */
function translatableText(el: Aid): string {
  const clone = root(el).querySelector('.root')!.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[lang="en"], cite, .sources a, option, .visually-hidden[aria-live]').forEach((n) => n.remove());
  let t = clone.textContent ?? '';
  const keep = [
    ...DRUGS.flatMap((d) => [d.generic, ...d.brands]),
    ...EVIDENCE.map((e) => e.trial),
    ...SOURCES.map((s) => s.publisher),
    'HER2', 'ER', 'PR', 'PIK3CA', 'AKT1', 'PTEN', 'ESR1', 'BRCA1', 'BRCA2', 'BRCA', 'PALB2', 'PD-L1', 'CPS', 'MSI-H', 'dMMR', 'MSI', 'NTRK', 'IHC', 'ISH', 'FISH', 'CDK4/6', 'SERD', 'T-DXd', 'T-DM1', 'ClinicalTrials.gov', 'SURE',
  ].sort((a, b) => b.length - a.length);
  for (const k of keep) t = t.split(k).join(' ');
  return t;
}

/** English words that would betray an untranslated string. */
const ENGLISH = /\b(the|and|your|you|with|what|this|not|treatment|cancer|step|because|often|sometimes)\b/i;

async function walkAllSteps(el: Aid, check: (step: string) => void | Promise<void>) {
  el.profile = PROFILE;
  for (const step of STEPS) {
    el.step = step;
    await settle(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    await settle(el);
    await check(step);
  }
}

describe('languages', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  for (const lang of ['ar', 'zh-Hans', 'x-pseudo']) {
    // axe for these languages: the matrix in a11y.test.ts, one test per step
    it(`${lang}: every step is translated and fits`, async () => {
      const el = await mount(html`<mbc-decision-aid lang=${lang}></mbc-decision-aid>`);
      expect(root(el).querySelector('.root')?.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await walkAllSteps(el, async (step) => {
        const all = translatableText(el);
        const leftover = all.match(ENGLISH);
        const around = leftover ? all.slice(Math.max(0, (leftover.index ?? 0) - 60), (leftover.index ?? 0) + 60) : '';
        expect(leftover, `English left in ${lang} ${step}: “${around}”`).to.equal(null);
        // 40 % longer text must wrap, never overflow or be cut off
        const r = root(el).querySelector('.root') as HTMLElement;
        expect(r.scrollWidth, `${lang} ${step} overflows`).to.be.at.most(r.clientWidth + 1);
      });
    });
  }

  it('Arabic mirrors the layout at phone width', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await mount(html`<mbc-decision-aid lang="ar"></mbc-decision-aid>`);
    const r = root(el).querySelector('.root') as HTMLElement;
    expect(getComputedStyle(r).direction).to.equal('rtl');
    const next = root(el).querySelector('.next') as HTMLElement;
    // the primary button sits at the inline end, which is the left in right-to-left
    expect(next.getBoundingClientRect().left).to.be.below(r.getBoundingClientRect().width / 2);
    await setViewport({ width: 1280, height: 900 });
  });

  it('picks the language from the page, then the browser, matching regions', async () => {
    document.documentElement.lang = 'pt-PT';
    try {
      const el = await mount(html`<mbc-decision-aid></mbc-decision-aid>`);
      expect(root(el).querySelector('.root')?.getAttribute('lang')).to.equal('pt-BR');
    } finally {
      document.documentElement.lang = 'en';
    }
    const tw = await mount(html`<mbc-decision-aid lang="zh-TW"></mbc-decision-aid>`);
    expect(root(tw).querySelector('.root')?.getAttribute('lang')).to.equal('zh-Hant');
  });

  it('two widgets in two languages render independently, and the page’s own i18next is untouched', async () => {
    await i18next.init({ lng: 'de', resources: { de: { translation: { hello: 'Hallo' } } } });
    const a = await mount(html`<mbc-decision-aid lang="ru"></mbc-decision-aid>`);
    const b = await mount(html`<mbc-decision-aid lang="vi"></mbc-decision-aid>`);
    expect(root(a).querySelector('.root')?.getAttribute('lang')).to.equal('ru');
    expect(root(b).querySelector('.root')?.getAttribute('lang')).to.equal('vi');
    expect(text(a)).not.to.equal(text(b));
    expect(i18next.language).to.equal('de');
    expect(i18next.t('hello')).to.equal('Hallo');
    expect(i18next.hasResourceBundle('ru', 'common')).to.equal(false);
  });

  it('a locale that fails to load leaves English on screen, says so, and keeps the answers', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    el.profile = PROFILE;
    await settle(el);
    // Korean's text is a module (locales/ko/core.js): make importing it fail as a dropped connection would.
    setImporterForTesting('locale:ko:core', () => Promise.reject(new TypeError('network down')));
    try {
      const select = root(el).querySelector('#language') as HTMLSelectElement;
      select.value = 'ko';
      select.dispatchEvent(new Event('change'));
      await settleUntil(el, () => text(el).includes('could not load'), 'the notice that Korean could not load');
    } finally {
      setImporterForTesting('locale:ko:core', undefined);
    }
    expect(text(el)).to.contain('could not load 한국어');
    expect(root(el).querySelector('.root')?.getAttribute('lang')).to.equal('en');
    expect(el.profile.her2).to.equal('low');
  });

  it('shows that a translation has not been reviewed by a medical translator', async () => {
    const el = await mount(html`<mbc-decision-aid lang="ru"></mbc-decision-aid>`);
    expect(root(el).querySelector('.unreviewed')).not.to.equal(null);
    const en = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    expect(root(en).querySelector('.unreviewed')).to.equal(null);
  });
});

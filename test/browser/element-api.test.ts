// The public contract (attributes, properties, events) and bad input never crashing or losing answers.
import { expect, html, oneEvent } from '@open-wc/testing';
import { mount, root, settle, text, heading, deepActive } from './harness.js';
import { evaluate, parseProfile } from '../../src/engine/index.js';
import { encodeProfile } from '../../src/state/share-link.js';
import { defineOnce } from '../../src/define.js';
import { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';
import type { ProfileInput } from '../../src/public-types.js';

const HER2_LOW: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 2, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };

describe('<mbc-decision-aid> public API', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('registers once and tolerates a second registration', () => {
    expect(customElements.get('mbc-decision-aid')).to.equal(MbcDecisionAid);
    expect(() => defineOnce('mbc-decision-aid', MbcDecisionAid)).not.to.throw();
    class Other extends HTMLElement {}
    expect(() => defineOnce('mbc-decision-aid', Other)).not.to.throw();
  });

  it('renders that comparison when profile and step are set', async () => {
    const el = await mount();
    el.profile = HER2_LOW;
    el.step = 'comparison';
    await settle(el);
    expect(heading(el)).to.equal('Compare the options');
    const parsed = parseProfile(HER2_LOW);
    if (!parsed.ok) throw new Error('bad fixture');
    const want = evaluate(parsed.profile);
    expect(el.assessment).to.deep.equal(want);
    const shown = [...root(el).querySelectorAll('.glance-wide thead th[data-option]')].map((a) => a.querySelector('.status')?.getAttribute('data-status'));
    expect(shown).to.deep.equal(want.options.map((o) => o.status));
    // the reasons behind each label ("Because you said: HER2-low") are one "More about" away
    expect(text(el)).not.to.contain('Because you said');
    for (const b of root(el).querySelectorAll<HTMLButtonElement>('.glance-wide .more-about')) b.click();
    await settle(el);
    expect(text(el)).to.contain('Because you said');
    expect(text(el)).to.contain('HER2-low');
    expect(deepActive()?.id).to.equal('heading-comparison');
  });

  it('keeps the previous answers and says so when given an invalid profile', async () => {
    const el = await mount();
    el.profile = HER2_LOW;
    await el.ready; // the parser comes with the question steps: a profile set before applies with them
    await settle(el);
    expect(el.profile.her2).to.equal('low');
    const before = el.profile;
    const errorEvent = oneEvent(el, 'mbc-error');
    (el as { profile: unknown }).profile = { hr: 'maybe', her2: 42 }; // what untyped JavaScript may do
    expect((await errorEvent).detail).to.deep.equal({ code: 'invalid-profile' });
    await settle(el);
    expect(el.profile).to.equal(before);
    expect(text(el)).to.contain('could not be used, so we kept your previous answers');
  });

  it('falls back to defaults on invalid attributes, with a warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await mount(html`<mbc-decision-aid lang="en" mode="doctor" storage="forever" trials="maybe" org-url="javascript:alert(1)"></mbc-decision-aid>`);
      expect(el.step).to.equal('intro');
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warnings.some((w) => w.includes('storage="forever"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('mode="doctor"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('starts at the first question in clinician mode', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    expect(el.step).to.equal('receptors');
    expect(root(el).querySelectorAll('.progress li').length).to.equal(5);
  });

  it('fires step and profile events without personal data', async () => {
    const el = await mount();
    const stepEvent = oneEvent(el, 'mbc-step-change');
    el.step = 'receptors';
    const { detail } = await stepEvent;
    expect(detail).to.deep.equal({ step: 'receptors' });
    const profileEvent = oneEvent(el, 'mbc-profile-change');
    el.profile = { hr: 'positive' };
    const pe = await profileEvent;
    expect(Object.keys(pe.detail).sort()).to.deep.equal(['answered', 'completeness', 'total']);
    expect(pe.detail).to.deep.equal({ answered: 1, total: 7, completeness: 1 / 7 });
    expect(pe.bubbles && pe.composed).to.equal(true);
  });

  it('stores nothing by default', async () => {
    const el = await mount();
    el.profile = HER2_LOW;
    await el.ready;
    await settle(el);
    expect(el.profile.her2).to.equal('low');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('keeps answers in session storage when asked, and forgets them on request', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" storage="session"></mbc-decision-aid>`);
    el.profile = HER2_LOW;
    await el.ready;
    await settle(el);
    expect(sessionStorage.getItem('mbc-decision-aid')).to.contain('"her2":"low"');
    const again = await mount(html`<mbc-decision-aid lang="en" storage="session"></mbc-decision-aid>`);
    expect(again.profile.her2).to.equal('low');
    (root(again).querySelector('.forget') as HTMLButtonElement).click();
    await settle(again);
    expect(sessionStorage.getItem('mbc-decision-aid')).to.equal(null);
    expect(again.profile.her2).to.equal('unknown');
  });

  it('ignores corrupt stored data with a notice, never a crash', async () => {
    sessionStorage.setItem('mbc-decision-aid', '{"v":1,"profile":{"hr":"definitely"}');
    const el = await mount(html`<mbc-decision-aid lang="en" storage="session"></mbc-decision-aid>`);
    expect(el.profile.hr).to.equal('unknown');
    expect(text(el)).to.contain('could not read');
    sessionStorage.setItem('mbc-decision-aid', JSON.stringify({ v: 1, profile: { hr: 'sometimes' } }));
    const el2 = await mount(html`<mbc-decision-aid lang="en" storage="session"></mbc-decision-aid>`);
    expect(el2.profile.hr).to.equal('unknown');
    expect(sessionStorage.getItem('mbc-decision-aid')).to.equal(null);
  });

  it('reopens the summary from a share link', async () => {
    const parsed = parseProfile(HER2_LOW);
    if (!parsed.ok) throw new Error('bad fixture');
    history.replaceState(null, '', `#mbc=${encodeProfile(parsed.profile)}`);
    const el = await mount();
    expect(el.step).to.equal('summary');
    expect(el.profile).to.deep.equal(parsed.profile);
  });

  for (const hostile of ['1.<img src=x onerror=alert(1)>', '%3Cscript%3Ealert(1)%3C/script%3E', '9.a.b', 'x'.repeat(5000), '1.0.0.0']) {
    it(`rejects a hostile or broken share link safely: ${hostile.slice(0, 24)}`, async () => {
      history.replaceState(null, '', `#mbc=${hostile}`);
      const el = await mount();
      expect(el.step).to.equal('intro');
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(text(el)).to.contain('does not contain answers we can read');
    });
  }

  it('works as two independent instances on one page', async () => {
    const wrap = await mount(html`<mbc-decision-aid lang="en" id="a"></mbc-decision-aid>`);
    const other = document.createElement('mbc-decision-aid');
    other.setAttribute('lang', 'en');
    document.body.append(other);
    await settle(other as never);
    wrap.profile = HER2_LOW;
    await settle(wrap);
    expect((other as unknown as typeof wrap).profile.her2).to.equal('unknown');
    other.remove();
  });
});

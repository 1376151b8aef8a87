// Decision-support parts a person uses by keyboard or touch: glossary terms, icon arrays as read by a
// screen reader (accessibility tree), the share link, the readiness check and the trial link.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, root, settle, settleUntil, tabTo, deepActive } from './harness.js';
import { decodeProfile, shareCodeFrom } from '../../src/state/share-link.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', sites: ['bone'], metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'], biomarkers: { esr1: 'positive' }, priorities: { 'keep-hair': 4 } };

describe('decision support', () => {
  before(async () => setViewport({ width: 1280, height: 900 }));

  it('explains a glossary term on Enter and hides it on Escape', async () => {
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'comparison';
    await settle(el);
    // glossary terms live in the details: open "More about Hormone therapy"
    root(el).querySelector<HTMLButtonElement>('.glance-wide .more-about')!.click();
    await settle(el);
    const term = (await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('term'))) as HTMLButtonElement;
    const definition = term.nextElementSibling as HTMLElement;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.equal(false);
    expect(definition.textContent!.length).to.be.greaterThan(20);
    await sendKeys({ press: 'Escape' });
    expect(definition.hidden).to.equal(true);
    expect(deepActive()).to.equal(term);
  });

  it('icon arrays read their numbers in words in the accessibility tree', async () => {
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'comparison';
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('.study-numbers .choice-buttons .button')!.click();
    await settle(el);
    const arrays = [...root(el).querySelectorAll('svg.icon-array')];
    expect(arrays.length).to.be.greaterThan(1);
    const label = arrays[0]!.getAttribute('aria-label')!;
    expect(label).to.match(/\d+ out of 100 people/);
    // As the engine's accessibility tree has it (each engine through its own automation protocol).
    const node = await executeServerCommand<{ role: string | null; name: string | null }, Record<string, string>>('a11y-exposed', {
      host: 'mbc-decision-aid',
      selector: 'svg.icon-array', // the first, arrays[0]
      role: 'img',
      name: label,
    });
    expect(['img', 'image'], `icon array in the accessibility tree: ${JSON.stringify(node)}`).to.include(node.role);
    expect(node.name).to.equal(label);
    // every array shows exactly as many filled figures as its words say
    for (const svg of arrays) {
      const n = Number(/(\d+) out of 100/.exec(svg.getAttribute('aria-label')!)![1]);
      expect(svg.querySelectorAll('circle.on').length).to.equal(n);
      expect(svg.querySelectorAll('circle').length).to.equal(100);
    }
  });

  it('copies a share link that reopens these answers, and confirms it visibly', async () => {
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    let shared = false;
    el.addEventListener('mbc-summary-share', () => (shared = true));
    const share = [...root(el).querySelectorAll<HTMLButtonElement>('.summary-actions button')].find((b) => b.textContent!.includes('Copy a link'))!;
    share.click();
    await settleUntil(el, () => root(el).querySelector('.share-status')!.textContent!.trim(), 'the share status line');
    const status = root(el).querySelector('.share-status')!.textContent!;
    // Headless chromium may refuse clipboard access: then the link is shown to copy by hand.
    const url = shared ? await navigator.clipboard.readText().catch(() => '') : (root(el).querySelector('.share-fallback input') as HTMLInputElement | null)?.value ?? '';
    expect(status, `shared=${shared}`).to.match(shared ? /Link copied/ : /could not copy/);
    if (url) {
      const code = shareCodeFrom(new URL(url).hash)!;
      const back = decodeProfile(code);
      expect(back.ok && back.profile).to.deep.equal(el.profile);
    }
  });

  it('the readiness check answers with a message, and the trial link is a plain new-tab link', async () => {
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    const no = root(el).querySelector<HTMLInputElement>('input[name="sure-informed"][value="no"]')!;
    no.click();
    await settle(el);
    expect(root(el).querySelector('.sure-result')!.textContent).to.contain('common');
    const link = root(el).querySelector<HTMLAnchorElement>('.trials a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    const url = new URL(link.href);
    expect(url.origin).to.equal('https://clinicaltrials.gov');
    expect(url.searchParams.get('term')).to.equal('HER2-low');
    // the four core questions are always there
    expect(root(el).querySelectorAll('.questions li').length).to.be.at.least(4);
  });

  it('clinician mode starts collapsed; one switch shows every approach expanded, with its medicines', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'comparison';
    await settle(el);
    expect(root(el).querySelectorAll('.approach details').length).to.equal(0);
    const step = root(el).querySelector('mbc-step-comparison') as HTMLElement & { showAllDetails: boolean };
    step.showAllDetails = true;
    await settle(el);
    const details = [...root(el).querySelectorAll<HTMLDetailsElement>('.glance-wide .approach details')];
    expect(details.length).to.equal(19);
    expect(details.every((d) => d.open)).to.equal(true);
    expect(root(el).querySelector('.approach .drugs')!.textContent).to.match(/\(/);
  });
});

describe('editing from the summary', () => {
  it('jumps to the question, keeps every other answer, and comes back', async () => {
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    const before = el.profile;
    const change = (await tabTo((a) => a instanceof HTMLButtonElement && (a.getAttribute('aria-label') ?? '').includes('HER2-low'))) as HTMLButtonElement;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('receptors');
    const focused = deepActive() as HTMLInputElement;
    expect(focused.name).to.equal('her2');
    expect(focused.value).to.equal('low');
    expect(el.profile).to.deep.equal(before);
    expect(change.isConnected).to.equal(false);
  });

  it('start over asks first, then clears everything', async () => {
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    const startOver = () => [...root(el).querySelectorAll<HTMLButtonElement>('.summary-actions button')].filter((b) => b.textContent!.trim() === 'Start over');
    startOver()[0]!.click();
    await settle(el);
    expect(el.profile.her2).to.equal('low');
    expect(root(el).querySelector('.confirm')!.textContent).to.contain('clears all your answers');
    startOver()[0]!.click();
    await settle(el);
    expect(el.profile.her2).to.equal('unknown');
    expect(el.step).to.equal('intro');
  });
});

describe('content-src', () => {
  it('adds the organisation’s questions to the summary and its links to the footer', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" org-name="Harbor Light" content-src="/test/browser/fixtures/extra.json"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'summary';
    await settleUntil(el, () => root(el).querySelector('.questions.org'), "the organisation's questions");
    expect(root(el).querySelector('.questions.org')!.textContent).to.contain('nurse navigator come to my next appointment');
    const link = root(el).querySelector<HTMLAnchorElement>('.org-links a')!;
    expect(link.href).to.equal('https://example.org/nurse');
  });

  it('says so when the file cannot be loaded, and carries on', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" org-name="Harbor Light" content-src="/test/browser/fixtures/missing.json"></mbc-decision-aid>`);
    await settleUntil(el, () => root(el).querySelector('.notice'), 'the notice that the file could not be loaded');
    expect(root(el).querySelector('.notice')!.textContent).to.contain('Harbor Light could not be loaded');
  });
});

// Clinician mode during a consult (1280 px, read across a desk): one screen of large chips straight to
// the comparison, counted in clicks; then the comparison as a presentation view.
import { expect, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { mount, root, settle, until } from './harness.js';
import type { ProfileInput } from '../../src/public-types.js';

async function click(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

const chip = (el: HTMLElement, question: string, value: string) =>
  root(el as never).querySelector<HTMLInputElement>(`input[name="quick-${question}"][value="${value}"]`)!.closest('label')!;

describe('clinician quick entry', () => {
  beforeEach(async () => setViewport({ width: 1280, height: 800 }));

  it('fits one screen and reaches the comparison in 5 clicks after load', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    expect(el.step).to.equal('receptors');
    const show = root(el).querySelector<HTMLButtonElement>('button.show-comparison')!;
    expect(show, 'quick entry shown').to.exist;
    // One screen: every chip and the button are within the first 800 px of the page.
    el.scrollIntoView();
    expect(show.getBoundingClientRect().bottom + window.scrollY - el.getBoundingClientRect().top - window.scrollY).to.be.below(800);
    let clicks = 0;
    for (const [q, v] of [['hr', 'positive'], ['her2', 'zero'], ['menopause', 'post'], ['metastaticLines', '1']] as const) {
      const target = chip(el, q, v);
      target.scrollIntoView({ block: 'center' });
      await click(target);
      clicks += 1;
      await settle(el);
    }
    show.scrollIntoView({ block: 'center' });
    await click(show);
    clicks += 1;
    await settle(el);
    expect(el.step).to.equal('comparison');
    expect(clicks).to.be.at.most(6);
    expect(el.profile).to.include({ hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 1 });
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.id).to.equal('heading-comparison');
  });

  it('chips are large, show their state, toggle results and prior treatments, and pass axe', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    const hr = chip(el, 'hr', 'positive');
    const box = hr.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(root(el).querySelectorAll('.step-region input:checked').length, 'nothing pre-selected').to.equal(0);
    await click(chip(el, 'biomarkers', 'esr1'));
    await click(chip(el, 'received', 'cdk46-inhibitor'));
    await settle(el);
    expect(el.profile.biomarkers.esr1).to.equal('positive');
    expect(el.profile.received).to.deep.equal(['cdk46-inhibitor']);
    await click(chip(el, 'biomarkers', 'esr1'));
    await settle(el);
    expect(el.profile.biomarkers.esr1).to.equal('unknown');
    await expect(el).to.be.accessible();
  });
});

describe('clinician comparison: a presentation view', () => {
  beforeEach(async () => setViewport({ width: 1280, height: 800 }));
  const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'], sites: ['bone', 'liver'] };
  const px = (el: Element | null) => parseFloat(getComputedStyle(el!).fontSize);

  it('starts collapsed, "Show all details / Hide details" works, text ≥ 22 px and headings ≥ 28 px at 1280 px', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'comparison';
    await settle(el);
    const r = root(el);
    const toggle = r.querySelector<HTMLButtonElement>('button.show-all')!;
    expect(toggle.textContent!.trim()).to.equal('Show all details');
    expect(r.querySelectorAll('.glance-wide .more-panel').length, 'collapsed by default').to.equal(0);
    await click(toggle);
    await settle(el);
    expect(r.querySelectorAll('.glance-wide .more-panel').length).to.equal(5);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide details');
    await click(toggle);
    await settle(el);
    expect(r.querySelectorAll('.glance-wide .more-panel').length).to.equal(0);

    // Measured: body text in every cell and row name, headings and option names.
    const cells = [...r.querySelectorAll('.grid tbody td, .grid tbody th .row-name, .grid thead .line')];
    expect(cells.length).to.be.greaterThan(20);
    for (const c of cells) expect(px(c), c.textContent!.slice(0, 30)).to.be.at.least(22);
    expect(px(r.querySelector('#heading-comparison'))).to.be.at.least(28);
    for (const h of r.querySelectorAll('.comparison h3')) expect(px(h), h.textContent!.slice(0, 30)).to.be.at.least(28);
    // Option names head the columns: as large as the columns allow without breaking a word.
    for (const name of r.querySelectorAll('.grid .opt-name')) {
      expect(px(name)).to.be.at.least(24);
      const words = name.textContent!.trim().split(/\s+/);
      expect(name.getClientRects().length).to.be.at.least(1);
      expect((name as HTMLElement).scrollWidth, words.join(' ')).to.be.at.most((name as HTMLElement).clientWidth + 1);
    }
    // Rows line up across options: every cell of a row starts at the same height.
    for (const row of r.querySelectorAll('.grid tbody tr[data-row]')) {
      const tops = [...row.children].map((c) => Math.round(c.getBoundingClientRect().top));
      expect(new Set(tops).size, (row as HTMLElement).dataset['row']).to.equal(1);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the option headers in view while the rows scroll', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'comparison';
    await settle(el);
    const r = root(el);
    r.querySelector<HTMLButtonElement>('button.show-all')!.click();
    await settle(el);
    const table = r.querySelector('.grid')!;
    const header = r.querySelector('.grid thead th')!;
    const start = header.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, start + 400);
    await until(() => Math.abs(header.getBoundingClientRect().top) < 2, 'the header sticks to the top', 3000);
    expect(table.getBoundingClientRect().bottom, 'table still on screen').to.be.greaterThan(300);
    expect(Math.abs(header.getBoundingClientRect().top), 'header stuck to the top').to.be.below(2);
    window.scrollTo(0, 0);
  });
});

// Trust lines that say exactly what is true: sources checked (month and year), clinical review status
// (or who reviewed it), "About this guide" with the IPDAS certification items and the embedder's own
// statement, help texts with their sources, and answers that are not lost by surprise.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActive, mount, next, root, settle, settleUntil, tabTo, text } from './harness.js';
import { REVIEWED } from '../../src/content/reviewed.js';

const monthYear = (iso: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));

describe('trust lines', () => {
  before(async () => setViewport({ width: 1280, height: 900 }));

  it('footer: "Sources checked <month year>" and "Not yet reviewed by clinicians" until reviewed-by names who did', async () => {
    const el = await mount();
    const footer = () => root(el).querySelector('.footer .trust')!.textContent!.replace(/\s+/g, ' ');
    expect(footer()).to.contain(`Sources checked ${monthYear(REVIEWED)}`);
    expect(footer()).to.contain('Not yet reviewed by clinicians');
    expect(text(el)).not.to.contain('Content reviewed');
    el.setAttribute('reviewed-by', 'Harbor Light Cancer Centre');
    await settle(el);
    expect(footer()).to.contain('Reviewed by clinicians at Harbor Light Cancer Centre');
    expect(footer()).not.to.contain('Not yet reviewed');
  });

  it('"About this guide" opens from the footer by keyboard: who, funding, conflicts, updates, errors, the embedder\'s statement; back returns focus', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" org-name="Harbor Light" content-src="/test/browser/fixtures/extra.json"></mbc-decision-aid>`);
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('about-link'));
    await sendKeys({ press: 'Enter' });
    await settleUntil(el, () => root(el).querySelector('.about-body .org-statement'), "the embedder's statement in About");
    expect(deepActive()?.id).to.equal('heading-about');
    const about = root(el).querySelector('.step.about')!.textContent!.replace(/\s+/g, ' ');
    for (const words of ['Who made it', 'No company funds this guide', 'Conflicts of interest', 'at least every 6 months', 'Not yet reviewed by clinicians', 'Please tell Harbor Light', 'Harbor Light offers this guide free of charge'])
      expect(about).to.contain(words);
    expect(about).to.contain(monthYear(REVIEWED));
    await expect(el).to.be.accessible();
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('back-to-guide'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).querySelector('.step.about')).to.equal(null);
    expect((deepActive() as HTMLElement).classList.contains('about-link')).to.equal(true);
    expect(el.step).to.equal('intro');
  });

  it('help texts on the tests step show their sources and the date they were checked', async () => {
    const el = await mount();
    await next(el);
    await settleUntil(el, () => root(el).querySelector('#q-her2 .help-sources .source'), 'the sources of the HER2 help');
    const her2 = root(el).querySelector('#q-her2 .help')!;
    expect(her2.textContent).to.contain('ASCO');
    expect(her2.textContent).to.contain(`Sources checked ${monthYear(REVIEWED)}`);
    for (const id of ['hr', 'menopause', 'sites', 'symptoms', 'rapidOrganThreat'])
      expect(root(el).querySelectorAll(`#q-${id} .help-sources .source`).length, id).to.be.greaterThan(0);
    for (const d of root(el).querySelectorAll('details')) d.open = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('answers that would be lost', () => {
  before(async () => setViewport({ width: 1280, height: 900 }));
  afterEach(() => sessionStorage.clear());

  const leave = () => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  };

  it('storage="none": the intro says answers last only while the page is open, warns before leaving, and keeps them in this tab only on a yes', async () => {
    const el = await mount();
    expect(text(el)).to.contain('Your answers are kept only while this page is open.');
    expect(text(el)).not.to.contain('take breaks');
    expect(leave(), 'nothing to lose yet').to.equal(false);
    el.profile = { hr: 'positive' };
    await el.ready; // applied once the question steps (with the parser) are here
    await settle(el);
    expect(leave(), 'answers would be lost').to.equal(true);
    expect(sessionStorage.length).to.equal(0);
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('keep'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((deepActive() as HTMLElement).classList.contains('kept')).to.equal(true);
    expect(sessionStorage.getItem('mbc-decision-aid')).to.contain('"hr":"positive"');
    expect(leave(), 'kept in this tab: no warning').to.equal(false);
    expect(root(el).querySelector('.footer')!.textContent).to.contain('kept in this browser tab');
    await expect(el).to.be.accessible();
    // As promised, a reload in this tab keeps them.
    el.remove();
    const again = await mount();
    expect(again.profile.hr).to.equal('positive');
    // "Forget my answers" takes the yes back too.
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('forget'));
    await sendKeys({ press: 'Enter' });
    await settle(again);
    expect(sessionStorage.length).to.equal(0);
    expect(root(again).querySelector('button.keep')).to.exist;
  });

  it('storage="local": no offer and no warning (the answers are kept)', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" storage="local"></mbc-decision-aid>`);
    expect(root(el).querySelector('button.keep')).to.equal(null);
    expect(text(el)).to.contain('take breaks');
    el.profile = { hr: 'positive' };
    await settle(el);
    expect(leave()).to.equal(false);
    el.reset();
    localStorage.clear();
  });
});

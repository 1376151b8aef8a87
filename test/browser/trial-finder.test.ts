// The private trial finder (trials="live") against a local stand-in for the ClinicalTrials.gov API
// (scripts/ctgov-mock.mjs): what is shown before sending is what is sent, one request per press,
// plain-language cards, paging, every failure explained with the answers kept, and all by keyboard.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, root, settle, tabTo, deepActive, until, type Aid } from './harness.js';
import { asPrinted } from './engines.js';
import { fetchStudies } from '../../src/components/trial-finder/fetch-studies.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = {
  hr: 'positive',
  her2: 'low',
  menopause: 'post',
  sites: ['bone'],
  metastaticLines: 1,
  received: ['aromatase-inhibitor', 'cdk46-inhibitor'],
  biomarkers: { esr1: 'positive' },
};

interface Logged {
  url: string;
  scenario: string;
  cookie: boolean;
  referer: string;
  aborted: boolean;
}
// This page's own request log at the mock: the same tests run at the same time in other engines.
const CLIENT = Math.random().toString(36).slice(2, 10);
const log = async (): Promise<Logged[]> => (await fetch(`/mock-ctgov/log?client=${CLIENT}`)).json();

async function summary(scenario: string, profile: Record<string, unknown> = PROFILE): Promise<Aid> {
  const el = await mount(html`<mbc-decision-aid lang="en" trials="live" trials-endpoint="/mock-ctgov/${CLIENT}/${scenario}/studies"></mbc-decision-aid>`);
  el.profile = profile;
  el.step = 'summary';
  await settle(el);
  await until(() => root(el).querySelector('mbc-trial-finder .finder'), 'the finder to load');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Aid, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Aid, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const statusText = (el: Aid) => $(el, '.tf-status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const press = async (el: Aid) => {
  $<HTMLButtonElement>(el, '.tf-search')!.click();
  await settle(el);
};

describe('trial finder (trials="live")', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  beforeEach(async () => {
    await fetch(`/mock-ctgov/log?clear&client=${CLIENT}`);
  });

  it('sends nothing on load, and exactly what the preview shows when searched by keyboard', async () => {
    const el = await summary('ok');
    expect(await log()).to.deep.equal([]);
    const boxes = $$<HTMLInputElement>(el, 'input[name="tf-item"]');
    expect(boxes.map((b) => [b.value, b.checked])).to.deep.equal([
      ['HER2-low', true],
      ['ESR1', false],
      ['aromatase inhibitor', false],
      ['CDK4/6 inhibitor', false],
    ]);
    // Keyboard only: tick ESR1 with Space, type a place, press Enter to search.
    await tabTo((a) => a instanceof HTMLInputElement && a.value === 'ESR1');
    await sendKeys({ press: ' ' });
    await tabTo((a) => a instanceof HTMLInputElement && a.id === 'tf-place');
    await sendKeys({ type: 'Boston' });
    await settle(el);
    const preview = $(el, '.tf-sent output')!.textContent!.trim();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.tf-studies'), 'results');
    const sent = await log();
    expect(sent.length).to.equal(1);
    const url = new URL(sent[0]!.url);
    // The preview, the ticked boxes and the request agree, and nothing unticked is in it.
    const ticked = $$<HTMLInputElement>(el, 'input[name="tf-item"]').filter((b) => b.checked).map((b) => b.value);
    expect(ticked).to.deep.equal(['HER2-low', 'ESR1']);
    expect(url.searchParams.get('query.term')).to.equal(ticked.map((t) => `"${t}"`).join(' AND '));
    expect(url.searchParams.get('query.locn')).to.equal('Boston');
    expect(preview).to.equal([url.searchParams.get('query.cond'), ...ticked.map((t) => `"${t}"`), url.searchParams.get('query.locn')].join(' · '));
    expect(url.search).not.to.match(/aromatase|CDK/i);
    expect([...url.searchParams.keys()]).to.deep.equal(['query.cond', 'query.term', 'query.locn', 'filter.overallStatus', 'sort', 'fields', 'pageSize', 'countTotal', 'format']);
    expect(url.searchParams.get('sort')).to.equal('LastUpdatePostDate:desc');
    expect(sent[0]!.cookie).to.equal(false);
    expect(sent[0]!.referer).to.equal('');
  });

  it('shows plain-language cards, sites in the place first, and questions to ask', async () => {
    const el = await summary('ok');
    $<HTMLInputElement>(el, '#tf-place')!.value = 'Texas';
    $<HTMLInputElement>(el, '#tf-place')!.dispatchEvent(new Event('input'));
    await press(el);
    await until(() => $(el, '.tf-studies'), 'results');
    expect(statusText(el)).to.equal('Studies that match: 7. Shown here: 4.');
    const cards = $$(el, '.tf-study');
    expect(cards.map((c) => c.id)).to.deep.equal(['tf-NCT09900001', 'tf-NCT09900002', 'tf-NCT09900003', 'tf-NCT09900004']);
    const first = cards[0]!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('Palbociclib – CDK4/6 inhibitor');
    expect(first).to.contain('Phase 2: does it work, and is it safe enough?');
    expect(first).to.contain('Recruiting');
    expect(cards[0]!.querySelector('.tf-sites')!.textContent).to.contain('Houston');
    expect(first).to.contain('Sites in the record: 3.');
    expect(first).to.contain('November 28, 2026');
    expect([...cards[0]!.querySelectorAll('mark')].map((m) => m.textContent)).to.include.members(['CDK4/6 inhibitor', 'ESR1', 'brain metastases']);
    // Untrusted text stays text: the title's markup is shown as words, never as an element.
    expect(cards[1]!.querySelector('img')).to.equal(null);
    expect(cards[1]!.textContent).to.contain('placebo: a look-alike with no active medicine');
    expect(cards[1]!.textContent).to.contain('None listed in Texas.');
    // The only links from the response go to the registry's study pages.
    for (const a of $$<HTMLAnchorElement>(el, '.tf-studies a')) expect(a.href).to.match(/^https:\/\/clinicaltrials\.gov\/study\/NCT\d{8}$/);
    expect(cards[3]!.textContent).to.contain('No phase given');
    expect($(el, '.tf-questions h4')!.textContent).to.equal('Questions to ask about this study');
    expect($$(el, '.tf-questions li').length).to.equal(8);
  });

  it('pages with the registry\'s page token and opens a study, all by keyboard', async () => {
    const el = await summary('ok');
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('tf-search'));
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.tf-more'), 'the "more" button');
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('tf-more'));
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.tf-study').length === 7, 'the second page');
    await settle(el);
    const sent = await log();
    expect(sent.length).to.equal(2);
    expect(new URL(sent[1]!.url).searchParams.get('pageToken')).to.equal('ZVNj7o2Elu8o3lpoWpG0');
    expect(new URL(sent[1]!.url).searchParams.get('query.term')).to.equal(new URL(sent[0]!.url).searchParams.get('query.term'));
    // Focus continues at the first new study; the last page has no "more".
    const focused = deepActive() as HTMLAnchorElement;
    expect(focused.closest('.tf-study')!.id).to.equal('tf-NCT09900005');
    expect($(el, '.tf-more')).to.equal(null);
    // Enter on the focused study link opens it (the click is caught here so no real page opens).
    let opened = '';
    const catcher = (e: Event) => {
      const a = (e.composedPath()[0] as Element).closest?.('a');
      if (a) {
        opened = a.href;
        e.preventDefault();
      }
    };
    root(el).addEventListener('click', catcher, true);
    await sendKeys({ press: 'Enter' });
    root(el).removeEventListener('click', catcher, true);
    expect(opened).to.equal('https://clinicaltrials.gov/study/NCT09900005');
    expect(focused.target).to.equal('_blank');
    expect(focused.rel).to.contain('noopener');
  });

  it('puts chosen studies on the summary and printout, and in the share link only when ticked', async () => {
    const el = await summary('ok');
    await press(el);
    await until(() => $(el, '.tf-studies'), 'results');
    await tabTo((a) => a instanceof HTMLInputElement && a.closest('.tf-choose') !== null);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect($(el, '.tf-chosen')!.textContent).to.contain('NCT09900001');
    expect($(el, '.tf-chosen')!.textContent).to.contain('Elacestrant Plus Palbociclib');
    let copied = '';
    const clip = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      const share = $$<HTMLButtonElement>(el, '.summary-actions button').find((b) => b.textContent!.includes('Copy a link'))!;
      share.click();
      await until(() => copied, 'the share link');
      expect(copied).not.to.contain('mbct');
      $<HTMLInputElement>(el, '.tf-share input')!.click();
      await settle(el);
      copied = '';
      share.click();
      await until(() => copied, 'the share link');
      expect(new URL(copied).hash).to.match(/&mbct=NCT09900001$/);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clip) Object.defineProperty(Navigator.prototype, 'clipboard', clip);
    }
    await asPrinted([root(el)], () => {
      expect(getComputedStyle($(el, '.tf-chosen')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.tf-studies')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.tf-form')!).display).to.equal('none');
    });
    // Removing the last chosen study by keyboard keeps focus inside the finder.
    await tabTo((a) => a instanceof HTMLButtonElement && a.classList.contains('tf-remove'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '.tf-chosen')).to.equal(null);
    expect(deepActive()!.id).to.equal('tf-heading');
    expect($<HTMLInputElement>(el, '.tf-choose input')!.checked).to.equal(false);
  });

  for (const [scenario, words] of [
    ['busy', 'is busy and asked us to wait'],
    ['down', 'has a problem right now'],
    ['malformed', 'sent an answer we could not read'],
  ] as const) {
    it(`${scenario}: a localized message, the search link, the answers kept`, async () => {
      const el = await summary(scenario);
      const before = JSON.stringify(el.profile);
      await press(el);
      await until(() => $(el, '.tf-problem')?.textContent?.trim(), 'a message');
      expect(statusText(el)).to.contain(words);
      expect($<HTMLAnchorElement>(el, '.tf-fallback')!.href).to.match(/^https:\/\/clinicaltrials\.gov\/search\?cond=/);
      expect(JSON.stringify(el.profile)).to.equal(before);
      expect($(el, '.tf-studies')).to.equal(null);
      if (scenario !== 'malformed') {
        // Retry-After: 2 is respected: pressing again sends nothing until it has passed.
        expect(statusText(el)).to.contain('2 seconds');
        expect($(el, '.tf-search')!.getAttribute('aria-disabled')).to.equal('true');
        await press(el);
        expect((await log()).length).to.equal(1);
        await until(() => $(el, '.tf-search')!.getAttribute('aria-disabled') === 'false', 'the wait to pass', 4000);
        await press(el);
        await until(async () => (await log()).length === 2, 'the second request');
      }
    });
  }

  it('no match: says so, with the same search on the registry\'s website', async () => {
    const el = await summary('empty');
    await press(el);
    await until(() => $(el, '.tf-fallback'), 'an answer');
    expect(statusText(el)).to.contain('No recruiting studies matched');
    const link = new URL($<HTMLAnchorElement>(el, '.tf-fallback')!.href);
    expect(link.searchParams.get('term')).to.equal('HER2-low');
    expect($(el, '.tf-questions')).to.equal(null);
  });

  it('offline: says so and sends nothing', async () => {
    const el = await summary('ok');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await press(el);
      await until(() => $(el, '.tf-problem'), 'a message');
      expect(statusText(el)).to.contain('You seem to be offline');
      expect(await log()).to.deep.equal([]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('a refused cross-origin request (CORS) is "could not reach", with the link', async () => {
    // The same mock on another origin sends no Access-Control-Allow-Origin: the browser refuses it.
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const out = await fetchStudies(`${other}/mock-ctgov/ok/studies?query.cond=x`, new AbortController().signal);
    expect(out).to.deep.equal({ ok: false, problem: { kind: 'blocked' } });
    // In the widget (default endpoint), a refusal looks the same to the page: a TypeError.
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).startsWith('https://clinicaltrials.gov/') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    try {
      const el = await mount(html`<mbc-decision-aid lang="en" trials="live"></mbc-decision-aid>`);
      el.profile = PROFILE;
      el.step = 'summary';
      await settle(el);
      await until(() => $(el, '.tf-search'), 'the finder');
      await press(el);
      await until(() => $(el, '.tf-problem'), 'a message');
      expect(statusText(el)).to.contain('This page could not reach ClinicalTrials.gov');
      expect($(el, '.tf-fallback')).to.exist;
    } finally {
      window.fetch = realFetch;
    }
  });

  it('times out after 8 s; a new search or leaving the summary aborts the one in flight', async () => {
    const el = await summary('slow');
    await press(el);
    await until(() => $(el, '.tf-problem'), 'the time limit', 11000);
    expect(statusText(el)).to.contain('did not answer within 8 seconds');
    await until(async () => (await log())[0]?.aborted, 'the request to end');
    await press(el);
    // Let that search reach the server before replacing it: Firefox can abort a request it has not
    // sent yet, and then there would be nothing in flight to abort.
    await until(async () => (await log()).length === 2, 'the second request');
    await press(el); // a third press replaces the second search
    await until(async () => (await log()).length === 3, 'the third request');
    el.step = 'comparison';
    await settle(el);
    let entries: Logged[] = [];
    await until(async () => ((entries = await log()), entries.every((e) => e.aborted)), 'both requests to be aborted', 5000);
    expect(entries.length).to.equal(3);
  });

  it('an endpoint on another origin turns live search off and sends nothing', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" trials="live" trials-endpoint="https://evil.example/studies"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    await until(() => root(el).querySelector('mbc-trial-finder p'), 'the finder');
    expect($(el, 'mbc-trial-finder')!.textContent).to.contain('switched off');
    expect($(el, '.tf-search')).to.equal(null);
    expect($(el, '.trials a.button')).to.exist;
  });

  for (const width of [360, 1280])
    it(`is axe clean with results and a chosen study at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const el = await summary('ok');
      await press(el);
      await until(() => $(el, '.tf-studies'), 'results');
      $<HTMLInputElement>(el, '.tf-choose input')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

  it('is axe clean with a failure message shown', async () => {
    const el = await summary('busy');
    await press(el);
    await until(() => $(el, '.tf-problem'), 'a message');
    await expect(el).to.be.accessible();
  });
});

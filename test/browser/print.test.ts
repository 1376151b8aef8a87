// The printout people take to the appointment: the Print button prints the widget alone (a print
// document of its own, whatever the host page's CSS), body text at least 11 pt, the summary on at
// most two pages (A4 and Letter) with the sources it cites after it, the SURE answers as ticked boxes,
// lines to write on, and the trust lines — and nothing that only makes sense on a screen.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { mount, root, settle } from './harness.js';
import { engine, LIMITS, skipIn } from './engines.js';
import { printHooks, widgetCss } from '../../src/components/steps/summary/print-document.js';
import type { ProfileInput } from '../../src/public-types.js';

// A heavy profile: many answers, four priorities at "matters most", later line, several tests to ask about.
const PROFILE: ProfileInput = {
  hr: 'positive',
  her2: 'negative',
  menopause: 'pre',
  sites: ['bone', 'liver', 'brain', 'lymph-nodes'],
  symptoms: ['bone-pain', 'neurological'],
  rapidOrganThreat: 'no',
  metastaticLines: 2,
  earlyRelapse: 'later',
  received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'ovarian-suppression', 'taxane', 'capecitabine'],
  priorities: { 'keep-hair': 4, 'fewer-visits': 4, 'longer-life': 4, 'daily-activities': 3, 'pills-at-home': 2 },
};

type PdfResult = { pages: number; summaryPages: number; minPx: number; minText: string; h2Px: number; h3Px: number; sourcesPx: number };

async function printFromButton(el: HTMLElement): Promise<{ frame: HTMLIFrameElement; shadow: ShadowRoot }> {
  let printed: Window | undefined;
  const original = printHooks.print;
  printHooks.print = (w) => {
    printed = w;
  };
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.summary-actions button.print')!.click();
  } finally {
    printHooks.print = original;
  }
  const frame = document.querySelector<HTMLIFrameElement>('iframe[name="mbc-print"]')!;
  expect(frame, 'print frame').to.exist;
  expect(printed).to.equal(frame.contentWindow);
  return { frame, shadow: frame.contentDocument!.querySelector('.mbc-print-host')!.shadowRoot! };
}

describe('printing the summary', () => {
  before(async () => setViewport({ width: 1280, height: 900 }));

  for (const lang of ['en', 'ar']) {
    it(`${lang}: prints the widget alone — summary ≤ 2 pages at ≥ 11 pt, SURE boxes, sources after (A4 and Letter)`, async function () {
      const hostHeader = document.createElement('header');
      hostHeader.textContent = 'HOST SITE HEADER';
      document.body.prepend(hostHeader);
      const el = await mount(html`<mbc-decision-aid lang=${lang}></mbc-decision-aid>`);
      el.profile = PROFILE;
      el.step = 'summary';
      await settle(el);
      // Two SURE answers given, two left empty.
      root(el).querySelector<HTMLInputElement>('input[name="sure-informed"][value="yes"]')!.click();
      root(el).querySelector<HTMLInputElement>('input[name="sure-support"][value="no"]')!.click();
      await settle(el);

      const { frame, shadow } = await printFromButton(el);
      const doc = frame.contentDocument!;
      expect(doc.body.textContent).not.to.contain('HOST SITE HEADER');
      expect(doc.documentElement.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const boxes = [...shadow.querySelectorAll('.paper-sure li')].map((li) => [...li.querySelectorAll('.box')].map((b) => b.textContent!.trim()));
      expect(boxes).to.deep.equal([['', ''], ['X', ''], ['', ''], ['', 'X']]);
      expect(shadow.querySelectorAll('.paper-write .write-line').length).to.be.greaterThan(3);
      const trust = shadow.querySelector('.paper-trust')!.textContent!;
      if (lang === 'en') {
        expect(trust).to.contain('Sources checked').and.to.contain('Not yet reviewed by clinicians').and.to.contain('not medical advice');
        expect(shadow.querySelector('.paper-about')!.textContent).to.contain('No company funds this guide');
      }

      hostHeader.remove();
      // What is printed is checked above; its layout on paper needs a PDF, which WebKit cannot make here.
      if (engine === 'webkit') frame.remove();
      skipIn(this, ['webkit'], LIMITS.webkitPdf);
      for (const format of ['Letter', 'A4']) {
        const r = await executeServerCommand<PdfResult, Record<string, string>>('pdf-html', {
          css: widgetCss(shadow),
          html: shadow.innerHTML,
          lang,
          dir: doc.documentElement.dir,
          format,
          save: `screenshots/print-${lang}-${format}.pdf`,
        });
        expect(r.summaryPages, `${format}: summary pages`).to.be.within(1, 2);
        expect(r.pages, `${format}: sources follow on their own page(s)`).to.be.greaterThan(r.summaryPages);
        expect(r.minPx, `${format}: smallest body text "${r.minText}"`).to.be.at.least(14.6); // 11 pt
        expect(r.h2Px).to.be.greaterThan(r.minPx);
        expect(r.h3Px).to.be.greaterThan(r.minPx);
        expect(r.sourcesPx, 'sources').to.be.at.least(12); // 9 pt
      }
      frame.remove();
    });
  }

  it('prints nothing that only makes sense on a screen', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    const { frame, shadow } = await printFromButton(el);
    if (engine !== 'webkit') {
      const r = await executeServerCommand<PdfResult, Record<string, string>>('pdf-html', {
        css: widgetCss(shadow),
        html: shadow.innerHTML,
        lang: 'en',
        dir: 'ltr',
        format: 'Letter',
        save: '',
      });
      expect(r.pages).to.be.greaterThan(0);
    } else console.info(`no PDF in webkit: ${LIMITS.webkitPdf}`);
    // Rendered in print media by the same stylesheet: buttons, help toggles and screen-only hints are hidden.
    const probe = document.createElement('div');
    document.body.append(probe);
    const probeRoot = probe.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetCss(shadow).replace(/@media print\s*\{/g, '@media all {'));
    probeRoot.adoptedStyleSheets = [sheet];
    probeRoot.innerHTML = shadow.innerHTML;
    const visible = (el: Element) => el.getClientRects().length > 0;
    for (const sel of ['button:not(.term)', '.help', '.summary-actions', '.step-nav', '.footer', '.visually-hidden', '.progress', 'input']) {
      const shown = [...probeRoot.querySelectorAll(sel)].filter(visible);
      expect(shown.map((e) => e.outerHTML.slice(0, 80)), sel).to.deep.equal([]);
    }
    for (const term of probeRoot.querySelectorAll('.term')) expect(getComputedStyle(term).borderBottomStyle).to.equal('none');
    probe.remove();
    frame.remove();
  });
});

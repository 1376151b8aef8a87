// The printed summary fits on two A4 and two Letter pages, black on white, with the date, the
// review date and the not-medical-advice line.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { mount, root, settle } from './harness.js';

const PROFILE = {
  hr: 'positive',
  her2: 'low',
  menopause: 'pre',
  sites: ['bone', 'liver', 'brain'],
  symptoms: ['bone-pain', 'neurological'],
  metastaticLines: 2,
  received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'ovarian-suppression', 'taxane'],
  priorities: { 'keep-hair': 4, 'fewer-visits': 4, 'longer-life': 4, 'daily-activities': 3 },
};

describe('printing the summary', () => {
  it('fits on at most two pages (A4 and Letter)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'summary';
    await settle(el);
    const footer = root(el).querySelector('.print-footer')!;
    expect(footer.textContent).to.contain('not medical advice');
    expect(footer.textContent).to.match(/reviewed/i);
    for (const format of ['A4', 'Letter']) {
      const { pages } = await executeServerCommand<{ pages: number }, { format: string; save: string }>('pdf-pages', {
        format,
        save: `screenshots/summary-${format}.pdf`,
      });
      expect(pages, `${format} pages`).to.be.within(1, 2);
    }
  });
});

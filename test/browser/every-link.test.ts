// Every link the widget renders, from whatever source — its own knowledge (source citations), the
// page's attributes (org-url, here hostile), content-src, trial-search links and live trial results —
// is https or on the page's own origin (the helpline is a tel: link made of digits only). One pass
// over every step with everything opened, so a new `href=` that skips util/safe-url.ts fails here (#13).
import { expect, html } from '@open-wc/testing';
import { mount, root, settle, until } from './harness.js';
import { STEPS } from '../../src/state/steps.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', sites: ['bone'], metastaticLines: 1, received: ['aromatase-inhibitor'] };
const CLIENT = Math.random().toString(36).slice(2, 10);

/** Why an href is not allowed, or undefined when it is. */
function refused(href: string): string | undefined {
  const url = new URL(href, location.href);
  if (url.protocol === 'https:' || url.origin === location.origin) return undefined;
  if (url.protocol === 'tel:' && /^tel:\+?\d+$/.test(href)) return undefined;
  return href;
}

describe('every link the widget renders', function () {
  this.timeout(60000);
  it('is https, same-origin, or a digits-only tel: — on every step, everything opened, hostile org-url', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" org-name="Harbor Light" org-url="javascript:alert(1)" helpline="1-800-555-0199 <x>"
      content-src="/test/browser/fixtures/extra.json" trials="live" trials-endpoint="/mock-ctgov/${CLIENT}/ok/studies"></mbc-decision-aid>`);
    el.profile = PROFILE;
    const seen = new Map<string, string>();
    const collect = (where: string) => {
      for (const a of root(el).querySelectorAll('a[href]')) seen.set(a.getAttribute('href')!, where);
    };
    for (const step of STEPS) {
      el.step = step;
      await settle(el);
      const comparison = root(el).querySelector('mbc-step-comparison') as (HTMLElement & { showAllDetails: boolean }) | null;
      if (comparison) {
        comparison.showAllDetails = true;
        await settle(el);
      }
      for (const d of root(el).querySelectorAll('details')) d.open = true;
      await settle(el);
      if (step === 'summary') {
        await until(() => root(el).querySelector('mbc-trial-finder .tf-search'), 'the trial finder');
        root(el).querySelector<HTMLButtonElement>('.tf-search')!.click();
        await until(() => root(el).querySelector('mbc-trial-finder .tf-page'), 'live trial results');
      }
      collect(step);
    }
    root(el).querySelector<HTMLButtonElement>('.about-link')!.click();
    await until(() => root(el).querySelector('.step.about .org-statement'), 'About, with the embedder’s statement');
    for (const d of root(el).querySelectorAll('details')) d.open = true;
    await settle(el);
    collect('about');
    // Links of each kind were there to check: citations, the page's own link, the trial links.
    const hrefs = [...seen.keys()];
    expect(hrefs.length, 'links seen').to.be.greaterThan(20);
    expect(hrefs.some((h) => h.startsWith('https://example.org/nurse')), 'the content-src link').to.equal(true);
    expect(hrefs.some((h) => /clinicaltrials\.gov\/study\/NCT\d{8}/.test(h)), 'a live trial result').to.equal(true);
    expect(hrefs.some((h) => h.startsWith('tel:')), 'the helpline').to.equal(true);
    expect(hrefs.map(refused).filter(Boolean)).to.deep.equal([]);
  });
});

// The script-tag build as a nonprofit page uses it: one classic <script>, English first, the
// comparison and summary arriving as a second script once the person starts.
import { expect } from '@open-wc/testing';

type Aid = HTMLElement & { profile: unknown; step: string; updateComplete: Promise<boolean> };

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(src));
    document.head.append(s);
  });
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('script-tag build (dist/mbc-decision-aid.iife.js)', () => {
  before(async () => {
    await loadScript('/dist/mbc-decision-aid.iife.js');
  });

  it('registers the element and exposes one global', () => {
    expect(customElements.get('mbc-decision-aid')).to.exist;
    expect((window as unknown as { MbcDecisionAid: { VERSION: string } }).MbcDecisionAid.VERSION).to.be.a('string');
    expect(customElements.get('mbc-step-comparison'), 'comparison not in the first load').to.equal(undefined);
  });

  it('loads the comparison and summary when needed and renders all five options', async () => {
    const el = document.createElement('mbc-decision-aid') as Aid;
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await el.updateComplete;
    el.profile = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };
    el.step = 'comparison';
    await until(() => el.shadowRoot!.querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison');
    expect(customElements.get('mbc-step-comparison')).to.exist;
    expect(el.shadowRoot!.querySelector('#cmp-all-sources')).to.exist;
    el.step = 'summary';
    await until(() => Boolean(el.shadowRoot!.querySelector('.questions li')), 'the summary');
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading-summary');
    el.remove();
  });
});

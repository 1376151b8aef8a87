// The script-tag build as a nonprofit page uses it: one classic <script> (the loader) adds the
// module entry; the question steps, the comparison and summary and every other language arrive as
// native chunks beside it, once needed. No global, no second script, no asset base.
import { expect, waitUntil } from '@open-wc/testing';
import { addScript, reachComparison } from './built-widget.js';


describe('script-tag build (dist/cdn/)', () => {
  before(async () => {
    await addScript('/dist/cdn/mbc-decision-aid.loader.js');
    await waitUntil(() => customElements.get('mbc-decision-aid'), 'the loader adds the module entry', { timeout: 20000 });
  });

  it('registers the element from one module script, with no global and nothing lazy loaded yet', () => {
    const modules = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].filter((s) => s.src.includes('/dist/cdn/'));
    expect(modules.map((s) => new URL(s.src).pathname)).to.deep.equal(['/dist/cdn/mbc-decision-aid.js']);
    expect((window as unknown as { MbcDecisionAid?: unknown }).MbcDecisionAid).to.equal(undefined);
    expect(customElements.get('mbc-step-comparison'), 'comparison not in the first load').to.equal(undefined);
    expect(customElements.get('mbc-step-receptors'), 'question steps not in the first load').to.equal(undefined);
  });

  it('loading the loader twice adds nothing', async () => {
    await addScript('/dist/cdn/mbc-decision-aid.loader.js');
    expect(document.querySelectorAll('script[type="module"][src*="/dist/cdn/"]').length).to.equal(1);
  });

  it('loads the engine and the comparison when needed, then switches to Arabic', async () => {
    const el = await reachComparison();
    expect(el.shadowRoot!.querySelector('#cmp-all-sources')).to.exist;
    const chunks = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/cdn/'));
    expect(chunks.some((p) => /^\/dist\/cdn\/chunks\/results-[\w-]+\.js$/.test(p)), chunks.join(' ')).to.equal(true);
    expect(chunks).to.include('/dist/cdn/locales/en/details.js');
    const select = el.shadowRoot!.querySelector('#language') as HTMLSelectElement;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'Arabic', { timeout: 20000 });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison in Arabic', { timeout: 20000 });
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('ar');
    el.step = 'summary';
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'heading-summary', 'the summary heading has focus', { timeout: 20000 });
    el.remove();
  });
});

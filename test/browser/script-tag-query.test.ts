// The script-tag entry loaded with a query string, as WordPress (`?ver=6.9` on every script by
// default), CDNs and cache-busters write it. A URL with a query is another module to the browser: if
// a lazy part imported the entry by its plain URL, a second copy of the entry would run beside the
// first with its own state, and the comparison would never arrive (with no error). The entry is a
// facade over a content-hashed core chunk that every part imports, so any number of entry URLs share
// one widget.
import { expect } from '@open-wc/testing';
import { addScript, reachComparison } from './built-widget.js';


describe('script-tag entry loaded with a query string (?ver=…)', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('reaches the comparison from mbc-decision-aid.js?ver=1', async () => {
    await addScript('/dist/cdn/mbc-decision-aid.js?ver=1', 'module');
    expect(customElements.get('mbc-decision-aid')).to.exist;
    (await reachComparison()).remove();
    expect(errors).to.deep.equal([]);
  });

  it('the entry loaded a second time, by its plain URL, defines nothing twice and the widget still works', async () => {
    const first = customElements.get('mbc-decision-aid');
    await addScript('/dist/cdn/mbc-decision-aid.js', 'module');
    expect(customElements.get('mbc-decision-aid'), 'the same element class').to.equal(first);
    (await reachComparison()).remove();
    expect(errors).to.deep.equal([]);
    // One core: every script file fetched is the entry (under either URL), a hashed chunk or a language part.
    const files = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.startsWith('/dist/cdn/'));
    const entries = files.filter((u) => u.pathname === '/dist/cdn/mbc-decision-aid.js').map((u) => u.search);
    expect(entries.sort()).to.deep.equal(['', '?ver=1']);
  });
});

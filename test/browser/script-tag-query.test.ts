// The script-tag entry loaded with a query string, as WordPress (`?ver=6.9` on every script by
// default), CDNs and cache-busters write it. A URL with a query is another module to the browser: if
// a lazy part imported the entry by its plain URL, a second copy of the entry would run beside the
// first with its own state, and the comparison would never arrive (with no error). The entry is a
// facade over a content-hashed core chunk that every part imports, so any number of entry URLs share
// one widget.
import { expect, waitUntil } from '@open-wc/testing';

type Aid = HTMLElement & { profile: unknown; step: string; ready: Promise<void>; assessment: unknown; updateComplete: Promise<boolean> };

function loadModule(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(src));
    document.head.append(s);
  });
}

async function reachComparison(): Promise<void> {
  const el = document.createElement('mbc-decision-aid') as Aid;
  el.setAttribute('lang', 'en');
  document.body.append(el);
  await el.updateComplete;
  el.profile = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };
  await el.ready;
  expect(el.assessment).to.have.nested.property('options.length', 5);
  el.step = 'comparison';
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison', { timeout: 20000 });
  el.remove();
}

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
    await loadModule('/dist/cdn/mbc-decision-aid.js?ver=1');
    expect(customElements.get('mbc-decision-aid')).to.exist;
    await reachComparison();
    expect(errors).to.deep.equal([]);
  });

  it('the entry loaded a second time, by its plain URL, defines nothing twice and the widget still works', async () => {
    const first = customElements.get('mbc-decision-aid');
    await loadModule('/dist/cdn/mbc-decision-aid.js');
    expect(customElements.get('mbc-decision-aid'), 'the same element class').to.equal(first);
    await reachComparison();
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

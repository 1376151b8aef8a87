// The lazy parts (loading/): the engine and question steps, the comparison and summary, the
// knowledge, each language's text. `assessment` is null until `ready`; a part that fails says so in
// the reader's language with "Try again", keeps the answers, and is asked for again only when the
// person presses the button.
import { expect, html, waitUntil } from '@open-wc/testing';
import { mount, root, settle, text } from './harness.js';
import { evaluate, parseProfile } from '../../src/engine/index.js';
import { failureOf, loadPart, setImporterForTesting, setLoadTimeoutForTesting, type PartFailure } from '../../src/loading/load-part.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };

describe('lazy parts', () => {
  afterEach(() => {
    for (const part of ['results', 'knowledge', 'questions', 'x-test']) setImporterForTesting(part, undefined);
    setLoadTimeoutForTesting(undefined);
  });

  it('assessment is null until ready resolves, then the engine result for the answers', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" mode="clinician"></mbc-decision-aid>`);
    el.profile = PROFILE;
    await el.ready;
    const parsed = parseProfile(PROFILE);
    if (!parsed.ok) throw new Error('bad fixture');
    expect(el.assessment).to.deep.equal(evaluate(parsed.profile));
    // a fresh element on a page where the engine has already loaded: ready resolves at once
    const other = document.createElement('mbc-decision-aid') as typeof el;
    expect(other.assessment).to.equal(null);
    await other.ready;
    expect(other.assessment).not.to.equal(null);
    // Past the intro (clinician mode), the comparison's part starts once the question steps are here:
    // let it finish, so no load of this widget is still under way when the next test replaces how
    // that part is imported.
    el.step = 'comparison';
    await waitUntil(() => root(el).querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison', { timeout: 20000 });
  });

  it('each failure reason is explicit: network, timeout, invalid', async () => {
    const reasons: PartFailure[] = [];
    const attempt = async (importer: () => Promise<unknown>, accept: (m: unknown) => unknown = (m) => m) => {
      setImporterForTesting('x-test', importer);
      try {
        await loadPart('x-test', () => Promise.resolve({}), accept);
        reasons.push('ok' as PartFailure);
      } catch (e) {
        reasons.push(failureOf(e));
      }
    };
    await attempt(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    setLoadTimeoutForTesting(50);
    await attempt(() => new Promise(() => {}));
    setLoadTimeoutForTesting(undefined);
    await attempt(() => Promise.resolve({ unexpected: true }), () => undefined);
    expect(reasons).to.deep.equal(['network', 'timeout', 'invalid']);
  });

  it('a comparison that cannot load says so, keeps the answers, and loads again only on "Try again"', async () => {
    let calls = 0;
    setImporterForTesting('results', () => {
      calls += 1;
      return Promise.reject(new TypeError('offline'));
    });
    const el = await mount();
    el.profile = PROFILE;
    el.step = 'comparison';
    await waitUntil(() => root(el).querySelector('.details-gate[data-state="failed"]'), 'the failure notice', { timeout: 20000 });
    expect(text(el)).to.contain('We could not load the details of the comparison');
    expect(calls).to.equal(1);
    // moving around does not retry by itself
    el.step = 'priorities';
    await settle(el);
    el.step = 'comparison';
    await waitUntil(() => root(el).querySelector('.details-gate[data-state="failed"]'), 'still failed');
    expect(calls).to.equal(1);
    expect(el.profile.her2).to.equal('low');
    // the connection is back; the person asks
    setImporterForTesting('results', undefined);
    root(el).querySelector<HTMLButtonElement>('.details-gate button')!.click();
    await waitUntil(() => root(el).querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison after Try again', { timeout: 20000 });
    expect(calls).to.equal(1);
    expect(el.profile.her2).to.equal('low');
  });

  it('a part that cannot load offers "Try again" and "Reload the page", in the reader\'s language', async () => {
    setImporterForTesting('results', () => Promise.reject(new SyntaxError('Unexpected end of input')));
    const el = await mount(html`<mbc-decision-aid lang="es"></mbc-decision-aid>`);
    el.profile = PROFILE;
    el.step = 'comparison';
    await waitUntil(() => root(el).querySelector('.details-gate[data-state="failed"]'), 'the failure notice', { timeout: 20000 });
    const labels = [...root(el).querySelectorAll('.details-gate button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Intentar de nuevo', 'Volver a cargar la página']);
    expect(root(el).querySelector('.details-gate button.reload')!.textContent!.trim()).to.equal('Volver a cargar la página');
    expect(text(el)).to.contain('Sus respuestas se conservan');
    expect(el.profile.her2).to.equal('low');
    setImporterForTesting('results', undefined);
    root(el).querySelector<HTMLButtonElement>('.details-gate button:not(.reload)')!.click();
    await waitUntil(() => root(el).querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison after Try again', { timeout: 20000 });
  });

  it('a question step that cannot load shows its heading, a localized message and Try again', async () => {
    setImporterForTesting('questions', () => Promise.reject(new TypeError('offline')));
    const errors: string[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('mbc-error', onError);
    try {
      const el = await mount(html`<mbc-decision-aid lang="es"></mbc-decision-aid>`);
      el.step = 'receptors';
      let rejected = false;
      await el.ready.catch(() => (rejected = true));
      expect(rejected, 'ready rejects while the part cannot be loaded').to.equal(true);
      expect(el.assessment).to.equal(null);
      await settle(el);
      const gate = root(el).querySelector('.details-gate[data-state="failed"]');
      expect(gate?.textContent).to.contain('No pudimos cargar las preguntas');
      expect(root(el).querySelector('#heading-receptors')).to.exist;
      expect(errors).to.include('part-load-failed');
      setImporterForTesting('questions', undefined);
      gate!.querySelector('button')!.click();
      await el.ready;
      expect(el.assessment).not.to.equal(null);
      await waitUntil(() => root(el).querySelector('mbc-step-receptors'), 'the receptors step after Try again', { timeout: 20000 });
    } finally {
      document.removeEventListener('mbc-error', onError);
    }
  });
});

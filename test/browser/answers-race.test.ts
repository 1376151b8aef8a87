// The person's newest answer is never lost to answers read back lazily (#13). Stored answers and
// another tab's changes come in through a lazy part (state/answers-io.ts) and through storage events,
// which arrive a moment later than the change itself: an answer given in that moment must win. Each
// race is made deterministic by holding a lazy part back (setImporterForTesting).
import { expect, html } from '@open-wc/testing';
import { mount, root, settle, text, until } from './harness.js';
import type { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';
import { loadPart, setImporterForTesting } from '../../src/loading/load-part.js';

const KEY = 'mbc-decision-aid:race';
const record = (profile: Record<string, unknown>, step = 'receptors') => JSON.stringify({ v: 1, profile, step });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { profile: MbcDecisionAid['profile'] } | null;

/** Holds `part` back until `release()`; then it loads as usual. */
function holdBack(part: string, load: () => Promise<unknown>): () => void {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  setImporterForTesting(part, () => gate.then(load));
  return release;
}

/** Holds back the part that reads stored answers and another tab's changes (state/answers-io.ts). */
const holdAnswersBack = () => holdBack('answers', () => import('../../src/state/answers-io.js'));

/** A widget with storage="local" over stored answers, added to the page while reading them back is held. */
function withStoredAnswersHeld(): { el: MbcDecisionAid; release: () => void } {
  localStorage.setItem(KEY, record({ hr: 'negative', her2: 'zero' }));
  const release = holdAnswersBack();
  const el = document.createElement('mbc-decision-aid') as MbcDecisionAid;
  Object.assign(el, { id: 'race', lang: 'en' });
  el.setAttribute('storage', 'local');
  document.body.append(el);
  return { el, release };
}

describe('answers read back lazily never replace newer ones', () => {
  afterEach(() => {
    setImporterForTesting('answers', undefined);
    setImporterForTesting('questions', undefined);
    localStorage.clear();
    sessionStorage.clear();
    document.querySelectorAll('mbc-decision-aid').forEach((e) => e.remove());
  });

  it('an answer given while stored answers are still being read back is kept (and stored)', async () => {
    const { el, release } = withStoredAnswersHeld();
    // The host page (or a person's first answer) sets answers before the stored ones are read.
    el.profile = { hr: 'positive', her2: 'low' };
    release();
    await until(() => el.shadowRoot?.querySelector('.root'), 'the widget');
    await settle(el);
    expect(el.profile.hr).to.equal('positive');
    expect(el.profile.her2).to.equal('low');
    expect(stored()?.profile.her2, 'the newer answers are the stored ones now').to.equal('low');
  });

  it('stored answers still come back when nothing was answered meanwhile', async () => {
    const { el, release } = withStoredAnswersHeld();
    release();
    await until(() => el.shadowRoot?.querySelector('.root'), 'the widget');
    expect(el.profile.her2).to.equal('zero');
    expect(el.step).to.equal('receptors');
  });

  it('a change that is not an answer (the engine arriving) never writes older answers over another tab’s newer ones', async () => {
    // This tab's answers are here before the engine (with the question steps), which is held back as
    // on a slow connection: they come back from storage. (A `profile` the page sets waits for the
    // question steps, which bring its parser, so it arrives together with the engine.)
    localStorage.setItem(KEY, record({ hr: 'positive', her2: 'low' }, 'intro'));
    const release = holdBack('questions', () => import('../../src/questions.js'));
    const el = await mount(html`<mbc-decision-aid lang="en" storage="local" id="race"></mbc-decision-aid>`);
    expect(el.profile.her2).to.equal('low');
    expect(el.assessment, 'the engine is not here yet').to.equal(null);
    expect(stored()?.profile.her2).to.equal('low');
    // Another tab adds an answer. Its storage event reaches this page a moment later (a task of its
    // own), so the engine can arrive first.
    const theirs = record({ hr: 'positive', her2: 'low', metastaticLines: 2 }, 'intro');
    localStorage.setItem(KEY, theirs);
    release();
    await el.ready;
    await settle(el);
    expect(stored()?.profile.metastaticLines, 'the other tab’s newer answer is still stored').to.equal(2);
    // Then the event arrives, and this tab adopts the newer answers with a notice.
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs, storageArea: localStorage }));
    await settle(el);
    expect(el.profile.metastaticLines).to.equal(2);
    expect(text(el)).to.contain('another tab or window');
    expect(root(el).querySelector('.notices')).not.to.equal(null);
  });

  it('another tab’s change that reaches this tab only after a newer answer here never replaces it', async () => {
    // storage="local" set after the start: the part that reads changes loads with the first event.
    const el = await mount(html`<mbc-decision-aid lang="en" id="race"></mbc-decision-aid>`);
    el.setAttribute('storage', 'local');
    await settle(el);
    const seen: string[] = [];
    el.addEventListener('mbc-profile-change', () => seen.push(el.profile.her2));
    const release = holdAnswersBack();
    const older = record({ hr: 'negative', her2: 'zero' }, 'intro');
    localStorage.setItem(KEY, older);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: older, storageArea: localStorage }));
    // While that part is on its way, the person answers here, and it is stored over the older change.
    el.profile = { hr: 'positive', her2: 'low' };
    await until(() => stored()?.profile.her2 === 'low', 'the answer here to be stored');
    release();
    await loadPart('answers', () => Promise.reject(new Error('loaded already')), (m) => m);
    // A newer change from the other tab still comes through (and shows the older one was handled).
    const newer = record({ hr: 'positive', her2: 'ultralow' }, 'intro');
    localStorage.setItem(KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: newer, storageArea: localStorage }));
    await until(() => el.profile.her2 === 'ultralow', 'the newer change from the other tab');
    await settle(el);
    expect(el.profile.her2).to.equal('ultralow');
    expect(seen, 'the older change was never shown').not.to.include('zero');
  });
});

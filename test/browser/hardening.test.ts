// Hardening (#13): share-link hygiene, content-src redirects, stale storage, two tabs with
// storage="local", language-failure recovery, and event details that say nothing about answers.
import { expect, html, oneEvent } from '@open-wc/testing';
import { mount, root, settle, text, until } from './harness.js';
import { parseProfile } from '../../src/engine/index.js';
import { emptyProfile } from '../../src/engine/profile.js';
import { encodeProfile } from '../../src/state/share-link.js';
import type { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';
import { setImporterForTesting } from '../../src/loading/load-part.js';
import type { ProfileInput } from '../../src/public-types.js';

const HER2_LOW: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 2, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };
const code = () => {
  const parsed = parseProfile(HER2_LOW);
  if (!parsed.ok) throw new Error('bad fixture');
  return encodeProfile(parsed.profile);
};

describe('hardening', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('share link', () => {
    it('reads the fragment, then removes it from the address bar (other fragment parts stay)', async () => {
      const before = history.length;
      history.replaceState(null, '', `#top&mbc=${code()}`);
      const el = await mount();
      expect(el.step).to.equal('summary');
      expect(el.profile.her2).to.equal('low');
      await until(() => !location.hash.includes('mbc='), 'the fragment to go');
      expect(location.hash).to.equal('#top');
      expect(history.length, 'replaced, not pushed').to.equal(before);
    });

    it('leaves no bare "#" when the code was the whole fragment', async () => {
      history.replaceState(null, '', `#mbc=${code()}`);
      await mount();
      await until(() => !location.href.includes('mbc='), 'the fragment to go');
      expect(location.href.endsWith('#')).to.equal(false);
    });

    it('opens a share link that arrives later in the same tab (hashchange)', async () => {
      const el = await mount();
      expect(el.step).to.equal('intro');
      const changed = oneEvent(el, 'mbc-step-change');
      location.hash = `mbc=${code()}`;
      await changed;
      await settle(el);
      expect(el.step).to.equal('summary');
      expect(el.profile.her2).to.equal('low');
      await until(() => !location.hash.includes('mbc='), 'the fragment to go');
    });

    it('a broken share link arriving later keeps the answers and says so', async () => {
      const el = await mount();
      el.profile = HER2_LOW;
      await settle(el);
      const error = oneEvent(el, 'mbc-error');
      location.hash = 'mbc=1.<img src=x onerror=alert(1)>';
      expect((await error).detail).to.deep.equal({ code: 'share-link-invalid' });
      await settle(el);
      expect(el.profile.her2).to.equal('low');
      expect(text(el)).to.contain('does not contain answers we can read');
      expect(root(el).querySelector('img')).to.equal(null);
    });
  });

  describe('content-src', () => {
    it('refuses a same-origin URL that redirects to another origin, with a notice', async () => {
      const el = await mount(html`<mbc-decision-aid lang="en" content-src="/test/browser/redirect-off-origin/extra.json"></mbc-decision-aid>`);
      await until(() => text(el).includes('could not be loaded'), 'the content-src notice');
      el.step = 'summary';
      await settle(el);
      // The other origin's text must not appear: it was never fetched from there.
      expect(text(el)).not.to.contain('third party');
    });

    it('still loads from its own origin without a redirect', async () => {
      const el = await mount(html`<mbc-decision-aid lang="en" content-src="/test/browser/fixtures/extra.json" org-name="Org"></mbc-decision-aid>`);
      await until(() => root(el).querySelector('.org-links a') !== null, 'the org links');
    });
  });

  describe('storage', () => {
    it('removes answers left by an earlier storage="local" when the page now says storage="none"', async () => {
      localStorage.setItem('mbc-decision-aid', JSON.stringify({ v: 1, profile: { hr: 'positive' }, step: 'receptors' }));
      sessionStorage.setItem('mbc-decision-aid', JSON.stringify({ v: 1, profile: { hr: 'positive' }, step: 'receptors' }));
      const el = await mount(html`<mbc-decision-aid lang="en" storage="none"></mbc-decision-aid>`);
      expect(el.profile.hr).to.equal('unknown');
      expect(localStorage.getItem('mbc-decision-aid')).to.equal(null);
      expect(sessionStorage.getItem('mbc-decision-aid')).to.equal(null);
    });

    it('keeps the chosen language with the stored answers', async () => {
      const el = await mount(html`<mbc-decision-aid lang="en" storage="session"></mbc-decision-aid>`);
      el.profile = HER2_LOW;
      const select = root(el).querySelector('select') as HTMLSelectElement;
      select.value = 'es';
      select.dispatchEvent(new Event('change'));
      await until(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'es', 'Spanish');
      expect(JSON.parse(sessionStorage.getItem('mbc-decision-aid')!).lang).to.equal('es');
      el.remove();
      const again = await mount(html`<mbc-decision-aid lang="en" storage="session"></mbc-decision-aid>`);
      await until(() => again.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'es', 'Spanish again');
      expect(again.profile.her2).to.equal('low');
    });
  });

  describe('two tabs with storage="local"', () => {
    /** A second window of the same page (its own document, module graph and widget), like another tab. */
    async function otherTab(): Promise<{ frame: HTMLIFrameElement; aid: MbcDecisionAid }> {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><script type="module" src="/src/define.ts"></script><mbc-decision-aid lang="en" storage="local" id="tabs"></mbc-decision-aid>`;
      document.body.append(frame);
      let aid: MbcDecisionAid | null = null;
      await until(() => {
        const el = frame.contentDocument?.querySelector('mbc-decision-aid') as MbcDecisionAid | null | undefined;
        if (frame.contentWindow?.customElements?.get('mbc-decision-aid') && el?.shadowRoot?.querySelector('.root')) aid = el;
        return aid;
      }, 'the other tab');
      return { frame, aid: aid! };
    }

    it('each tab adopts the other’s newer answers with a notice; nothing is lost', async () => {
      const { frame, aid: b } = await otherTab();
      try {
        const a = await mount(html`<mbc-decision-aid lang="en" storage="local" id="tabs"></mbc-decision-aid>`);
        // Tab A answers the tests; tab B, opened earlier, must not keep its blank copy.
        a.profile = { hr: 'positive', her2: 'low' };
        await until(() => b.profile.her2 === 'low', 'tab B to adopt tab A’s answers');
        await until(() => (b.shadowRoot!.querySelector('.notices')?.textContent ?? '').includes('another tab or window'), 'the notice in tab B');
        // Now tab B adds an answer: tab A's answers survive in storage and in tab A.
        b.profile = { ...b.profile, metastaticLines: 2 };
        await until(() => a.profile.metastaticLines === 2, 'tab A to adopt tab B’s answer');
        const stored = JSON.parse(localStorage.getItem('mbc-decision-aid:tabs')!);
        expect(stored.profile.hr).to.equal('positive');
        expect(stored.profile.her2).to.equal('low');
        expect(stored.profile.metastaticLines).to.equal(2);
        expect(a.profile).to.deep.equal(b.profile);
        await settle(a);
        expect(text(a)).to.contain('another tab or window');
        // "Forget my answers" in one tab clears the other too.
        (b.shadowRoot!.querySelector('.forget') as HTMLButtonElement).click();
        await until(() => a.profile.hr === 'unknown', 'tab A to clear');
        expect(localStorage.getItem('mbc-decision-aid:tabs')).to.equal(null);
      } finally {
        frame.remove();
      }
    });
  });

  describe('a language that fails to load', () => {
    it('can be chosen again, emits locale-failed, and offers a working "Try again"', async () => {
      const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      el.profile = HER2_LOW;
      const select = root(el).querySelector('select') as HTMLSelectElement;
      // Vietnamese fails to load until the person tries again (the fault-injection suite covers real network faults).
      setImporterForTesting('locale:vi:core', () => Promise.reject(new TypeError('HTTP 500')));
      try {
        const error = oneEvent(el, 'mbc-error');
        select.value = 'vi';
        select.dispatchEvent(new Event('change'));
        expect((await error).detail).to.deep.equal({ code: 'locale-failed' });
        await settle(el);
        expect(text(el)).to.contain('could not load Tiếng Việt');
        expect((root(el).querySelector('select') as HTMLSelectElement).value, 'the picker shows the language on screen').to.equal('en');
        expect(el.profile.her2).to.equal('low');
      } finally {
        setImporterForTesting('locale:vi:core', undefined);
      }
      const retry = [...root(el).querySelectorAll<HTMLButtonElement>('.notice button')].find((b) => b.textContent!.includes('Try again'))!;
      expect(retry, 'a try-again button').to.exist;
      retry.click();
      await until(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'vi', 'Vietnamese');
      expect(el.profile.her2).to.equal('low');
    });
  });

  describe('comparison text that fails to load in the chosen language', () => {
    it('says it is shown in English, marks it English, and "Try again" brings the translation', async () => {
      // Spanish comparison text fails to load until the person tries again.
      const parts = ['locale:es:details', 'locale:es:content'];
      for (const part of parts) setImporterForTesting(part, () => Promise.reject(new TypeError('Failed to fetch')));
      try {
        const el = await mount(html`<mbc-decision-aid lang="es"></mbc-decision-aid>`);
        el.profile = HER2_LOW;
        el.step = 'comparison';
        await settle(el);
        await until(() => root(el).querySelector('.grid th[data-option]') !== null, 'the comparison');
        expect(text(el)).to.contain('se muestra en inglés');
        expect(root(el).querySelector('.step-region')!.getAttribute('lang')).to.equal('en');
        for (const part of parts) setImporterForTesting(part, undefined);
        const retry = [...root(el).querySelectorAll<HTMLButtonElement>('.notice button')].find((b) => b.textContent!.includes('Intentar de nuevo'))!;
        expect(retry, 'a try-again button').to.exist;
        retry.click();
        await until(() => !text(el).includes('se muestra en inglés'), 'the notice to go');
        await settle(el);
        expect(root(el).querySelector('.step-region')!.hasAttribute('lang')).to.equal(false);
        expect(root(el).querySelector('h2.step-heading')!.textContent).to.contain('Compar');
        expect(el.profile.her2).to.equal('low');
      } finally {
        for (const part of parts) setImporterForTesting(part, undefined);
      }
    });
  });

  describe('events', () => {
    it('mbc-profile-change says how many questions are answered, the same whatever the subtype', async () => {
      const el = await mount();
      const details: unknown[] = [];
      el.addEventListener('mbc-profile-change', (e) => details.push((e as CustomEvent).detail));
      for (const [hr, her2] of [['positive', 'low'], ['negative', 'zero'], ['positive', 'positive'], ['negative', 'positive']] as const) {
        el.profile = { ...emptyProfile(), hr, her2 };
      }
      await el.ready; // applied in turn once the parser (with the question steps) is here
      expect(details).to.have.length(4);
      for (const d of details) expect(d).to.deep.equal(details[0]);
    });
  });
});

// Every code in ERROR_CODES is emitted where the README says, once per occurrence, with a message on
// screen and the answers kept. Each case causes one failure the way a page or a network would; the
// last test fails when a code in the list has no case here (so a new code needs a test that emits it).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { root, settle, text, until, type Aid } from './harness.js';
import { ERROR_CODES, type ErrorCode } from '../../src/util/error-codes.js';
import { setImporterForTesting } from '../../src/loading/load-part.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor'] };

/** Codes seen on the document from now on (events emitted while the element connects included). */
function listen(): { codes: ErrorCode[]; stop: () => void } {
  const codes: ErrorCode[] = [];
  const on = (e: Event) => codes.push((e as CustomEvent<{ code: ErrorCode }>).detail.code);
  document.addEventListener('mbc-error', on);
  return { codes, stop: () => document.removeEventListener('mbc-error', on) };
}

/** A few more updates, so a code emitted again on a later render would be seen. */
async function rerender(el: Aid): Promise<void> {
  for (let i = 0; i < 3; i++) {
    el.requestUpdate();
    await settle(el);
  }
}

const notice = (el: Aid) => root(el).querySelector('.notices')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

interface Case {
  /** Causes the failure; answers the element and what must be on screen afterwards. */
  run: (codes: ErrorCode[]) => Promise<{ el: Aid; onScreen: string }>;
  restore?: () => void;
}

const mountWith = async (t: TemplateResult) => {
  const el = await fixture<Aid>(t);
  await settle(el);
  return el;
};

const CASES: Record<ErrorCode, Case> = {
  'invalid-profile': {
    run: async () => {
      const el = await mountWith(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      el.profile = PROFILE;
      (el as { profile: unknown }).profile = { hr: 'sometimes' };
      await el.ready; // both are checked, in turn, once the parser (with the question steps) is here
      await settle(el);
      expect(el.profile.her2).to.equal('low');
      return { el, onScreen: notice(el) };
    },
  },
  'bad-attribute': {
    run: async () => {
      const el = await mountWith(html`<mbc-decision-aid lang="en" trials="live" trials-endpoint="https://elsewhere.example/studies"></mbc-decision-aid>`);
      // the warning is in the console; the link to the registry's website stays
      return { el, onScreen: 'console' };
    },
  },
  'locale-failed': {
    run: async (codes) => {
      setImporterForTesting('locale:vi:core', () => Promise.reject(new TypeError('network down')));
      const el = await mountWith(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      el.profile = PROFILE;
      await el.ready;
      el.setAttribute('lang', 'vi');
      await until(() => codes.length > 0, 'the event');
      await settle(el);
      expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
      expect(el.profile.her2).to.equal('low');
      return { el, onScreen: notice(el) };
    },
    restore: () => setImporterForTesting('locale:vi:core', undefined),
  },
  'part-load-failed': {
    run: async (codes) => {
      setImporterForTesting('questions', () => Promise.reject(new TypeError('network down')));
      const el = await mountWith(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      el.profile = PROFILE;
      el.step = 'receptors';
      await until(() => codes.length > 0, 'the event');
      await settle(el);
      const gate = root(el).querySelector('.details-gate[role="alert"]');
      const onScreen = gate?.textContent ?? '';
      // The profile waits for the parser, which comes with the question steps: kept, and applied by "Try again".
      expect(el.profile.her2).to.equal('unknown');
      setImporterForTesting('questions', undefined);
      gate!.querySelector('button')!.click();
      await el.ready;
      await settle(el);
      expect(el.profile.her2).to.equal('low');
      expect(root(el).querySelector('mbc-step-receptors')).to.not.equal(null);
      return { el, onScreen };
    },
    restore: () => setImporterForTesting('questions', undefined),
  },
  'comparison-failed': {
    run: async (codes) => {
      setImporterForTesting('after-start', () => Promise.reject(new TypeError('network down')));
      const el = await mountWith(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      el.profile = PROFILE;
      el.step = 'comparison';
      await until(() => codes.length > 0, 'the event');
      await settle(el);
      const gate = root(el).querySelector('.details-gate[role="alert"]');
      const onScreen = gate?.textContent ?? '';
      // "Try again" works and does not report the old failure again
      setImporterForTesting('after-start', undefined);
      gate!.querySelector('button')!.click();
      await until(() => root(el).querySelector('mbc-step-comparison') !== null, 'the comparison after "Try again"');
      await settle(el);
      expect(el.profile.her2).to.equal('low');
      return { el, onScreen };
    },
    restore: () => setImporterForTesting('after-start', undefined),
  },
  'storage-corrupt': {
    run: async () => {
      localStorage.setItem('mbc-decision-aid:codes', '{"v":1,"profile":{"hr":');
      const el = await mountWith(html`<mbc-decision-aid lang="en" id="codes" storage="local"></mbc-decision-aid>`);
      expect(localStorage.getItem('mbc-decision-aid:codes'), 'the unreadable copy is removed').to.equal(null);
      return { el, onScreen: notice(el) };
    },
    restore: () => localStorage.removeItem('mbc-decision-aid:codes'),
  },
  'storage-unavailable': {
    run: async () => {
      const el = await mountWith(html`<mbc-decision-aid lang="en" id="codes" storage="local"></mbc-decision-aid>`);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      try {
        el.profile = PROFILE;
        el.profile = { ...PROFILE, her2: 'zero' }; // a second refused save is the same failure
        await el.ready;
        await settle(el);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(el.profile.her2).to.equal('zero');
      return { el, onScreen: notice(el) };
    },
    restore: () => localStorage.removeItem('mbc-decision-aid:codes'),
  },
  'share-link-invalid': {
    run: async () => {
      history.replaceState(null, '', '#mbc=not-a-share-code');
      const el = await mountWith(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      return { el, onScreen: notice(el) };
    },
    restore: () => history.replaceState(null, '', location.pathname + location.search),
  },
  'content-src-failed': {
    run: async (codes) => {
      const el = await mountWith(html`<mbc-decision-aid lang="en" content-src="/no-such-file-here.json"></mbc-decision-aid>`);
      await until(() => codes.length > 0, 'the event');
      await settle(el);
      return { el, onScreen: notice(el) };
    },
  },
  'clipboard-failed': {
    run: async (codes) => {
      const el = await mountWith(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
      el.profile = PROFILE;
      el.step = 'summary';
      await until(() => root(el).querySelector('mbc-step-summary .summary-actions') !== null, 'the summary');
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      try {
        const share = [...root(el).querySelectorAll<HTMLButtonElement>('.summary-actions button')].find((b) => /share|link/i.test(b.textContent ?? ''))!;
        share.click();
        await until(() => codes.length > 0, 'the event');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      await settle(el);
      return { el, onScreen: root(el).querySelector('.share-status')?.textContent ?? '' };
    },
  },
};

describe('mbc-error codes', () => {
  for (const code of ERROR_CODES) {
    it(`'${code}' is emitted once, with a message on screen and the answers kept`, async () => {
      const c = CASES[code];
      const { codes, stop } = listen();
      try {
        const { el, onScreen } = await c.run(codes);
        await rerender(el);
        expect(codes, 'emitted exactly once').to.deep.equal([code]);
        expect(onScreen.trim(), 'a message on screen').to.not.equal('');
        expect(text(el)).to.not.equal('');
      } finally {
        stop();
        c.restore?.();
      }
    });
  }

  it('every code in ERROR_CODES has a case here, and every case is a code', () => {
    expect(Object.keys(CASES).sort()).to.deep.equal([...ERROR_CODES].sort());
  });
});

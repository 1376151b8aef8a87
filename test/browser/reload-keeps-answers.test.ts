// "Reload the page" (beside "Try again" when a part failed to load) keeps the person's answers, step
// and language — also when the browser refuses session and local storage (Safari's private mode
// throws on setItem; a sandboxed frame throws on reading `sessionStorage` itself). Then the answers
// ride in the address bar's fragment (#mbc=…) across the reload, and leave it once read (#13).
import { expect } from '@open-wc/testing';
import { until } from './harness.js';
import type { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';

type Win = Window & { __errors: string[]; __gone?: boolean };

// Storage that refuses: every write throws, or even reaching the area throws.
const REFUSE_WRITES = `Storage.prototype.setItem=function(){throw new DOMException('The quota has been exceeded.','QuotaExceededError')};`;
const REFUSE_ACCESS = `for(const n of ['sessionStorage','localStorage'])Object.defineProperty(window,n,{configurable:true,get(){throw new DOMException('denied','SecurityError')}});`;

let seq = 0;

async function widgetIn(frame: HTMLIFrameElement): Promise<MbcDecisionAid> {
  let aid: MbcDecisionAid | undefined;
  await until(() => {
    const w = frame.contentWindow as Win | null;
    if (!w || w.__gone) return false;
    const el = frame.contentDocument?.querySelector('mbc-decision-aid') as MbcDecisionAid | null | undefined;
    if (w.customElements?.get('mbc-decision-aid') && el?.shadowRoot?.querySelector('.root .step-region > *')) aid = el;
    return aid;
  }, 'the widget in the frame', 20000);
  return aid!;
}

async function hostPage(refuse: string, storage: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  frame.src = `/test/browser/host-page.html?case=${Date.now().toString(36)}${seq++}&html=${encodeURIComponent(`<!doctype html><html lang="en"><head>
<script>window.__errors=[];addEventListener('error',function(e){__errors.push(String(e.message||e.type))});addEventListener('unhandledrejection',function(e){__errors.push('unhandled: '+String(e.reason&&e.reason.message||e.reason))});${refuse}</script>
<script type="module" src="/src/define.ts"></script></head>
<body><mbc-decision-aid lang="en" storage="${storage}"></mbc-decision-aid></body></html>`)}#top`;
  document.body.append(frame);
  return frame;
}

describe('"Reload the page" when the browser refuses storage', function () {
  this.timeout(60000);
  const cases: Array<[string, string, string]> = [
    ['storage="none", writes refused', REFUSE_WRITES, 'none'],
    ['storage="session", the area itself refused', REFUSE_ACCESS, 'session'],
    ['storage="local", writes refused', REFUSE_WRITES, 'local'],
  ];
  for (const [name, refuse, storage] of cases) {
    it(`keeps the answers, step and language (${name}); the fragment leaves the address bar`, async () => {
      const frame = await hostPage(refuse, storage);
      try {
        const aid = await widgetIn(frame);
        aid.profile = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 2 };
        aid.step = 'comparison';
        const select = aid.shadowRoot!.querySelector('select') as HTMLSelectElement;
        select.value = 'es';
        select.dispatchEvent(new Event('change'));
        await until(() => aid.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'es', 'Spanish');
        const win = frame.contentWindow as Win;
        const length = win.history.length;
        win.__gone = true;
        // As the button beside "Try again" asks (ui/after-start-gate.ts).
        aid.shadowRoot!.querySelector('.root')!.dispatchEvent(new CustomEvent('mbc-intent-after-start', { detail: { reload: true }, bubbles: true }));
        const again = await widgetIn(frame);
        expect(again, 'a new document').not.to.equal(aid);
        await until(() => again.profile.her2 === 'low', 'the answers after the reload');
        expect(again.profile.metastaticLines).to.equal(2);
        expect(again.step).to.equal('comparison');
        await until(() => again.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'es', 'Spanish after the reload');
        const after = frame.contentWindow as Win;
        await until(() => !after.location.hash.includes('mbc'), 'the answers to leave the address bar');
        expect(after.location.hash, 'the host page’s own fragment stays').to.equal('#top');
        expect(after.history.length, 'replaced, not pushed').to.equal(length);
        expect(after.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

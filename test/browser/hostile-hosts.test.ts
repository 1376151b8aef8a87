// Hostile and careless host pages (#13), on the shipped script-tag build (dist/cdn): the script
// included twice (as a module, through the classic loader, from two URLs), a page that overwrites
// globals, and a page that uses Lit itself under a strict CSP with Trusted Types ('allow-duplicates',
// see README "Fault tolerance"). Each runs in its own frame; the widget must reach the comparison with
// no uncaught error and no CSP violation.
import { expect, waitUntil } from '@open-wc/testing';

const PROFILE = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1 };
/** The Trusted Types line the README documents (keep in step with README "Use it on a page"). */
const CSP = `default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html mbc-decision-aid 'allow-duplicates'`;

let seq = 0;
const base = () => `/__f/h${Date.now().toString(36)}${(seq++).toString(36)}/dist/cdn/`;
const module = (b: string) => `<script type="module" src="${b}mbc-decision-aid.js"></script>`;
const loader = (b: string) => `<script src="${b}mbc-decision-aid.loader.js"></script>`;

interface Aid extends HTMLElement {
  profile: Record<string, unknown>;
  step: string;
}

async function until<T>(probe: () => T | undefined | null | false, what: string, ms = 30000): Promise<T> {
  let v: T | undefined | null | false;
  await waitUntil(() => (v = probe()), what, { timeout: ms, interval: 20 });
  return v as T;
}

/** A host page in a frame: `head` runs first (with error and CSP-violation recorders before it). */
async function host(head: string, { csp = false, body = '<mbc-decision-aid lang="en"></mbc-decision-aid>' } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px';
  // Served at a URL of its own, as a real host page is (an iframe srcdoc would do in Chromium, but
  // Firefox resolves a srcdoc page's meta CSP 'self' to no origin: bugzilla.mozilla.org bug 1567970).
  frame.src = `/test/browser/host-page.html?html=${encodeURIComponent(`<!doctype html><html lang="en"><head>
${csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : ''}
<script>window.__errors=[];window.__violations=[];
addEventListener('error',function(e){__errors.push(String(e.message||e.type))});
addEventListener('unhandledrejection',function(e){__errors.push('unhandled: '+String(e.reason&&e.reason.message||e.reason))});
document.addEventListener('securitypolicyviolation',function(e){__violations.push(e.violatedDirective+' '+e.blockedURI)});</script>
${head}</head><body>${body}</body></html>`)}`;
  document.body.append(frame);
  const win = () => frame.contentWindow as unknown as Window & { __errors: string[]; __violations: string[] };
  return { frame, win };
}

/** The widget in the frame renders, walks to the comparison and shows it. */
async function walks(frame: HTMLIFrameElement): Promise<Aid> {
  const aid = await until(() => {
    const a = frame.contentDocument?.querySelector('mbc-decision-aid') as Aid | null;
    return a?.shadowRoot?.querySelector('.root') ? a : undefined;
  }, 'the widget');
  aid.profile = PROFILE;
  aid.step = 'comparison';
  await until(() => aid.shadowRoot!.querySelectorAll('.grid th[data-option]').length === 5, 'the comparison');
  return aid;
}

async function check(head: string, opts?: { csp?: boolean; body?: string }, after?: (w: Window) => void) {
  const { frame, win } = await host(head, opts);
  try {
    const aid = await walks(frame);
    after?.(win());
    expect(win().__errors, 'uncaught errors').to.deep.equal([]);
    expect(win().__violations, 'CSP violations').to.deep.equal([]);
    return aid;
  } finally {
    frame.remove();
  }
}

describe('hostile hosts (script-tag build)', function () {
  this.timeout(120000);
  before(async function () {
    // These run on the module build's script-tag folder (dist/cdn); without it there is nothing to test.
    if (!(await fetch('/__f/probe/dist/cdn/mbc-decision-aid.js')).ok) this.skip();
  });

  it('the module script included twice', async () => {
    const b = base();
    await check(module(b) + module(b));
  });

  it('the classic loader included twice, under the strict CSP with Trusted Types', async () => {
    const b = base();
    await check(loader(b) + loader(b), { csp: true });
  });

  it('two copies from two URLs (a CDN copy and a local copy): the first registration serves', async () => {
    await check(module(base()) + module(base()));
  });

  it('a page that overwrites the globals we might be expected to own', async () => {
    const b = base();
    await check(
      `<script>window.MbcDecisionAid={__shared:null,lit:null};</script>${module(b)}`,
      undefined,
      (w) => ((w as unknown as Record<string, unknown>).MbcDecisionAid = { broken: true }),
    );
  });

  it('a page that freezes the JavaScript built-ins (as SES lockdown or a hardening script does)', async () => {
    // Lit sets Symbol.metadata when the engine has none (a TC39 proposal; no engine ships it yet): on
    // a frozen Symbol that assignment throws and would stop the widget before its first render.
    const freeze = `<script>(function(){var names=['Object','Function','Array','Symbol','Promise','Map','Set','WeakMap','WeakSet','WeakRef','String','Number','Boolean','BigInt','RegExp','Date','Error','TypeError','RangeError','SyntaxError','JSON','Math','Reflect','Proxy','Intl','ArrayBuffer','DataView','Uint8Array','Int32Array','Float64Array'];
names.forEach(function(n){var v=window[n];if(!v)return;Object.freeze(v);if(v.prototype)Object.freeze(v.prototype);});
Object.freeze(Object.getPrototypeOf(function*(){}));Object.freeze(Object.getPrototypeOf(async function(){}));window.__frozen=Object.isFrozen(Symbol)&&Object.isFrozen(Array.prototype);})();</script>`;
    await check(freeze + module(base()), undefined, (w) => expect((w as unknown as { __frozen: boolean }).__frozen).to.equal(true));
  });

  const hostLit = `<script type="module">import { html, render } from '/node_modules/lit/index.js';
render(html\`<p id="host-lit">host's own Lit</p>\`, document.body.appendChild(document.createElement('div')));</script>`;

  it('a page that uses Lit itself (its own lit-html Trusted Types policy first), under the strict CSP', async () => {
    const b = base();
    const { frame, win } = await host(hostLit + module(b), { csp: true });
    try {
      await until(() => frame.contentDocument?.getElementById('host-lit'), 'the host’s own Lit');
      await walks(frame);
      expect(win().__errors).to.deep.equal([]);
      expect(win().__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a page that uses Lit itself and includes the widget twice (module and classic loader), under the strict CSP', async () => {
    // The host's 'lit-html' policy, then the widget's, and a second copy's from another URL: without
    // 'allow-duplicates' in the documented line, the second of each name throws and the widget stays blank.
    const b = base();
    const { frame, win } = await host(hostLit + module(b) + loader(b) + module(base()), { csp: true });
    try {
      await until(() => frame.contentDocument?.getElementById('host-lit'), 'the host’s own Lit');
      await walks(frame);
      expect(frame.contentDocument!.querySelectorAll('mbc-decision-aid')).to.have.length(1);
      expect(win().__errors).to.deep.equal([]);
      expect(win().__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

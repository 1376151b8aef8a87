// The element's public API as untyped JavaScript can use it. TypeScript users get `ProfileInput`
// (test/types/), but a page's script may hand `profile` anything: it must never throw, keep the
// answers and say so once per bad value.
import { expect, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { mount, root, settle, settleUntil } from './harness.js';
import { STEPS } from '../../src/state/steps.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1 };

describe('profile accepts anything at run time', () => {
  const BAD: unknown[] = [42, 'hr=positive', null, undefined, true, [], ['positive'], { hr: 'sometimes' }, { her2: 42 }, { biomarkers: 'all' }, { sites: 'bone' }, { metastaticLines: -1 }];
  it('never throws, keeps the answers and emits invalid-profile for each bad value', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    el.profile = PROFILE;
    // Checked with the question steps' parser: applied once `ready` resolves, at once after that.
    await el.ready;
    await settle(el);
    const kept = JSON.stringify(el.profile);
    expect(kept).to.contain('"her2":"low"');
    const codes: string[] = [];
    el.addEventListener('mbc-error', (e) => codes.push(e.detail.code));
    for (const bad of BAD) {
      expect(() => ((el as { profile: unknown }).profile = bad), JSON.stringify(bad) ?? String(bad)).not.to.throw();
      expect(JSON.stringify(el.profile), `after ${JSON.stringify(bad)}`).to.equal(kept);
    }
    await settle(el);
    expect(codes).to.deep.equal(BAD.map(() => 'invalid-profile'));
    expect(root(el).querySelector('.notices')?.textContent, 'a message on screen').to.match(/\S/);
  });
});

interface Declaration {
  tagName: string;
  attributes: Array<{ name: string }>;
  members: Array<{ kind: string; name: string; readonly?: boolean }>;
  events: Array<{ name: string }>;
  cssParts: Array<{ name: string }>;
  cssProperties: Array<{ name: string }>;
}
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

// custom-elements.json (written by `npm run build`) against the running element: the attributes it
// observes, its public members, the ::part names it renders across every step (the trial finder's
// only with trials="live") and the CSS custom properties its styles read. README ↔ manifest ↔ source
// is test/build/manifest.test.mjs.
describe('custom-elements.json ↔ the running element', () => {
  let element: Declaration;
  before(async () => {
    // the test server turns .json into a module; a variable keeps tsc from resolving a file the build writes
    const url = '/custom-elements.json';
    const manifest = ((await import(/* @vite-ignore */ url)) as { default: { modules: Array<{ declarations: Declaration[] }> } }).default;
    element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'mbc-decision-aid')!;
  });

  it('observes exactly the documented attributes', () => {
    expect(sorted((customElements.get('mbc-decision-aid') as unknown as { observedAttributes: string[] }).observedAttributes)).to.deep.equal(
      sorted(element.attributes.map((a) => a.name)),
    );
  });

  it('has every documented property and method, and nothing public that is not documented', async () => {
    const el = await mount();
    const documented = new Set(element.members.map((m) => m.name));
    for (const m of element.members) {
      expect(m.name in el, m.name).to.equal(true);
      if (m.kind === 'method') expect(typeof (el as unknown as Record<string, unknown>)[m.name], m.name).to.equal('function');
    }
    // own public API: what the element's class adds to LitElement's (its lifecycle hooks and
    // everything up to HTMLElement), minus Lit's internal @state() fields
    const lit = new Set<string>();
    for (let p = LitElement.prototype as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      for (const n of Object.getOwnPropertyNames(p)) lit.add(n);
    }
    const props = (el.constructor as unknown as { elementProperties: Map<string, { state?: boolean }> }).elementProperties;
    for (const [name, options] of props) if (options.state) lit.add(name);
    let proto = Object.getPrototypeOf(el) as object;
    const own: string[] = [];
    while (proto && proto !== LitElement.prototype) {
      own.push(...Object.getOwnPropertyNames(proto));
      proto = Object.getPrototypeOf(proto) as object;
    }
    const undocumented = own.filter((n) => n !== 'constructor' && !n.startsWith('_') && !lit.has(n) && !documented.has(n));
    expect(undocumented).to.deep.equal([]);
  });

  it('renders exactly the documented parts and reads exactly the documented CSS custom properties', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en" trials="live"></mbc-decision-aid>`);
    el.profile = PROFILE;
    const parts = new Set<string>();
    const props = new Set<string>();
    for (const step of STEPS) {
      el.step = step;
      await settle(el);
      if (step === 'comparison') await settleUntil(el, () => root(el).querySelector('mbc-step-comparison [part~="comparison"]'), 'the comparison');
      if (step === 'summary') await settleUntil(el, () => root(el).querySelector('[part~="trial-finder"]'), 'the trial finder');
      for (const p of root(el).querySelectorAll('[part]')) for (const name of p.getAttribute('part')!.split(/\s+/)) parts.add(name);
      const text = root(el).adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      for (const m of text.matchAll(/var\((--mbc-[a-z0-9-]+)/g)) props.add(m[1]!);
    }
    expect(sorted(parts)).to.deep.equal(sorted(element.cssParts.map((p) => p.name)));
    expect(sorted(props)).to.deep.equal(sorted(element.cssProperties.map((p) => p.name)));
  });
});

// Driving the built script-tag folder (dist/cdn/) as a host page does. Unlike harness.ts, nothing here
// imports the sources: these tests must meet only what the build ships.
import { expect, waitUntil } from '@open-wc/testing';

export type BuiltAid = HTMLElement & { profile: unknown; step: string; ready: Promise<void>; assessment: unknown; updateComplete: Promise<boolean> };

/** Adds a <script> (a module one with `type: 'module'`) and resolves once it has loaded. */
export function addScript(src: string, type?: 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    if (type) s.type = type;
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(src));
    document.head.append(s);
  });
}

/** A new widget, given answers (the engine loads: five options), shown on the comparison. */
export async function reachComparison(): Promise<BuiltAid> {
  const el = document.createElement('mbc-decision-aid') as BuiltAid;
  el.setAttribute('lang', 'en');
  document.body.append(el);
  await el.updateComplete;
  el.profile = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };
  await el.ready;
  expect(el.assessment).to.have.nested.property('options.length', 5);
  el.step = 'comparison';
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.glance-wide th[data-option]').length === 5, 'the comparison', { timeout: 20000 });
  return el;
}

// Script-tag build: the comparison and summary steps live in mbc-decision-aid.results.js beside this
// script, itself a classic script that borrows Lit and our shared modules from window.MbcDecisionAid.
// Under Trusted Types the host must allow our policy name: trusted-types lit-html mbc-decision-aid.
import { assetUrl } from '../../util/asset-url.js';

let request: Promise<void> | undefined;
let policy: { createScriptURL(url: string): unknown } | undefined;

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

function scriptUrl(): string {
  const url = assetUrl('mbc-decision-aid.results.js');
  const tt = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  // Only this one URL can pass through the policy (created once: a second createPolicy may throw).
  policy ??= tt.createPolicy('mbc-decision-aid', { createScriptURL: (u) => (u === url ? u : '') });
  return policy.createScriptURL(url) as string;
}

export function loadResults(): Promise<void> {
  if (customElements.get('mbc-step-summary')) return Promise.resolve();
  request ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = scriptUrl(); // throws (→ reject) if the host's Trusted Types do not allow our policy
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('results script failed to load'));
    document.head.append(script);
  });
  request.catch(() => {
    request = undefined;
  });
  return request;
}

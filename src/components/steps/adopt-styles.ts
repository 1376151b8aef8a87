// Steps render into the root's shadow root and have none of their own. Those that arrive after the
// first load bring their styles along (`static styles`) and add them to that shadow root when they
// connect (step-element.ts; once per root; the sheet object is shared by every instance on the page).
import type { CSSResultOrNative } from 'lit';

const sheetOf = (s: CSSResultOrNative): CSSStyleSheet | undefined => (s instanceof CSSStyleSheet ? s : s.styleSheet);

export function adoptInto(node: Node, styles: readonly CSSResultOrNative[]): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map(sheetOf).filter((s): s is CSSStyleSheet => Boolean(s));
  if (sheets.length === styles.length) {
    const missing = sheets.filter((s) => !root.adoptedStyleSheets.includes(s));
    if (!missing.length) return;
    // Print rules must stay last so they win when printing: insert before a trailing print sheet.
    const current = [...root.adoptedStyleSheets];
    const last = current[current.length - 1]; // not .at(-1): Safari before 15.4 lacks it
    const printLast = last?.cssRules[0] instanceof CSSMediaRule && last.cssRules[0].conditionText === 'print';
    root.adoptedStyleSheets = printLast ? [...current.slice(0, -1), ...missing, last!] : [...current, ...missing];
    return;
  }
  // Browsers without constructable stylesheets: a <style> element, with Lit's nonce if the host set one.
  for (const s of styles) {
    const text = s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText;
    const id = `mbc-style-${hash(text)}`;
    if (root.getElementById(id)) continue;
    const el = document.createElement('style');
    el.id = id;
    const nonce = (window as unknown as { litNonce?: string }).litNonce;
    if (nonce) el.setAttribute('nonce', nonce);
    el.textContent = text;
    root.append(el);
  }
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

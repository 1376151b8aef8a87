// Put markup (a link) inside translated text without concatenating sentence pieces: translate with a
// placeholder token, then split around it, so every language keeps its own word order.
import { html, type TemplateResult } from 'lit';

export const SLOT = '\u2063slot\u2063';

export function withSlot(text: string, inner: TemplateResult): TemplateResult {
  const at = text.indexOf(SLOT);
  if (at < 0) return html`${text} ${inner}`;
  return html`${text.slice(0, at)}${inner}${text.slice(at + SLOT.length)}`;
}

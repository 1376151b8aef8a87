// Content text may mark glossary terms as [[id|visible words]]. Each becomes a small toggle button
// (<mbc-glossary-term>, glossary-term.ts) that shows the plain-language definition inline right after
// it: works with touch, keyboard and screen readers, never clipped by a host page's overflow (no
// floating popover), no markup parsing.
import { html, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';

const MARK = /\[\[([a-z0-9-]+)\|([^\]|]+)\]\]/g;

const OPEN = /[(（「“"'\[]$/u;
const CLOSE = /^[)）」”"'\].,;:!?、。，]+/u;

/**
 * Text with glossary markers turned into definitions on demand; without markers, the text itself.
 * A bracket or punctuation touching a term is glued to it, so "(" never ends a line with its term
 * on the next one.
 */
export function richText(text: string, i18n: I18nView): TemplateResult | string {
  if (!text.includes('[[')) return text;
  const parts: Array<TemplateResult | string> = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    const [whole, id, words] = m as unknown as [string, string, string];
    let before = text.slice(last, m.index);
    const open = OPEN.exec(before)?.[0] ?? '';
    before = before.slice(0, before.length - open.length);
    const end = (m.index ?? 0) + whole.length;
    const close = CLOSE.exec(text.slice(end))?.[0] ?? '';
    parts.push(before);
    const defKey = `glossary:${id}.definition`;
    const definition = i18n.t(defKey);
    const term =
      definition === defKey || !definition
        ? words
        : html`<mbc-glossary-term .words=${words} .term=${i18n.t(`glossary:${id}.term`)} .definition=${definition}></mbc-glossary-term>`;
    parts.push(open || close ? html`<span class="term-glue">${open}${term}${close}</span>` : term);
    last = end + close.length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

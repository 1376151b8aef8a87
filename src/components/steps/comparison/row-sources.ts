// "Sources for this row": one control per row instead of a number after every sentence. It opens the
// row's sources in place, numbered as in the full list, so a reader can check a claim without
// leaving the comparison, and a keyboard user passes the whole row in one Tab.
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../../content/types.js';
import { type ViewContext, toggleButton } from './view-context.js';

const host = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function sourceEntry(v: ViewContext, s: Source, n: number): TemplateResult {
  // A link the URL gate refused arrives as '' (content/validate-knowledge.ts): the citation stays, unlinked.
  return html`<li value=${n}><cite lang="en">${s.title}</cite>. ${s.publisher}.
    ${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${host(s.url)}</a>` : nothing}</li>`;
}

/** The numbered entries for these source ids (deduplicated, in list order). */
export function sourceEntries(v: ViewContext, ids: readonly string[]): TemplateResult {
  const nums = [...new Set(ids)].map((id) => [id, v.citations.number(id)] as const).sort((a, b) => a[1] - b[1]);
  return html`<ol class="row-source-list">
    ${nums.map(([id, n]) => {
      const s = v.k.source(id);
      return s ? sourceEntry(v, s, n) : nothing;
    })}
  </ol>`;
}

/** The toggle for one block's sources; `region` is the id of the element that shows them. */
export const sourcesToggle = (v: ViewContext, key: string, region: string, name: string): TemplateResult =>
  toggleButton(v, `src:${key}`, v.i18n.t('comparison:rowSources'), region, 'row-src', name);

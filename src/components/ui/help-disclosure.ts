// "Where to find this": a native <details>, so it opens with Enter/Space and by touch, with no script.
// Help texts are medical statements too, so they end with their sources and the date they were checked.
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../content/types.js';

export interface HelpSources {
  sources: readonly Source[];
  /** "Sources checked December 2026", already localized. */
  checked: string;
  /** "Sources", already localized. */
  label: string;
}

export const helpDisclosure = (summary: string, body: string | TemplateResult, cited?: HelpSources): TemplateResult =>
  html`<details class="help">
    <summary>${summary}</summary>
    <div class="help-body">
      <p>${body}</p>
      ${cited?.sources.length
        ? html`<p class="help-sources">
            <span class="label">${cited.label}</span>
            ${cited.sources.map(
              // A link the URL gate refused arrives as '': the citation stays, unlinked.
              (s) =>
                html`<span class="source">${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer"><cite lang="en">${s.title}</cite></a>` : html`<cite lang="en">${s.title}</cite>`} (${s.publisher})</span>`,
            )}
            <span class="checked">${cited.checked}</span>
          </p>`
        : nothing}
    </div>
  </details>`;

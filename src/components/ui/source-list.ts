// The numbered sources of one view, each with publisher, link and the date it was read, plus the
// content's review date: IPDAS asks for citations and a publication/review date on the page.
import { html, nothing, type TemplateResult } from 'lit';
import type { KnowledgeIndex } from '../../content/knowledge.js';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { Citations } from './citations.js';
import { safeHref } from '../../util/safe-url.js';

const host = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function sourceList(citations: Citations, prefix: string, reviewed: string, i18n: I18nView, k: KnowledgeIndex): TemplateResult {
  const ids = citations.ids;
  return html`<section class="sources" aria-labelledby="${prefix}-sources-heading">
    <h3 id="${prefix}-sources-heading" tabindex="-1">${i18n.t('common:sources.heading')}</h3>
    <p class="reviewed">${i18n.t('common:sources.intro')} ${i18n.t('common:sources.reviewed', { date: i18n.monthYear(reviewed) })}</p>
    <ol>
      ${ids.map((id, i) => {
        const s = k.source(id);
        if (!s) return nothing;
        const href = safeHref(s.url);
        return html`<li id="${prefix}-src-${i + 1}" tabindex="-1">
          <cite lang="en">${s.title}</cite>. ${s.publisher}.
          ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer"><span class="host">${host(href)}</span></a>` : nothing}
          <span class="accessed">(${i18n.t('common:sources.accessed', { date: i18n.date(s.accessed) })})</span>
        </li>`;
      })}
    </ol>
  </section>`;
}

/** Latest review date among the items shown: the page states how current its content is. */
export const latestReview = (dates: Iterable<string>): string => [...dates].reduce((a, b) => (b > a ? b : a), '');

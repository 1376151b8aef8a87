// Numbered citations for one view: a source gets a number the first time it is cited, and every
// statement shows its numbers as small buttons that move focus to the entry in the sources list
// (not #fragment links, which would rewrite the host page's URL).
import { html, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';

export class Citations {
  readonly #numbers = new Map<string, number>();

  number(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.#numbers.size + 1;
      this.#numbers.set(id, n);
    }
    return n;
  }

  get ids(): string[] {
    return [...this.#numbers.keys()];
  }

  cite(ids: readonly string[], i18n: I18nView, prefix: string): TemplateResult {
    const nums = [...new Set(ids)].map((id) => this.number(id)).sort((a, b) => a - b);
    return html`<span class="cites">${nums.map(
      (n) =>
        html`<button type="button" class="cite" data-target="${prefix}-src-${n}" @click=${focusSource}
          aria-label=${i18n.t('common:sources.cite', { number: i18n.number(n) })}>${i18n.number(n)}</button>`,
    )}</span>`;
  }
}

function focusSource(e: Event): void {
  const button = e.currentTarget as HTMLElement;
  const root = button.getRootNode() as ShadowRoot | Document;
  const target = root.getElementById?.(button.dataset.target ?? '');
  if (!target) return;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}

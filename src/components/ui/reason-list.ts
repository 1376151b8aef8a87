// The two lists the comparison and the summary both show, written once: why an option or approach has
// its label (each reason traced to the answers it came from) and the tests that could change the picture.
import { html, nothing, type TemplateResult } from 'lit';
import type { MissingTest, Profile, Reason } from '../../engine/index.js';
import type { I18nView } from '../../i18n/i18n-controller.js';
import { answerLabel, becauseText } from '../answer-labels.js';
import { richText } from './rich-text.js';

/** Each reason in plain words, then "Because you said: …"; `cite` adds its source numbers where the view numbers them. */
export function reasonList(
  reasons: readonly Reason[],
  profile: Profile,
  i18n: I18nView,
  cite: (r: Reason) => TemplateResult | typeof nothing = () => nothing,
): TemplateResult {
  return html`<ul class="reasons">
    ${reasons.map(
      (r) => html`<li>
        ${richText(i18n.t(`engine:${r.key}`), i18n)}
        <span class="because">${becauseText(r.because, profile, i18n)}</span> ${cite(r)}
      </li>`,
    )}
  </ul>`;
}

/** The tests not done or not known, each with what it could change. */
export function missingTestList(missing: readonly MissingTest[], profile: Profile, i18n: I18nView, id?: string): TemplateResult {
  return html`<ul id=${id ?? nothing}>
    ${missing.map((m) => html`<li><strong>${answerLabel(m.field, profile, i18n)}</strong>: ${i18n.t(`engine:${m.why}`)}</li>`)}
  </ul>`;
}

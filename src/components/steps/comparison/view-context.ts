// What every part of the comparison reads while rendering: the answers' assessment, the knowledge,
// translations, the rows that matter to the person, the citation numbering, and the one place that
// decides which disclosures are open (so clinician mode can open everything by flipping one switch).
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KnowledgeIndex } from '../../../content/knowledge.js';
import type { RowId } from '../../../content/types.js';
import type { Assessment, PriorityId, Profile } from '../../../engine/index.js';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import type { Citations } from '../../ui/citations.js';

export interface ViewContext {
  readonly i18n: I18nView;
  readonly k: KnowledgeIndex;
  readonly profile: Profile;
  readonly assessment: Assessment;
  readonly marks: Map<RowId, PriorityId[]>;
  readonly citations: Citations;
  /** Whether a disclosure ('more:hormonal', 'rows', 'src:hair-loss', …) is open. */
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

export const PREFIX = 'cmp';

/**
 * A disclosure button with a visible cue (chevron + words), never a bare heading. `id` of the region
 * it opens goes in aria-controls only while that region exists.
 */
export function toggleButton(v: ViewContext, key: string, label: TemplateResult | string, region: string, extraClass = '', name?: string): TemplateResult {
  const open = v.isOpen(key);
  return html`<button type="button" class="toggle ${extraClass}" aria-expanded=${String(open)} aria-controls=${ifDefined(open ? region : undefined)}
    aria-label=${ifDefined(name)} @click=${() => v.toggle(key)}><span class="chevron" aria-hidden="true"></span><span>${label}</span></button>`;
}

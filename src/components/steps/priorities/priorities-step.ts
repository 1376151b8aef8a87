import { html, nothing } from 'lit';
import { StepElement } from '../step-element.js';
import { radioGroup } from '../../ui/choice-group.js';
import type { PriorityLevel } from '../../../engine/index.js';
import { PRIORITY_IDS, PRIORITY_LEVELS } from '../../../engine/vocabulary.js';
import type { StepId } from '../../../state/steps.js';
import { edits } from '../../../state/answer-edits.js';

/** Step 4: values clarification. Each priority on the same 0–4 scale; none is pre-selected. */
export class PrioritiesStep extends StepElement {
  protected readonly stepId: StepId = 'priorities';

  protected override render() {
    if (!this.ready) return nothing;
    const p = this.snapshot.profile;
    const t = (k: string) => this.t(`priorities:${k}`);
    // Everything "matters most" says nothing about trade-offs: a gentle nudge to pick, never a block.
    const allMost = PRIORITY_IDS.every((id) => p.priorities[id] === 4);
    const choices = PRIORITY_LEVELS.map((level) => ({ value: level, label: t(`scale.${level}`) }));
    return html`<section class="step priorities" aria-labelledby="heading-priorities">
      ${this.heading(t('heading'))}
      <p class="lead">${t('intro')}</p>
      <p>${t('skip')}</p>
      ${PRIORITY_IDS.map((id) =>
        radioGroup<PriorityLevel>({
          id: `priorities.${id}`,
          legend: t(`items.${id}`),
          inline: true,
          choices,
          value: p.priorities[id],
          onChange: (v) => edits(this.store).setPriority(id, v),
        }),
      )}
      <p class="tradeoff" role="status">${allMost ? t('allMost') : ''}</p>
    </section>`;
  }
}

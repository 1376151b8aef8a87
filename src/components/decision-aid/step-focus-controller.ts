// After a step change: move focus to the new step's heading (or to the question being edited) and
// say "Step n of m: title" in the root's polite live region. Never on first render, so the widget
// does not steal focus from the host page when it loads.
import type { LitElement, ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepId } from '../../state/steps.js';

export type FocusTarget = 'heading' | { question: string };

export class StepFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #describe: (step: StepId) => string;
  #pending: { step: StepId; focus: FocusTarget } | undefined;
  /** Text of the live region; cleared and rewritten so a repeated step is announced again. */
  announcement = '';

  constructor(host: ReactiveControllerHost & HTMLElement, describe: (step: StepId) => string) {
    this.#host = host;
    this.#describe = describe;
    host.addController(this);
  }

  request(step: StepId, focus: FocusTarget): void {
    this.#pending = { step, focus };
    this.announcement = '';
  }

  hostUpdated(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    void this.#apply(pending.step, pending.focus);
  }

  async #apply(step: StepId, focus: FocusTarget): Promise<void> {
    const root = this.#host.shadowRoot;
    if (!root) return;
    const view = root.querySelector<LitElement>(`mbc-step-${step}`);
    await view?.updateComplete;
    // A selector list matches in document order, so ask for the chosen answer first, then any control.
    const question = focus === 'heading' ? null : root.getElementById(`q-${focus.question}`);
    const target =
      question?.querySelector<HTMLElement>('input:checked') ??
      question?.querySelector<HTMLElement>('input, select, button') ??
      root.getElementById(`heading-${step}`);
    target?.focus();
    if (focus !== 'heading') target?.scrollIntoView?.({ block: 'center' });
    this.announcement = this.#describe(step);
    this.#host.requestUpdate();
  }
}

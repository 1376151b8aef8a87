// Which step is on screen and how the person moves between steps: Back and Continue, the progress
// list, "Change" on the summary, `el.step`. Every move goes through goTo(): it closes "About this
// guide", asks for focus on the new step's heading (or on the question being changed) with "Step n
// of m" announced, and the store moves. The steps reached so far stay reachable from the progress list.
import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { Store } from '../../state/store.js';
import type { StepId } from '../../state/steps.js';
import { emit } from '../../util/events.js';
import type { AboutController } from './about-controller.js';
import type { QuestionsController } from './questions-controller.js';
import { StepFocusController, type FocusTarget } from './step-focus-controller.js';

export interface StepRouterOptions {
  store: Store;
  /** The steps of the current mode (clinician mode has no intro). */
  steps(): readonly StepId[];
  i18n(): I18nView;
  about: AboutController;
}

export class StepRouter implements ReactiveController {
  readonly #host: LitElement;
  readonly #o: StepRouterOptions;
  readonly #focus: StepFocusController;
  /** Steps the person has been to: the progress list lets them go back to any of them. */
  reached = new Set<StepId>();

  constructor(host: LitElement, options: StepRouterOptions) {
    this.#host = host;
    this.#o = options;
    this.#focus = new StepFocusController(host, (step) => {
      const steps = options.steps();
      const i18n = options.i18n();
      return i18n.t('common:progress.announce', {
        current: i18n.number(steps.indexOf(step) + 1),
        total: i18n.number(steps.length),
        title: i18n.t(`common:steps.${step}`),
      });
    });
    host.addController(this);
  }

  hostConnected(): void {}

  /** "Step n of m: title", for the root's polite live region. */
  get announcement(): string {
    return this.#focus.announcement;
  }

  goTo = (step: StepId, focus: FocusTarget = 'heading'): void => {
    const steps = this.#o.steps();
    const target = steps.includes(step) ? step : steps[0]!;
    if (this.#o.about.open) {
      this.#o.about.open = false;
      this.#host.requestUpdate();
    }
    if (target === this.#o.store.snapshot.step && focus === 'heading') return;
    this.#focus.request(target, focus);
    this.#o.store.goTo(target);
  };

  move = (delta: 1 | -1): void => {
    const steps = this.#o.steps();
    const next = steps[steps.indexOf(this.#o.store.snapshot.step) + delta];
    if (next) this.goTo(next);
  };

  /** The store moved from `previous` to another step. */
  moved(previous: StepId): void {
    const host = this.#host;
    this.reached = new Set([...this.reached, previous]);
    emit(host, 'mbc-step-change', { step: this.#o.store.snapshot.step });
  }

  forget(): void {
    this.reached = new Set();
    this.#host.requestUpdate();
  }

  /** The step: the intro (`intro`, the root's own view) is in the first load; the others wait for their lazy part. */
  static render(step: StepId, questions: QuestionsController, intro: () => TemplateResult): TemplateResult {
    const details = questions.details;
    switch (step) {
      case 'intro':
        return intro();
      case 'receptors':
        return questions.render(step, () => html`<mbc-step-receptors></mbc-step-receptors>`);
      case 'treatments':
        return questions.render(step, () => html`<mbc-step-treatments></mbc-step-treatments>`);
      case 'priorities':
        return questions.render(step, () => html`<mbc-step-priorities></mbc-step-priorities>`);
      case 'comparison':
        return details.render(step, () => html`<mbc-step-comparison></mbc-step-comparison>`);
      case 'summary':
        return details.render(step, () => html`<mbc-step-summary></mbc-step-summary>`);
    }
  }
}

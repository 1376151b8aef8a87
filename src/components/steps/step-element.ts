// Base of every step. Steps render into the root's shadow root (no shadow root of their own), so the
// root's styles, ids and live region are shared, and they read everything through context.
import { LitElement, html, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import {
  i18nContext,
  knowledgeContext,
  settingsContext,
  storeContext,
  type KnowledgeView,
  type Settings,
  type AnswersContext,
} from '../../state/context.js';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { StepId } from '../../state/steps.js';

export abstract class StepElement extends LitElement {
  @consume({ context: storeContext, subscribe: true })
  protected answers!: AnswersContext;

  @consume({ context: i18nContext, subscribe: true })
  protected i18n!: I18nView;

  @consume({ context: settingsContext, subscribe: true })
  protected settings!: Settings;

  @consume({ context: knowledgeContext, subscribe: true })
  protected knowledge!: KnowledgeView;

  protected abstract readonly stepId: StepId;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get snapshot() {
    return this.answers.snapshot;
  }

  protected get store() {
    return this.answers.store;
  }

  protected t(key: string, options?: Record<string, unknown>): string {
    return this.i18n.t(key, options);
  }

  /** The step's heading: receives focus after a step change so keyboard and screen-reader users start here. */
  protected heading(text: string): TemplateResult {
    return html`<h2 tabindex="-1" class="step-heading" id="heading-${this.stepId}">${text}</h2>`;
  }

  /** Steps render nothing until their context has arrived. */
  protected get ready(): boolean {
    return Boolean(this.answers && this.i18n && this.settings && this.knowledge);
  }
}

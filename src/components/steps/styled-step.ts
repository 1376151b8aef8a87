// A step with styles of its own, declared as `static styles` like any Lit element's. Steps render into
// the widget's shadow root rather than one of their own, so Lit does not adopt those styles: they are
// added to that root when the step connects, once per root (adopt-styles.ts keeps print rules last).
// A base of its own, not StepElement's job: the first screen's steps need none, and the adoption code
// stays out of the first load.
import type { LitElement } from 'lit';
import { StepElement } from './step-element.js';
import { adoptInto } from './adopt-styles.js';

export abstract class StyledStepElement extends StepElement {
  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this, (this.constructor as typeof LitElement).elementStyles);
  }
}

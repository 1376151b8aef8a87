// "I'm not sure" for a multi-choice question: an extra checkbox in the same fieldset.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export const notSureToggle = (checked: boolean, label: string, onChange: (on: boolean) => void): TemplateResult =>
  html`<label class="choice not-sure">
    <input type="checkbox" .checked=${live(checked)} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    <span class="label">${label}</span>
  </label>`;

// "Where to find this": a native <details>, so it opens with Enter/Space and by touch, with no script.
import { html, type TemplateResult } from 'lit';

export const helpDisclosure = (summary: string, body: string | TemplateResult): TemplateResult =>
  html`<details class="help">
    <summary>${summary}</summary>
    <div class="help-body">${body}</div>
  </details>`;

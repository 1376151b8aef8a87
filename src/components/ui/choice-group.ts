// Native radio and checkbox groups: <fieldset>/<legend> and <label>-wrapped inputs, all in one shadow
// root so names, help and errors are announced together (ARIA ids cannot cross shadow roots).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
  /** Optional second line, e.g. what a HER2 score means. */
  hint?: string;
}

interface GroupBase {
  /** Unique within the step; used for the input name and ids. */
  id: string;
  legend: string | TemplateResult;
  help?: TemplateResult | typeof nothing;
  /** Lays choices out in a row when there is room (e.g. a 0–4 scale). */
  inline?: boolean;
}

export function radioGroup<V extends string | number>(
  g: GroupBase & { choices: Choice<V>[]; value: V | undefined; onChange: (v: V) => void },
): TemplateResult {
  return html`<fieldset class="choices ${g.inline ? 'inline' : ''}" id="q-${g.id}" data-question=${g.id}>
    <legend>${g.legend}</legend>
    ${g.help ?? nothing}
    <div class="options">
      ${g.choices.map(
        (c) => html`<label class="choice">
          <input
            type="radio"
            name=${g.id}
            .value=${String(c.value)}
            .checked=${live(g.value === c.value)}
            @change=${() => g.onChange(c.value)}
          />
          <span class="label">${c.label}${c.hint ? html`<span class="hint">${c.hint}</span>` : nothing}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function checkboxGroup<V extends string>(
  g: GroupBase & {
    choices: Choice<V>[];
    values: readonly V[];
    onToggle: (v: V, on: boolean) => void;
    /** e.g. an "I'm not sure" toggle, shown last. */
    extra?: TemplateResult;
  },
): TemplateResult {
  return html`<fieldset class="choices" id="q-${g.id}" data-question=${g.id}>
    <legend>${g.legend}</legend>
    ${g.help ?? nothing}
    <div class="options">
      ${g.choices.map(
        (c) => html`<label class="choice">
          <input
            type="checkbox"
            name=${g.id}
            .value=${c.value}
            .checked=${live(g.values.includes(c.value))}
            @change=${(e: Event) => g.onToggle(c.value, (e.target as HTMLInputElement).checked)}
          />
          <span class="label">${c.label}${c.hint ? html`<span class="hint">${c.hint}</span>` : nothing}</span>
        </label>`,
      )}
      ${g.extra ?? nothing}
    </div>
  </fieldset>`;
}

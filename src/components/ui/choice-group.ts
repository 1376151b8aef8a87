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
  /** e.g. an "I'm not sure" toggle, shown last. */
  afterChoices?: TemplateResult;
}

function group<V extends string | number>(
  g: GroupBase & { type: 'radio' | 'checkbox'; choices: Choice<V>[]; isChecked: (v: V) => boolean; onInput: (v: V, checked: boolean) => void },
): TemplateResult {
  return html`<fieldset class="choices ${g.inline ? 'inline' : ''}" id="q-${g.id}" data-question=${g.id}>
    <legend>${g.legend}</legend>
    ${g.help ?? nothing}
    <div class="options">
      ${g.choices.map(
        (c) => html`<label class="choice">
          <input
            type=${g.type}
            name=${g.id}
            .value=${String(c.value)}
            .checked=${live(g.isChecked(c.value))}
            @change=${(e: Event) => g.onInput(c.value, (e.target as HTMLInputElement).checked)}
          />
          <span class="label">${c.label}${c.hint ? html`<span class="hint">${c.hint}</span>` : nothing}</span>
        </label>`,
      )}
      ${g.afterChoices ?? nothing}
    </div>
  </fieldset>`;
}

export const radioGroup = <V extends string | number>(
  g: GroupBase & { choices: Choice<V>[]; value: V | undefined; onChange: (v: V) => void },
): TemplateResult => group({ ...g, type: 'radio', isChecked: (v) => g.value === v, onInput: (v) => g.onChange(v) });

export const checkboxGroup = <V extends string>(
  g: GroupBase & { choices: Choice<V>[]; values: readonly V[]; onToggle: (v: V, on: boolean) => void },
): TemplateResult => group({ ...g, type: 'checkbox', isChecked: (v) => g.values.includes(v), onInput: g.onToggle });

import { css } from 'lit';

// Large targets (≥ 2.75em ≈ 44 px at default size, WCAG 2.5.8 asks 24 px), native inputs, clear state.
export const choiceStyles = css`
  fieldset.choices {
    border: 0;
    margin: 0 0 1.25em;
    padding: 0;
    min-inline-size: 0;
  }
  fieldset.choices > legend {
    font-weight: 700;
    font-size: 1.05em;
    padding: 0;
    margin-block-end: 0.35em;
  }
  .options {
    display: grid;
    gap: 0.4em;
  }
  .inline .options {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding: 0.55em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 0.0625em var(--_accent);
    background: var(--_notice);
  }
  .choice:has(input:focus-visible) {
    outline: 0.19em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .choice input:focus-visible {
    outline: none;
  }
  .choice .label {
    display: grid;
  }
  .choice .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .not-sure {
    border-style: dashed;
  }
  .group.biomarkers fieldset.choices > legend {
    font-size: 1em;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border: 0.19em solid Highlight;
    }
  }
`;

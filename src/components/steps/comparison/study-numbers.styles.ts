import { css } from 'lit';

/** Numbers from studies: asked for first, then icon arrays and plain sentences. */
export const studyNumbersStyles = css`
  /* numbers from studies */
  .study-numbers {
    margin-block: 1.5em;
    padding: 0.9em;
    border: 0.0625em solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .choice-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }
  .numbers-body {
    display: grid;
    gap: 1em;
  }
  .numbers-meaning {
    padding: 0.6em 0.8em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_bg);
  }
  .numbers-meaning ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .numbers-options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.8em;
  }
  .numbers-option {
    padding: 0.6em;
    border-block-start: 0.3em solid var(--_accent);
    background: var(--_bg);
    min-inline-size: 0;
  }
  .numbers-option h4 {
    margin-block: 0 0.4em;
    font-size: 1em;
  }
  .evidence-item + .evidence-item {
    margin-block-start: 0.6em;
    padding-block-start: 0.5em;
    border-block-start: 0.0625em dashed var(--_divider);
  }
  .measures {
    margin: 0.3em 0;
  }
  .measures dt {
    font-weight: 700;
    font-size: 0.95em;
  }
  .measures dd {
    margin: 0 0 0.3em;
  }
  .arms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .arms-outcome {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.95em;
  }
  .arm {
    margin: 0;
    inline-size: min(9em, 100%);
  }
  .arm figcaption {
    font-size: 0.9em;
  }
  .icon-array {
    inline-size: 100%;
    block-size: auto;
  }
  .icon-array .on {
    fill: var(--_accent);
  }
  .icon-array .off {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.8;
  }
  @container (min-width: 48em) {
    .numbers-body {
      grid-template-columns: minmax(12em, 1fr) 3fr;
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    .icon-array .on {
      fill: CanvasText;
    }
    .icon-array .off {
      stroke: CanvasText;
    }
    .grid tr.highlight > *,
    .facts > div.highlight {
      outline: 0.19em solid Highlight;
    }
  }
`;

import { css } from 'lit';

// Five columns that share row tracks (subgrid) on wide screens, so "Hair loss" lines up across
// options; a readable stack of equal cards on narrow ones. Every option gets the same box.
export const comparisonStyles = css`
  .comparison {
    container-type: inline-size;
  }
  .legend,
  .numbers {
    margin-block: 0.5em;
    padding: 0.5em 0.8em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .legend dl {
    display: grid;
    gap: 0.5em;
    margin: 0.5em 0 0;
  }
  /* Badge beside its meaning where there is room; on the narrowest screens (280 px) the meaning
     wraps below the badge instead of pushing past the widget's edge. */
  .legend dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: start;
  }
  .legend dt {
    flex: 0 1 auto;
    min-width: min(10em, 100%);
  }
  .legend dd {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
  }
  .status {
    display: inline-block;
    padding: 0.15em 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
    background: var(--_bg);
    font-size: 0.9em;
    font-weight: 600;
    line-height: 1.4;
  }
  .grid {
    display: grid;
    gap: 1em;
    margin-block: 1em;
  }
  .option {
    border: 0.0625em solid var(--_divider);
    border-block-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.9em;
    background: var(--_bg);
    min-inline-size: 0;
  }
  .option-head h3 {
    margin-block-end: 0.35em;
  }
  .option-head .summary {
    margin-block: 0.5em;
  }
  .reasons-heading {
    font-size: 0.95em;
    margin-block: 0.75em 0.25em;
  }
  .reasons {
    margin: 0 0 0.5em;
    padding-inline-start: 1.1em;
  }
  .reasons li {
    margin-block-end: 0.4em;
  }
  .because {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .rows {
    margin: 0;
  }
  .rows .row {
    padding: 0.5em 0.4em;
    border-block-start: 0.0625em solid var(--_divider);
  }
  .rows dt {
    font-weight: 700;
    font-size: 0.95em;
  }
  .rows dd {
    margin: 0.15em 0 0;
  }
  .row.highlight {
    background: var(--_highlight);
    border-inline-start: 0.25em solid var(--_highlight-edge);
  }
  .mark {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border: 0.0625em solid var(--_highlight-edge);
    border-radius: 0.3em;
    font-size: 0.8em;
    font-weight: 600;
  }
  .cite {
    min-inline-size: 1.6em;
    min-block-size: 1.6em;
    margin-inline-start: 0.15em;
    padding: 0 0.3em;
    border: 0.0625em solid var(--_divider);
    border-radius: 0.3em;
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.75em;
    vertical-align: super;
    line-height: 1.2;
    cursor: pointer;
  }
  .approaches h4 {
    margin-block: 1em 0.4em;
  }
  .approaches ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  .approach details {
    border: 0.0625em solid var(--_divider);
    border-radius: var(--_radius);
  }
  .approach summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.3em 0.6em;
    padding: 0.5em 0.6em;
    min-block-size: 2.75em;
  }
  .approach-name {
    font-weight: 600;
  }
  .approach-body {
    padding: 0 0.7em 0.7em;
  }
  .facts {
    margin: 0.5em 0;
  }
  .facts > div {
    margin-block-end: 0.4em;
  }
  .facts dt {
    font-weight: 700;
    font-size: 0.92em;
  }
  .facts dd {
    margin: 0;
  }
  .evidence-item {
    margin-block: 0.6em;
    padding-block-start: 0.5em;
    border-block-start: 0.0625em dashed var(--_divider);
  }
  .arms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .arms-outcome {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.92em;
  }
  .arm {
    margin: 0;
    inline-size: min(9em, 100%);
  }
  .arm figcaption {
    font-size: 0.85em;
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
  @media (forced-colors: active) {
    .icon-array .on {
      fill: CanvasText;
    }
    .icon-array .off {
      stroke: CanvasText;
    }
    .row.highlight {
      outline: 0.19em solid Highlight;
    }
  }
  .supportive {
    margin-block: 1.5em;
    padding: 0.9em;
    border: 0.0625em solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .supportive .rows.flat {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    column-gap: 1em;
  }
  .note {
    color: var(--_muted);
  }
  .sources ol {
    padding-inline-start: 1.6em;
    font-size: 0.9em;
  }
  .sources li {
    margin-block-end: 0.3em;
  }
  .sources li:focus {
    outline: 0.19em solid var(--_focus);
  }
  .accessed,
  .reviewed {
    color: var(--_muted);
  }
  @container (min-width: 62em) {
    .grid {
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: 0 0.75em;
    }
    /* header + ten rows + approaches = 12 shared row tracks */
    .option {
      display: grid;
      grid-row: span 12;
      grid-template-rows: subgrid;
      /* one inner column no wider than the card, whatever the widest thing inside wants */
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
      padding: 0.7em;
    }
    .option .rows {
      display: grid;
      grid-row: span 10;
      grid-template-rows: subgrid;
      row-gap: 0;
    }
    .option {
      font-size: 0.95em;
    }
  }
  /* Clinician mode: a shared screen in a consult room — larger type. */
  .clinician .comparison {
    font-size: 1.1em;
  }
`;

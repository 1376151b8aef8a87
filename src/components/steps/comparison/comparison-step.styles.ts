import { css } from 'lit';

// Overview first. Wide containers get the Option Grid (a table: five equal columns, rows that line
// up); narrow ones get five equal tiles and one-option / one-topic views. Both are in the DOM and a
// container query picks one, so nothing shifts while the step appears. Every control is ≥ 24 px;
// the ones a reader uses to move around (tiles, "More about", choices) are ≥ 44 px.
export const comparisonStyles = css`
  .comparison {
    container-type: inline-size;
  }
  .lead {
    max-inline-size: 48em;
  }
  .skip {
    min-block-size: 2.75em;
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
  .legend {
    margin-block: 0.5em 1em;
    padding: 0.6em 0.9em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .legend-heading {
    font-size: 1em;
    margin: 0 0 0.4em;
  }
  .legend dl {
    display: grid;
    gap: 0.4em;
    margin: 0;
  }
  /* badge and meaning side by side when there is room, the meaning under the badge when not */
  .legend dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.75em;
    align-items: baseline;
  }
  .legend dt {
    flex: 0 0 min(11em, 100%);
  }
  .legend dd {
    flex: 1 1 18em;
    min-width: 0;
  }
  @container (max-width: 30em) {
    /* phones: the meaning runs on after its badge, one short paragraph per label */
    .legend dl > div {
      display: block;
    }
    .legend dt {
      display: inline;
      margin-inline-end: 0.4em;
    }
    .legend dd {
      display: inline;
    }
  }
  .legend dd,
  .legend .not-ranking {
    margin: 0;
  }
  .legend .not-ranking {
    margin-block-start: 0.4em;
    font-weight: 600;
  }
  /* disclosure buttons: chevron + words */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.75em;
    padding: 0.4em 0.7em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    line-height: 1.25;
    cursor: pointer;
  }
  .toggle.row-src {
    min-block-size: 1.75em;
    padding: 0.2em 0.5em;
    font-size: 0.85em;
    font-weight: 600;
    margin-block-start: 0.3em;
  }
  .chevron {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* physical sides: a down-pointing chevron in either direction of text */
    border-right: 0.14em solid currentColor;
    border-bottom: 0.14em solid currentColor;
    transform: rotate(45deg) translate(-0.1em, -0.1em);
  }
  [aria-expanded='true'] > .chevron,
  details[open] > summary .chevron {
    transform: rotate(-135deg) translate(-0.1em, -0.1em);
  }
  .arrow::before {
    content: '←';
  }
  :host([dir='rtl']) .arrow::before,
  [dir='rtl'] .arrow::before {
    content: '→';
  }
  /* the wide grid */
  .glance-wide {
    display: none;
  }
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th,
  .grid td {
    padding: 0.55em 0.5em;
    vertical-align: top;
    text-align: start;
    border-block-start: 0.0625em solid var(--_divider);
    overflow-wrap: break-word;
  }
  .grid thead th {
    border-block-start: 0.3em solid var(--_accent);
    font-weight: 400;
  }
  .grid .corner {
    border-block-start: none;
  }
  .grid col.topic,
  .grid tbody th {
    inline-size: 14%;
  }
  .grid tbody th {
    font-weight: 700;
  }
  .opt-name {
    display: block;
    font-weight: 700;
    font-size: 1.1em;
    margin-block-end: 0.3em;
  }
  .line {
    display: block;
    margin-block-start: 0.3em;
  }
  .row-name {
    display: block;
  }
  .grid tr.highlight > * {
    background: var(--_highlight);
  }
  .grid tr.highlight > th {
    border-inline-start: 0.25em solid var(--_highlight-edge);
  }
  .src-row td {
    background: var(--_surface);
  }
  .more-row th,
  .more-row td {
    border-block-start: 0.125em solid var(--_divider);
  }
  .more-row .toggle {
    inline-size: 100%;
  }
  .mark {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border: 0.0625em solid var(--_highlight-edge);
    border-radius: 0.3em;
    font-size: 0.875em;
    font-weight: 600;
  }
  /* narrow: tiles, then one option or one topic */
  .tiles,
  .topics,
  .approaches,
  .evidence {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    grid-auto-rows: 1fr;
    gap: 0.6em;
  }
  .tile {
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    align-items: center;
    gap: 0.3em 0.5em;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5em 0.8em;
    border: 0.0625em solid var(--_border);
    border-block-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: start;
    cursor: pointer;
  }
  .tile .line {
    flex-basis: 100%;
    margin: 0;
  }
  .tile .opt-name {
    margin: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .topics-heading {
    font-size: 1em;
    margin-block: 1em 0.4em;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .phone-option,
  .phone-topic {
    padding: 0.8em;
    border: 0.0625em solid var(--_divider);
    border-block-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .phone-option > .toggle,
  .back-to-all {
    margin-block: 0.5em;
  }
  .back-to-all,
  .view-actions .button {
    gap: 0.4em;
  }
  .facts {
    margin: 0.5em 0;
  }
  .facts > div {
    padding-block: 0.4em;
    border-block-start: 0.0625em solid var(--_divider);
  }
  .facts > div.highlight {
    background: var(--_highlight);
    border-inline-start: 0.25em solid var(--_highlight-edge);
    padding-inline-start: 0.4em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0.1em 0 0;
  }
  .facts.flat {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    column-gap: 1em;
  }
  @container (min-width: 60em) {
    .glance-wide {
      display: block;
    }
    .glance-narrow {
      display: none;
    }
  }
  /* what "More about" opens */
  .more-panel {
    padding-block: 0.4em;
  }
  .more-panel h4 {
    font-size: 1em;
    margin-block: 0.8em 0.3em;
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
  .approaches {
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
    gap: 0.3em 0.6em;
    padding: 0.5em 0.6em;
    min-block-size: 2.75em;
    cursor: pointer;
    list-style: none;
  }
  .approach summary::-webkit-details-marker {
    display: none;
  }
  .approach-name {
    font-weight: 600;
  }
  .cue {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }
  .approach-body {
    padding: 0 0.7em 0.7em;
  }
  .block-sources {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .row-source-list {
    margin: 0.3em 0;
    padding-inline-start: 2em;
    font-size: 0.9em;
  }
  .row-source-list li {
    margin-block-end: 0.3em;
  }
  .row-source-list a,
  .sources a {
    display: inline-block;
    min-block-size: 1.5em;
    line-height: 1.5;
  }
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
  .toggle-heading {
    margin: 0;
    font-size: 1em;
  }
  .supportive {
    margin-block: 1.5em;
    padding: 0.9em;
    border: 0.0625em solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .note,
  .reviewed {
    color: var(--_muted);
  }
  .all-sources {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 1em;
  }
  .sources ol {
    padding-inline-start: 2.2em;
  }
  .sources li {
    margin-block-end: 0.4em;
  }
  .view-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }
  /* Clinician mode: a screen read across a desk in a consult room. Body text 1.4em (22.4 px at the
     reader's default 16 px), headings at least 28 px; the section itself keeps its size, because the
     container query that shows the grid measures in the container's em. */
  .comparison.clinician > :not(h2) {
    font-size: 1.4em;
  }
  .comparison.clinician > h2.step-heading {
    font-size: 1.8em;
  }
  .comparison.clinician h3 {
    font-size: 1.25em;
  }
  /* Column headings: as large as five columns at 1280 px allow without breaking "Chemotherapy"
     mid-word (24.6 px; the step and section headings are 28 px and more). */
  .comparison.clinician .opt-name {
    font-size: 1.1em;
  }
  .root.clinician .comparison.clinician > .lead {
    font-size: 1.4em;
  }
  .comparison.clinician .grid tbody th {
    inline-size: 11%;
  }
  .comparison.clinician .status,
  .comparison.clinician .mark,
  .comparison.clinician .fine,
  .comparison.clinician .more-panel {
    font-size: 1em;
  }
  /* The option names stay in view while the rows scroll under them. */
  .comparison.clinician .grid thead th,
  .comparison.clinician .grid thead td {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg);
    box-shadow: 0 0.0625em 0 var(--_divider);
  }
  .comparison.clinician .glance-wide {
    /* the grid uses the whole width of the widget */
    margin-inline: -0.5em;
  }
  .presenter {
    margin-block: 0.5em;
  }
`;

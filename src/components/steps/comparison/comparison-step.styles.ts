import { css } from 'lit';
import { glanceGridStyles } from './glance-grid.styles.js';
import { phoneViewsStyles } from './phone-views.styles.js';
import { morePanelStyles } from './more-panel.styles.js';
import { studyNumbersStyles } from './study-numbers.styles.js';

// Overview first. Wide containers get the Option Grid (a table: five equal columns, rows that line
// up); narrow ones get five equal tiles and one-option / one-topic views. Both are in the DOM and a
// container query picks one, so nothing shifts while the step appears. Every control is ≥ 24 px;
// the ones a reader uses to move around (tiles, "More about", choices) are ≥ 44 px.
// This file: what every view of the step shares (labels, badges, disclosure buttons) and clinician mode.
const sharedStyles = css`
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
    /* 1.75em of 0.85em is 23.8 px: WebKit sizes the button to exactly that, under the 24 px target
       minimum (WCAG 2.5.8), where Chromium's line box happened to make it taller */
    min-block-size: max(24px, 1.75em);
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
`;

/** Below the options: supportive care, notes, all sources, the view's own actions. */
const belowOptionsStyles = css`
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
`;

const clinicianStyles = css`
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

/** The step's sheets, in cascade order: later sheets win ties, so clinician mode comes last. */
export const comparisonStyles = [sharedStyles, glanceGridStyles, phoneViewsStyles, morePanelStyles, studyNumbersStyles, belowOptionsStyles, clinicianStyles];

import { css } from 'lit';

// Rules only the question steps, the comparison and the summary use (groups, search fields, glossary
// terms, "where to find this" help): out of the first load, added to the widget's shadow root by the
// lazy parts that need them (questions.ts, results.ts).
export const stepStyles = css`
  .help-sources {
    margin-block: 0.5em 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .help-sources .label {
    font-weight: 700;
  }
  .help-sources .source::after {
    content: ' · ';
  }
  /* "About this guide" arrives with the comparison's part */
  .about-body h3 {
    margin-block: 1em 0.25em;
  }
  .term-glue {
    white-space: nowrap;
  }
  .callout {
    padding: 0.6em 0.9em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .group {
    margin-block: 1.25em;
  }
  .search {
    display: grid;
    /* minmax(0, 1fr): a search input's intrinsic width (Firefox: size=20, about 12em) must not widen
       the column past a 280 px widget */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    max-inline-size: 30em;
    margin-block: 0.75em;
  }
  .search label {
    font-weight: 600;
  }
  .field-hint,
  .legend-hint,
  .fine {
    color: var(--_muted);
    font-size: 0.92em;
    font-weight: normal;
  }
  .search input {
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding-inline: 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .search-status {
    min-block-size: 1.5em;
    margin: 0;
    color: var(--_muted);
  }
  /* a glossary term takes no box of its own; next to punctuation it may still wrap inside (rich-text.ts) */
  mbc-glossary-term {
    display: contents;
  }
  .term-glue > mbc-glossary-term > .term,
  .term-glue > mbc-glossary-term > .definition {
    white-space: normal;
  }
  .term {
    display: inline;
    padding: 0;
    min-block-size: 1.5em;
    background: none;
    border: 0;
    border-block-end: 0.125em dotted currentColor;
    color: inherit;
    cursor: help;
    text-align: inherit;
  }
  .term[aria-expanded='true'] {
    border-block-end-style: solid;
  }
  .definition {
    display: block;
    margin-block: 0.25em;
    padding: 0.4em 0.7em;
    background: var(--_notice);
    border-inline-start: 0.2em solid var(--_accent);
    font-size: 0.95em;
  }
  details > summary {
    cursor: pointer;
    min-block-size: 1.5em;
  }
  .help {
    margin-block: 0.25em 0.5em;
  }
  .help > summary {
    color: var(--_accent);
    text-decoration: underline;
    display: inline-block;
    padding-block: 0.3em;
  }
  .help-body {
    padding: 0.5em 0.8em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .print-only {
    display: none;
  }
`;

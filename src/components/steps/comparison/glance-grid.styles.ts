import { css } from 'lit';

/** The Option Grid (wide containers): five equal columns, rows that line up. */
export const glanceGridStyles = css`
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
`;

import { css } from 'lit';

/** What "More about" opens: an option's approaches, reasons and sources. */
export const morePanelStyles = css`
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
  /* The opened list takes its own full line and may shrink below its longest word: otherwise a flex
     item is at least as wide as that word (a long host name), which pushed the list out of the widget
     at 320 and 280 px in Firefox. */
  .block-sources > div {
    flex: 1 1 100%;
    min-inline-size: 0;
  }
  .row-source-list {
    margin: 0.3em 0;
    padding-inline-start: 2em;
    font-size: 0.9em;
    overflow-wrap: anywhere;
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
`;

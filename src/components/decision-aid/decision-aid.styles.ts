import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { base } from '../../styles/base.js';

// Steps render into this shadow root, so their styles live here too (one adopted sheet per style
// block, shared by every instance on the page); the lazy parts add theirs when they arrive (the
// question steps' choice styles, the summary's print styles: steps/adopt-styles.ts). Logical properties only: right-to-left needs no copy.
const layout = css`
  .root {
    max-inline-size: var(--_max-width);
    margin-inline: auto;
    padding: var(--_space);
  }
  .placeholder {
    min-block-size: var(--mbc-min-height, 28em);
  }
  .header {
    border-block-end: 0.0625em solid var(--_divider);
    padding-block-end: 0.75em;
    margin-block-end: 0.75em;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .title {
    font-weight: 700;
    font-size: 1.1em;
    margin: 0;
  }
  .language {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .language select {
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .language-status {
    min-inline-size: 1em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .progress {
    margin-block-start: 0.75em;
  }
  .progress-count {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .progress ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .progress li {
    display: flex;
  }
  .progress-link,
  .progress-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.25em 0.25em;
    background: none;
    border: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .progress-link {
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .progress .dot {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    border: 0.125em solid currentColor;
    font-size: 0.85em;
    font-weight: 700;
  }
  .progress li.current .progress-item {
    color: var(--_text);
    font-weight: 700;
  }
  .progress li.current .dot {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .count-long {
    display: none;
  }
  @media (max-width: 40em) {
    /* On a phone the step names would wrap into a wall of text: the numbers stay as buttons (names
       still read by screen readers), and the line above names the current step. */
    .progress .name {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .count-short {
      display: none;
    }
    .count-long {
      display: inline;
      color: var(--_text);
      font-weight: 600;
    }
  }
  .disclaimer {
    margin: 0 0 0.75em;
    padding: 0.6em 0.9em;
    border-inline-start: 0.3em solid var(--_accent);
    background: var(--_notice);
    font-weight: 600;
  }
  .unreviewed {
    margin: 0 0 0.75em;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .notices {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.5em 0.9em;
    background: var(--_warning);
    border-inline-start: 0.3em solid var(--_warning-edge);
  }
  .step-region {
    min-block-size: 16em;
  }
  .step .lead {
    font-size: 1.08em;
  }
  .two-up {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 0 1.5em;
  }
  .step-nav {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin-block: 1.5em 1em;
    padding-block-start: 1em;
    border-block-start: 0.0625em solid var(--_divider);
  }
  .footer {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .footer p {
    margin-block: 0.25em;
  }
  /* A phone number is one unit: it never breaks across lines. */
  .footer .phone {
    white-space: nowrap;
  }
  .footer .trust {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 1.25em;
  }
  .link-button {
    min-block-size: 1.5em;
    padding: 0;
    background: none;
    border: 0;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .details-gate {
    min-block-size: 24em;
  }
  .clinician .step-nav {
    margin-block: 1em 0.5em;
  }
  .clinician .step .lead {
    font-size: 1em;
  }
`;

export const styles = [tokens, base, layout];

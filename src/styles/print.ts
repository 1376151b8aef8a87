import { css } from 'lit';

// Printing the summary: black on white, no navigation or buttons, source URLs written out, dense
// enough that the summary fits on two A4/Letter pages. Page-level rules (hiding the host page's
// other content, @page margins) are the embedder's: see README "Printing".
export const printStyles = css`
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #222;
      --_bg: #fff;
      --_surface: #fff;
      --_notice: #fff;
      --_highlight: #fff;
      --_divider: #888;
      min-height: 0;
      background: #fff;
    }
    :host,
    .root {
      font-size: 8.5pt;
      line-height: 1.3;
      color: #000;
    }
    .root {
      padding: 0;
      max-inline-size: none;
    }
    .header {
      margin: 0 0 0.3em;
      padding: 0;
      border: 0;
    }
    .header .language,
    .progress,
    .step-nav,
    .notices,
    .footer,
    .summary-actions,
    .sure .options,
    .sure > p:not(.sure-result),
    .edit,
    .cite,
    .help,
    .unreviewed,
    .summary .lead,
    .summary .because,
    .sources .reviewed,
    .sources .accessed {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .disclaimer {
      margin: 0 0 0.4em;
      padding: 0.2em 0.5em;
      border: 0.0625em solid #000;
    }
    h2 {
      font-size: 1.35em;
      margin: 0 0 0.2em;
    }
    h3 {
      font-size: 1.1em;
      margin: 0.5em 0 0.15em;
      break-after: avoid;
    }
    h4 {
      font-size: 1em;
      margin: 0.3em 0 0.1em;
    }
    p {
      margin: 0 0 0.3em;
    }
    .summary section {
      margin-block: 0.3em;
    }
    .answers {
      columns: 2;
      column-gap: 1.5em;
    }
    .answers li {
      display: block;
      border: 0;
      padding: 0;
      break-inside: avoid;
    }
    .option-list,
    .questions {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .option-list > li {
      margin: 0 0 0.2em;
      break-inside: avoid;
    }
    .option-list .reasons {
      display: inline;
      padding: 0;
      list-style: none;
    }
    .option-list .reasons li {
      display: inline;
      margin: 0 0 0 0.3em;
    }
    .questions {
      columns: 2;
      column-gap: 2em;
    }
    .questions li {
      margin: 0;
      break-inside: avoid;
    }
    h2:focus,
    h2:focus-visible {
      outline: none !important;
    }
    .priority-relate {
      break-inside: avoid;
    }
    .priority-relate dl {
      display: grid;
      grid-template-columns: repeat(5, 1fr);
      gap: 0 0.6em;
      margin: 0;
      font-size: 0.88em;
    }
    .priority-levels {
      margin: 0;
      padding: 0;
      list-style: none;
      columns: 2;
    }
    .status {
      border: 0.0625em solid #000;
      padding: 0 0.3em;
      font-size: 0.9em;
    }
    .sure fieldset {
      margin: 0;
    }
    .sure fieldset > legend {
      font-size: 1em;
      margin: 0;
    }
    .sure {
      padding: 0;
      break-inside: avoid;
    }
    .trials a {
      border: 0;
      padding: 0;
      min-block-size: 0;
      color: #000;
      font-weight: normal;
    }
    .trials a::after,
    .sources a::after {
      content: ' ' attr(href);
      word-break: break-all;
    }
    .sources {
      font-size: 0.78em;
      line-height: 1.2;
    }
    .sources ol {
      columns: 2;
      column-gap: 1.5em;
      margin: 0;
    }
    .sources li {
      break-inside: avoid;
      margin: 0;
    }
    .sources a {
      color: #000;
      text-decoration: none;
    }
    .sources a .host,
    .sources a > span {
      display: none;
    }
  }
`;

import { css } from 'lit';

// Paper: black on white, body 11 pt (headings larger), nothing that only makes sense on a screen
// (buttons, navigation, "opens in a new tab", glossary underlines, help toggles). The summary itself
// fits two Letter or A4 pages; the sources it cites start on a page of their own, followed by
// "About this guide". The same rules serve the Print button's own print document and the browser's
// print menu (README "Printing").
export const printStyles = css`
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #000;
      --_bg: #fff;
      --_surface: #fff;
      --_notice: #fff;
      --_highlight: #fff;
      --_divider: #777;
      min-height: 0;
      background: #fff;
    }
    :host,
    .root {
      font-size: 11pt;
      line-height: 1.3;
      color: #000;
    }
    .root {
      padding: 0;
      max-inline-size: none;
      border: 0;
      box-shadow: none;
    }
    .header {
      margin: 0 0 0.2em;
      padding: 0;
      border: 0;
    }
    .header .title {
      font-size: 1.1em;
      margin: 0;
    }
    .header .language,
    .progress,
    .progress-label,
    .step-nav,
    .notices,
    .footer,
    .summary-actions,
    .sure,
    .trials,
    .priority-relate,
    .edit,
    .cite,
    .cites,
    .help,
    .unreviewed,
    .visually-hidden,
    .summary .lead,
    .summary .because,
    .sources .reviewed,
    .sources .accessed,
    .definition,
    button:not(.term) {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .term {
      border: 0 !important;
      font: inherit;
      color: inherit;
      text-decoration: none;
      min-block-size: 0;
    }
    .disclaimer {
      margin: 0 0 0.4em;
      padding: 0.15em 0.5em;
      border: 0.0625em solid #000;
      font-weight: 700;
    }
    h2 {
      font-size: 16pt;
      margin: 0 0 0.15em;
    }
    h3 {
      font-size: 13pt;
      margin: 0.45em 0 0.1em;
      break-after: avoid;
    }
    h4 {
      font-size: 11pt;
      margin: 0.3em 0 0.05em;
      break-after: avoid;
    }
    h2:focus,
    h2:focus-visible {
      outline: none !important;
    }
    p {
      margin: 0 0 0.25em;
    }
    ul,
    ol {
      margin-block: 0;
    }
    .made-on {
      color: #000;
    }
    .summary section {
      margin-block: 0.25em;
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
      padding-inline-start: 2em;
    }
    .option-list > li {
      margin: 0 0 0.15em;
      break-inside: avoid;
    }
    .option-list .reasons {
      display: inline;
      padding: 0;
      list-style: none;
    }
    .option-list .reasons li {
      display: inline;
      margin-inline-start: 0.3em;
    }
    .questions li {
      margin: 0;
      break-inside: avoid;
    }
    .priority-levels {
      margin: 0;
      padding: 0;
      list-style: none;
      columns: 2;
      column-gap: 1.5em;
    }
    .status {
      border: 0.0625em solid #000;
      padding: 0 0.3em;
      font-size: 1em;
      background: none;
    }
    .paper-sure ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .paper-sure li {
      display: flex;
      gap: 1em;
      align-items: baseline;
      break-inside: avoid;
    }
    .paper-sure .q {
      flex: 1;
    }
    .box-choice {
      display: inline-flex;
      align-items: baseline;
      gap: 0.3em;
      white-space: nowrap;
    }
    .box {
      display: inline-block;
      inline-size: 0.85em;
      block-size: 0.85em;
      border: 0.0625em solid #000;
      line-height: 0.85em;
      text-align: center;
      font-weight: 700;
      font-size: 1em;
    }
    .paper-sure .fine,
    .paper-trust {
      font-size: 10pt;
    }
    .paper-write {
      break-inside: avoid;
    }
    .write-label {
      margin: 0.4em 0 0;
    }
    .write-line {
      block-size: 1.9em;
      border-block-end: 0.0625em solid #000;
    }
    .paper-trust {
      margin-block-start: 0.6em;
      padding-block-start: 0.3em;
      border-block-start: 0.0625em solid #000;
      break-inside: avoid;
    }
    .paper-trust p {
      margin: 0 0 0.15em;
    }
    /* The sources cited above, on a page of their own, in readable type. */
    .sources {
      break-before: page;
      font-size: 9.5pt;
      line-height: 1.25;
    }
    .sources ol {
      margin: 0;
      padding-inline-start: 2.2em;
    }
    .sources li {
      break-inside: avoid;
      margin: 0 0 0.2em;
    }
    .sources a {
      color: #000;
      text-decoration: none;
    }
    .sources a::after {
      content: ' ' attr(href);
      overflow-wrap: anywhere;
    }
    .sources a .host {
      display: none;
    }
    .paper-about {
      margin-block-start: 1.2em;
      font-size: 10pt;
      break-inside: avoid;
    }
    .paper-about h4 {
      font-size: 10.5pt;
    }
    a {
      color: #000;
    }
  }
`;

import { css } from 'lit';

// Printing the summary: black on white, no navigation or buttons, source URLs written out, cards
// kept whole, so the summary fits on two A4/Letter pages. Page-level rules (hiding the host page's
// other content) are the embedder's choice: see README "Printing".
export const printStyles = css`
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_notice: #fff;
      --_highlight: #fff;
      --_divider: #999;
      font-size: 10pt;
      min-height: 0;
      color: #000;
      background: #fff;
    }
    .root {
      padding: 0;
      max-inline-size: none;
    }
    .header .language,
    .progress,
    .step-nav,
    .notices,
    .footer .forget,
    .summary-actions,
    .sure fieldset .options .choice:not(:has(input:checked)),
    .edit,
    .cite,
    .help,
    .unreviewed {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .disclaimer {
      border: 0.0625em solid #000;
      padding: 0.3em 0.6em;
    }
    .summary section,
    .option-list > li,
    .priority-relate,
    .sure {
      break-inside: avoid;
    }
    .summary section {
      margin-block: 0.6em;
    }
    .sources a::after {
      content: ' ' attr(href);
      word-break: break-all;
    }
    .sources a {
      color: #000;
      text-decoration: none;
    }
    .status {
      border-color: #000;
    }
    .choice {
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    h2 {
      font-size: 1.4em;
    }
    h3 {
      font-size: 1.15em;
      margin-block: 0.5em 0.25em;
    }
  }
`;

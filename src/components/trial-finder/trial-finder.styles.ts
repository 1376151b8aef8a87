import { css } from 'lit';

export const finderStyles = css`
  .finder {
    margin-block-start: 1em;
  }
  .tf-preview {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0 0 1em;
    min-inline-size: 0;
  }
  .tf-preview > legend {
    font-weight: 700;
    padding-inline: 0.3em;
  }
  .tf-group {
    margin-block-end: 0.75em;
  }
  .tf-place label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.3em;
  }
  .tf-place input {
    inline-size: min(100%, 24em);
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    font: inherit;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .tf-sent output {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .tf-search[aria-disabled='true'],
  .tf-more[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .tf-problem {
    border-inline-start: 0.25em solid var(--_accent);
    padding-inline-start: 0.6em;
  }
  .tf-studies {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.9em;
  }
  .tf-study article {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    overflow-wrap: anywhere;
  }
  .tf-study h5 {
    font-size: 1.05em;
    margin: 0 0 0.5em;
  }
  .tf-study dl {
    margin: 0;
    display: grid;
    gap: 0.35em;
  }
  .tf-study dl > div {
    display: grid;
    grid-template-columns: minmax(7em, 11em) 1fr;
    gap: 0.6em;
  }
  .tf-study dt {
    font-weight: 700;
  }
  .tf-study dd {
    margin: 0;
  }
  .tf-study dd ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .tf-study ul.tf-words {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .tf-words mark {
    background: var(--_notice);
    color: inherit;
    border: 0.0625em solid var(--_accent);
    border-radius: 0.3em;
    padding: 0 0.3em;
  }
  .tf-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.2em;
    margin: 0.6em 0 0;
  }
  .tf-page,
  .tf-choose {
    min-block-size: 1.75em;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .tf-choose input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .tf-chosen ul {
    padding-inline-start: 1.2em;
  }
  .tf-chosen li {
    margin-block-end: 0.3em;
  }
  .tf-nct {
    font-weight: 700;
  }
  @media (max-width: 30em) {
    .tf-study dl > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media print {
    .tf-form,
    .tf-status,
    .tf-fallback,
    .tf-studies,
    .tf-more,
    .tf-questions,
    .tf-remove,
    .tf-share,
    .finder > h4,
    .finder > p {
      display: none !important;
    }
    .tf-chosen {
      display: block !important;
      break-inside: avoid;
    }
  }
`;

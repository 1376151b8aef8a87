import { css } from 'lit';

export const summaryStyles = css`
  .summary section {
    margin-block: 1.25em;
  }
  .made-on {
    color: var(--_muted);
  }
  .answers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .answers li {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.25em 1em;
    padding-block: 0.15em;
    border-block-end: 0.0625em solid var(--_divider);
  }
  /* Answer labels are phrases made for "Because you said …"; here they start a line. */
  .answers li > span::first-letter {
    text-transform: uppercase;
  }
  .answers li > span {
    display: block;
  }
  .option-list {
    padding-inline-start: 1.2em;
  }
  .option-list > li {
    margin-block-end: 0.75em;
  }
  .priority-relate dl > div {
    margin-block-end: 0.4em;
  }
  .priority-relate dt {
    font-weight: 700;
  }
  .priority-relate dd {
    margin: 0;
  }
  .questions li {
    margin-block-end: 0.35em;
  }
  .sure {
    padding: 0.9em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .sure-result {
    min-block-size: 1.5em;
    font-weight: 600;
  }
  .summary-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
  }
  .summary-actions .share-status,
  .summary-actions .fine {
    flex-basis: 100%;
    margin: 0;
  }
  .share-fallback input {
    inline-size: min(100%, 40em);
    min-block-size: 2.75em;
    padding-inline: 0.5em;
  }
  .live-trials {
    padding-inline-start: 1.2em;
  }
  .live-trials li {
    margin-block-end: 0.5em;
  }
  .live-trials .fine {
    display: block;
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
`;

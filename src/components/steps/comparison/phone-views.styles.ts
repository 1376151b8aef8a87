import { css } from 'lit';

/** Narrow containers: five equal tiles, then one option or one topic at a time. */
export const phoneViewsStyles = css`
  /* narrow: tiles, then one option or one topic */
  .tiles,
  .topics,
  .approaches,
  .evidence {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    grid-auto-rows: 1fr;
    gap: 0.6em;
  }
  .tile {
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    align-items: center;
    gap: 0.3em 0.5em;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5em 0.8em;
    border: 0.0625em solid var(--_border);
    border-block-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: start;
    cursor: pointer;
  }
  .tile .line {
    flex-basis: 100%;
    margin: 0;
  }
  .tile .opt-name {
    margin: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .topics-heading {
    font-size: 1em;
    margin-block: 1em 0.4em;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .phone-option,
  .phone-topic {
    padding: 0.8em;
    border: 0.0625em solid var(--_divider);
    border-block-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .phone-option > .toggle,
  .back-to-all {
    margin-block: 0.5em;
  }
  .back-to-all,
  .view-actions .button {
    gap: 0.4em;
  }
  .facts {
    margin: 0.5em 0;
  }
  .facts > div {
    padding-block: 0.4em;
    border-block-start: 0.0625em solid var(--_divider);
  }
  .facts > div.highlight {
    background: var(--_highlight);
    border-inline-start: 0.25em solid var(--_highlight-edge);
    padding-inline-start: 0.4em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0.1em 0 0;
  }
  .facts.flat {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    column-gap: 1em;
  }
  @container (min-width: 60em) {
    .glance-wide {
      display: block;
    }
    .glance-narrow {
      display: none;
    }
  }
`;

import { css } from 'lit';

// The host boundary: shadow DOM blocks selectors, not inheritance, so every inherited text property
// a host page might set (line-height, letter-spacing, text-transform, rem roots…) is reset here.
// Sizes inside are em, so --mbc-font-size scales everything from one knob.
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-height: var(--mbc-min-height, 28em);
    font-family: var(--mbc-font, inherit);
    background: var(--_bg);
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's own rules for our element (even a bare * { … }) beat :host, so the reset is repeated on
     the first element inside, where page selectors cannot reach. */
  :host,
  .root,
  .placeholder {
    /* 'medium' is the reader's own default size: a host's 62.5 % root font cannot shrink us, zoom still works */
    font-size: var(--mbc-font-size, medium);
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
  }
  /* The page's font is kept (inherited from :host), but a page font made for Latin letters has no
     Arabic, Chinese or Korean letters and often breaks Vietnamese stacked accents, leaving them to
     whatever fallback the browser picks, letter by letter. In those languages the default is a
     system font made for the script: the language brings it (its meta.json "font", set here as
     --_script-font by i18n/i18n-controller.ts); --mbc-font still wins everywhere. */
  .root {
    font-family: var(--mbc-font, var(--_script-font, inherit));
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 0.5em;
    font-weight: 700;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  p {
    margin-block: 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 0.19em solid var(--_focus);
    outline-offset: 0.15em;
  }
  /* Headings receive focus on step change: show where we are with a thick underline, never a box
     around text (a box reads as a text field to type into). */
  :is(h2, h3)[tabindex='-1']:focus {
    outline: none;
  }
  :is(h2, h3)[tabindex='-1']:focus-visible {
    outline: none;
    text-decoration: underline;
    text-decoration-color: var(--_focus);
    text-decoration-thickness: 0.15em;
    text-underline-offset: 0.25em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 0.125em solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    line-height: 1.2;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.quiet {
    border-color: transparent;
    text-decoration: underline;
    padding-inline: 0.5em;
  }
  .button:hover {
    box-shadow: inset 0 0 0 0.125em var(--_accent);
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: box-shadow 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .button,
    .button.primary {
      border: 0.125em solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

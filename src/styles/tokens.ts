import { css } from 'lit';

// Public tokens are --mbc-*; rules only ever use the private --_* copies (material-web's pattern),
// so each default lives in exactly one place. Colours meet WCAG 2.2 AA on the default background.
export const tokens = css`
  :host {
    --_accent: var(--mbc-color-accent, #0b5cad);
    --_on-accent: var(--mbc-color-on-accent, #ffffff);
    --_text: var(--mbc-color-text, #1d2433);
    --_muted: var(--mbc-color-muted, #4a5468);
    --_bg: var(--mbc-color-bg, #ffffff);
    --_surface: var(--mbc-color-surface, #f3f5f8);
    --_border: var(--mbc-color-border, #6b7587);
    --_divider: var(--mbc-color-divider, #d5dae2);
    --_highlight: var(--mbc-color-highlight, #fff3c4);
    --_highlight-edge: var(--mbc-color-highlight-edge, #7a5c00);
    --_notice: var(--mbc-color-notice, #eef4fb);
    --_warning: var(--mbc-color-warning, #fdf1e7);
    --_warning-edge: var(--mbc-color-warning-edge, #9a4a00);
    --_focus: var(--mbc-color-focus, #0b5cad);
    --_radius: var(--mbc-radius, 0.5em);
    --_space: var(--mbc-spacing, 1em);
    --_max-width: var(--mbc-max-width, 75em);
  }
  /* Dark colours only when the embedder opts in (contract: prefers-color-scheme is opt-in). */
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      --_accent: var(--mbc-color-accent, #8cc4ff);
      --_on-accent: var(--mbc-color-on-accent, #0b1a2b);
      --_text: var(--mbc-color-text, #e8ecf2);
      --_muted: var(--mbc-color-muted, #b9c2d0);
      --_bg: var(--mbc-color-bg, #141922);
      --_surface: var(--mbc-color-surface, #1e2531);
      --_border: var(--mbc-color-border, #8d97a8);
      --_divider: var(--mbc-color-divider, #394253);
      --_highlight: var(--mbc-color-highlight, #3d3311);
      --_highlight-edge: var(--mbc-color-highlight-edge, #f0c94a);
      --_notice: var(--mbc-color-notice, #1b2a3d);
      --_warning: var(--mbc-color-warning, #3a2514);
      --_warning-edge: var(--mbc-color-warning-edge, #f5a35c);
      --_focus: var(--mbc-color-focus, #8cc4ff);
    }
  }
`;

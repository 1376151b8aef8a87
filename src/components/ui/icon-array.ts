// An icon array: 100 figures, `count` of them filled. The SVG is decorative for screen readers; the
// figure's text alternative says the same number in words ("41 out of 100 people").
import { html, svg, type TemplateResult } from 'lit';

const COLS = 10;

export function iconArray(count: number, outOf: number, label: string): TemplateResult {
  const n = Math.max(0, Math.min(outOf, Math.round(count)));
  const rows = Math.ceil(outOf / COLS);
  const cells = Array.from({ length: outOf }, (_, i) => {
    const x = (i % COLS) * 10 + 5;
    const y = Math.floor(i / COLS) * 10 + 5;
    return svg`<circle cx=${x} cy=${y} r="3.6" class=${i < n ? 'on' : 'off'}></circle>`;
  });
  return html`<svg class="icon-array" viewBox="0 0 ${COLS * 10} ${rows * 10}" role="img" aria-label=${label} focusable="false">
    ${cells}
  </svg>`;
}

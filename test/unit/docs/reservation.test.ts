// The space reservation (README "No layout shift") is one set of rules: the README's CSS block is
// what the demo page uses (where test/browser/layout-shift.test.ts measures 0), what the release
// zip's README-embed.txt tells a volunteer to paste, and what examples/plain-html carries. The
// reserved heights only ever grow as the width shrinks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { README } from './readme.js';

const read = (f: string) => readFileSync(fileURLToPath(new URL(`../../../${f}`, import.meta.url)), 'utf8');
/** The reservation rules in a text: every `mbc-decision-aid { … min-height … }` and `:not(:defined)` rule, whitespace normalised. */
const rules = (text: string) => [...text.matchAll(/^\s*((?:@media \(min-width: \d+px\) \{ )?mbc-decision-aid(?::not\(:defined\))? \{[^}\n]*\}(?: \})?)\s*$/gm)].map((m) => m[1]!.trim());

describe('space reservation', () => {
  const section = README.slice(README.indexOf('### No layout shift'));
  const readme = rules(section.slice(section.indexOf('```css'), section.indexOf('```', section.indexOf('```css') + 6)));

  it('the README has per-width rules whose heights grow as the width shrinks', () => {
    expect(readme.length).to.be.greaterThan(5);
    const steps = readme.map((r) => [Number(/min-width: (\d+)px/.exec(r)?.[1] ?? 0), Number(/min-height: ([\d.]+)em/.exec(r)?.[1] ?? NaN)] as const).filter(([, h]) => !Number.isNaN(h));
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]![0], 'widths ascend').to.be.greaterThan(steps[i - 1]![0]);
      expect(steps[i]![1], `height at ${steps[i]![0]} px`).to.be.lessThan(steps[i - 1]![1]);
    }
  });

  for (const file of ['demo/demo.css', 'release/README-embed.txt', 'examples/plain-html/index.html']) {
    it(`${file} carries exactly the README's rules`, () => {
      expect(rules(read(file))).to.deep.equal(readme);
    });
  }
});

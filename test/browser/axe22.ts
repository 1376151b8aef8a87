// axe-core with the WCAG 2.2 AA rule set switched on (target-size is off in axe's defaults), so
// "axe clean" includes 24 px targets. Returns readable violations for the assertion message.
import { expect } from '@open-wc/testing';

type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> };
type Axe = { run(context: Element, options: object): Promise<AxeResult> };

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function axeViolations(el: Element): Promise<string[]> {
  if (!(window as unknown as { axe?: Axe }).axe) await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: Axe }).axe;
  const r = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4).join(', ')}`);
}

export async function expectAxeClean(el: Element, what: string): Promise<void> {
  expect(await axeViolations(el), what).to.deep.equal([]);
}

// The comparison and summary steps: a module of their own (results.ts registers them), imported once
// the person has started. In the script-tag build this is a native chunk beside the entry.
import type { CSSResult } from 'lit';
import { loadPart } from '../../loading/load-part.js';
import { isRecord } from '../../util/is-record.js';

/** Resolves with the styles the comparison and summary need in the widget's shadow root. */
export function loadResults(): Promise<CSSResult[]> {
  return loadPart('results', () => import('../../results.js'), (m) =>
    isRecord(m) && Array.isArray(m.styles) && customElements.get('mbc-step-summary') ? (m.styles as CSSResult[]) : undefined,
  );
}

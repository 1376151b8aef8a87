// The comparison and summary steps: a module of their own (results.ts registers them), imported once
// the person has started. In the script-tag build this is a native chunk beside the entry.
import { loadPart } from '../../loading/load-part.js';
import { isRecord } from '../../util/is-record.js';

/** Resolves with the function that adds the comparison's and summary's styles to a widget's shadow root. */
export function loadResults(): Promise<(root: ShadowRoot) => void> {
  return loadPart('results', () => import('../../results.js'), (m) =>
    isRecord(m) && typeof m.adopt === 'function' && customElements.get('mbc-step-summary') ? (m.adopt as (root: ShadowRoot) => void) : undefined,
  );
}

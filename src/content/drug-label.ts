import type { Drug } from './types.js';

/**
 * How a medicine is named on screen: "palbociclib (Ibrance)". Where the reader's language has its own
 * name, that name comes first and the Latin one joins the brands: "палбоциклиб (palbociclib, Ibrance)".
 */
export function drugLabel(d: Pick<Drug, 'generic' | 'brands'>, own?: string): string {
  const shown = own ?? d.generic;
  const extra = [...(own && own.toLowerCase() !== d.generic.toLowerCase() ? [d.generic] : []), ...d.brands];
  return extra.length ? `${shown} (${extra.join(', ')})` : shown;
}

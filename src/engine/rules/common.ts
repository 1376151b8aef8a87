// Preconditions shared by many approaches: hormone-receptor and HER2 status. When a deciding answer
// is "not sure", the approach waits for the test ('depends-on-tests') instead of assuming.
import type { Facts } from '../facts.js';
import type { Reason } from '../types.js';
import { DEPENDS, NOT, def, verdict, why, type ReasonDef, type Verdict } from '../reason.js';

export const C = {
  // Endocrine-based approaches need hormone receptors (src: asco-2016-endocrine, lbbc-subtypes)
  needsHr: def('reasons.common.needsHr', 'asco-2016-endocrine', 'lbbc-subtypes'),
  // ER/PR and HER2 are tested at first metastatic diagnosis because they decide treatment (src: esmo-mbc-2021)
  hrUnknown: def('reasons.common.hrUnknown', 'esmo-mbc-2021', 'asco-2016-endocrine'),
  her2Unknown: def('reasons.common.her2Unknown', 'esmo-mbc-2021', 'her2-testing'),
};

interface Needs {
  /** Only for hormone receptor-positive cancer. */
  hr?: boolean;
  /** Only for HER2-negative cancer (0, ultralow, low); the reason names the label. */
  her2Negative?: ReasonDef;
}

/** A verdict when HR/HER2 already decide the approach, otherwise undefined (the rule continues). */
export function gate(f: Facts, needs: Needs): Verdict | undefined {
  if (needs.hr && f.hrNeg) return verdict(NOT, why(C.needsHr, 'hr'));
  if (needs.her2Negative && f.her2Pos) return verdict(NOT, why(needs.her2Negative, 'her2'));
  const unknown: Reason[] = [];
  if (needs.hr && f.hrUnk) unknown.push(why(C.hrUnknown, 'hr'));
  if (needs.her2Negative && f.her2Unk) unknown.push(why(C.her2Unknown, 'her2'));
  return unknown.length ? { status: DEPENDS, reasons: unknown } : undefined;
}

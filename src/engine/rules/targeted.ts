// Targeted therapy: CDK4/6 inhibitors, PI3K/AKT/mTOR pills, HER2 medicines, antibody-drug conjugates,
// PARP inhibitors, immunotherapy and tumour-agnostic medicines. Each is gated by the receptor results
// and the biomarker that unlocks it; an unanswered deciding test gives 'depends-on-tests'.
import type { Facts } from '../facts.js';
import type { AnswerPath, Reason } from '../types.js';
import { DEPENDS, NOT, OFTEN, SOMETIMES, cap, verdict, why, type Verdict } from '../reason.js';
import { C, gate } from './common.js';
import { TARGETED_REASONS as D } from './targeted-reasons.js';


/**
 * SONIA compared a CDK4/6 inhibitor first vs second line in endocrine-sensitive, mostly
 * postmenopausal people (src: sonia): first line, after menopause, de novo or late relapse.
 */
export const soniaApplies = (f: Facts): boolean =>
  f.first && f.post && f.hrPos && f.her2Neg && !f.crisis && (f.p.earlyRelapse === 'de-novo' || f.p.earlyRelapse === 'later');

/**
 * A CDK4/6 inhibitor received with no line yet for metastatic disease, and the cancer came back during or
 * within 12 months of (or at a time not known after) the hormone pills it was given with: inferred to be an
 * adjuvant CDK4/6 inhibitor with relapse during or soon after it. De novo: the medicine was first-line
 * treatment already under way, not adjuvant. "More than 12 months after": years after the CDK4/6 inhibitor.
 */
const adjuvantCdk = (f: Facts): boolean =>
  f.hadCdk && f.first && (f.earlyRel || f.p.earlyRelapse === 'unknown');

function cdk46(f: Facts): Verdict {
  const g = gate(f, { hr: true });
  if (g) return g;
  if (f.her2Pos) return verdict(f.first ? NOT : SOMETIMES, why(D.cdkHer2Pos, 'her2', 'metastaticLines'));
  if (f.her2Unk) return verdict(DEPENDS, why(C.her2Unknown, 'her2'));
  let v: Verdict;
  if (adjuvantCdk(f)) v = verdict(SOMETIMES, why(D.cdkAfterAdjuvant, 'received', 'earlyRelapse', 'metastaticLines'));
  else if (f.hadCdk && !f.first) v = verdict(SOMETIMES, why(D.cdkAfter, 'received'));
  else if (f.later) v = verdict(OFTEN, why(D.cdkNotYet, 'received', 'metastaticLines'));
  else {
    v = verdict(OFTEN, why(D.cdkFirst, 'hr', 'her2', 'metastaticLines'));
    if (soniaApplies(f)) {
      // Both halves, always together: SONIA (mostly palbociclib) and MONALEESA-2 (ribociclib).
      v.reasons.push(why(D.cdkTiming, 'metastaticLines', 'earlyRelapse', 'menopause'));
      v.reasons.push(why(D.cdkTimingRibociclib, 'metastaticLines', 'earlyRelapse', 'menopause'));
    }
  }
  return cap(v, f.crisis, () => why(D.cdkCrisis, 'rapidOrganThreat'));
}

function pi3kAktMtor(f: Facts): Verdict {
  const g = gate(f, { hr: true, her2Negative: D.pi3kHer2Pos });
  if (g) return g;
  if (!f.pretreated) return verdict(f.first ? NOT : SOMETIMES, why(D.pi3kLater, 'metastaticLines', 'earlyRelapse', 'received'));
  const { pik3ca, akt1, pten } = f.p.biomarkers;
  const reasons: Reason[] = [];
  if (pik3ca === 'positive') {
    if (f.earlyRel && !f.later) reasons.push(why(D.inavolisib, 'biomarkers.pik3ca', 'earlyRelapse'));
    reasons.push(why(D.pik3ca, 'biomarkers.pik3ca', ...f.pretreatedBy));
  }
  if (akt1 === 'positive' || pten === 'positive') {
    const paths: AnswerPath[] = [];
    if (akt1 === 'positive') paths.push('biomarkers.akt1');
    if (pten === 'positive') paths.push('biomarkers.pten');
    reasons.push(why(D.aktPten, ...paths, ...f.pretreatedBy));
  }
  let v: Verdict;
  if (reasons.length) v = { status: OFTEN, reasons };
  else {
    const unknown: AnswerPath[] = [];
    if (pik3ca === 'unknown') unknown.push('biomarkers.pik3ca');
    if (akt1 === 'unknown') unknown.push('biomarkers.akt1');
    if (pten === 'unknown') unknown.push('biomarkers.pten');
    const everolimus = why(D.everolimus, 'hr', 'her2', ...f.pretreatedBy);
    v = unknown.length
      ? verdict(DEPENDS, why(D.pi3kUnknown, ...unknown), everolimus)
      : verdict(SOMETIMES, why(D.pi3kNegative, 'biomarkers.pik3ca', 'biomarkers.akt1', 'biomarkers.pten'), everolimus);
  }
  return cap(v, f.crisis, () => why(D.cdkCrisis, 'rapidOrganThreat'));
}

function her2Directed(f: Facts): Verdict {
  if (f.her2Unk) return verdict(DEPENDS, why(C.her2Unknown, 'her2'));
  if (!f.her2Pos) return verdict(NOT, why(D.her2NotPos, 'her2'));
  if (f.first) return verdict(OFTEN, why(D.her2First, 'her2', 'metastaticLines'));
  const v = f.later
    ? verdict(OFTEN, f.hadTdxd ? why(D.her2AfterTdxd, 'received') : why(D.her2Second, 'received', 'metastaticLines'))
    : verdict(OFTEN, why(D.her2EveryLine, 'her2'));
  if (f.brain) v.reasons.push(why(D.her2Brain, 'sites'));
  return v;
}

function her2LowAdc(f: Facts): Verdict {
  if (f.her2Pos) return verdict(NOT, why(D.lowHer2Pos, 'her2'));
  if (f.her2Unk) return verdict(DEPENDS, why(C.her2Unknown, 'her2'));
  const her2 = f.p.her2;
  if (her2 === 'zero') return verdict(NOT, why(D.lowZero, 'her2'));
  if (f.hadTdxd) return verdict(NOT, why(D.lowAgain, 'received'));
  const v = her2LowAdcByLine(f);
  if (!f.hadTrop2 || v.status === NOT) return v;
  // After sacituzumab or datopotamab: DESTINY-Breast04 (the trial behind HER2-low use outside HR-positive
  // cancer) enrolled people after chemotherapy, and data on one antibody-drug conjugate after another are
  // limited (update file §2).
  if (!f.hrPos && !f.hadChemo && v.status === OFTEN) {
    return verdict(SOMETIMES, ...v.reasons, why(D.lowAfterTrop2, 'received'), why(D.adcSequence, 'received'));
  }
  v.reasons.push(why(D.adcSequence, 'received'));
  return v;
}

function her2LowAdcByLine(f: Facts): Verdict {
  const her2 = f.p.her2;
  // Score not known: T-DXd is for HER2-low or -ultralow after a first treatment, so the score decides.
  if (f.her2ScoreUnk) return f.first ? verdict(NOT, why(D.lowLater, 'metastaticLines')) : verdict(DEPENDS, why(D.lowScoreUnknown, 'her2'));
  if (her2 === 'ultralow') {
    if (f.hrNeg) return verdict(NOT, why(D.ultralowHrNeg, 'her2', 'hr'));
    if (f.hrUnk) return verdict(DEPENDS, why(C.hrUnknown, 'hr'));
  }
  if (f.first) return verdict(NOT, why(D.lowLater, 'metastaticLines'));
  if (f.linesUnk) return verdict(SOMETIMES, why(D.lowLater, 'metastaticLines'));
  if (her2 === 'ultralow') {
    return f.hadChemo
      ? verdict(SOMETIMES, why(D.ultralowChemo, 'her2', 'received'))
      : verdict(OFTEN, why(D.lowAfterEndocrine, 'hr', 'her2', 'metastaticLines'));
  }
  return f.hrPos && !f.hadChemo
    ? verdict(OFTEN, why(D.lowAfterEndocrine, 'hr', 'her2', 'metastaticLines'))
    : verdict(OFTEN, why(D.lowAfterChemo, 'her2', 'metastaticLines'));
}

function trop2Adc(f: Facts): Verdict {
  const g = gate(f, { her2Negative: D.trop2Her2Pos });
  if (g) return g;
  if (f.hrUnk) return verdict(DEPENDS, why(C.hrUnknown, 'hr'));
  // Sacituzumab or datopotamab already received: no guideline lists the other straight after it.
  if (f.hadTrop2) return verdict(NOT, why(D.trop2Again, 'received'));
  const v = f.hrNeg ? trop2TripleNegative(f) : trop2HrPositive(f);
  if (f.hadTdxd && v.status !== NOT) v.reasons.push(why(D.adcSequence, 'received'));
  return v;
}

function trop2TripleNegative(f: Facts): Verdict {
  if (!f.first) {
    const status = f.lines >= 2 ? OFTEN : f.lines === 1 || f.linesUnk ? SOMETIMES : NOT;
    return verdict(status, why(D.trop2Tnbc, 'hr', 'metastaticLines'));
  }
  // First line (NCCN v1.2026): which TROP2 regimen depends on PD-L1; the preferred listing assumes no
  // germline BRCA change ("not sure" is not assumed positive: most people have none, and it is asked as missing).
  const { pdl1, gbrca } = f.p.biomarkers;
  if (pdl1 === 'positive') return verdict(OFTEN, why(D.trop2FirstPembro, 'hr', 'her2', 'metastaticLines', 'biomarkers.pdl1'));
  if (gbrca === 'positive') {
    return verdict(SOMETIMES, why(D.trop2FirstGbrca, 'biomarkers.gbrca', 'metastaticLines'));
  }
  if (pdl1 === 'unknown') {
    return verdict(OFTEN, why(D.trop2FirstPdl1Unknown, 'hr', 'her2', 'metastaticLines', 'biomarkers.pdl1'));
  }
  return verdict(OFTEN, why(D.trop2First, 'hr', 'her2', 'metastaticLines', 'biomarkers.pdl1', 'biomarkers.gbrca'));
}

function trop2HrPositive(f: Facts): Verdict {
  const status = f.linesUnk ? SOMETIMES : f.hadChemo ? (f.lines >= 2 ? OFTEN : f.later ? SOMETIMES : NOT) : NOT;
  return verdict(status, why(D.trop2Hr, 'hr', 'metastaticLines', 'received'));
}

function parpInhibitor(f: Facts): Verdict {
  if (f.her2Pos) return verdict(NOT, why(D.parpHer2Pos, 'her2'));
  const { gbrca, gpalb2 } = f.p.biomarkers;
  const palb2 = gpalb2 === 'positive' ? why(D.parpPalb2, 'biomarkers.gpalb2') : undefined;
  let v: Verdict;
  if (gbrca === 'positive') v = verdict(OFTEN, why(D.parpGbrca, 'biomarkers.gbrca', 'her2'));
  else if (gbrca === 'unknown') v = verdict(DEPENDS, why(D.parpUnknown, 'biomarkers.gbrca'));
  else v = palb2 ? verdict(SOMETIMES) : verdict(NOT, why(D.parpNegative, 'biomarkers.gbrca'));
  if (palb2) v.reasons.push(palb2);
  // HER2 not known: the germline result still matters, but HER2 decides first.
  if (f.her2Unk) return { status: DEPENDS, reasons: [why(C.her2Unknown, 'her2'), ...v.reasons] };
  return v;
}

function immunotherapy(f: Facts): Verdict {
  if (f.hrPos) return verdict(NOT, why(D.immunoNotTnbc, 'hr'));
  if (f.her2Pos) return verdict(NOT, why(D.immunoNotTnbc, 'her2'));
  const unknown: Reason[] = [];
  if (f.hrUnk) unknown.push(why(C.hrUnknown, 'hr'));
  if (f.her2Unk) unknown.push(why(C.her2Unknown, 'her2'));
  if (unknown.length) return { status: DEPENDS, reasons: unknown };
  if (f.later) return verdict(NOT, why(D.immunoFirstOnly, 'metastaticLines'));
  const pdl1 = f.p.biomarkers.pdl1;
  if (pdl1 === 'negative') return verdict(NOT, why(D.immunoNeg, 'biomarkers.pdl1'));
  if (pdl1 === 'unknown') return verdict(DEPENDS, why(D.immunoUnk, 'biomarkers.pdl1', 'hr', 'her2'));
  const v = verdict(f.first ? OFTEN : SOMETIMES, why(D.immunoPos, 'biomarkers.pdl1', 'hr', 'her2'));
  if (f.linesUnk) v.reasons.push(why(D.immunoFirstOnly, 'metastaticLines'));
  return v;
}

function tumourAgnostic(f: Facts): Verdict {
  const { msiHigh, ntrk } = f.p.biomarkers;
  const positive: AnswerPath[] = [];
  if (msiHigh === 'positive') positive.push('biomarkers.msiHigh');
  if (ntrk === 'positive') positive.push('biomarkers.ntrk');
  if (positive.length) return verdict(SOMETIMES, why(D.agnosticPos, ...positive));
  if (msiHigh === 'negative' && ntrk === 'negative') return verdict(NOT, why(D.agnosticNeg, 'biomarkers.msiHigh', 'biomarkers.ntrk'));
  const unknown: AnswerPath[] = [];
  if (msiHigh === 'unknown') unknown.push('biomarkers.msiHigh');
  if (ntrk === 'unknown') unknown.push('biomarkers.ntrk');
  // Tested once standard options have been used (src: asco-biomarkers-recs 6.1, 8.1)
  return f.lines >= 2
    ? verdict(DEPENDS, why(D.agnosticUnk, ...unknown, 'metastaticLines'))
    : verdict(NOT, why(D.agnosticRare, ...unknown, 'metastaticLines'));
}

export const TARGETED_APPROACHES = {
  'cdk46-inhibitor': cdk46,
  'pi3k-akt-mtor': pi3kAktMtor,
  'her2-directed': her2Directed,
  'her2-low-adc': her2LowAdc,
  'trop2-adc': trop2Adc,
  'parp-inhibitor': parpInhibitor,
  immunotherapy,
  'tumour-agnostic': tumourAgnostic,
};

export function targetedReasons(f: Facts): Reason[] {
  if (f.her2Pos) return [why(D.optHer2, 'her2')];
  if (f.hrPos && f.her2Neg) return [why(D.optHr, 'hr', 'her2')];
  if (f.tnbc) return [why(D.optTnbc, 'hr', 'her2')];
  const unknown: AnswerPath[] = [];
  if (f.hrUnk) unknown.push('hr');
  if (f.her2Unk) unknown.push('her2');
  return [why(D.optUnknown, ...unknown)];
}

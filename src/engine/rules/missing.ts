// Tests worth asking about: answers still "not sure" that would change an option for this profile.
// The conditions mirror the rules that return 'depends-on-tests'.
import type { Facts } from '../facts.js';
import type { MissingTest } from '../types.js';

export function missingTests(f: Facts): MissingTest[] {
  const { p } = f;
  const b = p.biomarkers;
  const out: MissingTest[] = [];
  if (f.hrUnk) out.push({ field: 'hr', why: 'missing.hr' });
  if (f.her2Unk) out.push({ field: 'her2', why: 'missing.her2' });
  // "Negative" without the score: low or ultralow can open T-DXd (src: her2-testing, fda-tdxd-her2low)
  if (f.her2ScoreUnk && !f.hadTdxd && !f.first) out.push({ field: 'her2', why: 'missing.her2Score' });
  // Menopause decides ovarian suppression and AI use (src: abc4-hr-positive)
  if (f.menoUnk && f.hrPos) out.push({ field: 'menopause', why: 'missing.menopause' });
  // PIK3CA/AKT1/PTEN and ESR1 after endocrine therapy in HR+/HER2− (src: asco-biomarkers, asco-esr1-2023)
  // (asked once HR and HER2 are known; a found PIK3CA/AKT1/PTEN change already opens the pills)
  if (f.hrPos && f.her2Neg && f.pretreated) {
    const anyPathway = b.pik3ca === 'positive' || b.akt1 === 'positive' || b.pten === 'positive';
    if (!anyPathway) {
      if (b.pik3ca === 'unknown') out.push({ field: 'biomarkers.pik3ca', why: 'missing.pi3kPathway' });
      if (b.akt1 === 'unknown') out.push({ field: 'biomarkers.akt1', why: 'missing.pi3kPathway' });
      if (b.pten === 'unknown') out.push({ field: 'biomarkers.pten', why: 'missing.pi3kPathway' });
    }
    if (b.esr1 === 'unknown') out.push({ field: 'biomarkers.esr1', why: 'missing.esr1' });
  }
  // gBRCA for HER2-negative; germline testing offered to all men (src: asco-biomarkers, asco-male-2020)
  if (b.gbrca === 'unknown' && (f.male || !f.her2Pos)) {
    out.push({ field: 'biomarkers.gbrca', why: f.male ? 'missing.gbrcaMale' : 'missing.gbrca' });
  }
  // PD-L1 before first-line treatment of triple-negative disease (src: asco-biomarkers-recs 5.1)
  if (b.pdl1 === 'unknown' && f.tnbc && !f.later) out.push({ field: 'biomarkers.pdl1', why: 'missing.pdl1' });
  // Rare tumour-agnostic targets once standard options have been used (src: asco-biomarkers-recs 6.1, 8.1)
  if (f.lines >= 2 && b.msiHigh !== 'positive' && b.ntrk !== 'positive') {
    if (b.msiHigh === 'unknown') out.push({ field: 'biomarkers.msiHigh', why: 'missing.rareTests' });
    if (b.ntrk === 'unknown') out.push({ field: 'biomarkers.ntrk', why: 'missing.rareTests' });
  }
  return out;
}

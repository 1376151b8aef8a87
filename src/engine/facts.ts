// The answers, read once per evaluate() into flat flags the rules share (one object, no lookups
// repeated per rule). Pure: depends only on the profile.
import type { AnswerPath, Profile } from './types.js';

export interface Facts {
  readonly p: Profile;
  readonly hrPos: boolean;
  readonly hrNeg: boolean;
  readonly hrUnk: boolean;
  readonly her2Pos: boolean;
  readonly her2Unk: boolean;
  /** HER2 0, ultralow or low, or "negative" with the score not known: HER2-negative in the classic sense. */
  readonly her2Neg: boolean;
  /** HER2-negative, but whether it is low, ultralow or 0 is not known (decides HER2-low medicines). */
  readonly her2ScoreUnk: boolean;
  /** HR-negative and HER2-negative (triple-negative), both known. */
  readonly tnbc: boolean;
  /** No line yet for metastatic disease. */
  readonly first: boolean;
  /** At least one line already for metastatic disease. */
  readonly later: boolean;
  readonly linesUnk: boolean;
  readonly lines: number;
  readonly crisis: boolean;
  readonly earlyRel: boolean;
  readonly pre: boolean;
  readonly post: boolean;
  readonly male: boolean;
  readonly menoUnk: boolean;
  readonly hadAi: boolean;
  readonly hadEndocrine: boolean;
  readonly hadCdk: boolean;
  readonly hadTdxd: boolean;
  /** A TROP2 antibody-drug conjugate (sacituzumab govitecan or datopotamab deruxtecan) received. */
  readonly hadTrop2: boolean;
  readonly hadChemo: boolean;
  /**
   * Hormone therapy has already been used against this cancer: a hormonal medicine received, relapse
   * during or soon after adjuvant hormonal therapy, or a line for metastatic disease (for HR-positive
   * disease most lines include hormone therapy — src: asco-endocrine-2024).
   */
  readonly pretreated: boolean;
  /** The answers that made `pretreated` true. */
  readonly pretreatedBy: AnswerPath[];
  readonly bone: boolean;
  readonly brain: boolean;
  readonly skin: boolean;
  /** Lymph nodes or another single place (not liver, lung, bone, brain, skin). */
  readonly nodesOrOther: boolean;
  readonly noSites: boolean;
  readonly bonePain: boolean;
  readonly neuro: boolean;
  readonly breathing: boolean;
  readonly anySymptom: boolean;
}

export function factsOf(p: Profile): Facts {
  let hadAi = false;
  let hadEndocrine = false;
  let hadCdk = false;
  let hadTdxd = false;
  let hadTrop2 = false;
  let hadChemo = false;
  for (const t of p.received) {
    switch (t) {
      case 'aromatase-inhibitor':
        hadAi = hadEndocrine = true;
        break;
      case 'tamoxifen':
      case 'fulvestrant':
      case 'oral-serd':
      case 'ovarian-suppression':
        hadEndocrine = true;
        break;
      case 'cdk46-inhibitor':
        hadCdk = true;
        break;
      case 't-dxd':
        hadTdxd = true;
        break;
      case 'sacituzumab':
      case 'datopotamab':
        hadTrop2 = true;
        break;
      case 'taxane':
      case 'anthracycline':
      case 'capecitabine':
      case 'eribulin':
      case 'platinum':
      case 'other-chemo':
        hadChemo = true;
        break;
      default:
        break;
    }
  }
  let bone = false;
  let brain = false;
  let skin = false;
  let nodesOrOther = false;
  for (const s of p.sites) {
    if (s === 'bone') bone = true;
    else if (s === 'brain') brain = true;
    else if (s === 'skin-chest-wall') skin = true;
    else if (s === 'lymph-nodes' || s === 'other') nodesOrOther = true;
  }
  const lines = p.metastaticLines === 'unknown' ? -1 : p.metastaticLines;
  const earlyRel = p.earlyRelapse === 'during-or-within-12-months';
  const pretreatedBy: AnswerPath[] = [];
  if (hadEndocrine) pretreatedBy.push('received');
  if (earlyRel) pretreatedBy.push('earlyRelapse');
  if (lines >= 1) pretreatedBy.push('metastaticLines');
  const her2Neg = p.her2 === 'low' || p.her2 === 'ultralow' || p.her2 === 'zero' || p.her2 === 'negative';
  return {
    p,
    hrPos: p.hr === 'positive',
    hrNeg: p.hr === 'negative',
    hrUnk: p.hr === 'unknown',
    her2Pos: p.her2 === 'positive',
    her2Unk: p.her2 === 'unknown',
    her2Neg,
    her2ScoreUnk: p.her2 === 'negative',
    tnbc: p.hr === 'negative' && her2Neg,
    first: lines === 0,
    later: lines >= 1,
    linesUnk: lines < 0,
    lines,
    crisis: p.rapidOrganThreat === 'yes',
    earlyRel,
    pre: p.menopause === 'pre',
    post: p.menopause === 'post',
    male: p.menopause === 'male',
    menoUnk: p.menopause === 'unknown',
    hadAi,
    hadEndocrine,
    hadCdk,
    hadTdxd,
    hadTrop2,
    hadChemo,
    pretreated: pretreatedBy.length > 0,
    pretreatedBy,
    bone,
    brain,
    skin,
    nodesOrOther,
    noSites: p.sites.length === 0,
    bonePain: p.symptoms.includes('bone-pain'),
    neuro: p.symptoms.includes('neurological'),
    breathing: p.symptoms.includes('breathing'),
    anySymptom: p.symptoms.length > 0,
  };
}

// Radiation: treats one area, mostly to ease symptoms (bone, brain, skin/chest wall, other spots).
import type { Facts } from '../facts.js';
import type { Reason } from '../types.js';
import { DEPENDS, NOT, OFTEN, SOMETIMES, def, verdict, why, type Verdict } from '../reason.js';

const D = {
  // Palliative RT for symptoms in bones, skin, brain, lymph nodes (src: macmillan-rt)
  option: def('reasons.rt.option', 'macmillan-rt'),
  specific: def('reasons.rt.specificPlaces', 'macmillan-rt'),
  // EBRT for painful bone metastases; 8 Gy ×1 as effective, more retreatment (src: astro-bone-2024, astro-bone-2017)
  bonePain: def('reasons.rt.bonePain', 'astro-bone-2024', 'astro-bone-2017'),
  // Spinal cord compression: RT with dexamethasone, surgery + RT if eligible (src: astro-bone-2024)
  spine: def('reasons.rt.spine', 'astro-bone-2024'),
  // RT for painful/spine metastases and after bone surgery (src: astro-bone-2024)
  bone: def('reasons.rt.bone', 'astro-bone-2024', 'macmillan-rt'),
  noBone: def('reasons.rt.notThere', 'astro-bone-2024'),
  // SRS, surgery or WBRT with memantine + hippocampal avoidance by number/size/symptoms (src: astro-brain-2022, asco-2022-her2-brain)
  brain: def('reasons.rt.brain', 'astro-brain-2022', 'asco-2022-her2-brain'),
  // Asymptomatic brain mets with CNS-active drugs: shared decision on deferring local therapy (src: astro-brain-2022, asco-2022-her2-brain)
  brainDefer: def('reasons.rt.brainDefer', 'astro-brain-2022', 'asco-2022-her2-brain'),
  // Symptoms → brain MRI (src: esmo-mbc-2021, asco-2022-her2-brain)
  neuro: def('reasons.rt.neurological', 'esmo-mbc-2021', 'asco-2022-her2-brain'),
  noBrain: def('reasons.rt.notThere', 'astro-brain-2022'),
  // Palliative RT for skin/chest-wall bleeding, pain, wounds (src: chest-wall-rt-2021, macmillan-rt)
  chestWall: def('reasons.rt.chestWall', 'chest-wall-rt-2021', 'macmillan-rt'),
  breathing: def('reasons.rt.breathing', 'macmillan-rt'),
  otherPlaces: def('reasons.rt.otherPlaces', 'macmillan-rt'),
  // NRG-BR002: ablating all metastases did not improve PFS or OS (src: nrg-br002)
  oligo: def('reasons.rt.notAllSpots', 'nrg-br002'),
};
/** Every reason this file can give, for the engine's registry (reason-defs.ts). */
export { D as RADIATION_REASONS };

function bone(f: Facts): Verdict {
  const reasons: Reason[] = [];
  if (f.bonePain) reasons.push(f.bone ? why(D.bonePain, 'symptoms', 'sites') : why(D.bonePain, 'symptoms'));
  if (f.bone && f.neuro) reasons.push(why(D.spine, 'sites', 'symptoms'));
  if (reasons.length) return { status: OFTEN, reasons };
  if (f.bone) return verdict(SOMETIMES, why(D.bone, 'sites'));
  if (f.noSites) return verdict(SOMETIMES, why(D.specific, 'sites', 'symptoms'));
  return verdict(NOT, why(D.noBone, 'sites'));
}

function brain(f: Facts): Verdict {
  if (f.brain) {
    const v = verdict(OFTEN, why(D.brain, 'sites'));
    if (f.her2Pos && !f.neuro) v.reasons.push(why(D.brainDefer, 'sites', 'her2', 'symptoms'));
    return v;
  }
  if (f.neuro) return verdict(DEPENDS, why(D.neuro, 'symptoms'));
  if (f.noSites) return verdict(SOMETIMES, why(D.specific, 'sites', 'symptoms'));
  return verdict(NOT, why(D.noBrain, 'sites'));
}

function otherSites(f: Facts): Verdict {
  if (f.skin) {
    const v = verdict(OFTEN, why(D.chestWall, 'sites'));
    if (f.breathing) v.reasons.push(why(D.breathing, 'symptoms'));
    return v;
  }
  const reasons: Reason[] = [];
  if (f.nodesOrOther) reasons.push(why(D.otherPlaces, 'sites'));
  if (f.breathing) reasons.push(why(D.breathing, 'symptoms'));
  if (reasons.length) return { status: SOMETIMES, reasons };
  if (f.noSites) return verdict(SOMETIMES, why(D.specific, 'sites', 'symptoms'));
  return verdict(NOT, why(D.oligo, 'sites'));
}

export const RADIATION_APPROACHES = {
  bone,
  brain,
  'other-sites': otherSites,
};

export function radiationReasons(_f: Facts): Reason[] {
  return [why(D.option, 'sites', 'symptoms')];
}

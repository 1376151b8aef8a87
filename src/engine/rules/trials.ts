// Clinical trials: worth asking about at every decision point, for every profile (src: lbbc-trials, metavivor-trials).
import type { Facts } from '../facts.js';
import type { Reason } from '../types.js';
import { OFTEN, def, verdict, why, type Verdict } from '../reason.js';

const D = {
  everyStep: def('reasons.trials.everyStep', 'lbbc-trials', 'metavivor-trials'),
  // Some trials need people who have not had certain medicines yet (src: lbbc-trials)
  beforeFirst: def('reasons.trials.beforeFirst', 'lbbc-trials'),
  // Many MBC trials accept people treated before (src: lbbc-trials, metavivor-trials)
  afterTreatment: def('reasons.trials.afterTreatment', 'lbbc-trials', 'metavivor-trials'),
  // Brain metastases: increasingly included, still often excluded (src: asco-friends-2017)
  brain: def('reasons.trials.brain', 'asco-friends-2017'),
  // Measurable disease is a common requirement; bone-only often not measurable (src: trialtalk-measurable)
  boneOnly: def('reasons.trials.boneOnly', 'trialtalk-measurable'),
};
/** Every reason this file can give, for the engine's registry (reason-defs.ts). */
export { D as TRIALS_REASONS };

function trialSearch(f: Facts): Verdict {
  const v = verdict(OFTEN, why(D.everyStep));
  if (f.first) v.reasons.push(why(D.beforeFirst, 'metastaticLines'));
  else if (f.later) v.reasons.push(why(D.afterTreatment, 'metastaticLines'));
  if (f.brain) v.reasons.push(why(D.brain, 'sites'));
  if (f.bone && f.p.sites.length === 1) v.reasons.push(why(D.boneOnly, 'sites'));
  return v;
}

export const TRIALS_APPROACHES = {
  'trial-search': trialSearch,
};

export function trialsReasons(_f: Facts): Reason[] {
  return [why(D.everyStep)];
}

// Supportive (palliative) care: always alongside any treatment, with extra points for bone and symptoms.
import type { Facts } from '../facts.js';
import type { Reason } from '../types.js';
import { def, why } from '../reason.js';

const D = {
  // Early interdisciplinary palliative care alongside active treatment (src: asco-palliative-2017, asco-palliative-2024)
  always: def('reasons.supportive.always', 'asco-palliative-2017', 'asco-palliative-2024'),
  // Bone-modifying agents for bone metastases; dental check first (src: asco-bone-agents)
  bone: def('reasons.supportive.boneMedicines', 'asco-bone-agents'),
  // Pain can be treated at any stage; discuss at every visit (src: komen-pain, asco-palliative-2024)
  symptoms: def('reasons.supportive.symptoms', 'komen-pain', 'asco-palliative-2024'),
  // Spinal cord compression needs urgent treatment (src: cruk-scorad, astro-bone-2024)
  spine: def('reasons.supportive.spineUrgent', 'cruk-scorad', 'astro-bone-2024'),
};
/** Every reason this file can give, for the engine's registry (reason-defs.ts). */
export { D as SUPPORTIVE_REASONS };

export function supportiveReasons(f: Facts): Reason[] {
  const out = [why(D.always)];
  if (f.bone) out.push(why(D.bone, 'sites'));
  if (f.anySymptom) out.push(why(D.symptoms, 'symptoms'));
  if (f.bone && f.neuro) out.push(why(D.spine, 'sites', 'symptoms'));
  return out;
}

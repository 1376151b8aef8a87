// STUB — replaced by the engine work (issue 3).
import type { Assessment, Profile } from './types.js';
import { APPROACHES_BY_OPTION, OPTION_IDS } from './vocabulary.js';

export function evaluate(_profile: Profile): Assessment {
  return {
    options: OPTION_IDS.map((id) => ({
      id,
      status: 'sometimes-considered',
      reasons: [],
      approaches: APPROACHES_BY_OPTION[id].map((a) => ({ id: a, status: 'sometimes-considered', reasons: [] })),
    })),
    supportiveCare: { reasons: [] },
    missing: [],
    questions: [],
  };
}

import type { Profile } from './types.js';
import { BIOMARKER_IDS } from './vocabulary.js';

/** The profile of someone who has answered nothing yet: every answer "not sure", every list empty. */
export function emptyProfile(): Profile {
  return {
    hr: 'unknown',
    her2: 'unknown',
    menopause: 'unknown',
    biomarkers: Object.fromEntries(BIOMARKER_IDS.map((id) => [id, 'unknown'])) as Profile['biomarkers'],
    sites: [],
    rapidOrganThreat: 'unknown',
    symptoms: [],
    earlyRelapse: 'unknown',
    metastaticLines: 'unknown',
    received: [],
    priorities: {},
  };
}

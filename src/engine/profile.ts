import type { BiomarkerId, Profile } from './types.js';

/**
 * The biomarkers asked about, in display order. Part of the vocabulary (vocabulary.ts re-exports it)
 * but kept here: the empty profile and the store, in the element's first load, need only this list.
 */
export const BIOMARKER_IDS = ['pik3ca', 'akt1', 'pten', 'esr1', 'gbrca', 'gpalb2', 'pdl1', 'msiHigh', 'ntrk'] as const satisfies readonly BiomarkerId[];

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

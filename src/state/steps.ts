export const STEPS = ['intro', 'receptors', 'treatments', 'priorities', 'comparison', 'summary'] as const;
export type StepId = (typeof STEPS)[number];

export const isStep = (v: unknown): v is StepId => typeof v === 'string' && (STEPS as readonly string[]).includes(v);

/** Clinician mode starts at the first question: the intro is for people on their own. */
export const stepsFor = (mode: Mode): readonly StepId[] => (mode === 'clinician' ? STEPS.slice(1) : STEPS);

// The values the `mode`, `storage` and `trials` attributes accept (defaults: state/settings.ts).
export const MODES = ['patient', 'clinician'] as const;
export const STORAGES = ['none', 'session', 'local'] as const;
export const TRIALS = ['off', 'link', 'live'] as const;
export type Mode = (typeof MODES)[number];
export type StorageMode = (typeof STORAGES)[number];
export type TrialsMode = (typeof TRIALS)[number];

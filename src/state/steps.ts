export const STEPS = ['intro', 'receptors', 'treatments', 'priorities', 'comparison', 'summary'] as const;
export type StepId = (typeof STEPS)[number];

export const isStep = (v: unknown): v is StepId => typeof v === 'string' && (STEPS as readonly string[]).includes(v);

/** Clinician mode starts at the first question: the intro is for people on their own. */
export const stepsFor = (mode: Mode): readonly StepId[] => (mode === 'clinician' ? STEPS.slice(1) : STEPS);

export type Mode = 'patient' | 'clinician';
export type StorageMode = 'none' | 'session' | 'local';
export type TrialsMode = 'off' | 'link' | 'live';

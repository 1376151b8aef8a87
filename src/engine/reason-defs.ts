// Every reason the engine can give, listed explicitly (no module registers itself on import), so
// tests can check that each has text in every language and that each source it cites exists.
import type { ReasonDef } from './reason.js';
import { C } from './rules/common.js';
import { HORMONAL_REASONS } from './rules/hormonal.js';
import { TARGETED_REASONS } from './rules/targeted-reasons.js';
import { CHEMOTHERAPY_REASONS } from './rules/chemotherapy.js';
import { RADIATION_REASONS } from './rules/radiation.js';
import { TRIALS_REASONS } from './rules/trials.js';
import { SUPPORTIVE_REASONS } from './rules/supportive.js';

export const REASON_DEFS: readonly ReasonDef[] = [
  C,
  HORMONAL_REASONS,
  TARGETED_REASONS,
  CHEMOTHERAPY_REASONS,
  RADIATION_REASONS,
  TRIALS_REASONS,
  SUPPORTIVE_REASONS,
].flatMap((group): ReasonDef[] => Object.values(group));

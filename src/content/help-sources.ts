// Sources behind the question steps' help texts ("Where to find this"): they are medical statements
// too (what HER2 0–3+ means, where a result is written), so they show sources and a date like every
// other one. Keyed by the help text's locale key; a unit test checks every id is a known source.
import type { SourceId } from '../engine/types.js';

export const HELP_SOURCES: Readonly<Record<string, readonly SourceId[]>> = {
  'receptors:hr.help': ['er-testing', 'lbbc-subtypes'],
  'receptors:her2.help': ['her2-testing', 'cco-her2low-faq'],
  'receptors:menopause.help': ['abc4-hr-positive'],
  'receptors:biomarkers.help': ['asco-biomarkers-2024', 'asco-esr1-2023', 'nci-biomarker'],
  'receptors:sites.help': ['abc4-monitoring'],
  'receptors:symptoms.help': ['esmo-mbc-2021'],
  'receptors:rapidOrganThreat.help': ['abc4-definitions'],
  'treatments:lines.help': ['abc4-definitions'],
  'treatments:relapse.help': ['abc4-definitions'],
};

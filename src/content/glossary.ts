// Plain-language definitions behind the [[id|words]] markers in content text: the UI turns each
// marker into a disclosure showing glossary:<id>.term and glossary:<id>.definition.
import type { SourceId } from '../engine/types.js';
import { REVIEWED } from './reviewed.js';
import type { GlossaryTerm } from './types.js';

const SOURCES_BY_ID = {
  metastatic: ['mskcc-advanced'],
  'hormone-receptor': ['cdk46-basics', 'er-testing'],
  her2: ['cdk46-basics', 'her2-testing'],
  'her2-positive': ['her2-testing'],
  'her2-low': ['her2-testing', 'fda-tdxd-her2low'],
  'triple-negative': ['lbbc-subtypes'],
  biomarker: ['nci-biomarker'],
  'liquid-biopsy': ['liquid-biopsy'],
  germline: ['germline-somatic'],
  brca: ['tnt', 'asco-biomarkers-2024'],
  esr1: ['asco-esr1-2023'],
  pik3ca: ['asco-biomarkers-2024'],
  'pd-l1': ['nci-pdl1'],
  'aromatase-inhibitor': ['komen-ai'],
  'ovarian-suppression': ['abc4-definitions', 'nccn-patients-stage-iv'],
  'cdk46-inhibitor': ['cdk46-basics'],
  adc: ['nci-adc'],
  immunotherapy: ['nci-pdl1'],
  neutropenia: ['docetaxel-cruk'],
  neuropathy: ['capecitabine-upmc'],
  ild: ['tdxd-her2low-safety', 'destiny-breast09'],
  onj: ['onj-s0702', 'bcna-bone'],
  'scalp-cooling': ['scalp'],
  srs: ['acs-brain-rt', 'sabr-comet'],
  wbrt: ['acs-brain-rt', 'n0574'],
  'spinal-cord-compression': ['cruk-scorad'],
  oligometastatic: ['abc4-definitions'],
  'visceral-crisis': ['abc4-definitions'],
  'bone-modifying': ['asco-bone-agents'],
  'tumour-marker': ['asco-tumour-markers'],
  median: ['nci-median'],
  phase: ['cruk-trial-phases'],
  randomized: ['cruk-trial-phases', 'ccnsw-randomised'],
  placebo: ['cancernet-placebo'],
  'palliative-care': ['acs-palliate'],
} as const satisfies Record<string, readonly SourceId[]>;

export type GlossaryId = keyof typeof SOURCES_BY_ID;

export const GLOSSARY_IDS = Object.keys(SOURCES_BY_ID) as GlossaryId[];

export const GLOSSARY: GlossaryTerm[] = GLOSSARY_IDS.map((id) => ({
  id,
  term: `${id}.term`,
  definition: `${id}.definition`,
  sources: [...SOURCES_BY_ID[id]],
  reviewed: REVIEWED,
}));

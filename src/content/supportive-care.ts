// Supportive and palliative care: shown for everyone, beside every option, with the same ten rows
// as the option columns so it reads as part of care rather than an afterthought.
import type { SourceId } from '../engine/types.js';
import { REVIEWED, REVIEWED_2026_12 } from './reviewed.js';
import type { Cell, RowId, SupportiveCareContent } from './types.js';

const cell = (row: RowId, sources: SourceId[]): Cell => ({ key: `supportive.rows.${row}`, sources, reviewed: REVIEWED });

export const SUPPORTIVE_CARE: SupportiveCareContent = {
  name: 'supportive.name',
  summary: 'supportive.summary',
  sources: ['asco-palliative-2024', 'komen-pain'],
  reviewed: REVIEWED,
  rows: {
    involves: cell('involves', ['asco-palliative-2017', 'acs-palliate', 'komen-pain']),
    'how-given': cell('how-given', ['bcn-pain', 'bcna-pain', 'asco-bone-agents', 'asco-fatigue-2024']),
    visits: cell('visits', ['early-palliative-design', 'asco-bone-agents', 'bco-bone']),
    'hair-loss': cell('hair-loss', ['bcna-bone', 'asco-palliative-2024']),
    'common-effects': cell('common-effects', ['bcn-pain', 'bcna-bone']),
    // Names the study behind the figure (SWOG S0702): December 2026 update.
    'serious-risks': { ...cell('serious-risks', ['onj-s0702', 'bcna-bone']), reviewed: REVIEWED_2026_12 },
    'daily-life': cell('daily-life', ['asco-fatigue-2024', 'sio-asco-anxiety-2023', 'financial-toxicity']),
    monitoring: cell('monitoring', ['pain-rating']),
    duration: cell('duration', ['asco-palliative-2024', 'macmillan-planning']),
    evidence: cell('evidence', ['asco-palliative-2017', 'group-therapy']),
  },
  evidence: ['early-palliative'],
};

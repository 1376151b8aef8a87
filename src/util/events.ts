// Public events bubble and cross the shadow boundary (contract §3). Their detail never carries free
// text or personal data, and nothing from which an answer's value could be inferred: hosts forward
// these events to analytics. Step names, a count of answered questions and codes only.
import type { Profile } from '../engine/index.js';
import type { StepId } from '../state/steps.js';
import type { ErrorCode } from './error-codes.js';

export type { ErrorCode };

export interface MbcEventMap {
  'mbc-step-change': { step: StepId };
  'mbc-profile-change': ProfileChangeDetail;
  'mbc-summary-print': Record<string, never>;
  'mbc-summary-share': Record<string, never>;
  'mbc-trials-search': { mode: 'link' | 'live' };
  'mbc-error': { code: ErrorCode };
}

export interface ProfileChangeDetail {
  /** How many of the questions everyone is asked have an answer other than "not sure". */
  answered: number;
  /** How many such questions there are (fixed: it never depends on the answers). */
  total: number;
  /** answered / total, for hosts that read the older field. */
  completeness: number;
}

// Only questions asked whatever the other answers: counting a question that is shown only for some
// subtypes (menopause, most biomarkers) would tell which subtype it is. Earlier versions divided by
// the number of questions shown, which gave 0.133 / 0.2 / 0.222 / 0.286 for the same two answers.
const ASKED_OF_EVERYONE: ReadonlyArray<(p: Profile) => boolean> = [
  (p) => p.hr !== 'unknown',
  (p) => p.her2 !== 'unknown',
  (p) => p.sites.length > 0,
  (p) => p.rapidOrganThreat !== 'unknown',
  (p) => p.metastaticLines !== 'unknown',
  (p) => p.biomarkers.msiHigh !== 'unknown',
  (p) => p.biomarkers.ntrk !== 'unknown',
];

export function profileChangeDetail(p: Profile): ProfileChangeDetail {
  const answered = ASKED_OF_EVERYONE.filter((isAnswered) => isAnswered(p)).length;
  const total = ASKED_OF_EVERYONE.length;
  return { answered, total, completeness: answered / total };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-step-change': CustomEvent<MbcEventMap['mbc-step-change']>;
    'mbc-profile-change': CustomEvent<MbcEventMap['mbc-profile-change']>;
    'mbc-summary-print': CustomEvent<MbcEventMap['mbc-summary-print']>;
    'mbc-summary-share': CustomEvent<MbcEventMap['mbc-summary-share']>;
    'mbc-trials-search': CustomEvent<MbcEventMap['mbc-trials-search']>;
    'mbc-error': CustomEvent<MbcEventMap['mbc-error']>;
  }
}

export function emit<K extends keyof MbcEventMap>(target: EventTarget, type: K, detail: MbcEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Internal intents from a step to the root: they need not leave our shadow root. */
export function intent<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
}

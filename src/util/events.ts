// Public events bubble and cross the shadow boundary (contract §3). Their detail never carries free
// text or personal data: step names, completeness and codes only.
import type { StepId } from '../state/steps.js';

export type ErrorCode =
  | 'bad-attribute'
  | 'invalid-profile'
  | 'locale-failed'
  | 'storage-corrupt'
  | 'storage-unavailable'
  | 'share-link-invalid'
  | 'content-src-failed'
  | 'clipboard-failed';

export interface MbcEventMap {
  'mbc-step-change': { step: StepId };
  'mbc-profile-change': { completeness: number };
  'mbc-summary-print': Record<string, never>;
  'mbc-summary-share': Record<string, never>;
  'mbc-trials-search': { mode: 'link' | 'live' };
  'mbc-error': { code: ErrorCode };
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

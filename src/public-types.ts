// The element's public types for TypeScript users and their editors: what each attribute accepts,
// what `profile` may be set to, the events with their detail types, and the props the React 19 JSX
// typings (src/jsx.ts, `mbc-decision-aid/jsx`) give the tag. Types only: nothing here ships as code.
import type { Profile } from './engine/index.js';
import type { Mode, StepId, StorageMode, TrialsMode } from './state/steps.js';
import type { MbcEventMap } from './util/events.js';

export type { Mode, StorageMode, TrialsMode, StepId };
/** `light` (default) or `auto` (follows the reader's dark-mode setting). */
export type ColorScheme = 'light' | 'auto';

/**
 * What `el.profile` may be set to in TypeScript: any part of a Profile (missing answers become
 * "not sure"). The setter still takes anything at run time (plain JavaScript, JSON from storage):
 * it checks with `parseProfile`, and input it rejects keeps the previous answers and emits
 * `mbc-error` `invalid-profile` — it never throws.
 */
export type ProfileInput = {
  [K in keyof Profile]?: K extends 'biomarkers' ? Partial<Profile['biomarkers']> : Profile[K];
};

/** The attributes of `<mbc-decision-aid>` as written in HTML (all optional). */
export interface MbcDecisionAidAttributes {
  lang?: string;
  mode?: Mode;
  storage?: StorageMode;
  trials?: TrialsMode;
  'trials-endpoint'?: string;
  'org-name'?: string;
  'org-url'?: string;
  helpline?: string;
  'content-src'?: string;
  'reviewed-by'?: string;
  'color-scheme'?: ColorScheme;
}

type Handler<K extends keyof MbcEventMap> = (event: CustomEvent<MbcEventMap[K]>) => void;

/**
 * React 19 props: the attributes, the `profile` and `step` properties (React 19 sets a custom
 * element's known properties as properties) and `on<event-name>` listeners, which React 19 adds for
 * custom events by their exact name.
 */
export interface MbcDecisionAidReactProps extends MbcDecisionAidAttributes {
  profile?: ProfileInput;
  step?: StepId;
  id?: string;
  class?: string;
  className?: string;
  style?: unknown;
  hidden?: boolean;
  key?: string | number | null;
  ref?: unknown;
  children?: unknown;
  'onmbc-step-change'?: Handler<'mbc-step-change'>;
  'onmbc-profile-change'?: Handler<'mbc-profile-change'>;
  'onmbc-summary-print'?: Handler<'mbc-summary-print'>;
  'onmbc-summary-share'?: Handler<'mbc-summary-share'>;
  'onmbc-trials-search'?: Handler<'mbc-trials-search'>;
  'onmbc-error'?: Handler<'mbc-error'>;
}

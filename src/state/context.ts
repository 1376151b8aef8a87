// Symbol keys cannot collide with another library's contexts on the host page.
import { createContext } from '@lit/context';
import type { I18nView } from '../i18n/i18n-controller.js';
import type { Snapshot, Store } from './store.js';
import type { Mode, StorageMode, TrialsMode } from './steps.js';
import type { KnowledgeIndex } from '../content/knowledge.js';
import type { ContentOverride } from './content-override.js';
import type { PartFailure } from '../loading/load-part.js';

/** The answers as the steps read them (the current snapshot) and the store they send intents to. Replaced (never mutated) on every change, so consumers re-render. */
export interface AnswersContext {
  readonly snapshot: Snapshot;
  readonly store: Store;
}

/** What the embedder configured through attributes. */
export interface Settings {
  readonly mode: Mode;
  readonly trials: TrialsMode;
  /** Live trial search goes here (validated `trials-endpoint`); undefined: the attribute was refused. */
  readonly trialsEndpoint: string | undefined;
  readonly orgName: string | undefined;
  readonly orgUrl: string | undefined;
  readonly helpline: string | undefined;
  /** Where answers are kept now: the attribute, or 'session' once the person said yes to keeping them. */
  readonly storage: StorageMode;
  /** reviewed-by: the organisation whose clinicians reviewed the content; undefined = nobody yet. */
  readonly reviewedBy: string | undefined;
  /** The embedder's own questions and links (content-src), once loaded. */
  readonly embedderContent: ContentOverride | undefined;
}

/**
 * What the comparison and summary need beyond the first load — their code, their text and the
 * knowledge base — as one status owned by AfterStartController, plus the knowledge index once here.
 */
export interface KnowledgeView {
  readonly state: 'idle' | 'loading' | 'ready' | 'failed';
  readonly index: KnowledgeIndex | undefined;
  /** Why it failed, when state is 'failed'. */
  readonly reason?: PartFailure;
}

export const storeContext = createContext<AnswersContext>(Symbol('mbc-store'));
export const i18nContext = createContext<I18nView>(Symbol('mbc-i18n'));
export const settingsContext = createContext<Settings>(Symbol('mbc-settings'));
export const knowledgeContext = createContext<KnowledgeView>(Symbol('mbc-knowledge'));

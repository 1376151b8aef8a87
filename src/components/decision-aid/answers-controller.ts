// Where answers come from when the widget starts, and where they go afterwards: a share link the
// person just opened wins, then answers kept in storage="session|local"; nothing is stored by
// default, a blank slate is removed rather than stored, and bad data never replaces good answers.
import { emptyProfile } from '../../engine/index.js';
import type { Profile } from '../../engine/index.js';
import { forget, restore, save, storageKey } from '../../state/persistence.js';
import { decodeProfile, shareCodeFrom } from '../../state/share-link.js';
import type { Store } from '../../state/store.js';
import type { StepId, StorageMode } from '../../state/steps.js';

const BLANK = JSON.stringify(emptyProfile());

export type AnswersProblem = 'storageCorrupt' | 'storageUnavailable' | 'shareInvalid';

export interface AnswersHost {
  /** The element's id: several widgets on one page keep separate answers. */
  storageId(): string;
  storageMode(): StorageMode;
  steps(): readonly StepId[];
  problem(kind: AnswersProblem): void;
}

export class AnswersController {
  readonly #store: Store;
  readonly #host: AnswersHost;

  constructor(store: Store, host: AnswersHost) {
    this.#store = store;
    this.#host = host;
  }

  get #key(): string {
    return storageKey(this.#host.storageId() || undefined);
  }

  restore(): void {
    const steps = this.#host.steps();
    const first = steps[0]!;
    const stored = restore(this.#host.storageMode(), this.#key);
    if (stored.kind === 'restored') this.#store.setProfile(stored.profile, steps.includes(stored.step) ? stored.step : first);
    else if (stored.kind === 'corrupt') this.#host.problem('storageCorrupt');
    else if (stored.kind === 'unavailable') this.#host.problem('storageUnavailable');
    else if (this.#store.snapshot.step !== first) this.#store.goTo(first);

    const code = shareCodeFrom(location.hash);
    if (code === undefined) return;
    const decoded = decodeProfile(code);
    if (decoded.ok) this.#store.setProfile(decoded.profile, 'summary');
    else this.#host.problem('shareInvalid');
  }

  persist(profile: Profile, step: StepId): void {
    const mode = this.#host.storageMode();
    if (JSON.stringify(profile) === BLANK) forget(mode, this.#key);
    else if (!save(mode, this.#key, profile, step)) this.#host.problem('storageUnavailable');
  }

  forget(): void {
    forget(this.#host.storageMode(), this.#key);
  }
}

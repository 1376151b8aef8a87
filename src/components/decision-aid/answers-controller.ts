// Where answers come from when the widget starts, and where they go afterwards: a share link the
// person just opened wins, then answers kept in storage="session|local"; nothing is stored by
// default, a blank slate is removed rather than stored, and bad data never replaces good answers.
// A share link is read once and then taken out of the address bar (analytics and copied URLs must
// not pick up the answers); one that arrives later in the same tab (hashchange) is read the same way.
// With storage="local", another tab of the same page may change the stored answers: this tab adopts
// the newer ones and says so, rather than overwriting them with its older copy on the next change.
import { emptyProfile } from '../../engine/profile.js';
import type { Profile } from '../../engine/index.js';
import { forget, forgetOthers, parseStored, restore, save, storageArea, storageKey } from '../../state/persistence.js';
import { decodeProfile, shareCodeFrom, sharedStudiesFrom, withoutShareCode } from '../../state/share-link.js';
import { trialChoice } from '../../state/trial-choice.js';
import type { Store } from '../../state/store.js';
import type { StepId, StorageMode } from '../../state/steps.js';

const BLANK = JSON.stringify(emptyProfile());

export type AnswersProblem = 'storageCorrupt' | 'storageUnavailable' | 'shareInvalid' | 'otherTab' | 'otherTabCleared';

export interface AnswersHost {
  /** The element's id: several widgets on one page keep separate answers. */
  storageId(): string;
  storageMode(): StorageMode;
  steps(): readonly StepId[];
  problem(kind: AnswersProblem): void;
  /** The language the person chose in the picker, if they did: kept with their answers. */
  chosenLanguage(): string | undefined;
}

// Several widgets on a page all read the same fragment as they connect; it is removed once they have.
let stripScheduled = false;
function stripShareCodeSoon(): void {
  if (stripScheduled) return;
  stripScheduled = true;
  queueMicrotask(() => {
    stripScheduled = false;
    const clean = withoutShareCode(location.href);
    if (clean === location.href) return;
    try {
      history.replaceState(history.state, '', clean);
    } catch {
      /* a sandboxed frame may refuse; the answers are read either way */
    }
  });
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

  /** Restores stored answers and a share link; answers the stored language choice, if any. */
  restore(): string | undefined {
    const steps = this.#host.steps();
    const first = steps[0]!;
    const mode = this.#host.storageMode();
    // A page that moved to a stricter storage setting must not leave older answers behind.
    forgetOthers(mode, this.#key);
    const stored = restore(mode, this.#key);
    let lang: string | undefined;
    if (stored.kind === 'restored') {
      this.#store.setProfile(stored.profile, steps.includes(stored.step) ? stored.step : first);
      lang = stored.lang;
    } else if (stored.kind === 'corrupt') this.#host.problem('storageCorrupt');
    else if (stored.kind === 'unavailable') this.#host.problem('storageUnavailable');
    else if (this.#store.snapshot.step !== first) this.#store.goTo(first);
    this.readShareLink();
    return lang;
  }

  /** A `#mbc=` fragment, read once and then removed from the address bar and history. */
  readShareLink(): void {
    const code = shareCodeFrom(location.hash);
    if (code === undefined) return;
    // Studies the sender chose to include: numbers only (titles are never in the link).
    const ids = sharedStudiesFrom(location.hash);
    stripShareCodeSoon();
    const decoded = decodeProfile(code);
    if (decoded.ok) {
      this.#store.setProfile(decoded.profile, 'summary');
      if (ids.length) Object.assign(trialChoice(this.#store), { chosen: ids.map((nctId) => ({ nctId, title: '' })), share: true });
    } else this.#host.problem('shareInvalid');
  }

  persist(profile: Profile, step: StepId): void {
    const mode = this.#host.storageMode();
    if (JSON.stringify(profile) === BLANK) forget(mode, this.#key);
    else if (save(mode, this.#key, profile, step, this.#host.chosenLanguage())) this.#refused = false;
    else if (!this.#refused) {
      // Told once, not on every answer while the browser keeps refusing; again after a save worked.
      this.#refused = true;
      this.#host.problem('storageUnavailable');
    }
  }
  #refused = false;

  /** The page changed storage="…" while running: move the answers to the new place only. */
  storageChanged(profile: Profile, step: StepId): void {
    forgetOthers(this.#host.storageMode(), this.#key);
    this.persist(profile, step);
  }

  forget(): void {
    forget(this.#host.storageMode(), this.#key);
  }

  /** Another tab changed what is stored under our key (storage events only reach the other tabs). */
  onStorage = (e: StorageEvent): void => {
    const mode = this.#host.storageMode();
    if (mode !== 'local' || e.key !== this.#key || e.storageArea !== storageArea(mode)) return;
    const current = this.#store.snapshot.profile;
    if (e.newValue === null) {
      if (JSON.stringify(current) === BLANK) return;
      this.#store.setProfile(emptyProfile());
      this.#host.problem('otherTabCleared');
      return;
    }
    const theirs = parseStored(e.newValue);
    // Unreadable data from elsewhere never replaces good answers; ours are written back on the next change.
    if (!theirs || JSON.stringify(theirs.profile) === JSON.stringify(current)) return;
    this.#store.setProfile(theirs.profile);
    this.#host.problem('otherTab');
  };
}

// Reading answers back, a lazy part: where answers come from when the widget starts. A share link the
// person just opened wins, then answers kept in storage="session|local"; bad data never replaces good
// answers. The element loads this only when there is something to read
// (components/decision-aid/answers-persistence.ts, which also writes them): a visit with nothing
// stored, no link and storage="none" never does.
// A share link is read once and then taken out of the address bar (analytics and copied URLs must
// not pick up the answers); one that arrives later in the same tab (hashchange) is read the same way.
// With storage="local", another tab of the same page may change the stored answers: this tab adopts
// the newer ones and says so, rather than overwriting them with its older copy on the next change.
import { emptyProfile } from '../engine/profile.js';
import { parseStored, restore } from './persistence.js';
import { forgetOthers, storageArea, storageKey } from './storage-areas.js';
import { decodeProfile, reloadRecordFrom, shareCodeFrom, sharedStudiesFrom, withoutShareCode } from './share-link.js';
import { trialChoice } from './trial-choice.js';
import type { Store } from './store.js';
import type { StepId, StorageMode } from './steps.js';
import type { ErrorCode } from '../util/events.js';

const BLANK = JSON.stringify(emptyProfile());

export type AnswersProblem = 'storageCorrupt' | 'storageUnavailable' | 'shareInvalid' | 'otherTab' | 'otherTabCleared';

const CODES: Partial<Record<AnswersProblem, ErrorCode>> = {
  storageCorrupt: 'storage-corrupt',
  shareInvalid: 'share-link-invalid',
  storageUnavailable: 'storage-unavailable',
};

export interface AnswersHost {
  /** The element's id: several widgets on one page keep separate answers. */
  storageId(): string;
  storageMode(): StorageMode;
  steps(): readonly StepId[];
  /** A notice for the person, and an `mbc-error` code for the host page where there is one. */
  notify(kind: AnswersProblem, code?: ErrorCode): void;
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

export class AnswersIO {
  readonly #store: Store;
  readonly #host: AnswersHost;

  constructor(store: Store, host: AnswersHost) {
    this.#store = store;
    this.#host = host;
  }

  get #key(): string {
    return storageKey(this.#host.storageId() || undefined);
  }

  get #blank(): boolean {
    return JSON.stringify(this.#store.snapshot.profile) === BLANK;
  }

  #problem(kind: AnswersProblem): void {
    this.#host.notify(kind, CODES[kind]);
  }

  /**
   * Restores stored answers and a share link; answers the stored language choice, if any. Stored
   * answers replace only a blank slate: answers set while this part was on its way (by the host page,
   * or by the person after a failed load and "Try again") are newer, and are stored over them.
   */
  restore(): string | undefined {
    const steps = this.#host.steps();
    const first = steps[0]!;
    const mode = this.#host.storageMode();
    // A page that moved to a stricter storage setting must not leave older answers behind.
    forgetOthers(mode, this.#key);
    const stored = restore(mode, this.#key);
    let lang: string | undefined;
    if (stored.kind === 'corrupt') this.#problem('storageCorrupt');
    else if (stored.kind === 'unavailable') this.#problem('storageUnavailable');
    else if (this.#blank) {
      if (stored.kind === 'restored') {
        this.#store.setProfile(stored.profile, steps.includes(stored.step) ? stored.step : first);
        lang = stored.lang;
      } else if (this.#store.snapshot.step !== first) this.#store.goTo(first);
    }
    return this.readShareLink() ?? lang;
  }

  /**
   * A `#mbc=` fragment, read once and then removed from the address bar and history; the same for
   * answers "Reload the page" carried across the reload (`#mbcr=`, when the browser refused storage),
   * which come back with their step and language (answered, if any).
   */
  readShareLink(): string | undefined {
    const carried = reloadRecordFrom(location.hash);
    if (carried !== undefined) {
      stripShareCodeSoon();
      const stored = parseStored(carried);
      if (!stored) return void this.#problem('shareInvalid');
      const steps = this.#host.steps();
      this.#store.setProfile(stored.profile, steps.includes(stored.step) ? stored.step : steps[0]);
      return stored.lang;
    }
    const code = shareCodeFrom(location.hash);
    if (code === undefined) return undefined;
    // Studies the sender chose to include: numbers only (titles are never in the link).
    const ids = sharedStudiesFrom(location.hash);
    stripShareCodeSoon();
    const decoded = decodeProfile(code);
    if (decoded.ok) {
      this.#store.setProfile(decoded.profile, 'summary');
      if (ids.length) Object.assign(trialChoice(this.#store), { chosen: ids.map((nctId) => ({ nctId, title: '' })), share: true });
    } else this.#problem('shareInvalid');
    return undefined;
  }

  /** Another tab changed what is stored under our key (storage events only reach the other tabs). */
  onStorage(e: StorageEvent): void {
    const mode = this.#host.storageMode();
    if (mode !== 'local' || e.key !== this.#key || e.storageArea !== storageArea(mode)) return;
    // Storage events arrive a moment after the change, and wait for this part when it is still on its
    // way: if what is stored is no longer that change, this tab wrote newer answers since (the other
    // tab hears of those), and the old change is not brought back over them.
    if (e.newValue !== e.storageArea.getItem(this.#key)) return;
    const current = this.#store.snapshot.profile;
    if (e.newValue === null) {
      if (this.#blank) return;
      this.#store.setProfile(emptyProfile());
      this.#problem('otherTabCleared');
      return;
    }
    const theirs = parseStored(e.newValue);
    // Unreadable data from elsewhere never replaces good answers; ours are written back on the next change.
    if (!theirs || JSON.stringify(theirs.profile) === JSON.stringify(current)) return;
    this.#store.setProfile(theirs.profile);
    this.#problem('otherTab');
  }
}

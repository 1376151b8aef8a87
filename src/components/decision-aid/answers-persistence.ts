// Keeping the person's answers, for one widget: writing them where storage="…" says (nothing by
// default; a blank slate is removed rather than stored), the "keep my answers in this tab" yes, and
// the browser's "leave this page?" question when nothing is kept. Reading them back (stored answers,
// a share link, another tab's change: state/answers-io.ts, with the parser) is a lazy part, loaded
// only when there is something to read — storage="session|local", a `#mbc=` link, or answers left
// under our key — so a first visit never loads it. Nothing is written before what is stored has been
// read; after a failed load nothing is read or written until the person presses "Try again", so
// stored answers are never overwritten by a blank slate.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyProfile } from '../../engine/profile.js';
import { loadPart } from '../../loading/load-part.js';
import { hasShareCode, RELOAD_PARAM } from '../../state/share-fragment.js';
import { forget, forgetOthers, record, save, storageKey, storedAnywhere } from '../../state/storage-areas.js';
import type { AnswersHost, AnswersIO, AnswersProblem } from '../../state/answers-io.js';
import type { Store } from '../../state/store.js';
import type { Profile } from '../../engine/types.js';
import type { ErrorCode } from '../../util/events.js';
import { isRecord } from '../../util/is-record.js';

const BLANK = JSON.stringify(emptyProfile());

/** What can go wrong, as the notices the element shows. */
export type AnswersNotice = AnswersProblem | 'answersFailed';

export interface AnswersOptions extends Omit<AnswersHost, 'storageId' | 'notify'> {
  store: Store;
  notify(notice: AnswersNotice, code?: ErrorCode): void;
  /** Stored answers came with the language the person had chosen. */
  restoredLanguage(lang: string): void;
  /** The person's "keep my answers" yes was given or taken back: where answers are kept changed. */
  keptChanged(): void;
}

/** Reads (no `on`) or writes the per-tab "keep my answers" flag; a browser that refuses storage keeps nothing. */
function keepFlag(key: string, on?: boolean): boolean {
  try {
    if (on === undefined) return window.sessionStorage.getItem(key) === '1';
    if (on) window.sessionStorage.setItem(key, '1');
    else window.sessionStorage.removeItem(key);
    return on;
  } catch {
    return false;
  }
}

/** Puts the stored record into this page's fragment, after the host's own fragment parts; false if refused. */
function carryAcrossReload(text: string): boolean {
  try {
    const hash = location.hash;
    history.replaceState(history.state, '', `${hash.length > 1 ? `${hash}&` : '#'}${RELOAD_PARAM}=${encodeURIComponent(text)}`);
    return true;
  } catch {
    return false;
  }
}

export class AnswersPersistence implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly id: string };
  readonly #o: AnswersOptions;
  #io: AnswersIO | undefined;
  #loading: Promise<AnswersIO> | undefined;
  /** The last load failed: nothing is read or written until the person presses "Try again". */
  #failed = false;
  #started = false;
  /** Stored answers and a share link, if any, are in the store (or could not be loaded). */
  settled = false;
  /** With storage="none", the person said yes to keeping their answers in this tab (session storage). */
  kept = false;

  constructor(host: ReactiveControllerHost & { readonly id: string }, options: AnswersOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  get #key(): string {
    return storageKey(this.#host.id || undefined);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
    addEventListener('storage', this.#onStorage);
    addEventListener('beforeunload', this.#beforeUnload);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
    removeEventListener('storage', this.#onStorage);
    removeEventListener('beforeunload', this.#beforeUnload);
  }

  /** Reads the "keep my answers" yes (per tab, so a reload keeps them as promised); before the first settings. */
  readKept(): void {
    if (!this.#started) this.kept = keepFlag(`${this.#key}#keep`);
  }

  /**
   * Once, when the widget first connects: brings in stored answers and a share link, if there are
   * any. Resolves when they are in the store (or could not be loaded), so the first screen shows them.
   */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    if (this.#o.storageMode() !== 'none' || hasShareCode(location.hash) || storedAnywhere(this.#key))
      await this.#load().then((io) => this.#restored(io.restore()), () => {});
    this.settled = true;
    this.persist(); // answers from a share link are kept too, where the settings say
    this.#host.requestUpdate();
  }

  /** "Try again" on the notice. */
  retry(): void {
    if (!this.#failed) return;
    this.#failed = false;
    this.#load().then((io) => {
      this.#restored(io.restore());
      this.persist();
    }, () => {});
  }

  /**
   * The answers, the step or the language changed: keep them where the settings say (nothing by
   * default). Only a change is written: a store change that changes nothing kept (the engine arriving,
   * say) must not write this tab's copy over newer answers another tab has just stored — their
   * storage event may still be on its way here.
   */
  persist(): void {
    if (!this.settled || this.#failed) return;
    const mode = this.#o.storageMode();
    const text = this.#text;
    if (this.#written === mode + text) return;
    if (text ? save(mode, this.#key, text) : (forget(mode, this.#key), true)) {
      this.#written = mode + text;
      this.#refused = false;
    } else if (!this.#refused) {
      // Told once, not on every answer while the browser keeps refusing; again after a save worked.
      this.#refused = true;
      this.#o.notify('storageUnavailable', 'storage-unavailable');
    }
  }
  #refused = false;
  /** What persist() last wrote, with the mode: the same again is not written. */
  #written: string | undefined;

  /** What is kept of the answers now (stored record; '' for a blank slate, which is removed rather than kept). */
  get #text(): string {
    const { profile, step } = this.#o.store.snapshot;
    return JSON.stringify(profile) === BLANK ? '' : record(profile, step, this.#o.chosenLanguage());
  }

  /** The page changed storage="…" while running: move the answers to the new place only. */
  storageChanged(): void {
    if (!this.settled || this.#failed) return;
    forgetOthers(this.#o.storageMode(), this.#key);
    this.persist();
  }

  /** The person's yes to keeping answers in this tab (with storage="none"): from now on, session storage. */
  keep(): void {
    if (this.#o.storageMode() !== 'none') return;
    this.kept = keepFlag(`${this.#key}#keep`, true);
    this.#o.keptChanged();
    this.persist();
  }

  /** "Forget my answers" or reset(): nothing stays, and the "keep" yes is taken back. */
  forget(): void {
    forget(this.#o.storageMode(), this.#key);
    if (!this.kept) return;
    this.kept = keepFlag(`${this.#key}#keep`, false);
    this.#o.keptChanged();
  }

  /** Runs `job` now if the reading part is here, else once it is (unless it failed). */
  #with(job: (io: AnswersIO) => void): void {
    if (this.#io) job(this.#io);
    else if (this.settled && !this.#failed) this.#load().then(job, () => {});
  }

  #restored(lang: string | undefined): void {
    if (lang) this.#o.restoredLanguage(lang);
  }

  #load(): Promise<AnswersIO> {
    this.#loading ??= loadPart('answers', () => import('../../state/answers-io.js'), (m) =>
      isRecord(m) && typeof m.AnswersIO === 'function' ? (m.AnswersIO as typeof AnswersIO) : undefined,
    ).then(
      (IO) => (this.#io = new IO(this.#o.store, { ...this.#o, storageId: () => this.#host.id })),
      (error: unknown) => {
        this.#loading = undefined;
        this.#failed = true;
        this.#o.notify('answersFailed', 'part-load-failed');
        throw error;
      },
    );
    return this.#loading;
  }

  /** A share link opened in this tab later (hashchange) is read the same way. */
  #onHashChange = (): void => {
    if (hasShareCode(location.hash)) this.#with((io) => io.readShareLink());
  };

  /** Another tab changed what is stored (storage="local"); the part checks whether it is ours. */
  #onStorage = (e: StorageEvent): void => {
    if (this.#o.storageMode() === 'local' && e.key === this.#key) this.#with((io) => io.onStorage(e));
  };

  /**
   * "Reload the page" (beside "Try again", see ui/after-start-gate.ts): the answers, step and language
   * must come back after it. They are stored where storage="session|local" says; with "none" they are
   * kept in this tab first, as the person's "keep my answers" does (the footer then says so, with
   * "Forget"). Only if the browser refuses storage (Safari's private mode, a sandboxed frame) do they
   * ride across the reload in this page's fragment (#mbcr=…, read and removed like a share link): an
   * address a host's analytics could read as the page loads, so never the first choice. Written with
   * what the first load holds: the lazy reading part may be the very file that is broken. Then
   * nothing is lost, so the "leave this page?" question is switched off; if even the address bar
   * refused, it asks as usual.
   */
  reloadPage(waiting?: unknown): void {
    const mode = this.#o.storageMode();
    // `waiting`: a profile the page set that still waits for its parser (it comes with the question
    // steps); written as it is, it is checked when read back, like anything stored.
    const text = waiting === undefined ? this.#text : record(waiting as Profile, this.#o.store.snapshot.step, this.#o.chosenLanguage());
    if (
      !text ||
      (mode === 'none' ? save('session', this.#key, text) && keepFlag(`${this.#key}#keep`, true) : save(mode, this.#key, text)) ||
      carryAcrossReload(text)
    )
      this.hostDisconnected();
    location.reload();
  }

  /** Nothing is kept (storage="none"): leaving or reloading would lose the answers, so the browser asks first. */
  #beforeUnload = (e: BeforeUnloadEvent): void => {
    if (this.#o.storageMode() !== 'none' || !this.#text) return;
    e.preventDefault();
    e.returnValue = ''; // older browsers ask only when returnValue is set
  };
}

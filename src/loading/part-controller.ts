// The state of one lazy part for one widget, in one place: idle → loading → ready | failed. Loading
// starts with ensure() (Start, an embedder setting `profile` or `step`, or idle time once the widget
// is in view); after a failure only retry() — the person pressing "Try again" — loads again.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failureOf, type PartState } from './load-part.js';

export class PartController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<T>;
  readonly #onChange: (state: PartState<T>) => void;
  #state: PartState<T> = { status: 'idle' };
  #request: Promise<T> | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>, onChange: (state: PartState<T>) => void = () => {}) {
    this.#host = host;
    this.#load = load;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {}

  get state(): PartState<T> {
    return this.#state;
  }

  /**
   * Starts loading if nothing was tried yet, and answers the current attempt: it resolves with the
   * part, or rejects (with a PartError) if this attempt failed — a later retry() makes a new one.
   */
  ensure(): Promise<T> {
    if (this.#state.status === 'idle') return this.#start();
    if (this.#state.status === 'ready') return Promise.resolve(this.#state.value);
    return this.#request!;
  }

  /** The person asked to try again. */
  retry(): void {
    if (this.#state.status === 'failed') void this.#start().catch(() => {});
  }

  #start(): Promise<T> {
    const request = this.#load();
    this.#request = request;
    this.#set({ status: 'loading' });
    request.then(
      (value) => request === this.#request && this.#set({ status: 'ready', value }),
      (error: unknown) => request === this.#request && this.#set({ status: 'failed', reason: failureOf(error) }),
    );
    return request;
  }

  #set(state: PartState<T>): void {
    this.#state = state;
    this.#host.requestUpdate(); // first, so whoever awaits updateComplete in onChange sees the new state
    this.#onChange(state);
  }
}

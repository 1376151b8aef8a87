// The store's way to the steps: its snapshot (with the store, for intents) provided through context,
// replaced on every change so consumers re-render, and the root told of every change while connected.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { storeContext } from '../../state/context.js';
import type { Listener, Store } from '../../state/store.js';

export class StoreLink implements ReactiveController {
  readonly #store: Store;
  readonly #provider: ContextProvider<typeof storeContext>;
  readonly #changed: Listener;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, store: Store, changed: Listener) {
    this.#store = store;
    this.#changed = changed;
    this.#provider = new ContextProvider(host, { context: storeContext, initialValue: { snapshot: store.snapshot, store } });
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = this.#store.subscribe((snap, prev) => {
      this.#provider.setValue({ snapshot: snap, store: this.#store });
      this.#changed(snap, prev);
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }
}

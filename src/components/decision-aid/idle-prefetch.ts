// Most visitors never press Start, so the question steps are not in the first load: fetch them in
// idle time once the widget is on screen, so that Start rarely waits.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type IdleCallback = (cb: () => void, options?: { timeout: number }) => void;

export class IdlePrefetch implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #fetch: () => void;
  #observer: IntersectionObserver | undefined;
  #armed = false;

  constructor(host: ReactiveControllerHost & Element, fetch: () => void) {
    this.#host = host;
    this.#fetch = fetch;
    host.addController(this);
  }

  /** After the first render: watch for the widget coming into view (once per element). */
  hostUpdated(): void {
    if (this.#armed || typeof IntersectionObserver === 'undefined') return;
    this.#armed = true;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer?.disconnect();
      const idle = (window as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
      if (idle) idle(this.#fetch, { timeout: 3000 });
      else setTimeout(this.#fetch, 200);
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}

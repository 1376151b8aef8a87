// "Copy a link to these answers": the link (answers in the fragment, chosen study numbers only if the
// person asked) goes to the clipboard. Some browsers leave the clipboard promise pending when they
// cannot ask for permission, so it gives up after 3 s; then the link is shown to copy by hand.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { shareUrl } from '../../../state/share-link.js';
import { sharedStudyIds } from '../../../state/trial-choice.js';
import type { Store } from '../../../state/store.js';
import { emit } from '../../../util/events.js';

const CLIPBOARD_WAIT_MS = 3000;

export class ShareController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  state: 'idle' | 'copied' | 'failed' = 'idle';
  /** The link last made, shown to copy by hand when the clipboard refused. */
  url = '';

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  async share(store: Store): Promise<void> {
    const host = this.#host;
    this.url = shareUrl(location.href, store.snapshot.profile, sharedStudyIds(store));
    host.requestUpdate();
    try {
      await Promise.race([
        navigator.clipboard.writeText(this.url),
        new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), CLIPBOARD_WAIT_MS)),
      ]);
      emit(host, 'mbc-summary-share', {});
      this.state = 'copied';
    } catch {
      emit(host, 'mbc-error', { code: 'clipboard-failed' });
      this.state = 'failed';
    }
    host.requestUpdate();
  }
}

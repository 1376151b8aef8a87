// content-src: the embedder's own questions, links and "About" statement, from the page's own origin
// only. The loader, its origin check and its strict parser (state/content-override.ts) are a lazy
// part, imported only by a widget that has the attribute. A failure is told once (a notice and
// `content-src-failed`); everything else works as usual.
import { loadPart } from '../../loading/load-part.js';
import type { ContentOverride, loadContentSrc } from '../../state/content-override.js';
import { isRecord } from '../../util/is-record.js';

export class ContentSrcController {
  /** The embedder's content, once loaded. */
  value: ContentOverride | undefined;
  #for: string | undefined;
  readonly #loaded: () => void;
  readonly #failed: () => void;

  constructor(loaded: () => void, failed: () => void) {
    this.#loaded = loaded;
    this.#failed = failed;
  }

  /** Loads the file the attribute names, unless it was loaded (or refused) already. */
  load(attribute: string | null): void {
    const src = attribute?.trim();
    if (!src || src === this.#for) return;
    this.#for = src;
    loadPart('content-override', () => import('../../state/content-override.js'), (m) =>
      isRecord(m) && typeof m.loadContentSrc === 'function' ? (m.loadContentSrc as typeof loadContentSrc) : undefined,
    )
      .then((load) => load(src, location.href))
      .then((value) => {
        if (!value) return;
        this.value = value;
        this.#loaded();
      }, this.#failed);
  }
}

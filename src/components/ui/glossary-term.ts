// A glossary term in running text: a button that shows its plain-language definition right after it
// (Enter or a tap toggles, Escape closes). Whether it is open is Lit state, so it survives re-renders
// (a language change, an answer changed elsewhere) instead of living in hand-set attributes.
// Rendered into the surrounding tree (no shadow root): the widget's styles reach it, and it takes
// no box of its own (display: contents), so the words wrap with the sentence around them.
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';

export class GlossaryTerm extends LitElement {
  /** The words as they stand in the sentence. */
  @property({ attribute: false }) words = '';
  /** The glossary's name for the term, which starts the definition. */
  @property({ attribute: false }) term = '';
  @property({ attribute: false }) definition = '';

  @state() private open = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #toggle = () => {
    this.open = !this.open;
  };

  #key = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.open = false;
  };

  protected override render() {
    return html`<button type="button" class="term" aria-expanded=${this.open ? 'true' : 'false'} @click=${this.#toggle} @keydown=${this.#key}>${this.words}</button><span
        class="definition"
        ?hidden=${!this.open}
        >${this.term}: ${this.definition}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-glossary-term': GlossaryTerm;
  }
}

// Registers a step view once, carrying our version so a clash with another copy is reported.
import { warnOnce } from '../../util/warn.js';
import { VERSION } from '../../version.js';

type Versioned = CustomElementConstructor & { version?: string };

export function defineOnce(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  const theirs = existing.version;
  if (existing !== ctor && theirs !== VERSION)
    warnOnce('define-conflict', `<${tag}> v${theirs ?? '?'} is already registered; v${VERSION} was not registered again`);
}

export function defineStep(tag: string, ctor: CustomElementConstructor): void {
  (ctor as Versioned).version = VERSION;
  defineOnce(tag, ctor);
}

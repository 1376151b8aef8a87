// What a reader meets, measured the same way every time: visible words, reading grade
// (Flesch-Kincaid with a simple syllable count — the reviewers' method, ±1 grade), Tab stops and
// target sizes. Used by overview.test.ts; the figures it logs go to the README.

/** Is this element rendered and not hidden from everyone? */
export function shown(el: Element): boolean {
  const h = el as HTMLElement;
  if (h.closest('[hidden], .visually-hidden')) return false;
  const style = getComputedStyle(h);
  return style.display !== 'none' && style.visibility !== 'hidden' && h.getClientRects().length > 0;
}

/** Visible text under `root`, one line per block, as a reader sees it. */
export function visibleText(root: HTMLElement): string {
  return root.innerText;
}

export const words = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // numbers and symbols: one beat
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Kincaid grade of text whose sentences end at . ! ? or a line break. */
export function fleschKincaid(text: string): number {
  const sentences = text
    .split(/[.!?]+(?:\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
  const ws = sentences.flatMap((s) => words(s));
  if (!ws.length) return 0;
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (ws.length / sentences.length) + 11.8 * (syl / ws.length) - 15.59;
}

/** Every control a person can tab to or tap under `root` that is on screen. */
export function interactive(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [tabindex="0"]')].filter(shown);
}

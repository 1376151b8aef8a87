// The two helpers the element needs for content-src before (or without) loading it: which text to
// show for a language, and whether a URL is on the page's own origin. The loader and its strict
// parser (content-override.ts) are imported only when a widget has content-src.
import type { LocalizedText } from './content-override.js';

/** The text for a language: exact, then its primary subtag, then English, then whatever there is. */
export function pick(text: LocalizedText, lang: string): string {
  return text[lang] ?? text[lang.split('-')[0]!] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Only the page's own origin: the widget never talks to third parties. */
export function sameOriginUrl(src: string, page: string): string | undefined {
  try {
    const url = new URL(src, page);
    return url.origin === new URL(page).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

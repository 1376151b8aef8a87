// The one helper the views need for content-src text without loading its loader: which text to show
// for a language. The loader and its strict parser (content-override.ts) are imported only when a
// widget has content-src.
import type { LocalizedText } from './content-override.js';

/** The text for a language: exact, then its primary subtag, then English, then whatever there is. */
export function pick(text: LocalizedText, lang: string): string {
  return text[lang] ?? text[lang.split('-')[0]!] ?? text.en ?? Object.values(text)[0] ?? '';
}

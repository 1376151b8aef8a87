// The languages we ship, named in themselves for the picker, and BCP 47 matching.
// 'x-pseudo' is a test-only pseudo-locale (accented, ~40 % longer): never listed, never built.

export const LANGUAGES = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'fr', 'pt-BR', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number] | 'x-pseudo';

// Endonyms are data, not UI text: each language is always shown in itself.
export const NATIVE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  ko: '한국어',
  tl: 'Tagalog',
  ar: 'العربية',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
};

const RTL = new Set(['ar', 'he', 'fa', 'ur']);
export const directionOf = (lng: string): 'ltr' | 'rtl' => (RTL.has(lng.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr');

/** Traditional-script regions and script subtags (zh-TW, zh-HK, zh-MO, zh-Hant-*). */
const HANT = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * Best shipped language for one BCP 47 tag, or undefined.
 * es-MX → es, zh-TW → zh-Hant, zh / zh-CN → zh-Hans, pt / pt-PT → pt-BR, fil → tl.
 */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const clean = tag.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(clean)) return undefined;
  const lower = clean.toLowerCase();
  if (lower === 'x-pseudo') return 'x-pseudo';
  const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0]!;
  if (primary === 'zh') return HANT.test(clean) ? 'zh-Hant' : 'zh-Hans';
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'fil') return 'tl';
  return LANGUAGES.find((l) => l.toLowerCase() === primary);
}

/** First tag in order of preference that we ship; English when none matches. */
export function resolveLanguage(candidates: ReadonlyArray<string | null | undefined>): Language {
  for (const c of candidates) {
    const m = matchLanguage(c);
    if (m) return m;
  }
  return 'en';
}

import { describe, it, expect } from 'vitest';
import { matchLanguage, resolveLanguage, directionOf, LANGUAGES, NATIVE_NAMES } from '../../../src/i18n/languages.js';

describe('language matching (BCP 47)', () => {
  it.each([
    ['es-MX', 'es'],
    ['ES', 'es'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['fil', 'tl'],
    ['tl-PH', 'tl'],
    ['ar-EG', 'ar'],
    ['fr-CA', 'fr'],
    ['ko-KR', 'ko'],
    ['vi', 'vi'],
    ['ru-RU', 'ru'],
    ['en-GB', 'en'],
  ])('%s → %s', (tag, want) => {
    expect(matchLanguage(tag)).toBe(want);
  });

  it.each(['de', 'ja', '', '   ', 'not a tag!', '<script>', 'x'])('%j matches nothing', (tag) => {
    expect(matchLanguage(tag)).toBeUndefined();
  });

  it('takes the first candidate we ship, English when none', () => {
    expect(resolveLanguage([undefined, 'de-DE', 'fr-FR', 'es'])).toBe('fr');
    expect(resolveLanguage(['', null, 'ja'])).toBe('en');
    expect(resolveLanguage([])).toBe('en');
  });

  it('knows which languages are right-to-left', () => {
    expect(directionOf('ar')).toBe('rtl');
    for (const l of LANGUAGES.filter((l) => l !== 'ar')) expect(directionOf(l)).toBe('ltr');
  });

  it('names every language in itself', () => {
    for (const l of LANGUAGES) expect(NATIVE_NAMES[l].length).toBeGreaterThan(1);
    expect(new Set(Object.values(NATIVE_NAMES)).size).toBe(LANGUAGES.length);
  });
});

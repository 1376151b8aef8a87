// Fonts: the page's font is kept, but a page font made for Latin letters cannot show Arabic, Chinese
// or Korean, so those languages (and Vietnamese) get a system font made for their script by default;
// an embedder's --mbc-font always wins.
import { expect, html } from '@open-wc/testing';
import { mount, root, type Aid } from './harness.js';

const LATIN_ONLY = "'Liberation Serif', serif";
const fontOf = (el: Aid) => getComputedStyle(root(el).querySelector('.root')!).fontFamily;

describe('fonts', () => {
  const SCRIPT_FONT: Record<string, string> = { ar: 'Noto Sans Arabic', 'zh-Hans': 'Noto Sans CJK SC', 'zh-Hant': 'Noto Sans CJK TC', ko: 'Noto Sans KR', vi: 'system-ui' };

  for (const [lang, font] of Object.entries(SCRIPT_FONT)) {
    it(`${lang}: a script font instead of a Latin-only page font`, async () => {
      const el = await mount(html`<mbc-decision-aid lang=${lang} style="font-family: ${LATIN_ONLY}"></mbc-decision-aid>`);
      expect(fontOf(el)).to.include(font);
      expect(fontOf(el)).not.to.include('Liberation Serif');
    });
  }

  it('Latin-script languages keep the page font', async () => {
    for (const lang of ['en', 'es', 'fr', 'ru']) {
      const el = await mount(html`<mbc-decision-aid lang=${lang} style="font-family: ${LATIN_ONLY}"></mbc-decision-aid>`);
      expect(fontOf(el), lang).to.include('Liberation Serif');
    }
  });

  it('--mbc-font wins in every language', async () => {
    for (const lang of ['en', 'ar', 'zh-Hans', 'ko', 'vi']) {
      const el = await mount(html`<mbc-decision-aid lang=${lang} style="--mbc-font: 'Chosen Font', sans-serif"></mbc-decision-aid>`);
      expect(fontOf(el), lang).to.include('Chosen Font');
    }
  });
});

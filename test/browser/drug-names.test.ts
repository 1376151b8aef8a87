// The medicine search in the treatments step, in the reader's language: local names (тамоксифен,
// 来曲唑) find their treatment, Latin names still do, and the hint shows both.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, root, settle, type Aid } from './harness.js';

async function search(el: Aid, query: string): Promise<string[]> {
  const input = root(el).querySelector<HTMLInputElement>('#treatment-search')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (query) await sendKeys({ type: query });
  await settle(el);
  return [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"][name^="received-"]')].map((b) => b.value);
}

async function treatmentsStep(lang: string): Promise<Aid> {
  const el = await mount(html`<mbc-decision-aid lang=${lang}></mbc-decision-aid>`);
  el.step = 'treatments';
  await settle(el);
  return el;
}

describe('medicine names in the reader\'s language', () => {
  for (const [lang, local, latin, id] of [
    ['ru', 'тамоксифен', 'tamoxifen', 'tamoxifen'],
    ['zh-Hans', '来曲唑', 'letrozole', 'aromatase-inhibitor'],
    ['fr', 'tamoxifène', 'tamoxifen', 'tamoxifen'],
    ['ar', 'ليتروزول', 'letrozole', 'aromatase-inhibitor'],
  ] as const) {
    it(`${lang}: "${local}" and "${latin}" both find ${id}`, async () => {
      const el = await treatmentsStep(lang);
      expect(await search(el, local)).to.deep.equal([id]);
      expect(await search(el, latin)).to.deep.equal([id]);
      const label = root(el).querySelector(`input[value="${id}"]`)!.closest('label')!;
      // The choice names the medicine as readers know it, with the Latin name beside it.
      const shown = label.textContent!.toLowerCase();
      expect(shown).to.include(local);
      expect(shown).to.include(latin);
    });
  }

  it('en: the Latin names and brands, no local list needed', async () => {
    const el = await treatmentsStep('en');
    expect(await search(el, 'Femara')).to.deep.equal(['aromatase-inhibitor']);
    expect(await search(el, 'тамоксифен')).to.deep.equal([]);
  });
});

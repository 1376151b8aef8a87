// The element's public API as untyped JavaScript can use it. TypeScript users get `ProfileInput`
// (test/types/), but a page's script may hand `profile` anything: it must never throw, keep the
// answers and say so once per bad value.
import { expect, html } from '@open-wc/testing';
import { mount, root, settle } from './harness.js';
import type { ProfileInput } from '../../src/public-types.js';

const PROFILE: ProfileInput = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1 };

describe('profile accepts anything at run time', () => {
  const BAD: unknown[] = [42, 'hr=positive', null, undefined, true, [], ['positive'], { hr: 'sometimes' }, { her2: 42 }, { biomarkers: 'all' }, { sites: 'bone' }, { metastaticLines: -1 }];
  it('never throws, keeps the answers and emits invalid-profile for each bad value', async () => {
    const el = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    el.profile = PROFILE;
    await settle(el);
    const kept = JSON.stringify(el.profile);
    const codes: string[] = [];
    el.addEventListener('mbc-error', (e) => codes.push(e.detail.code));
    for (const bad of BAD) {
      expect(() => ((el as { profile: unknown }).profile = bad), JSON.stringify(bad) ?? String(bad)).not.to.throw();
      expect(JSON.stringify(el.profile), `after ${JSON.stringify(bad)}`).to.equal(kept);
    }
    await settle(el);
    expect(codes).to.deep.equal(BAD.map(() => 'invalid-profile'));
    expect(root(el).querySelector('.notices')?.textContent, 'a message on screen').to.match(/\S/);
  });
});

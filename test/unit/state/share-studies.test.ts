// Chosen studies reach the share link only when asked, as NCT numbers only, and are read back strictly.
import { describe, it, expect } from 'vitest';
import { emptyProfile } from '../../../src/engine/profile.js';
import { shareUrl, sharedStudiesFrom, shareCodeFrom, decodeProfile, withoutShareCode } from '../../../src/state/share-link.js';
import { Store } from '../../../src/state/store.js';
import { sharedStudyIds, trialChoice } from '../../../src/state/trial-choice.js';

describe('studies in the share link', () => {
  it('are left out unless the person ticked "add to the link"', () => {
    const store = new Store('summary');
    store.setProfile({ ...emptyProfile(), hr: 'positive' }, 'summary');
    trialChoice(store).chosen = [{ nctId: 'NCT09900001', title: 'A study' }];
    expect(sharedStudyIds(store)).toEqual([]);
    expect(shareUrl('https://x.example/', store.snapshot.profile, sharedStudyIds(store))).not.toContain('NCT');
    trialChoice(store).share = true;
    const url = shareUrl('https://x.example/', store.snapshot.profile, sharedStudyIds(store));
    expect(new URL(url).hash).toMatch(/&mbct=NCT09900001$/);
    expect(url).not.toContain('A%20study');
    const hash = new URL(url).hash;
    expect(sharedStudiesFrom(hash)).toEqual(['NCT09900001']);
    expect(decodeProfile(shareCodeFrom(hash)!).ok).toBe(true);
  });

  it('reads back only a short list of well-formed NCT numbers', () => {
    expect(sharedStudiesFrom('#mbc=1.x&mbct=NCT09900001.NCT09900002')).toEqual(['NCT09900001', 'NCT09900002']);
    expect(sharedStudiesFrom('#mbc=1.x&mbct=NCT0990000')).toEqual([]);
    expect(sharedStudiesFrom('#mbc=1.x&mbct=NCT09900001.javascript:alert(1)')).toEqual([]);
    expect(sharedStudiesFrom(`#mbc=1.x&mbct=${Array.from({ length: 11 }, (_, i) => `NCT099000${String(i).padStart(2, '0')}`).join('.')}`)).toEqual([]);
    expect(sharedStudiesFrom('#mbc=1.x')).toEqual([]);
  });

  it('are taken out of the address bar with the answers', () => {
    expect(withoutShareCode('https://o.example/p#mbc=1.2.3&mbct=NCT09900001')).toBe('https://o.example/p');
    expect(withoutShareCode('https://o.example/p#top&mbc=1.2&mbct=NCT09900001')).toBe('https://o.example/p#top');
  });

  it('"Start over" forgets the chosen studies', () => {
    const store = new Store('summary');
    store.setProfile({ ...emptyProfile(), hr: 'positive' }, 'summary');
    trialChoice(store).chosen = [{ nctId: 'NCT09900001', title: 'A study' }];
    store.reset('intro');
    expect(trialChoice(store).chosen).toEqual([]);
  });
});

// One direction of data: intents make new snapshots; the assessment is always the engine's for the
// current answers; moving between steps never recomputes or loses answers.
import { describe, it, expect } from 'vitest';
import { Store } from '../../../src/state/store.js';
import { edits } from '../../../src/state/answer-edits.js';
import { evaluate } from '../../../src/engine/index.js';
import { SITES, TREATMENT_IDS } from '../../../src/engine/vocabulary.js';

describe('store', () => {
  it('has no assessment until the engine is handed over, then derives it without touching the answers', () => {
    const s = new Store();
    edits(s).answer('her2', 'low');
    expect(s.snapshot.assessment).toBeNull();
    const seen: unknown[] = [];
    s.subscribe((next) => seen.push(next.assessment));
    s.setEvaluator(evaluate);
    expect(s.snapshot.profile.her2).toBe('low');
    expect(s.snapshot.assessment).toEqual(evaluate(s.snapshot.profile));
    expect(seen).toHaveLength(1);
  });

  it('derives the assessment from the answers after every intent', () => {
    const s = new Store('intro', evaluate);
    edits(s).answer('hr', 'positive');
    edits(s).answer('her2', 'low');
    edits(s).toggle('received', 'cdk46-inhibitor', true, TREATMENT_IDS);
    edits(s).toggle('received', 'aromatase-inhibitor', true, TREATMENT_IDS);
    expect(s.snapshot.profile.received).toEqual(['aromatase-inhibitor', 'cdk46-inhibitor']); // vocabulary order
    expect(s.snapshot.assessment).toEqual(evaluate(s.snapshot.profile));
  });

  it('replaces, never mutates, and notifies subscribers with the previous snapshot', () => {
    const s = new Store('intro', evaluate);
    const first = s.snapshot;
    const seen: Array<[unknown, unknown]> = [];
    s.subscribe((next, prev) => seen.push([next, prev]));
    edits(s).setBiomarker('esr1', 'positive');
    expect(first.profile.biomarkers.esr1).toBe('unknown');
    expect(s.snapshot).not.toBe(first);
    expect(seen[0]![1]).toBe(first);
  });

  it('keeps the assessment object when only the step changes', () => {
    const s = new Store('intro', evaluate);
    edits(s).answer('her2', 'positive');
    const a = s.snapshot.assessment;
    s.goTo('comparison');
    expect(s.snapshot.assessment).toBe(a);
    expect(s.snapshot.profile.her2).toBe('positive');
  });

  it('runs the engine only when the assessment is read, once per set of answers', () => {
    let runs = 0;
    const counting = (p: Parameters<typeof evaluate>[0]) => (runs++, evaluate(p));
    const s = new Store('intro', counting);
    edits(s).answer('hr', 'positive');
    edits(s).answer('her2', 'low');
    s.goTo('receptors');
    expect(runs, 'answering and moving between steps').toBe(0);
    const a = s.snapshot.assessment;
    expect(a).toEqual(evaluate(s.snapshot.profile));
    expect(s.snapshot.assessment).toBe(a);
    s.goTo('comparison');
    expect(s.snapshot.assessment).toBe(a);
    expect(runs).toBe(1);
    edits(s).answer('menopause', 'post');
    expect(s.snapshot.assessment).not.toBe(a);
    expect(runs).toBe(2);
  });

  it('"I\'m not sure" clears a multi-choice answer, and choosing again clears "not sure"', () => {
    const s = new Store('intro', evaluate);
    edits(s).toggle('sites', 'bone', true, SITES);
    edits(s).setUnsure('sites', true);
    expect(s.snapshot.profile.sites).toEqual([]);
    expect(s.snapshot.unsure).toEqual(['sites']);
    edits(s).toggle('sites', 'liver', true, SITES);
    expect(s.snapshot.unsure).toEqual([]);
    expect(s.snapshot.profile.sites).toEqual(['liver']);
  });

  it('priorities change nothing the engine says', () => {
    const s = new Store('intro', evaluate);
    edits(s).answer('hr', 'negative');
    const before = s.snapshot.assessment!.options;
    edits(s).setPriority('keep-hair', 4);
    edits(s).setPriority('longer-life', 0);
    expect(s.snapshot.assessment!.options).toEqual(before);
    edits(s).setPriority('keep-hair', undefined);
    expect(s.snapshot.profile.priorities).toEqual({ 'longer-life': 0 });
  });

  it('reset clears answers, readiness and "not sure" flags', () => {
    const s = new Store('intro', evaluate);
    edits(s).answer('hr', 'positive');
    edits(s).setReadiness('sure', 'no');
    edits(s).setUnsure('received', true);
    s.reset('intro');
    expect(s.snapshot.profile.hr).toBe('unknown');
    expect(s.snapshot.readiness).toEqual({});
    expect(s.snapshot.unsure).toEqual([]);
    expect(s.snapshot.step).toBe('intro');
  });
});

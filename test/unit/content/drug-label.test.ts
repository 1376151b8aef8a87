// One way to name a medicine on screen, used by the treatments step and the comparison.
import { describe, expect, it } from 'vitest';
import { drugLabel } from '../../../src/content/drug-label.js';

describe('drugLabel', () => {
  const palbo = { generic: 'palbociclib', brands: ['Ibrance'] };
  it('gives the generic name with its brands', () => {
    expect(drugLabel(palbo)).toBe('palbociclib (Ibrance)');
    expect(drugLabel({ generic: 'capecitabine', brands: [] })).toBe('capecitabine');
  });
  it("puts the language's own name first and the Latin one beside the brands", () => {
    expect(drugLabel(palbo, 'палбоциклиб')).toBe('палбоциклиб (palbociclib, Ibrance)');
  });
  it('does not repeat a name that only differs in case', () => {
    expect(drugLabel(palbo, 'Palbociclib')).toBe('Palbociclib (Ibrance)');
  });
});

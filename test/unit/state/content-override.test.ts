import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseOverride, pick, sameOriginUrl } from '../../../src/state/content-override.js';

const BASE = 'https://org.example/aid/extra.json';

describe('content-src override', () => {
  it('accepts questions and links in several languages', () => {
    const o = parseOverride(
      { questions: [{ en: 'Ask about our nurse line', es: 'Pregunte por nuestra línea de enfermería' }, 'Plain English question'], links: [{ label: { en: 'Talk to a nurse' }, url: '/nurse' }] },
      BASE,
    );
    expect(o?.questions).toHaveLength(2);
    expect(o?.links[0]?.url).toBe('https://org.example/nurse');
    expect(pick(o!.questions[0]!, 'es-MX')).toBe('Pregunte por nuestra línea de enfermería');
    expect(pick(o!.questions[0]!, 'ko')).toBe('Ask about our nurse line');
  });

  it("accepts the organisation's own 'About this guide' statement, as text only and of bounded length", () => {
    const o = parseOverride({ about: { en: 'Our nurses reviewed this guide.', es: 'Nuestras enfermeras revisaron esta guía.' } }, BASE);
    expect(pick(o!.about!, 'es')).toBe('Nuestras enfermeras revisaron esta guía.');
    expect(parseOverride({ about: 'x'.repeat(1500) }, BASE)?.about?.en).toHaveLength(1500);
    expect(parseOverride({ questions: [] }, BASE)?.about).toBeUndefined();
  });

  it.each([
    [{ about: 'x'.repeat(1501) }],
    [{ about: 42 }],
    [{ about: {} }],
    [{ links: [{ label: 'x', url: 'javascript:alert(1)' }] }],
    [{ links: [{ label: 'x', url: 'http://elsewhere.example/' }] }],
    [{ questions: [{ en: 'x'.repeat(401) }] }],
    [{ questions: [42] }],
    [{ questions: [{ '<script>': 'x' }] }],
    [[]],
    ['text'],
    [null],
  ])('rejects %j', (data) => {
    expect(parseOverride(data, BASE)).toBeUndefined();
  });

  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseOverride(v, BASE)));
  });

  it('only ever loads from the page’s own origin', () => {
    expect(sameOriginUrl('/extra.json', 'https://org.example/page')).toBe('https://org.example/extra.json');
    expect(sameOriginUrl('https://tracker.example/x.json', 'https://org.example/page')).toBeUndefined();
    expect(sameOriginUrl('::::', 'https://org.example/page')).toBe('https://org.example/::::');
  });
});

// Messages the widget shows at the same time must not repeat each other: two notices saying "Your
// answers are kept." one above the other (a language and the comparison both failing offline) read as
// a stutter to someone already worried. For every language: the notices stacked above the step (any
// two can be there at once), each of them beside the step's own "could not load" message, beside a
// trial-search problem, beside the footer's line about where answers are kept and beside the first
// screen's text — no sentence of one may appear in the other, nor twice in one message.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../locales');
const LOCALES = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

type Messages = Array<[key: string, text: string]>;
const read = (lng: string, ns: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, lng, ns), 'utf8'));
const at = (obj: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
const pick = (obj: Record<string, unknown>, ns: string, keys: string[]): Messages => keys.map((k) => [`${ns}:${k}`, String(at(obj, k))]);
const all = (obj: Record<string, unknown>, ns: string, path: string, except: string[] = []): Messages =>
  Object.entries(at(obj, path) as Record<string, string>)
    .filter(([k]) => !except.includes(k))
    .map(([k, v]) => [`${ns}:${path}.${k}`, v]);

const flat = (obj: unknown, ns: string, path = ''): Messages =>
  typeof obj === 'string'
    ? [[`${ns}:${path}`, obj]]
    : Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => flat(v, ns, path ? `${path}.${k}` : k));

/** Sentences, compared without case, end punctuation or {{placeholders}} (Latin, CJK and Arabic stops). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？؟])\s*/u)
    .map((s) => s.replace(/\{\{[^}]*\}\}/g, '…').replace(/[.!?。！？؟]$/u, '').trim().toLowerCase())
    .filter((s) => s.length > 0);
}

function groups(lng: string) {
  const common = read(lng, 'common.json');
  const summary = read(lng, 'summary.json');
  const intro = read(lng, 'intro.json');
  // Stacked above the step (components/decision-aid/notices.ts): the language ones first, then the rest.
  const notices: Messages = [
    ...pick(common, 'common', ['language.failed', 'language.detailsFailed', 'storage.forgotten']),
    ...all(common, 'common', 'notices', ['dismiss']),
  ];
  // Shown below them: a step's "could not load" (ui/after-start-gate.ts), a live trial search's
  // problem (trial-finder), always the footer's line on where answers are kept, and the first screen.
  const beside: Messages = [
    ...pick(common, 'common', ['details.failed', 'details.failedQuestions', 'storage.session', 'storage.local']),
    ...flat(intro, 'intro'),
    ...all(summary, 'summary', 'trials.finder.problem'),
    ...pick(summary, 'summary', ['trials.liveFailed']),
  ];
  const pairs: Array<[Messages[number], Messages[number]]> = [];
  notices.forEach((a, i) => notices.slice(i + 1).forEach((b) => pairs.push([a, b])));
  for (const a of notices) for (const b of beside) pairs.push([a, b]);
  return { pairs, single: [...notices, ...beside] };
}

describe('messages shown together do not repeat each other', () => {
  it('the sentence splitter sees the repetition the reviewers saw (Spanish, before the fix)', () => {
    const language = 'No pudimos cargar {{language}}. La guía se muestra en el idioma que tenía antes. Sus respuestas se conservan.';
    const details = 'No pudimos cargar los detalles de la comparación. Compruebe su conexión e inténtelo de nuevo. Sus respuestas se conservan.';
    expect(sentences(language).filter((s) => sentences(details).includes(s))).toEqual(['sus respuestas se conservan']);
    expect(sentences('无法加载比较的详细内容。请检查网络连接后重试。您的回答已保留。')).toHaveLength(3);
  });

  it.each(LOCALES)('%s', (lng) => {
    const { pairs, single } = groups(lng);
    const repeats: string[] = [];
    for (const [[ka, a], [kb, b]] of pairs) {
      const theirs = new Set(sentences(b));
      for (const s of sentences(a)) if (theirs.has(s)) repeats.push(`${ka} + ${kb}: "${s}"`);
    }
    for (const [k, text] of single) {
      const s = sentences(text);
      if (new Set(s).size !== s.length) repeats.push(`${k} repeats itself`);
    }
    expect(repeats).toEqual([]);
  });
});

// The pseudo-locale "x-pseudo": every English string accented and ~40 % longer, with placeholders
// ({{name}}) and glossary markers ([[id|…]]) kept intact. Tests render the widget in it: any plain
// English left on screen is a hard-coded string, and anything cut off is a truncation bug.
const MAP = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const KEEP = /(\{\{[^}]+\}\}|\[\[[a-z0-9-]+\||\]\])/;

function pseudoString(s) {
  const out = s
    .split(KEEP)
    .map((part) => (KEEP.test(part) ? part : [...part].map((ch) => MAP[ch] ?? ch).join('')))
    .join('');
  const letters = s.replace(/\{\{[^}]+\}\}/g, '').length;
  // padding in word-sized pieces, like real longer text (one unbroken run would be an artificial overflow)
  const pad = '·····'.repeat(Math.ceil((letters * 0.4) / 6)).replace(/(·{5})/g, '$1 ').trim();
  return `⟦${out}${pad ? ` ${pad}` : ''}⟧`;
}

function walk(value) {
  if (typeof value === 'string') return pseudoString(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  return value;
}

export function pseudoLocale(enDoc) {
  return {
    meta: { translator: 'pseudo-locale (generated)', reviewedByNativeClinician: false, date: enDoc.meta.date },
    resources: walk(enDoc.resources),
  };
}

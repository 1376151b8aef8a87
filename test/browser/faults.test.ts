// Fault injection over the shipped files (#13). Each case runs the built script-tag build in its own
// frame (its own registry, module map and URLs: /__f/<case>/dist/…, see scripts/fault-middleware.mjs),
// breaks one lazily loaded file in one way, and walks to the comparison. The person must always see
// either the content or a localized "could not load" with a "Try again" that works once the file is
// back; no uncaught error; the answers kept. The tally is printed at the end (README: "Faults").
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Fault = '404' | '500' | 'truncate' | 'html' | 'delay' | 'reset' | 'offline';
const FAULTS: Fault[] = ['404', '500', 'truncate', 'html', 'reset', 'delay'];
/** Past the widget's 15 s time limit for one file. */
const DELAY_MS = 24000;
const LANGS = ['es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'fr', 'pt-BR', 'ru'];
const PROFILE = { hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor'] };

/** How the script-tag build is included (the one place that knows the build's entry file). */
const ENTRY = (base: string) => `<script type="module" src="${base}cdn/mbc-decision-aid.js"></script>`;

interface Aid extends HTMLElement {
  profile: Record<string, unknown>;
  step: string;
}
interface Frame {
  id: string;
  frame: HTMLIFrameElement;
  aid: Aid;
  errors: string[];
}

let seq = 0;
const caseId = () => `c${Date.now().toString(36)}${(seq++).toString(36)}`;

async function rule(id: string, suffix: string | null, fault: Fault | null, ms?: number): Promise<void> {
  await fetch('/__fault/rule', { method: 'POST', body: JSON.stringify({ case: id, suffix, fault, ms }) });
}

async function until<T>(probe: () => T | undefined | null | false, what: string, ms: number): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function open(id: string, lang: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  // Errors are caught from the very start, before the widget's script runs.
  frame.srcdoc = `<!doctype html><html lang="en"><script>window.__errors=[];addEventListener('error',e=>__errors.push(String(e.message||e.type)));addEventListener('unhandledrejection',e=>__errors.push('unhandled: '+String(e.reason&&e.reason.message||e.reason)))</script>
${ENTRY(`/__f/${id}/dist/`)}
<mbc-decision-aid id="${id}" lang="${lang}" storage="session"></mbc-decision-aid></html>`;
  document.body.append(frame);
  const aid = await until(() => {
    const a = frame.contentDocument?.querySelector('mbc-decision-aid') as Aid | null;
    return a?.shadowRoot?.querySelector('.root') ? a : undefined;
  }, 'the widget', 20000);
  return { id, frame, aid, errors: (frame.contentWindow as unknown as { __errors: string[] }).__errors };
}

const shadow = (f: Frame) => f.aid.shadowRoot!;
const visibleText = (f: Frame) => shadow(f).querySelector('.root')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** A language's "Try again" and "could not load <language>", from the locale sources. */
const strings = new Map<string, { retry: string; langFailed: string }>();
async function localized(lang: string) {
  if (!strings.has(lang)) {
    const c = await (await fetch(`/__fault/strings?lang=${lang}`)).json();
    strings.set(lang, { retry: c.details.retry, langFailed: c.language.failed.split('{{')[0].trim() });
  }
  return strings.get(lang)!;
}

/** The comparison's content is on screen (not a loading or failure placeholder). */
const contentShown = (f: Frame) => Boolean(shadow(f).querySelector('.grid th[data-option]') && !shadow(f).querySelector('.details-gate'));
/** A "Try again" in the given language: in the failed-to-load placeholder or in a notice. */
function retryButton(f: Frame, retry: string): HTMLButtonElement | undefined {
  return [...shadow(f).querySelectorAll<HTMLButtonElement>('.details-gate[role="alert"] button, .notice button.retry')].find((b) => b.textContent?.trim() === retry);
}

interface Result {
  name: string;
  /** The person was told, in their language, with a Try again; answers kept; nothing uncaught. */
  told: boolean;
  /** Once the file was back, Try again brought the content. */
  recovered: boolean;
  why?: string;
}
const results: Result[] = [];
const record = (r: Result) => {
  results.push(r);
  // One line per case as it finishes, so a slow or failing run still shows where it stands.
  const line = `${r.told ? (r.recovered ? 'ok  ' : 'told') : 'FAIL'} ${r.name}${r.why ? `: ${r.why}` : ''}`;
  console.log(line);
  void fetch('/__fault/log', { method: 'POST', body: line });
};

/**
 * One case: break the file ending in `suffix` with `fault`, walk to the comparison in `lang`; a
 * localized failure message (the placeholder, or a notice over English text) with "Try again" must
 * show, then — once the file is back — Try again must bring the content in `lang`.
 */
async function lazyPartCase(suffix: string, fault: Fault, lang: string): Promise<void> {
  const name = `${suffix || 'everything'} ${fault} (${lang})`;
  const id = caseId();
  // If the language itself failed, the screen (and so the message) is English.
  const s = await localized(lang);
  const en = await localized('en');
  if (fault !== 'offline') await rule(id, suffix, fault, DELAY_MS);
  let f: Frame | undefined;
  let told = false;
  try {
    f = await open(id, lang);
    if (fault === 'offline') await executeServerCommand('offline', { on: true });
    f.aid.profile = PROFILE;
    f.aid.step = 'comparison';
    const retry = await until(
      () => retryButton(f!, s.retry) ?? retryButton(f!, en.retry) ?? (contentShown(f!) && !shadow(f!).querySelector('.notice') ? 'content' : undefined),
      `a localized message with Try again (${name})`,
      fault === 'delay' ? DELAY_MS + 15000 : 20000,
    );
    if (retry === 'content') throw new Error('showed the content as if nothing was wrong');
    if (!JSON.stringify(f.aid.profile).includes('"her2":"low"')) throw new Error('answers lost');
    if (f.errors.length) throw new Error(`uncaught: ${f.errors.join(' | ')}`);
    told = true;
    // The file comes back; the person presses Try again.
    if (fault === 'offline') await executeServerCommand('offline', { on: false });
    else await rule(id, null, null);
    retry.click();
    await until(
      () => contentShown(f!) && !shadow(f!).querySelector('.notice') && shadow(f!).querySelector('.root')?.getAttribute('lang') === lang,
      `the content in ${lang} after Try again`,
      20000,
    );
    if (!JSON.stringify(f.aid.profile).includes('"her2":"low"')) throw new Error('answers lost');
    if (f.errors.length) throw new Error(`uncaught: ${f.errors.join(' | ')}`);
    record({ name, told, recovered: true });
  } catch (e) {
    if (fault === 'offline') await executeServerCommand('offline', { on: false });
    const seen = f ? ` [step: ${shadow(f).querySelector('.step-region')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 160)}… gate: ${shadow(f).querySelector('.details-gate')?.outerHTML.slice(0, 80)} notices: ${[...shadow(f).querySelectorAll('.notice')].map((n) => n.textContent?.trim()).join(' / ')}]` : '';
    record({ name, told: told && !f?.errors.length, recovered: false, why: `${(e as Error).message}${f?.errors.length ? ` [uncaught: ${f.errors.join(' | ')}]` : ''}${seen}` });
  } finally {
    f?.frame.remove();
  }
}

/** A language picked while its file is broken: the notice, locale-failed, and Try again. */
async function languageCase(lang: string, file: string, fault: Fault): Promise<void> {
  const name = `${file} ${fault} (${lang} picked)`;
  const id = caseId();
  const en = await localized('en');
  if (fault !== 'offline') await rule(id, file, fault, DELAY_MS);
  let f: Frame | undefined;
  let told = false;
  try {
    f = await open(id, 'en');
    f.aid.profile = PROFILE;
    const codes: string[] = [];
    f.aid.addEventListener('mbc-error', (e) => codes.push((e as CustomEvent).detail.code));
    if (fault === 'offline') await executeServerCommand('offline', { on: true });
    const select = shadow(f).querySelector('select')!;
    select.value = lang;
    select.dispatchEvent(new Event('change'));
    await until(() => visibleText(f!).includes(en.langFailed), `the language notice (${name})`, fault === 'delay' ? DELAY_MS + 15000 : 20000);
    if (!codes.includes('locale-failed')) throw new Error('no mbc-error locale-failed');
    if (select.value !== 'en') throw new Error(`the picker shows ${select.value}, the screen English`);
    if (f.errors.length) throw new Error(`uncaught: ${f.errors.join(' | ')}`);
    told = true;
    if (fault === 'offline') await executeServerCommand('offline', { on: false });
    else await rule(id, null, null);
    const retry = shadow(f).querySelector<HTMLButtonElement>('.notice button.retry');
    if (!retry) throw new Error('no Try again');
    retry.click();
    await until(() => shadow(f!).querySelector('.root')?.getAttribute('lang') === lang, `${lang} after Try again`, 20000);
    if (!JSON.stringify(f.aid.profile).includes('"her2":"low"')) throw new Error('answers lost');
    if (f.errors.length) throw new Error(`uncaught: ${f.errors.join(' | ')}`);
    record({ name, told, recovered: true });
  } catch (e) {
    if (fault === 'offline') await executeServerCommand('offline', { on: false });
    record({ name, told: told && !f?.errors.length, recovered: false, why: (e as Error).message });
  } finally {
    f?.frame.remove();
  }
}

/** Runs `jobs` a few at a time (each in its own frame). */
async function inBatches(jobs: Array<() => Promise<void>>, size = 6): Promise<void> {
  for (let i = 0; i < jobs.length; i += size) await Promise.all(jobs.slice(i, i + size).map((j) => j()));
}

describe('fault injection over every lazily loaded part and locale', function () {
  this.timeout(900000);
  const lazy: { en: string[]; es: string[] } = { en: [], es: [] };
  /** For each language, the files that load when it is picked (on the first step). */
  const picked = new Map<string, string[]>();
  const requested = async (id: string): Promise<string[]> => ((await (await fetch(`/__fault/requested?case=${id}`)).json()) as string[]).map((p) => p.replace(/^dist\//, ''));

  before(async function () {
    // The suite runs on the module build's script-tag folder (dist/cdn); without it there is nothing to test.
    if (!(await fetch('/__f/probe/dist/cdn/mbc-decision-aid.js')).ok) this.skip();
    // Clean walks record what loads after the first render, so the suite follows whatever the build splits.
    for (const lang of ['en', 'es'] as const) {
      const id = caseId();
      const f = await open(id, lang);
      const initial = new Set(await requested(id));
      f.aid.profile = PROFILE;
      f.aid.step = 'comparison';
      await until(() => contentShown(f), 'a clean comparison', 30000);
      // Locale files count as lazy even when the first render needed them (a non-English page).
      lazy[lang] = [...new Set((await requested(id)).filter((p) => !initial.has(p) || p.includes('locales/')))];
      f.frame.remove();
    }
    const id = caseId();
    const f = await open(id, 'en');
    for (const lang of LANGS) {
      const before = new Set(await requested(id));
      const select = shadow(f).querySelector('select')!;
      select.value = lang;
      select.dispatchEvent(new Event('change'));
      await until(() => shadow(f).querySelector('.root')?.getAttribute('lang') === lang, `a clean switch to ${lang}`, 20000);
      // Spanish: every file the switch loads; the other languages: their own text files.
      picked.set(lang, [...new Set((await requested(id)).filter((p) => !before.has(p) && p.includes(`locales/${lang}`)))]);
    }
    f.frame.remove();
  });

  it('finds the lazily loaded parts', () => {
    expect(lazy.en.some((p) => p.includes('locales/'))).to.equal(true);
    expect(lazy.en.length).to.be.at.least(3);
  });

  it('every part × 404, 500, truncated, HTML with 200, reset, delay past the time limit: content or a working "Try again"', async () => {
    const quick: Array<() => Promise<void>> = [];
    const slow: Array<() => Promise<void>> = [];
    for (const lang of ['en', 'es'] as const)
      for (const part of lazy[lang])
        if (lang === 'en' || /[/.]es\b/.test(part))
          for (const fault of FAULTS) (fault === 'delay' ? slow : quick).push(() => lazyPartCase(part, fault, lang));
    await inBatches(quick);
    // The delayed ones wait out the time limit together.
    await inBatches(slow, 12);
  });

  it('a language picked while its file is broken (every shipped language; every fault for Spanish)', async () => {
    const quick: Array<() => Promise<void>> = [];
    const slow: Array<() => Promise<void>> = [];
    for (const lang of LANGS) {
      const files = picked.get(lang) ?? [];
      expect(files.length, `files loaded for ${lang}`).to.be.at.least(1);
      for (const file of files)
        for (const fault of lang === 'es' ? FAULTS : (['500'] as Fault[])) (fault === 'delay' ? slow : quick).push(() => languageCase(lang, file, fault));
    }
    await inBatches(quick, 8);
    await inBatches(slow, 12);
  });

  it('offline: after Start, and while picking a language', async () => {
    await lazyPartCase('', 'offline', 'en');
    await languageCase('fr', '', 'offline');
  });

  after(() => {
    const told = results.filter((r) => r.told).length;
    const recovered = results.filter((r) => r.recovered).length;
    console.log(`fault injection: ${results.length} cases tried; told with a working message and answers kept: ${told}; recovered by Try again: ${recovered}`);
    for (const r of results.filter((x) => !x.recovered)) console.log(`  ${r.told ? 'not recovered' : 'FAILED'} ${r.name}: ${r.why}`);
  });

  it('in every case the person was told in their language, with Try again, answers kept, nothing uncaught', () => {
    expect(results.length).to.be.greaterThan(40);
    expect(results.filter((r) => !r.told).map((r) => `${r.name}: ${r.why}`)).to.deep.equal([]);
  });

  // What Try again cannot fix within the page: the browser keeps a module that failed to parse (a
  // truncated or foreign file served with 200), or whose static import failed, for the page's lifetime.
  // Everything else — network errors, 404/500, resets, time-outs, offline — must recover.
  it('Try again brings the content back once the file returns (except a module the browser has cached as broken)', () => {
    const sharedChunk = (r: Result) => /chunks\//.test(r.name) && !/chunks\/(questions|results|after-start|locales|knowledge|sources)[-.]/.test(r.name);
    const cachedBroken = (r: Result) => / truncate /.test(r.name) || sharedChunk(r);
    expect(results.filter((r) => !r.recovered && !cachedBroken(r)).map((r) => `${r.name}: ${r.why}`)).to.deep.equal([]);
  });
});

// Never leave the shared test page offline, even when a case times out mid-way.
afterEach(() => executeServerCommand('offline', { on: false }));

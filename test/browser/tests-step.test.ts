// The tests step as a new reader meets it: nothing pre-selected, biomarkers behind one question and
// only those that matter, HER2 "negative" carried through engine, comparison, summary and share link.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { chooseRadio, mount, next, root, settle, tabTo, text } from './harness.js';
import { relevantBiomarkers } from '../../src/engine/flow.js';
import { decodeProfile, encodeProfile, shareCodeFrom } from '../../src/state/share-link.js';

const checked = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.step-region input:checked')].map((i) => `${i.name}=${i.value}`);
const shownBiomarkers = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question^="biomarkers."]')].map((f) => f.dataset['question']!.slice('biomarkers.'.length));

describe('tests step', () => {
  before(async () => setViewport({ width: 1280, height: 900 }));

  it('starts with nothing selected; untouched answers are unknown and listed once as not answered', async () => {
    const el = await mount();
    await next(el);
    expect(el.step).to.equal('receptors');
    expect(checked(el)).to.deep.equal([]);
    expect(el.profile.hr).to.equal('unknown');
    expect(el.profile.her2).to.equal('unknown');
    // No biomarker question until the gate is answered "yes".
    expect(shownBiomarkers(el)).to.deep.equal([]);
    await next(el);
    expect(checked(el)).to.deep.equal([]);
    el.step = 'summary';
    await settle(el);
    const answers = [...root(el).querySelectorAll('ul.answers > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const notAnswered = answers.filter((a) => a.startsWith('Not answered'));
    expect(notAnswered).to.have.length(1);
    expect(notAnswered[0]).to.contain('hormone receptors').and.to.contain('HER2').and.to.contain('gene or biomarker results');
    expect(answers.join(' ')).not.to.contain('not sure about');
    expect(answers.join(' ')).not.to.contain('PIK3CA');
  });

  it('keeps "I\'m not sure" chosen on purpose apart from not answered', async () => {
    const el = await mount();
    await next(el);
    await chooseRadio(el, 'her2', 'unknown');
    expect(checked(el)).to.deep.equal(['her2=unknown']);
    expect(el.profile.her2).to.equal('unknown');
    el.step = 'summary';
    await settle(el);
    expect(text(el)).to.contain('not sure about HER2');
    const line = [...root(el).querySelectorAll('ul.answers > li')].find((li) => li.textContent!.includes('Not answered'))!;
    expect(line.textContent).not.to.contain('HER2,');
  });

  it('asks for biomarkers behind one question, shows only those that matter, and keeps them on "no" → "yes"', async () => {
    const el = await mount();
    await next(el);
    await chooseRadio(el, 'hr', 'positive');
    await chooseRadio(el, 'her2', 'positive');
    await chooseRadio(el, 'biomarkerGate', 'yes');
    // HR+/HER2+: the HR+/HER2− pathway tests and PD-L1 do not matter; the rare tests do.
    expect(shownBiomarkers(el)).to.deep.equal(relevantBiomarkers(el.profile));
    expect(shownBiomarkers(el)).to.deep.equal(['msiHigh', 'ntrk']);
    // Changing HER2 changes which tests are asked.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="her2"][value="negative"]')!.click();
    await settle(el);
    expect(shownBiomarkers(el)).to.deep.equal(['pik3ca', 'akt1', 'pten', 'esr1', 'gbrca', 'gpalb2', 'msiHigh', 'ntrk']);
    expect(checked(el).filter((c) => c.startsWith('biomarkers.'))).to.deep.equal([]);
    await chooseRadio(el, 'biomarkers.esr1', 'positive');
    expect(el.profile.biomarkers.esr1).to.equal('positive');
    // "No" hides them and they stop counting; "Yes" brings back what was entered.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="biomarkerGate"][value="no"]')!.click();
    await settle(el);
    expect(shownBiomarkers(el)).to.deep.equal([]);
    expect(el.profile.biomarkers.esr1).to.equal('unknown');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="biomarkerGate"][value="yes"]')!.click();
    await settle(el);
    expect(el.profile.biomarkers.esr1).to.equal('positive');
    expect(checked(el)).to.include('biomarkers.esr1=positive');
    await expect(el).to.be.accessible();
  });

  it('carries HER2 "negative" (score not known) through engine, comparison, summary and share link', async () => {
    const el = await mount();
    await next(el);
    await chooseRadio(el, 'hr', 'positive');
    await chooseRadio(el, 'her2', 'negative');
    expect(el.profile.her2).to.equal('negative');
    const hint = root(el).querySelector('input[name="her2"][value="negative"]')!.closest('label')!.textContent!;
    expect(hint).to.contain('Reports often say "negative" for scores 0 and 1+');
    el.profile = { ...el.profile, metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] };
    await settle(el);
    await el.ready;
    const assessment = el.assessment!;
    const adc = assessment.options[1]!.approaches.find((a) => a.id === 'her2-low-adc')!;
    expect(adc.status).to.equal('depends-on-tests');
    expect(assessment.options[1]!.approaches.find((a) => a.id === 'her2-directed')!.status).to.equal('not-usually-used');
    expect(assessment.missing).to.deep.include({ field: 'her2', why: 'missing.her2Score' });

    el.step = 'comparison';
    await settle(el);
    // Every "More about …" open (the comparison's own switch for that), so the approaches' reasons show.
    (root(el).querySelector('mbc-step-comparison') as HTMLElement & { showAllDetails: boolean }).showAllDetails = true;
    await settle(el);
    expect(text(el)).to.contain('Only for HER2-low or HER2-ultralow, not HER2-0.');

    el.step = 'summary';
    await settle(el);
    expect(text(el)).to.contain('HER2-negative (score not known)');
    expect(text(el)).to.contain('Ask whether your result is HER2-low or HER2-ultralow.');

    // The share link keeps it, and a widget opened from it reads it back.
    const code = encodeProfile(el.profile);
    expect(decodeProfile(shareCodeFrom(`#mbc=${code}`)!)).to.deep.equal({ ok: true, profile: el.profile });
    history.replaceState(null, '', `#mbc=${code}`);
    const reopened = await mount(html`<mbc-decision-aid lang="en"></mbc-decision-aid>`);
    expect(reopened.profile.her2).to.equal('negative');
    expect(reopened.step).to.equal('summary');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('reaches the gate and the HER2 "negative" answer by keyboard alone', async () => {
    const el = await mount();
    await next(el);
    await chooseRadio(el, 'her2', 'negative');
    await chooseRadio(el, 'biomarkerGate', 'unknown');
    await tabTo((a) => a instanceof HTMLInputElement && a.name === 'sites');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.profile.her2).to.equal('negative');
    expect(el.profile.sites).to.deep.equal(['bone']);
    expect(shownBiomarkers(el)).to.deep.equal([]);
  });
});

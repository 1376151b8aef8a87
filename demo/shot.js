// Opens the widget at a given step, language and mode from the query string, with a sample profile,
// so scripts/screenshots.mjs (and people) can look at any step directly:
//   shot.html?step=comparison&lang=ar&mode=clinician&profile=her2low
// font=latin gives the page a font with Latin letters only, as many host sites have.
const PROFILES = {
  her2low: {
    hr: 'positive', her2: 'low', menopause: 'post', sites: ['bone', 'liver'], symptoms: ['bone-pain'],
    metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'], earlyRelapse: 'later',
    priorities: { 'keep-hair': 4, 'fewer-visits': 3, 'longer-life': 3 },
  },
  her2zero: {
    hr: 'positive', her2: 'zero', menopause: 'post', sites: ['bone'], metastaticLines: 1,
    received: ['aromatase-inhibitor', 'cdk46-inhibitor'], earlyRelapse: 'later', priorities: { 'keep-hair': 4 },
  },
  empty: {},
  her2neg: { hr: 'positive', her2: 'negative', menopause: 'post', sites: ['bone'], metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'], earlyRelapse: 'later' },
  tnbc: { hr: 'negative', her2: 'zero', biomarkers: { pdl1: 'positive' }, metastaticLines: 0, sites: ['lung'] },
  her2pos: { hr: 'negative', her2: 'positive', sites: ['brain'], symptoms: ['neurological'], metastaticLines: 1, received: ['trastuzumab-pertuzumab', 'taxane'] },
};
const params = new URLSearchParams(location.search);
const el = document.getElementById('aid');
if (params.get('font') === 'latin') document.body.style.fontFamily = "'Liberation Serif', serif";
if (params.get('lang')) el.setAttribute('lang', params.get('lang'));
if (params.get('mode')) el.setAttribute('mode', params.get('mode'));
customElements.whenDefined('mbc-decision-aid').then(() => {
  const profile = PROFILES[params.get('profile') || 'her2low'];
  if (params.get('step') && params.get('step') !== 'intro') el.profile = profile;
  if (params.get('step')) el.step = params.get('step');
  if (params.get('open')) el.updateComplete.then(() => el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
  // comparison: &press=<css selector>,<css selector> clicks those buttons once they exist (e.g. "More about", the numbers)
  const press = params.get('press')?.split(',') ?? [];
  const tryPress = (left, tries) => {
    if (!left.length || tries > 100) return void setTimeout(() => window.scrollTo(0, 0), 300);
    const b = el.shadowRoot?.querySelector(left[0]);
    if (b) { b.click(); setTimeout(() => tryPress(left.slice(1), 0), 100); } else setTimeout(() => tryPress(left, tries + 1), 100);
  };
  tryPress(press, 0);
});

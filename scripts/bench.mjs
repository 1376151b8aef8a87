// `npm run bench`: how long evaluate() takes per call on the built engine (dist/engine.js).
// Profiles are generated deterministically (a seeded generator, no Math.random), so runs compare.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const enginePath = fileURLToPath(new URL('../dist/engine.js', import.meta.url));
if (!existsSync(enginePath)) {
  console.error('dist/engine.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { evaluate, parseProfile, BIOMARKER_IDS, PRIORITY_IDS, TREATMENT_IDS } = await import(pathToFileURL(enginePath).href);

// mulberry32: small, fast, seeded.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261123);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const some = (xs, p) => xs.filter(() => rand() < p);

const TESTS = ['positive', 'negative', 'unknown'];
function randomInput() {
  return {
    hr: pick(TESTS),
    her2: pick(['positive', 'low', 'ultralow', 'zero', 'unknown']),
    menopause: pick(['pre', 'post', 'male', 'unknown']),
    biomarkers: Object.fromEntries(BIOMARKER_IDS.map((id) => [id, pick(TESTS)])),
    sites: some(['bone', 'liver', 'lung', 'brain', 'lymph-nodes', 'skin-chest-wall', 'other'], 0.3),
    rapidOrganThreat: pick(['yes', 'no', 'unknown']),
    symptoms: some(['bone-pain', 'neurological', 'breathing', 'other'], 0.25),
    earlyRelapse: pick(['during-or-within-12-months', 'later', 'de-novo', 'unknown']),
    metastaticLines: rand() < 0.2 ? 'unknown' : Math.floor(rand() * 5),
    received: some(TREATMENT_IDS, 0.15),
    priorities: Object.fromEntries(some(PRIORITY_IDS, 0.5).map((id) => [id, Math.floor(rand() * 5)])),
  };
}

const PROFILES = 4000;
const profiles = [];
while (profiles.length < PROFILES) {
  const r = parseProfile(randomInput());
  if (!r.ok) throw new Error(`generator produced an invalid profile: ${JSON.stringify(r.errors)}`);
  profiles.push(r.profile);
}

let sink = 0;
const run = (n) => {
  for (let i = 0; i < n; i++) sink += evaluate(profiles[i % PROFILES]).questions.length;
};
run(50_000); // warm up the JIT

const N = 200_000;
const start = process.hrtime.bigint();
run(N);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const perCall = ms / N;
console.log(`evaluate(): ${perCall.toFixed(4)} ms per call (n=${N}, ${PROFILES} profiles, Node ${process.version})`);
if (sink === 0) console.log('(no output)');
if (perCall >= 0.1) {
  console.error('over the 0.1 ms target');
  process.exit(1);
}

// Replays seeded random review histories through ts-fsrs 5.4.2 under many non-default settings and writes
// what ts-fsrs did after every review to ../resources/fsrs/vectors-b.json (schema: shared/fsrs/README.md,
// plus meta.settings and a per-case "setting"). Run: npm ci && node gen-settings.mjs
import { writeFileSync } from 'node:fs';
import { createEmptyCard, fsrs, generatorParameters, FSRSVersion } from 'ts-fsrs';
import { generator } from './mulberry32.mjs';

const SEED = 21;
const CASES_PER_MODE = 40;
const REVIEWS_PER_CASE = 14;
const DAY = 86_400_000;
const MINUTE = 60_000;

const fitted = [0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824,
  1.9813, 0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567, 0.1, 0.35];
const steep = [1.1, 2.5, 6.0, 30.0, 5.5, 1.2, 2.0, 0.05, 2.2, 0.3, 1.4, 0.9, 0.2, 0.5, 1.1, 0.4, 2.4, 1.5,
  1.2, 0.3, 0.6];
// Out of range on purpose: ts-fsrs clips every weight, and w17, w18 against the relearning-step ceiling.
const wild = [0, 200, -3, 150, 12, 5, 0, 0.9, 5, 1, 4, 6, 0.5, 1.2, 5, 2, 0.5, 3, 3, 1, 0.05];
const fsrs5 = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
  1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621];
const fsrs45 = [0.5701, 1.4436, 4.1386, 10.9355, 5.1443, 1.2006, 0.8627, 0.0362, 1.629, 0.1342, 1.0166,
  2.1174, 0.0839, 0.3204, 1.4676, 0.219, 2.8237];

export const SETTINGS = {
  'fitted-085-three-steps': { w: fitted, request_retention: 0.85, maximum_interval: 36500,
    learning_steps: ['1m', '10m', '1h'], relearning_steps: ['10m', '1h'] },
  'steep-095-max-365': { w: steep, request_retention: 0.95, maximum_interval: 365,
    learning_steps: ['2m', '15m', '30m'], relearning_steps: ['5m', '20m'] },
  'wild-clipped-070': { w: wild, request_retention: 0.7, maximum_interval: 1000,
    learning_steps: ['1m', '5m', '10m'], relearning_steps: ['1m', '5m', '10m'] },
  'day-steps': { w: fitted, request_retention: 0.9, maximum_interval: 36500,
    learning_steps: ['30m', '1d', '3d'], relearning_steps: ['1h', '2d'] },
  'one-step-max-30': { w: steep, request_retention: 0.8, maximum_interval: 30,
    learning_steps: ['5m'], relearning_steps: ['15m'] },
  'no-steps': { w: fitted, request_retention: 0.9, maximum_interval: 36500,
    learning_steps: [], relearning_steps: [] },
  'zero-minute-steps': { w: fitted, request_retention: 0.9, maximum_interval: 36500,
    learning_steps: ['0m', '10m'], relearning_steps: ['0m'] },
  'fsrs5-weights': { w: fsrs5, request_retention: 0.85, maximum_interval: 36500,
    learning_steps: ['1m', '10m', '1h'], relearning_steps: ['10m', '1h'] },
  'fsrs45-weights': { w: fsrs45, request_retention: 0.9, maximum_interval: 36500,
    learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
  'fuzz-on': { w: fitted, request_retention: 0.85, maximum_interval: 36500, enable_fuzz: true,
    learning_steps: ['1m', '10m', '1h'], relearning_steps: ['10m', '1h'] },
  'fuzz-max-100-097': { w: steep, request_retention: 0.97, maximum_interval: 100, enable_fuzz: true,
    learning_steps: ['1h', '1d'], relearning_steps: ['30m', '1d'] },
  'retention-one': { w: fitted, request_retention: 1, maximum_interval: 36500,
    learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
};

const PROFILES = {
  weak: [0.35, 0.25, 0.35, 0.05],
  average: [0.15, 0.15, 0.55, 0.15],
  strong: [0.05, 0.1, 0.5, 0.35],
  uniform: [0.25, 0.25, 0.25, 0.25],
};

function pick(random, weights) {
  let x = random();
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}

// When the next review happens relative to the card's due time.
function nextReview(random, card, previous) {
  const due = card.due.getTime();
  const last = previous.getTime();
  const span = Math.max(due - last, MINUTE);
  const kind = ['on_time', 'late', 'early', 'same_day', 'very_late', 'midnight'][pick(random, [0.25, 0.25, 0.15, 0.15, 0.1, 0.1])];
  let at;
  switch (kind) {
    case 'on_time': at = due; break;
    case 'late': at = due + Math.floor(random() * span * 0.6); break;
    case 'early': at = last + Math.floor(span * (0.2 + random() * 0.7)); break;
    case 'same_day': at = last + Math.floor(random() * 4 * 3_600_000); break;
    case 'very_late': at = due + Math.floor((1 + random() * 3) * span + random() * 30 * DAY); break;
    default: {
      // Just after the next UTC midnight: a learning step that crosses days.
      const midnight = Math.floor(last / DAY) * DAY + DAY;
      at = midnight + Math.floor(random() * 20 * MINUTE);
    }
  }
  return { at: new Date(Math.max(at, last)), kind };
}

const random = generator(SEED);
const cases = [];
for (const [name, props] of Object.entries(SETTINGS)) {
  for (const shortTerm of [true, false]) {
    const scheduler = fsrs(generatorParameters({ ...props, enable_short_term: shortTerm }));
    for (let i = 0; i < CASES_PER_MODE; i++) {
      const profileName = Object.keys(PROFILES)[i % 4];
      const created = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 600 * DAY));
      let card = createEmptyCard(created);
      let previous = created;
      const steps = [];
      for (let s = 0; s < REVIEWS_PER_CASE; s++) {
        const { at, kind } = s === 0 ? { at: created, kind: 'first' } : nextReview(random, card, previous);
        const rating = pick(random, PROFILES[profileName]) + 1;
        const prevState = card.state;
        const next = scheduler.next(card, at, rating).card;
        steps.push({
          review: at.toISOString(), rating, timing: kind, prev_state: prevState,
          elapsed_days: next.elapsed_days,
          state: next.state, stability: next.stability, difficulty: next.difficulty,
          scheduled_days: next.scheduled_days, due: next.due.toISOString(),
          learning_steps: next.learning_steps, reps: next.reps, lapses: next.lapses,
        });
        card = next;
        previous = at;
      }
      cases.push({ id: cases.length, setting: name, enable_short_term: shortTerm, profile: profileName,
        created: created.toISOString(), steps });
    }
  }
}

const settings = Object.fromEntries(Object.entries(SETTINGS).map(([name, props]) => {
  const p = generatorParameters(props);
  return [name, { w: props.w, request_retention: p.request_retention, maximum_interval: p.maximum_interval,
    enable_fuzz: p.enable_fuzz, learning_steps: p.learning_steps, relearning_steps: p.relearning_steps }];
}));
const out = {
  meta: {
    generator: 'src/test/fsrs-gen/gen-settings.mjs', ts_fsrs: FSRSVersion, seed: SEED,
    count_per_mode: CASES_PER_MODE, reviews_per_case: REVIEWS_PER_CASE,
    note: 'settings hold the weights as given to ts-fsrs, before its clipping and migration; fuzz uses ts-fsrs\'s own seed',
    settings,
    state_codes: { 0: 'New', 1: 'Learning', 2: 'Review', 3: 'Relearning' },
    rating_codes: { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' },
  },
  cases,
};
writeFileSync(new URL('../resources/fsrs/vectors-b.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`${cases.length} cases, ${cases.length * REVIEWS_PER_CASE} reviews, ${Object.keys(SETTINGS).length} settings`);

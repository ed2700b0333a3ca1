// Writes a small fixed review log (../resources/fsrs/evaluation-log.json, in `glossary srs replay`'s input
// format) and what fsrs-rs's evaluate() says of it (../resources/fsrs/evaluation-expected.json): log loss and
// RMSE (bins) for three sets of weights, through @open-spaced-repetition/binding (fsrs-rs compiled for Node).
// The binding is only ever used here, never by glossary. Run: npm ci && node gen-evaluation.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import { generator } from './mulberry32.mjs';

const SEED = 2121;
const CARDS = 120;
const DAY = 86_400_000;
const MINUTE = 60_000;
const START = Date.UTC(2024, 2, 1, 9, 0, 0);

const WEIGHTS = {
  defaults: [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
  forgetful: [0.9, 2.2, 5.5, 14.0, 6.8, 0.6, 1.9, 0.01, 1.5, 0.18, 1.1, 1.8, 0.08, 0.35, 1.9, 0.45, 2.4, 0.6,
    0.25, 0.1, 0.35],
  steep: [1.1, 2.5, 6.0, 30.0, 5.5, 1.2, 2.0, 0.05, 2.2, 0.3, 1.4, 0.9, 0.2, 0.5, 1.1, 0.4, 2.4, 1.5, 1.2, 0.3,
    0.6],
};

const random = generator(SEED);
const pick = (weights) => {
  let x = random();
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
};

// A crude learner: first intervals from a few common values (some rare or very long, for the outlier
// filter), later ones growing, recall falling with the interval; again and hard get a same-day step, and
// some reviews fall just before and just after a UTC midnight.
const cases = [];
for (let c = 0; c < CARDS; c++) {
  let at = START + Math.floor(c / 4) * DAY + c * 7 * MINUTE;
  const steps = [];
  const review = (rating) => steps.push({ review: new Date(at).toISOString(), rating });
  let rating = pick([0.3, 0.05, 0.5, 0.15]) + 1;
  review(rating);
  if (rating <= 2) {
    at += 10 * MINUTE;
    review(3);
  }
  let interval = rating === 1 ? 1 : [1, 1, 1, 2, 2, 3, 4, 7, 30, 120][Math.floor(random() * 10)];
  const reviews = 2 + Math.floor(random() * 6);
  for (let r = 0; r < reviews; r++) {
    const timeOfDay = pick([0.8, 0.1, 0.1]);
    const day = Math.floor(at / DAY) * DAY + interval * DAY;
    at = timeOfDay === 0 ? day + (8 + Math.floor(random() * 12)) * 3_600_000 + Math.floor(random() * 60) * MINUTE
      : timeOfDay === 1 ? day + 23 * 3_600_000 + 50 * MINUTE : day + 5 * MINUTE;
    at = Math.max(at, Date.parse(steps[steps.length - 1].review) + MINUTE);
    const recall = Math.pow(1 + interval / (9 * (1 + r * 2)), -1);
    rating = random() < recall ? pick([0.15, 0.7, 0.15]) + 2 : 1;
    review(rating);
    if (rating === 1) {
      at += 10 * MINUTE;
      review(3);
      interval = 1;
    } else {
      interval = Math.max(1, Math.round(interval * (1.5 + random() * 2)));
    }
  }
  cases.push({ id: c, created: steps[0].review, steps });
}

// Anki's conversion for fsrs-rs: UTC calendar days between reviews; every review on a later day than the
// one before becomes an item (the history up to it); items in the order of their reviews.
const dated = [];
for (const card of cases) {
  const reviews = [];
  card.steps.forEach((step, i) => {
    const days = i === 0 ? 0 : Math.floor(Date.parse(step.review) / DAY) - Math.floor(Date.parse(card.steps[i - 1].review) / DAY);
    reviews.push([step.rating, days]);
    if (days > 0) dated.push({ at: Date.parse(step.review), reviews: reviews.slice() });
  });
}
dated.sort((a, b) => a.at - b.at);
const items = () => dated.map((d) => new FSRSBindingItem(d.reviews.map(([r, t]) => new FSRSBindingReview(r, t))));

const binding = JSON.parse(readFileSync(new URL('package-lock.json', import.meta.url), 'utf8'))
  .packages['node_modules/@open-spaced-repetition/binding'].version;
const expected = Object.fromEntries(Object.entries(WEIGHTS).map(([name, w]) => {
  const e = new FSRSBinding(w).evaluate(items());
  return [name, { weights: w, logLoss: e.logLoss, rmseBins: e.rmseBins }];
}));
const reviews = cases.reduce((n, c) => n + c.steps.length, 0);
writeFileSync(new URL('../resources/fsrs/evaluation-log.json', import.meta.url),
  JSON.stringify({ cases }, null, 0).replace(/\{"id"/g, '\n{"id"') + '\n');
writeFileSync(new URL('../resources/fsrs/evaluation-expected.json', import.meta.url), JSON.stringify({
  meta: { generator: 'src/test/fsrs-gen/gen-evaluation.mjs', binding: `@open-spaced-repetition/binding ${binding}`,
    seed: SEED, cards: CARDS, reviews, predictions: dated.length },
  evaluate: expected,
}, null, 2) + '\n');
console.log(`${CARDS} cards, ${reviews} reviews, ${dated.length} predictions`, JSON.stringify(expected));

// fsrs-rs's side of the optimizer benchmark, through @open-spaced-repetition/binding (never a dependency of
// glossary): fits the same simulated log OptimizerBench wrote, evaluates its weights and ours with fsrs-rs's
// own evaluate() (beside our evaluation of the same weights), and fsrs-rs on the same split by time. Usage: node compare.mjs OUT_DIR REVIEWS
import { readFileSync } from 'node:fs';
import { computeParameters, evaluateWithTimeSeriesSplits, FSRSBinding, FSRSBindingItem, FSRSBindingReview }
  from '@open-spaced-repetition/binding';

const [dir, reviews] = process.argv.slice(2);
const raw = JSON.parse(readFileSync(`${dir}/items-${reviews}.json`, 'utf8'));
const ours = JSON.parse(readFileSync(`${dir}/ours-${reviews}.json`, 'utf8'));
const items = () => raw.map((item) => new FSRSBindingItem(item.map(([r, d]) => new FSRSBindingReview(r, d))));

const t0 = performance.now();
const theirs = await computeParameters(items(), { enableShortTerm: true, numRelearningSteps: 1 });
const seconds = (performance.now() - t0) / 1000;
const evaluate = (w) => new FSRSBinding(w).evaluate(items());
const theirsEval = evaluate(theirs);
const oursEval = evaluate(ours.weights);
const truthEval = evaluate(ours.truth.weights);
const split = await evaluateWithTimeSeriesSplits(items(), { enableShortTerm: true, numRelearningSteps: 1 });

const f = (x) => x.toFixed(4);
console.log(JSON.stringify({
  reviews: ours.reviews, cards: ours.cards, predictions: ours.predictions,
  seconds: { ours: ours.seconds, fsrsRs: Number(seconds.toFixed(3)) },
  logLoss: { ours: f(oursEval.logLoss), fsrsRs: f(theirsEval.logLoss), truth: f(truthEval.logLoss),
    oursOverFsrsRs: (oursEval.logLoss / theirsEval.logLoss).toFixed(4) },
  rmseBins: { ours: f(oursEval.rmseBins), fsrsRs: f(theirsEval.rmseBins), truth: f(truthEval.rmseBins) },
  // ModelEvaluation (what `srs optimize` prints) beside fsrs-rs's evaluate, for the same weights.
  evaluators: Object.fromEntries([['fitted', ours, oursEval], ['truth', ours.truth, truthEval],
    ['defaults', ours.defaults, evaluate(ours.defaults.weights)]].map(([name, o, e]) => [name, {
    logLoss: { ours: o.logLoss.toFixed(6), fsrsRs: e.logLoss.toFixed(6) },
    rmseBins: { ours: o.rmseBins.toFixed(6), fsrsRs: e.rmseBins.toFixed(6) } }])),
  timeSplit: { ours: { logLoss: f(ours.split.logLoss), rmseBins: f(ours.split.rmseBins) },
    oursAsBinding: { logLoss: f(ours.splitAsBinding.logLoss), rmseBins: f(ours.splitAsBinding.rmseBins) },
    fsrsRs: { logLoss: f(split.logLoss), rmseBins: f(split.rmseBins) },
    oursOverFsrsRs: (ours.splitAsBinding.logLoss / split.logLoss).toFixed(4) },
  weights: { ours: ours.weights.map((x) => +x.toFixed(4)), fsrsRs: theirs.map((x) => +x.toFixed(4)),
    truth: ours.truth.weights },
}));

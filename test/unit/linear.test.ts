import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { cpuMillis } from './helpers/cpuTime';
import { ADVERSARIAL_INPUTS, adversarial, repeatTo, type AdversarialInput } from './helpers/adversarialText';

// Linear time (issue 9): the processor time per character of annotate() must stay flat as an
// adversarial input grows. Only ratios of sizes are compared, never absolute times, so a
// slow or busy machine does not matter; each size takes the best of a few timings and a
// large size is measured again when the ratio looks bad, so one stall (GC, another job
// on the shared cores) does not fail the test. A quadratic finder shows its growth
// in full: at ten times the size its time per character is ten times higher.
//
// By default (npm test) a set of inputs aimed at each finder goes from 10 KB to 300 KB;
// NEWS_ANNOTATOR_ROBUST=full runs every input at 10 KB, 100 KB and 2 MB (several minutes).

const FULL = process.env.NEWS_ANNOTATOR_ROBUST === 'full';
/**
 * Per-character time may grow by at most this factor from the smaller size to the larger. A
 * quadratic pass grows 30-fold from 10 KB to 300 KB (n log n about 1.5-fold); 5 leaves room for
 * the step the nested quotation marks take between 10 and 30 KB (about 700 -> 2000 ns/char, flat
 * after that, in the code of session 41 as in 42), which the wall time of single runs had hidden.
 */
const MAX_RATIO = 5;

const QUICK = [
  'one line, no spaces', 'only capitals', 'capitalised words, no full stop', 'opening marks never closed',
  'every kind of quotation mark', 'quote and cue', 'reporting verbs', 'relatives as speakers', 'roles of other bodies', 'colon-labelled lines', 'dense years',
  'dense ISO dates', 'lone carriage returns', 'dense links', 'markdown marks',
].map(adversarial);

const INPUTS: readonly AdversarialInput[] = FULL ? ADVERSARIAL_INPUTS : QUICK;
const SIZES = FULL ? [10_000, 100_000, 2_000_000] : [10_000, 300_000];

/** How many characters one timing covers at least: a small input is annotated several times over. */
const BATCH_CHARS = 300_000;

/**
 * Best processor time per character (ns) over `runs` timings. Processor time, not wall time: on
 * a loaded machine a long run is preempted more often than a short one, and wall time then
 * grows with the size for no fault of the code. A small input is annotated again and again in
 * one timing, so that both sizes are timed over as many characters and the clock's grain does
 * not matter.
 */
function nsPerChar(text: string, runs: number): number {
  const times = Math.max(1, Math.round(BATCH_CHARS / text.length));
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    best = Math.min(best, cpuMillis(() => {
      for (let k = 0; k < times; k++) annotate(text, { documentDate: '2024-03-06' });
    }));
  }
  return (best * 1e6) / (text.length * times);
}

suite('linear time: time per character stays flat as adversarial inputs grow', function () {
  this.timeout(FULL ? 30 * 60_000 : 120_000);

  suiteSetup(() => {
    annotate(repeatTo('"We will win," Jane Doe said in Paris on Monday. ', 20_000)); // models and caches loaded
  });

  for (const input of INPUTS) {
    test(`${input.name} (${input.target})`, () => {
      const measured: number[] = [];
      for (const [i, size] of SIZES.entries()) {
        const text = repeatTo(input.unit, size);
        const runs = i === 0 ? 3 : 1;
        let perChar = nsPerChar(text, runs);
        // A bad ratio is measured again (up to four times) before it counts: the best run wins. (On a
        // shared machine one run in several may take a collection or another process's turn; a
        // quadratic pass stays slow in every run.)
        for (let retry = 0; i > 0 && retry < 4 && perChar > MAX_RATIO * measured[i - 1]; retry++) {
          perChar = Math.min(perChar, nsPerChar(text, 1));
        }
        measured.push(perChar);
      }
      const report = SIZES.map((s, i) => `${s / 1000} KB: ${measured[i].toFixed(0)} ns/char`).join(', ');
      if (FULL) console.log(`      ${input.name}: ${report}`);
      for (let i = 1; i < SIZES.length; i++) {
        assert.ok(
          measured[i] <= MAX_RATIO * measured[i - 1],
          `time per character grew ${(measured[i] / measured[i - 1]).toFixed(1)}x from ${SIZES[i - 1] / 1000} KB to ${SIZES[i] / 1000} KB (${report}): something is not linear`,
        );
      }
    });
  }
});

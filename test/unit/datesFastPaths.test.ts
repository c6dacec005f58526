import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { TRIGGER_AS_LISTED, findDateWindows, triggersOf } from '../../src/core/dates/dateTriggers';
import { alternationByFirstLetter, expansions } from '../../src/core/dates/wordAlternation';
import { gatedChronoParsers } from '../../src/core/dates/chronoParserGates';
import { NewsChrono } from '../../src/core/dates/newsChrono';
import { LetterPairs, letterPairsOf } from '../../src/core/dates/letterPairs';
import { FALSE_POSITIVE_RULES } from '../../src/core/dates/refiners/falsePositiveFilter';
import { mulberry32 } from '../../scripts/train/perceptronTrainer';

// The date finder's shortcuts must find what the plain way finds: the trigger regex grouped
// by first letter against the same words as listed, and the parsers chosen by kinds and
// gates against every parser on every window.

/** A small seeded generator, so that a failure can be replayed: the trainer's. */
const random = mulberry32;

// Trigger words and their near misses (longer words, words of two kinds, digits that are and are not dates).
const PIECES = [
  'May', 'may', 'March', 'march', 'Mar.', 'Sept', 'sept', 'Sun', 'sun', 'Sunday', 'Sundays', 'weekend', 'weekday', 'week', 'weeks',
  'second', 'seconds', 'second half', 'second-half', 'first half', 'first-half', 'last half', 'latter half', 'year', 'years', 'year-ago period',
  'year-earlier period', 'same period', 'comparable period', 'latest period', 'now', 'nowadays', 'Now', 'recent', 'recently', 'current', 'currently',
  'the past', 'past years', 'past decades', 'the past weeks', 'at present', 'present', 'these days', 'near-term', 'short term', 'upcoming', 'coming',
  'to come', 'later date', 'later', 'ago', 'soon', 'sooner', 'moment', 'moments', 'ahead', 'fall', 'Fall', 'fallen', 'spring', 'springtime',
  'Christmas', 'Valentine', 'Easter', 'thanksgiving', 'daily', 'Daily', 'semiannually', 'semi-annually', 'quarter', 'quarters', 'Q3', 'q4', '3Q',
  '5Q', 'Q5', 'nineteen', 'thousand', 'sixties', 'nineties', 'century', 'centuries', 'millennium', 'millennia', 'tmr', 'tmrw', 'thurs', 'thus',
  'Thur', 'tue', 'tues', 'Tuesday', 'overnight', 'tonight', 'midnight', 'noon', 'nights', 'Mayor', 'Marchers', 'Junebug', 'Augusta', 'decades',
  '2016', '1990s', '12345', '201', "'90s", '’98', "'9", '10:30', '1:5', '5 pm', '5pm', '5 p.m.', '5 a.m', "10 o'clock", '5\npm', '5\u00a0pm',
  '12/3', '2016/5', '1/', 'x2016', '2016x', '_may', 'may_', 'a1b2/', '7.', 'Q', 'q', '1q',
];
const GLUE = [' ', ' ', ' ', '  ', '\n', '\n\n', '-', '.', ',', "'", '’', '/', ':', '(', ')', '"', '', '_', 'é'];

function randomText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)] + GLUE[Math.floor(next() * GLUE.length)];
  return text;
}

suite('dates engine: the trigger regex grouped by first letter', () => {
  test('expansions list what a small pattern matches, in the order the regex engine tries them', () => {
    assert.deepEqual(expansions('tues?'), ['tues', 'tue']);
    assert.deepEqual(expansions('(?:up)?coming'), ['upcoming', 'coming']);
    assert.deepEqual(expansions('(?:near|short)[- ]term'), ['near-term', 'near term', 'short-term', 'short term']);
    assert.deepEqual(expansions('q[1-2]|x'), ['q1', 'q2', 'x']);
    assert.throws(() => expansions('a+'));
    assert.equal(alternationByFirstLetter(['mondays?', 'mar', 'tues?', 'may']), 'm(?:ondays|onday|ar|ay)|t(?:ues|ue)');
  });

  test('it finds exactly what the words as listed find, on random text of trigger words and near misses', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(random(seed), 40);
      assert.deepEqual(triggersOf(text), triggersOf(text, TRIGGER_AS_LISTED), `seed ${seed}: ${JSON.stringify(text)}`);
    }
  });

  test('the comparison can fail: an alternation in another order finds other triggers', () => {
    // "second half" is a half before "second" is a unit: tried the other way round, the match differs.
    const reordered = new RegExp(TRIGGER_AS_LISTED.source.replace('(?:first|second|last|latter)[- ]half|', '').replace('seconds?|', '$&(?:first|second|last|latter)[- ]half|'), 'gi');
    const text = 'Profit rose in the second half and fell for a second.';
    assert.notDeepEqual(triggersOf(text, reordered), triggersOf(text, TRIGGER_AS_LISTED));
  });
});

suite('dates engine: parsers chosen by kinds and gates', () => {
  const newsChrono = new NewsChrono();
  const reference = new Date(2023, 5, 21, 12);

  test('every gate of chrono\'s parsers finds its parser in the installed chrono-node', () => {
    assert.equal(gatedChronoParsers(chrono.casual.parsers), 7);
  });

  test('with gates, each window gives what every parser gives', () => {
    const sentences = [
      'Two days later, at 5 p.m. on Friday, the talks resumed; a week ago they had stalled, and by the end of the month they may end.',
      'The 2016 budget, passed 10 days before the vote, runs for three years; it was cut last year and next year, at 10:30 a.m. tomorrow.',
      'Shares rose 3 percent a year over the past decade, since the 1990s, and twice a month since last night, the company said this morning.',
      'He was sworn in at noon on Jan. 20, 2017, and left office four years after that, on the Fourth of July weekend, or around Christmas.',
      'From 9 to 11 in the morning, and again at 7 tonight; the $300 fee due in 6 months, henceforth every quarter, starts next Tuesday.',
      'In the coming weeks, the near-term outlook, at present, is for growth in the first half of 2024 and the year-ago period was weak.',
    ];
    let windows = 0;
    for (const sentence of sentences) {
      for (const w of findDateWindows(sentence)) {
        const text = sentence.slice(w.start, w.end);
        const chosen = newsChrono.parse(text, reference, w.kinds).map((r) => [r.index, r.text, r.start.date().toISOString()]);
        const all = newsChrono.parseWithAllParsers(text, reference).map((r) => [r.index, r.text, r.start.date().toISOString()]);
        assert.deepEqual(chosen, all, `window ${JSON.stringify(text)}`);
        windows++;
      }
    }
    assert.ok(windows >= sentences.length, `windows: ${windows}`);
  });

  test('a refiner has nothing to do without results: each of chrono\'s gives none back', () => {
    // NewsChrono skips the refiners on a window where no parser found anything.
    const context = new chrono.ParsingContext('nothing here', reference);
    for (const refiner of chrono.casual.refiners) assert.deepEqual(refiner.refine(context, []), []);
  });
});

suite('dates engine: gate words passed over by their pairs of letters', () => {
  test('a word with a pair of letters the text lacks is turned away, one the text holds is not', () => {
    const pairs = new LetterPairs();
    pairs.fill('talks resumed two days later, a week ago.');
    assert.equal(pairs.mayHold(letterPairsOf('later')), true);
    assert.equal(pairs.mayHold(letterPairsOf('ago')), true);
    assert.equal(pairs.mayHold(letterPairsOf('every')), false);
    // Letters apart in the text are no pair: "a", "g", "o" are all there, "ahead" is not.
    assert.equal(pairs.mayHold(letterPairsOf('ahead')), false);
    // Marks, digits and spaces hold no pair: such a word is always searched for.
    assert.deepEqual([...letterPairsOf('-')], []);
    assert.equal(pairs.mayHold(letterPairsOf("0's")), true);
  });

  test('it never turns away a word that is in the text, on random text of trigger words and near misses', () => {
    const words = [...new Set(PIECES.map((p) => p.toLowerCase()))];
    const pairs = new LetterPairs();
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(random(seed), 12).toLowerCase();
      pairs.fill(text);
      for (const word of words) if (text.includes(word)) assert.ok(pairs.mayHold(letterPairsOf(word)), `seed ${seed}: ${word} in ${JSON.stringify(text)}`);
    }
  });
});

// Phrases the false-positive rules drop (each rule's own examples), in contexts that make them drop.
const MISREAD_CONTEXTS = [
  'you said this 30 years ago', 'the 1963 March on Washington', 'starts at the 15:20 mark', 'won the race in 14:05', 'clocked 2:05:41',
  'Romans 8:31 says', 'Fox News Sunday', 'the Mail on Sunday', 'Saturday Night Live', 'Bloody Sunday', 'Seventy-four years ago',
  'they march', 'Theresa May said', 'April Ryan', 'Mar-a-Lago', 'sat down', 'The Sun', 'USA Today', 'Good Morning America',
  'now-defunct', 'Now, he said', "today's youth", 'the leaders of tomorrow', 'high noon comes today', 'a 1/8 share', 'his last day',
  'the last night of the tour', 'for 99 years', 'in the days after', 'the weeks before', 'ABC\'s This Week', 'this second bankruptcy',
  'in the second half', 'on Sat', ', Mon', 'in May', 'TODAY', 'Tonight Show', 'Morning Post', 'Jan Smith', 'Dec Jones', 'Sept Fund', 'Nov Air',
];

suite('dates engine: false-positive rules passed over by the first character', () => {
  // filterWith runs a rule only on a phrase opening with one of its first characters: each
  // rule, run on every phrase of texts of trigger words, near misses and the rules' own
  // examples, drops only phrases that open with one of them.
  test('a rule with first characters drops no phrase opening with another', () => {
    const texts = [...MISREAD_CONTEXTS];
    for (let seed = 1; seed <= 40; seed++) texts.push(randomText(random(seed), 16), MISREAD_CONTEXTS[seed % MISREAD_CONTEXTS.length] + ' ' + randomText(random(seed), 6));
    // How often a rule with first characters dropped a phrase: the test must see them drop.
    let dropped = 0;
    for (const text of texts) {
      for (let index = 0; index < text.length; index++) {
        for (let end = index + 1; end <= Math.min(text.length, index + 30); end++) {
          const phrase = text.slice(index, end);
          const first = phrase.trimStart()[0] ?? '';
          for (const [name, rule, firsts] of FALSE_POSITIVE_RULES) {
            if (firsts === undefined) continue;
            // The rules with first characters read only the text and the phrase, never chrono's result.
            if (!rule(text, index, phrase, undefined as never)) continue;
            assert.ok(first !== '' && firsts.includes(first), `${name} drops ${JSON.stringify(phrase)} in ${JSON.stringify(text)}`);
            dropped++;
          }
        }
      }
    }
    assert.ok(dropped > 100, `${dropped} drops`);
  });

  test('the rules drop the examples the test reads, so that it can fail', () => {
    const drops = (phrase: string, text: string): string[] =>
      FALSE_POSITIVE_RULES.filter(([, rule, firsts]) => firsts !== undefined && rule(text, text.indexOf(phrase), phrase, undefined as never)).map(([name]) => name);
    assert.deepEqual(drops('Sunday', 'Fox News Sunday'), ['weekday-in-title']);
    assert.deepEqual(drops('on Sunday', 'the Mail on Sunday'), ['weekday-in-title']);
    assert.deepEqual(drops('May', 'Theresa May said'), ['month-as-word']);
    assert.deepEqual(drops('this 30 years', 'you said this 30 years ago'), ['this-before-ago']);
  });
});

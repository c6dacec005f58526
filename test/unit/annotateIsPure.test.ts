import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import { sameShiftedCue, shiftedCue } from '../../src/core/quotes/shiftedCue';
import type { SpeechCue } from '../../src/core/quotes/speechCues';
import type { AnnotateOptions } from '../../src/core/types';

// annotate() is a function of its text and options: the same call gives the same result
// the first time and the hundredth (V8 compiles a regular expression after its first runs,
// and its compiled code must match as the interpreter did: regexLoops.test.ts), and the
// editor's Annotator, which moves what it kept of the version before an edit, gives what a
// fresh annotate() gives (a field left out of a move was lost only on that path).
//
// Articles written for this test: bodies named in lower case after their country
// ("Nigeria's central bank", "the Russian foreign ministry"), relatives ("his son, Nathan
// Hale", "the younger Hale"), two speakers together, a passive that leaves its speaker
// unsaid, a region named after its city, a fiscal quarter, bodies before a role noun
// ("Senate Democratic Leader"), pronouns and relative dates.

// Lines enough that what follows them lies past the reach of every rule reading back from it
// (referenceResolver.ts LOOK_BACK, lastDateRun.ts READ_BACK): kept by the editor and moved.
const PLANT_HISTORY = Array.from({ length: 80 }, (_, i) => `In ${1940 + i}, the plant made ${400 + 37 * i} valves for utilities in the east.`).join('\n');

/** Each article with its options, and phrases the session replaces and puts back (another reading of the same words). */
const ARTICLES: ReadonlyArray<{ text: string; options: AnnotateOptions; swaps?: ReadonlyArray<readonly [string, string]> }> = [
  {
    options: { documentDate: '2016-03-08' },
    text: `Nigeria raises rates again

LAGOS, March 8, 2016 (Reuters) - Nigeria's central bank raised its main rate on Tuesday, the third rise this year.
"Inflation is still too high," Governor Godwin Emefiele told reporters in Abuja. He said the bank would act again if needed.
The Russian foreign ministry said on Wednesday that talks with Nigeria would resume in April. The ministry gave no details.
Analysts at Citigroup expect growth of 2 percent in the first quarter of fiscal 2017. "We see a slow year," economist Ada Obi said.
The central bank's next meeting is on May 23.
`,
  },
  {
    options: { documentDate: '2016-03-08' },
    text: `Family vows to fight ruling

Tom Hale, 71, was joined in court on Monday by his son, Nathan Hale, who runs the family firm. "My father did nothing wrong," the younger Hale said.
Hale's partner, Ana Ruiz, said the family had been treated unfairly. She added: "We will keep fighting."
${PLANT_HISTORY}
The plant had been described as "unsafe" for years. The hearing resumes next Monday in the Donetsk region, where the company has a plant.
Tom Hale and Ana Ruiz said on Tuesday that officials had told them the plant would close.
`,
    // The same mention, "Donetsk", named as a region and as the city.
    swaps: [['in the Donetsk region,', 'in Donetsk,']],
  },
  {
    options: { documentDate: '2016-09-16' },
    text: `Senate Majority Leader Mitch McConnell spoke to reporters on Tuesday.

In 2010, the Senate Republican leader said the GOP's most important goal was to make Obama a "one-term president."

Obama met Senate Democratic Leader Harry Reid later that week. "We will not give up," Reid said.
The Senate Republican leader said he would not budge.
`,
  },
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function apply(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

/** A session's edits, each on the text the last left: the swaps made and undone; a character typed and taken back, a character deleted and put back, at places through the article; a word typed letter by letter at the start; a paragraph split and joined. */
function editsOf(text: string, swaps: ReadonlyArray<readonly [string, string]> = []): Array<(t: string) => string> {
  const steps: Array<(t: string) => string> = [];
  for (const [from, to] of swaps) steps.push((t) => t.replace(from, to), (t) => t.replace(to, from));
  for (const frac of [0.02, 0.2, 0.45, 0.7, 0.95]) {
    const at = Math.floor(text.length * frac);
    steps.push((t) => apply(t, { at, remove: 0, insert: 'x' }), (t) => apply(t, { at, remove: 1, insert: '' }));
    steps.push((t) => apply(t, { at, remove: 1, insert: '' }), (t) => apply(t, { at, remove: 0, insert: text[at] }));
  }
  const word = 'Breaking: ';
  for (let i = 1; i <= word.length; i++) steps.push((t) => word.slice(0, i) + t.slice(i - 1));
  const paragraph = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
  steps.push((t) => apply(t, { at: word.length + paragraph + 10, remove: 0, insert: '\n' }), (t) => apply(t, { at: word.length + paragraph + 10, remove: 1, insert: '' }));
  steps.push((t) => t.slice(word.length));
  return steps;
}

suite('annotate() is pure: the same result every call, and the editor path gives a fresh call\'s', function () {
  this.timeout(120_000);

  test('the same text many times gives the same result (past V8\'s tier-up of every pattern)', () => {
    for (const { text, options } of ARTICLES) {
      const first = annotate(text, options);
      for (let i = 0; i < 25; i++) assert.deepStrictEqual(annotate(text, options), first);
    }
  });

  test('the interpreter of regular expressions reads the articles as their compiled code does', () => {
    // A child process that never compiles a pattern (--regexp-interpret-all) against this one,
    // where every pattern has long been compiled.
    const script = `const { annotate } = require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'core', 'annotate'))});
      const articles = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      process.stdout.write(JSON.stringify(articles.map((a) => annotate(a.text, a.options))));`;
    for (const { text, options } of ARTICLES) annotate(text, options);
    const child = spawnSync(process.execPath, ['--regexp-interpret-all', '--require', 'tsx/cjs', '-e', script], { input: JSON.stringify(ARTICLES), encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(child.status, 0, child.stderr);
    assert.deepStrictEqual(JSON.parse(child.stdout), JSON.parse(JSON.stringify(ARTICLES.map((a) => annotate(a.text, a.options)))));
  });

  test('every version of an editing session is what a fresh annotate() gives', () => {
    for (const { text, options, swaps } of ARTICLES) {
      const annotator = new Annotator();
      let now = text;
      assert.deepStrictEqual(annotator.annotate(now, options), annotate(now, options));
      for (const [i, step] of editsOf(text, swaps).entries()) {
        now = step(now);
        assert.deepStrictEqual(annotator.annotate(now, options), annotate(now, options), `edit ${i}: ${JSON.stringify(now.slice(0, 60))}`);
      }
      assert.equal(now, text);
    }
  });

  test('the sessions have teeth: their edits move kept results that carry every field a move lost once', () => {
    const fresh = ARTICLES.map(({ text, options }) => annotate(text, options));
    // Named by the body beside its country, not by the mention's words (NameMention.name, .body).
    assert.ok(fresh[0].organizations.some((o) => o.name === "Nigeria's central bank"), JSON.stringify(fresh[0].organizations.map((o) => o.name)));
    // The younger Hale is the son (NameMention.kin, .generation).
    const son = fresh[1].people.find((p) => p.name === 'Nathan Hale');
    assert.ok(son && fresh[1].quotes.some((q) => q.speakerId === son.id && q.text.startsWith('"My father')));
    // Two speakers together: the clause they report holds no report of its own (Attribution.together).
    assert.ok(fresh[1].quotes.some((q) => q.speakerMention?.text === 'Tom Hale and Ana Ruiz'));
    assert.ok(!fresh[1].quotes.some((q) => q.text === 'the plant would close'));
    // A passive naming no speaker (SpeechCue.unsaid).
    assert.ok(fresh[1].quotes.some((q) => q.text === '"unsafe"' && q.speakerId === null && q.cue !== null));
    // The region, and the city its swap names (NameMention.placeQualifier).
    const [text, swap] = [ARTICLES[1].text, ARTICLES[1].swaps![0]];
    assert.deepEqual(fresh[1].places.map((p) => [p.name, p.kind]), [['Donetsk', 'region']]);
    assert.deepEqual(annotate(text.replace(swap[0], swap[1]), ARTICLES[1].options).places.map((p) => [p.name, p.kind]), [['Donetsk', 'city']]);
  });
});

suite('shiftedCue', () => {
  const cue: SpeechCue = { cue: { start: 10, end: 19, text: 'described' }, subject: null, verbToken: 4, position: 'before', unsaid: true };

  test('keeps a passive\'s unsaid speaker, moving the offsets and token indices', () => {
    const moved = shiftedCue(cue, 100, 7);
    assert.deepStrictEqual(moved, { cue: { start: 110, end: 119, text: 'described' }, subject: null, verbToken: 11, position: 'before', unsaid: true });
    assert.ok(sameShiftedCue(cue, moved, 100, 7));
  });

  test('keeps every field of the subject, its relative pronoun\'s token moved', () => {
    const withSubject: SpeechCue = { ...cue, subject: { start: 0, end: 8, tokenStart: 0, tokenEnd: 2, relative: 3 } };
    assert.deepStrictEqual(shiftedCue(withSubject, 5, 2)?.subject, { start: 5, end: 13, tokenStart: 2, tokenEnd: 4, relative: 5 });
  });

  test('moved by tokens alone, the cue keeps its span and every field, the indices moved', () => {
    const withSubject: SpeechCue = { ...cue, subject: { start: 0, end: 8, tokenStart: 0, tokenEnd: 2 } };
    const moved = shiftedCue(withSubject, 0, 3);
    assert.deepStrictEqual(moved, { cue: { start: 10, end: 19, text: 'described' }, subject: { start: 0, end: 8, tokenStart: 3, tokenEnd: 5 }, verbToken: 7, position: 'before', unsaid: true });
    assert.ok(sameShiftedCue(withSubject, moved, 0, 3));
    assert.deepStrictEqual(withSubject.subject, { start: 0, end: 8, tokenStart: 0, tokenEnd: 2 }, 'the cue moved is left as it was');
  });

  test('a cue whose speaker is unsaid is not the same as one whose is not', () => {
    const said: SpeechCue = { cue: cue.cue, subject: null, verbToken: 4, position: 'before' };
    assert.ok(!sameShiftedCue(cue, said, 0, 0));
    assert.ok(!sameShiftedCue(said, shiftedCue(cue, 0, 0), 0, 0));
  });
});
